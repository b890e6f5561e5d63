/**
 * What both runners share: the registration table, payload validation and running one handler,
 * turning whatever it throws into an outcome the runner stores.
 */
import { randomUUID } from 'node:crypto';
import {
  backoffDelay,
  DEFAULT_BACKOFF,
  DEFAULT_CONCURRENCY,
  DEFAULT_MAX_ATTEMPTS,
  JOB_NAME_PATTERN,
  type BackoffOptions,
  type EnqueueOptions,
  type JobHandler,
  type RateLimitRule,
  type RegisterOptions,
} from './contract';
import type { LimitSpec } from './rate-limit';
import { errorMessage, InvalidJobPayloadError, JobDelayedError, UnknownJobError, UnrecoverableJobError } from './errors';

/** A registered job type, normalised. */
export interface Registration {
  name: string;
  handler: JobHandler<unknown>;
  concurrency: number;
  rules: RateLimitRule<unknown>[];
  schema: RegisterOptions<unknown>['schema'];
  maxAttempts: number;
  backoff: BackoffOptions;
}

/** What a runner decides after a handler run. */
export type Outcome =
  | { kind: 'completed' }
  | { kind: 'retry'; error: string; delayMs: number }
  | { kind: 'failed'; error: string }
  | { kind: 'delayed'; delayMs: number };

/** The registration table of one runner. */
export class Registry {
  private readonly regs = new Map<string, Registration>();

  add<P>(name: string, handler: JobHandler<P>, opts: RegisterOptions<P> = {}): void {
    if (!JOB_NAME_PATTERN.test(name)) throw new Error(`invalid job name "${name}" (letters, digits, . _ -; no ":")`);
    if (this.regs.has(name)) throw new Error(`job "${name}" is already registered`);
    const rules = opts.rateLimit === undefined ? [] : Array.isArray(opts.rateLimit) ? opts.rateLimit : [opts.rateLimit];
    for (const r of rules) {
      if (!(r.max >= 1 && r.durationMs > 0)) throw new Error(`job "${name}": rate limit needs max ≥ 1 and durationMs > 0`);
    }
    this.regs.set(name, {
      name,
      handler: handler as JobHandler<unknown>,
      concurrency: Math.max(1, opts.concurrency ?? DEFAULT_CONCURRENCY),
      rules: rules as RateLimitRule<unknown>[],
      schema: opts.schema as Registration['schema'],
      maxAttempts: Math.max(1, opts.maxAttempts ?? DEFAULT_MAX_ATTEMPTS),
      backoff: opts.backoff ?? DEFAULT_BACKOFF,
    });
  }

  get(name: string): Registration | undefined {
    return this.regs.get(name);
  }

  /** The registration, or `UnknownJobError`. */
  require(name: string): Registration {
    const reg = this.regs.get(name);
    if (!reg) throw new UnknownJobError(name);
    return reg;
  }

  names(): string[] {
    return [...this.regs.keys()];
  }

  all(): Registration[] {
    return [...this.regs.values()];
  }
}

/** Normalised enqueue options. */
export interface ResolvedEnqueue {
  key: string;
  runAt: number;
  maxAttempts: number;
  backoff: BackoffOptions;
}

export function resolveEnqueue(reg: Registration, opts: EnqueueOptions, now: number): ResolvedEnqueue {
  const key = opts.key ?? randomUUID();
  if (key.length === 0 || key.length > 500) throw new Error('job key must have 1..500 characters');
  const runAt = opts.runAt ? opts.runAt.getTime() : now + Math.max(0, opts.delayMs ?? 0);
  return { key, runAt, maxAttempts: Math.max(1, opts.maxAttempts ?? reg.maxAttempts), backoff: opts.backoff ?? reg.backoff };
}

/** The keys of the rate-limit rules that apply to this payload, with their limits. */
export function limitsFor(reg: Registration, payload: unknown): LimitSpec[] {
  const out: LimitSpec[] = [];
  for (const r of reg.rules) {
    let k: string | undefined;
    try {
      k = r.key(payload);
    } catch {
      k = undefined; // a key function choking on bad data must not kill the worker; validation reports it
    }
    if (k !== undefined) out.push({ key: k, max: r.max, durationMs: r.durationMs, fifo: r.fifo !== false });
  }
  return out;
}

/** Validates the payload against the registered schema. Throws `InvalidJobPayloadError`. */
export function validatePayload(reg: Registration, payload: unknown): unknown {
  if (!reg.schema) return payload;
  const parsed = reg.schema.safeParse(payload);
  if (parsed.success) return parsed.data;
  throw new InvalidJobPayloadError(
    reg.name,
    parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
  );
}

/** Runs one attempt of a job and classifies the result. Never throws. */
export async function runJob(
  reg: Registration,
  job: { id: string; key: string; payload: unknown; attempt: number; maxAttempts: number; backoff: BackoffOptions },
  signal: AbortSignal,
): Promise<Outcome> {
  try {
    const payload = validatePayload(reg, job.payload);
    await reg.handler({
      payload,
      attempt: job.attempt,
      maxAttempts: job.maxAttempts,
      key: job.key,
      id: job.id,
      name: reg.name,
      signal,
    });
    return { kind: 'completed' };
  } catch (err) {
    if (err instanceof JobDelayedError) return { kind: 'delayed', delayMs: Math.max(0, err.retryAfterMs) };
    const error = errorMessage(err);
    if (err instanceof UnrecoverableJobError || job.attempt >= job.maxAttempts) return { kind: 'failed', error };
    return { kind: 'retry', error, delayMs: backoffDelay(job.backoff, job.attempt) };
  }
}
