/**
 * Retries a platform call on transient `ChannelError`s: exponential backoff with jitter for
 * 5xx / network / "busy", and the platform's own `retryAfterMs` for rate limits (Telegram 429
 * retry_after, WeCom 45009). Waits longer than `maxWaitMs` are not slept here: the error is thrown
 * so the outbox can reschedule instead of holding a chat's queue.
 */
import { ChannelError, ChannelRateLimitError } from '../core/errors';

export interface RetryOptions {
  /** Total attempts including the first. Default 4. */
  attempts?: number;
  /** First backoff delay in ms; doubles each time. Default 200. */
  baseDelayMs?: number;
  /** Longest single wait in ms (rate-limit waits above it are thrown). Default 10000. */
  maxWaitMs?: number;
  /** Injectable sleep (tests). */
  sleep?: (ms: number) => Promise<void>;
  /** Called before each retry, for logging. */
  onRetry?: (err: ChannelError, attempt: number, waitMs: number) => void;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `op`, retrying retryable `ChannelError`s. Non-channel errors are thrown at once. */
export async function withRetry<T>(op: () => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const attempts = opts.attempts ?? 4;
  const base = opts.baseDelayMs ?? 200;
  const maxWait = opts.maxWaitMs ?? 10_000;
  const wait = opts.sleep ?? sleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await op();
    } catch (err) {
      if (!(err instanceof ChannelError) || !err.retryable || attempt >= attempts) throw err;
      const ms =
        err instanceof ChannelRateLimitError
          ? err.retryAfterMs
          : Math.round(base * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5));
      if (ms > maxWait) throw err;
      opts.onRetry?.(err, attempt, ms);
      await wait(ms);
    }
  }
}
