/**
 * The job contract: one port, two implementations (BullMQ on Redis, embedded in the database).
 * Features enqueue work by name with a payload; handlers are registered once per process
 * (see jobs/handlers.ts). The same contract suite (test/contracts/jobs.contract.test.ts) runs
 * against both runners.
 */
import type { ZodType, ZodTypeDef } from 'zod';

/** What a handler receives. */
export interface JobContext<P = unknown> {
  /** The payload, already validated by the registered schema (when there is one). */
  payload: P;
  /** 1 for the first run, 2 for the first retry, … (rate-limit re-delays do not count). */
  attempt: number;
  /** Attempts allowed in total; `attempt === maxAttempts` is the last chance. */
  maxAttempts: number;
  /** The idempotency key the job was enqueued with (a generated UUID when none was given). */
  key: string;
  /** Opaque job id (as used by `retry`). */
  id: string;
  /** The job name it was registered under. */
  name: string;
  /** Aborted when the job is cancelled while running or the runner is force-stopped. */
  signal: AbortSignal;
}

/** A job handler. Throw to retry (with backoff), `UnrecoverableJobError` to fail at once,
 * `JobDelayedError` to run again later without counting an attempt. */
export type JobHandler<P = unknown> = (ctx: JobContext<P>) => Promise<unknown> | unknown;

/**
 * A sliding-window limit: at most `max` starts per `durationMs` for all jobs whose `key(payload)`
 * is the same string. `key` returning undefined = the rule does not apply to that payload.
 * Jobs over the limit are re-delayed to their reserved slot (no attempt counted). The limit holds for
 * actual start times: a job that reaches its slot late waits until the last window's starts allow it.
 */
export interface RateLimitRule<P = unknown> {
  key(payload: P): string | undefined;
  max: number;
  durationMs: number;
  /** Default true: jobs with the same key start in order (one chat's messages stay in order). Set false
   * for shared keys ("30/s overall") so a job may use a free slot ahead of jobs waiting for their own
   * per-chat slots — one busy chat then does not hold up the others. */
  fifo?: boolean;
}

/** Options of `register`. */
export interface RegisterOptions<P = unknown> {
  /** Jobs of this type run at the same time in one process. Default 10. */
  concurrency?: number;
  /** One rule or several (e.g. Telegram: 20/min per group and 30/s overall). */
  rateLimit?: RateLimitRule<P> | RateLimitRule<P>[];
  /** Payload schema (zod); a payload that fails it fails the job without retry. */
  schema?: ZodType<P, ZodTypeDef, unknown>;
  /** Default attempts for jobs of this type. Default 5. */
  maxAttempts?: number;
  /** Default backoff for jobs of this type. */
  backoff?: BackoffOptions;
}

/** Delay before attempt n+1: `fixed` = delayMs; `exponential` = delayMs·2^(n-1), capped at maxDelayMs. */
export interface BackoffOptions {
  type: 'exponential' | 'fixed';
  /** Base delay. Default 1000 ms. */
  delayMs: number;
  /** Cap for exponential backoff. Default 10 minutes. */
  maxDelayMs?: number;
}

/** Options of `enqueue`. `runAt` wins over `delayMs`; neither = now. */
export interface EnqueueOptions {
  /** Idempotency key: while a job with this key exists (waiting, delayed, running, failed, or completed
   * within the retention window) enqueueing it again does nothing. Default: a new UUID. */
  key?: string;
  runAt?: Date;
  delayMs?: number;
  /** Attempts in total, including the first. Default: the type's default, else 5. */
  maxAttempts?: number;
  backoff?: BackoffOptions;
}

/** Result of `enqueue`: `created` is false when the key already had a job. */
export interface EnqueueResult {
  id: string;
  key: string;
  created: boolean;
}

/** One item of `enqueueBulk`. */
export interface BulkJob {
  name: string;
  payload: unknown;
  opts?: EnqueueOptions;
}

/** A failed job as admins see it. */
export interface FailedJob {
  id: string;
  name: string;
  key: string;
  payload: unknown;
  /** The last error, `Name: message`. */
  error: string;
  attempts: number;
  failedAt: Date | undefined;
}

/** Job counts of one job type. `waiting` = due now; `delayed` = due later. */
export interface JobCounts {
  waiting: number;
  delayed: number;
  active: number;
  completed: number;
  failed: number;
}

/** What `cancel` matches: an exact key, or every key starting with `prefix` (e.g. `meeting:42:`). */
export type CancelTarget = string | { prefix: string };

/** Events for metrics and logs. */
export interface JobEvents {
  onJobFinished?(e: { name: string; outcome: 'completed' | 'retry' | 'failed' | 'delayed'; durationMs: number; error?: string }): void;
}

/** The port. */
export interface JobRunner {
  readonly kind: 'bullmq' | 'embedded';
  /** Registers the handler for a job name (letters, digits, `-`, `_`, `.`; no `:`). Call before `start`. */
  register<P>(name: string, handler: JobHandler<P>, opts?: RegisterOptions<P>): void;
  /** Names registered so far. */
  registered(): string[];
  /** Adds a job. Rejects with `UnknownJobError` for an unregistered name. */
  enqueue<P>(name: string, payload: P, opts?: EnqueueOptions): Promise<EnqueueResult>;
  /** Adds many jobs in one round trip (fan-outs). Same semantics as `enqueue` per item. */
  enqueueBulk(jobs: BulkJob[]): Promise<EnqueueResult[]>;
  /**
   * Runs `name` with `payload` on a cron pattern (5 fields, or 6 with seconds) in the app time zone.
   * The same `key` again replaces the schedule. `cancel(key)` removes it.
   */
  schedule<P>(key: string, name: string, cron: string, payload: P): Promise<void>;
  /** Removes jobs (not yet running) and schedules by key or key prefix; running ones are signalled to abort.
   * Returns how many jobs and schedules were removed. Freed keys may be enqueued again. */
  cancel(target: CancelTarget): Promise<number>;
  /** Failed jobs, newest first. */
  failed(opts?: { limit?: number }): Promise<FailedJob[]>;
  /** Puts a failed job back to waiting with fresh attempts. False when no such failed job. */
  retry(id: string): Promise<boolean>;
  /** Counts per registered job name. */
  counts(): Promise<Record<string, JobCounts>>;
  /** Starts processing registered job types (and firing schedules). Enqueue works without it. */
  start(): Promise<void>;
  /** Stops taking new jobs, waits for running ones to finish, releases connections. */
  stop(): Promise<void>;
}

/** Job names: no `:` (Redis key separator), not empty. */
export const JOB_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export const DEFAULT_MAX_ATTEMPTS = 5;
export const DEFAULT_BACKOFF: BackoffOptions = { type: 'exponential', delayMs: 1000, maxDelayMs: 10 * 60_000 };
export const DEFAULT_CONCURRENCY = 10;

/** Delay before the next attempt after `attemptsMade` failed ones. */
export function backoffDelay(b: BackoffOptions, attemptsMade: number): number {
  if (b.type === 'fixed') return b.delayMs;
  const cap = b.maxDelayMs ?? DEFAULT_BACKOFF.maxDelayMs!;
  return Math.min(cap, b.delayMs * 2 ** Math.max(0, attemptsMade - 1));
}
