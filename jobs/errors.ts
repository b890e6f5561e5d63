/**
 * The job layer's error family. Handlers throw these to steer the runner; channel adapters throw the
 * `Delivery*` ones from `Deliverer.deliver` so the outbox can tell "try again", "wait" and "give up" apart.
 */

/** Thrown by a handler to fail the job at once, without further attempts (bad data, 4xx answers). */
export class UnrecoverableJobError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UnrecoverableJobError';
  }
}

/** No handler is registered under this job name. Raised by `enqueue`; stored on jobs found in storage. */
export class UnknownJobError extends UnrecoverableJobError {
  constructor(readonly jobName: string) {
    super(`未知的任务类型 (unknown job type) "${jobName}"`);
    this.name = 'UnknownJobError';
  }
}

/** The payload does not match the schema registered for its job type. Never retried. */
export class InvalidJobPayloadError extends UnrecoverableJobError {
  constructor(
    readonly jobName: string,
    readonly issues: string[],
  ) {
    super(`任务数据无效 (invalid payload) for "${jobName}": ${issues.join('; ')}`);
    this.name = 'InvalidJobPayloadError';
  }
}

/**
 * Thrown by a handler to run the job again after `retryAfterMs` without counting an attempt
 * (rate limits, "come back later"). The runner re-delays the job; nothing is recorded as failed.
 */
export class JobDelayedError extends Error {
  constructor(
    readonly retryAfterMs: number,
    message = `job delayed by ${retryAfterMs} ms`,
  ) {
    super(message);
    this.name = 'JobDelayedError';
  }
}

/**
 * A delivery to a platform failed. `retryable` = the platform may accept it later (network errors,
 * 5xx); otherwise (4xx: bad target, blocked bot) the outbox row is marked failed at once.
 */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly opts: {
      /** HTTP status or platform error code, when there is one. */
      status?: number;
      /** The platform's answer, stored on the outbox row for admins. */
      response?: unknown;
      /** Default: true for status ≥ 500 or no status (network), false for 4xx. */
      retryable?: boolean;
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: opts.cause });
    this.name = 'DeliveryError';
  }

  get retryable(): boolean {
    if (this.opts.retryable !== undefined) return this.opts.retryable;
    return this.opts.status === undefined || this.opts.status >= 500 || this.opts.status === 429;
  }
}

/**
 * The platform said "too many requests"; try again after `retryAfterMs`. The outbox re-delays the
 * delivery without counting a failed attempt.
 */
export class DeliveryRateLimitError extends JobDelayedError {
  constructor(
    retryAfterMs: number,
    readonly response?: unknown,
  ) {
    super(retryAfterMs, `platform rate limit, retry after ${retryAfterMs} ms`);
    this.name = 'DeliveryRateLimitError';
  }
}

/** Turns anything thrown into a one-line message for storage. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`;
  return String(err);
}
