/**
 * One error family for chat platforms. Adapters translate platform errors at the edge
 * (Telegram `TelegramError`, WeCom `errcode`, aibot ack frames) into these, so callers such as the
 * outbox decide on retries without knowing which platform failed.
 */

/** A platform call failed. `retryable` says whether the same call may succeed later. */
export class ChannelError extends Error {
  constructor(
    /** Channel name, e.g. "telegram", "wecom-app". */
    readonly channel: string,
    message: string,
    /** True when retrying the same call later may succeed (5xx, network, timeouts, "system busy"). */
    readonly retryable: boolean,
    /** Platform error code (Telegram `error_code`, WeCom `errcode`), when there is one. */
    readonly code?: number | string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ChannelError';
  }
}

/** The platform asked us to slow down (Telegram 429, WeCom 45009/45033). Retry after `retryAfterMs`. */
export class ChannelRateLimitError extends ChannelError {
  constructor(channel: string, message: string, readonly retryAfterMs: number, code?: number | string, options?: { cause?: unknown }) {
    super(channel, message, true, code, options);
    this.name = 'ChannelRateLimitError';
  }
}

/** Credentials are wrong or revoked (Telegram 401, WeCom 40001/40013/40091, bad webhook key 93000). Not retryable. */
export class ChannelAuthError extends ChannelError {
  constructor(channel: string, message: string, code?: number | string, options?: { cause?: unknown }) {
    super(channel, message, false, code, options);
    this.name = 'ChannelAuthError';
  }
}

/** The recipient cannot be reached (chat not found, bot blocked, WeCom 81013). Not retryable; drop and log. */
export class ChannelTargetError extends ChannelError {
  constructor(channel: string, message: string, code?: number | string, options?: { cause?: unknown }) {
    super(channel, message, false, code, options);
    this.name = 'ChannelTargetError';
  }
}

/** True for errors worth retrying (rate limits included). */
export function isRetryable(err: unknown): boolean {
  return err instanceof ChannelError ? err.retryable : false;
}
