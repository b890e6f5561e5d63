/**
 * The BullMQ runner (used when `REDIS_URL` is set): one queue per job name under a key prefix, a
 * worker per registered name, job schedulers (`upsertJobScheduler` with `tz`) for cron repeats,
 * idempotency through the job id, and per-target rate limits through a Redis slot limiter (Lua)
 * that re-delays jobs over the limit with `moveToDelayed` + `DelayedError` (no attempt counted).
 * This is the only module that imports bullmq.
 */
import IORedis, { type Redis } from 'ioredis';
import { DelayedError, Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import type { Logger } from '../core/logger';
import type {
  BulkJob,
  CancelTarget,
  EnqueueOptions,
  EnqueueResult,
  FailedJob,
  JobCounts,
  JobEvents,
  JobHandler,
  JobRunner,
  RegisterOptions,
  BackoffOptions,
} from './contract';
import { backoffDelay } from './contract';
import { nextCronRun } from './cron';
import { SLOT_LIMITER_LUA, type LimitSpec } from './rate-limit';
import { limitsFor, Registry, resolveEnqueue, runJob, type Registration } from './registry';

/** Options of the BullMQ runner. */
export interface BullmqRunnerOptions {
  /** `config.redisUrl`. */
  redisUrl: string;
  /** Key prefix of every queue (one per deployment or test file). Default `xz`. */
  prefix?: string;
  /** IANA zone for cron patterns (`config.timezone`). */
  timezone: string;
  logger?: Logger;
  events?: JobEvents;
  /** Completed jobs (and so their idempotency keys) are kept this long. Default 24 h. */
  completedRetentionMs?: number;
  /** Failed jobs are kept this long for admins. Default 30 days. */
  failedRetentionMs?: number;
  /** A job whose worker stops renewing its lock this long is stalled and taken again. Default 30 s. */
  lockDurationMs?: number;
  /** How often workers look for stalled jobs. Default 30 s. */
  stalledIntervalMs?: number;
}

const enc = (s: string) => s.replace(/%/g, '%25').replace(/:/g, '%3A');
const dec = (s: string) => s.replace(/%3A/g, ':').replace(/%25/g, '%');
/** Our key → BullMQ job id (ids may not contain ':' nor be integers). */
const jobIdOf = (key: string) => `k.${enc(key)}`;
const globEscape = (s: string) => s.replace(/[*?[\]\\]/g, (c) => `\\${c}`);

/** BullMQ job id → our key. Scheduler occurrences become `<schedule key>@<ISO time>` as in the embedded runner. */
function keyOf(jobId: string | undefined): string {
  if (!jobId) return '';
  if (jobId.startsWith('k.')) return dec(jobId.slice(2));
  if (jobId.startsWith('repeat:')) {
    const [, sched = '', ms = ''] = jobId.split(':');
    const t = Number(ms);
    return `${keyOf(sched)}@${Number.isFinite(t) ? new Date(t).toISOString() : ms}`;
  }
  return jobId;
}

/** Custom backoff type carrying the cap: `xz-exp-<maxDelayMs>`. */
function bullBackoff(b: BackoffOptions): { type: string; delay: number } {
  if (b.type === 'fixed') return { type: 'fixed', delay: b.delayMs };
  return { type: `xz-exp-${b.maxDelayMs ?? 600_000}`, delay: b.delayMs };
}

function backoffStrategy(attemptsMade: number, type?: string, _err?: Error, job?: { opts: { backoff?: unknown } }): number {
  const m = /^xz-exp-(\d+)$/.exec(type ?? '');
  const delay = Number((job?.opts.backoff as { delay?: number } | undefined)?.delay ?? 1000);
  return backoffDelay({ type: 'exponential', delayMs: delay, maxDelayMs: m ? Number(m[1]) : undefined }, attemptsMade);
}

/** Rate-limit waits up to this long happen inside the worker instead of via the delayed set. */
const INLINE_WAIT_MS = 250;

type SlotRedis = Redis & { xzSlot(numKeys: number, ...args: (string | number)[]): Promise<number> };

export class BullmqJobRunner implements JobRunner {
  readonly kind = 'bullmq' as const;
  private readonly registry = new Registry();
  private readonly prefix: string;
  private readonly redis: SlotRedis;
  private readonly queues = new Map<string, Queue>();
  private readonly workers = new Map<string, Worker>();
  private started = false;

  constructor(private readonly opts: BullmqRunnerOptions) {
    this.prefix = opts.prefix ?? 'xz';
    this.redis = new IORedis(opts.redisUrl, { maxRetriesPerRequest: null }) as SlotRedis;
    this.redis.defineCommand('xzSlot', { lua: SLOT_LIMITER_LUA });
    this.redis.on('error', (err) => opts.logger?.warn({ err: err.message }, 'redis connection error'));
  }

  private queue(name: string): Queue {
    let q = this.queues.get(name);
    if (!q) {
      q = new Queue(name, { connection: this.redis, prefix: this.prefix });
      q.on('error', (err) => this.opts.logger?.warn({ err: err.message, queue: name }, 'bullmq queue error'));
      this.queues.set(name, q);
    }
    return q;
  }

  register<P>(name: string, handler: JobHandler<P>, opts?: RegisterOptions<P>): void {
    this.registry.add(name, handler, opts);
  }

  registered(): string[] {
    return this.registry.names();
  }

  private jobOptions(r: ReturnType<typeof resolveEnqueue>, now: number) {
    return {
      jobId: jobIdOf(r.key),
      delay: Math.max(0, r.runAt - now),
      attempts: r.maxAttempts,
      backoff: bullBackoff(r.backoff),
      removeOnComplete: { age: Math.ceil((this.opts.completedRetentionMs ?? 86_400_000) / 1000) },
      removeOnFail: { age: Math.ceil((this.opts.failedRetentionMs ?? 30 * 86_400_000) / 1000) },
    };
  }

  async enqueue<P>(name: string, payload: P, opts: EnqueueOptions = {}): Promise<EnqueueResult> {
    const [r] = await this.enqueueBulk([{ name, payload, opts }]);
    return r!;
  }

  async enqueueBulk(items: BulkJob[]): Promise<EnqueueResult[]> {
    const now = Date.now();
    const resolved = items.map((it) => {
      const reg = this.registry.require(it.name);
      const r = resolveEnqueue(reg, it.opts ?? {}, now);
      return { it, reg, r, jobId: jobIdOf(r.key) };
    });
    // `created` is best effort: BullMQ answers a duplicate id with the existing job silently.
    const pipe = this.redis.pipeline();
    for (const x of resolved) pipe.exists(`${this.prefix}:${x.it.name}:${x.jobId}`);
    const exists = ((await pipe.exec()) ?? []).map(([, v]) => v === 1);
    // Rate-limited jobs due now get their slot at enqueue time and wait in the delayed set, so a
    // fan-out does not first pass every job through a worker just to learn its slot.
    const planned = resolved.map((x, i) => ({ x, i, limits: !exists[i] && x.r.runAt <= now ? limitsFor(x.reg, x.it.payload) : [] }));
    const toPlan = planned.filter((p) => p.limits.length > 0);
    if (toPlan.length) {
      const pp = this.redis.pipeline() as unknown as { xzSlot(n: number, ...a: (string | number)[]): void; exec(): Promise<[Error | null, unknown][] | null> };
      for (const p of toPlan) pp.xzSlot(...this.slotArgs(p.limits, `${p.x.it.name}:${p.x.jobId}:0`, 'plan'));
      const waits = (await pp.exec()) ?? [];
      toPlan.forEach((p, k) => {
        const [err, wait] = waits[k] ?? [null, 0];
        if (!err && typeof wait === 'number' && wait > 0) p.x.r.runAt = now + wait;
      });
    }
    const byName = new Map<string, typeof resolved>();
    for (const x of resolved) {
      const list = byName.get(x.it.name) ?? [];
      list.push(x);
      byName.set(x.it.name, list);
    }
    await Promise.all(
      [...byName].map(([name, list]) =>
        this.queue(name).addBulk(
          list.map((x) => ({ name, data: x.it.payload, opts: this.jobOptions(x.r, now) })),
        ),
      ),
    );
    const seen = new Set<string>();
    return resolved.map((x, i) => {
      const created = !exists[i] && !seen.has(x.jobId);
      seen.add(x.jobId);
      return { id: `${x.it.name}:${x.jobId}`, key: x.r.key, created };
    });
  }

  async schedule<P>(key: string, name: string, cron: string, payload: P): Promise<void> {
    const reg = this.registry.require(name);
    nextCronRun(cron, this.opts.timezone, new Date()); // throws on a bad pattern, before Redis sees it
    await this.queue(name).upsertJobScheduler(
      jobIdOf(key),
      { pattern: cron, tz: this.opts.timezone },
      {
        name,
        data: payload,
        opts: {
          attempts: reg.maxAttempts,
          backoff: bullBackoff(reg.backoff),
          removeOnComplete: { age: Math.ceil((this.opts.completedRetentionMs ?? 86_400_000) / 1000) },
          removeOnFail: { age: Math.ceil((this.opts.failedRetentionMs ?? 30 * 86_400_000) / 1000) },
        },
      },
    );
  }

  async cancel(target: CancelTarget): Promise<number> {
    let removed = 0;
    const names = this.registry.names();
    if (typeof target === 'string') {
      const id = jobIdOf(target);
      for (const name of names) {
        if (await this.redis.exists(`${this.prefix}:${name}:${id}`)) removed += await this.removeJob(name, id);
        if (await this.queue(name).removeJobScheduler(id)) removed++;
      }
      for (const w of this.workers.values()) w.cancelJob(id, 'job cancelled');
      return removed;
    }
    const idPrefix = jobIdOf(target.prefix);
    const base = `${this.prefix}:`;
    let cursor = '0';
    const found: [string, string][] = [];
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', `${globEscape(base)}*:${globEscape(idPrefix)}*`, 'COUNT', 1000);
      cursor = next;
      for (const k of keys) {
        const rest = k.slice(base.length);
        const i = rest.indexOf(':');
        const queue = rest.slice(0, i);
        const id = rest.slice(i + 1);
        if (i > 0 && !id.includes(':') && id.startsWith(idPrefix)) found.push([queue, id]);
      }
    } while (cursor !== '0');
    for (const [queue, id] of found) {
      removed += await this.removeJob(queue, id);
      for (const w of this.workers.values()) w.cancelJob(id, 'job cancelled');
    }
    for (const name of names) {
      for (const s of await this.queue(name).getJobSchedulers()) {
        if (s.key.startsWith(idPrefix) && (await this.queue(name).removeJobScheduler(s.key))) removed++;
      }
    }
    return removed;
  }

  private async removeJob(queue: string, id: string): Promise<number> {
    try {
      return (await this.queue(queue).remove(id)) ? 1 : 0;
    } catch {
      return 0; // running under another worker's lock
    }
  }

  async failed(opts: { limit?: number } = {}): Promise<FailedJob[]> {
    const limit = opts.limit ?? 100;
    const out: (FailedJob & { t: number })[] = [];
    for (const name of this.registry.names()) {
      for (const j of await this.queue(name).getFailed(0, limit - 1)) {
        if (!j) continue;
        out.push({
          id: `${name}:${j.id}`,
          name,
          key: keyOf(j.id),
          payload: j.data,
          error: j.failedReason ?? '',
          attempts: j.attemptsMade,
          failedAt: j.finishedOn ? new Date(j.finishedOn) : undefined,
          t: j.finishedOn ?? 0,
        });
      }
    }
    return out
      .sort((a, b) => b.t - a.t)
      .slice(0, limit)
      .map(({ t: _t, ...f }) => f);
  }

  async retry(id: string): Promise<boolean> {
    const i = id.indexOf(':');
    if (i <= 0) return false;
    const name = id.slice(0, i);
    if (!this.registry.get(name)) return false;
    const job = await Job.fromId(this.queue(name), id.slice(i + 1));
    if (!job || (await job.getState()) !== 'failed') return false;
    await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    return true;
  }

  async counts(): Promise<Record<string, JobCounts>> {
    const out: Record<string, JobCounts> = {};
    for (const name of this.registry.names()) {
      const c = await this.queue(name).getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed');
      out[name] = {
        waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
        delayed: c.delayed ?? 0,
        active: c.active ?? 0,
        completed: c.completed ?? 0,
        failed: c.failed ?? 0,
      };
    }
    return out;
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    for (const reg of this.registry.all()) {
      const worker = new Worker(reg.name, (job, token, signal) => this.process(reg, job, token, signal), {
        connection: this.redis,
        prefix: this.prefix,
        concurrency: reg.concurrency,
        lockDuration: this.opts.lockDurationMs ?? 30_000,
        stalledInterval: this.opts.stalledIntervalMs ?? 30_000,
        settings: { backoffStrategy },
      });
      worker.on('error', (err) => this.opts.logger?.warn({ err: err.message, queue: reg.name }, 'bullmq worker error'));
      this.workers.set(reg.name, worker);
    }
  }

  private async process(reg: Registration, job: Job, token: string | undefined, signal: AbortSignal | undefined): Promise<void> {
    const t0 = performance.now();
    if (reg.rules.length) {
      const limits = limitsFor(reg, job.data);
      if (limits.length) {
        const token_ = `${reg.name}:${job.id}:${job.attemptsMade}`;
        let wait = await this.acquire(limits, token_);
        // A short wait (the slot is due but the last window's actual starts ran late) is cheaper in
        // place than a round trip through the delayed set, and keeps the order of the window.
        while (wait > 0 && wait <= INLINE_WAIT_MS) {
          await new Promise((r) => setTimeout(r, wait));
          wait = await this.acquire(limits, token_);
        }
        if (wait > 0) {
          await job.moveToDelayed(Date.now() + wait, token);
          throw new DelayedError();
        }
      }
    }
    const outcome = await runJob(
      reg,
      {
        id: `${reg.name}:${job.id}`,
        key: keyOf(job.id),
        payload: job.data,
        attempt: job.attemptsMade + 1,
        maxAttempts: job.opts.attempts ?? reg.maxAttempts,
        backoff: reg.backoff, // BullMQ applies the job's own backoff through `backoffStrategy`
      },
      signal ?? new AbortController().signal,
    );
    this.opts.events?.onJobFinished?.({
      name: reg.name,
      outcome: outcome.kind,
      durationMs: performance.now() - t0,
      ...('error' in outcome ? { error: outcome.error } : {}),
    });
    switch (outcome.kind) {
      case 'completed':
        return;
      case 'delayed':
        await job.moveToDelayed(Date.now() + outcome.delayMs, token);
        throw new DelayedError();
      case 'retry':
        throw new Error(outcome.error);
      case 'failed':
        this.opts.logger?.warn({ job: job.id, name: reg.name, error: outcome.error }, 'job failed');
        throw new UnrecoverableError(outcome.error);
    }
  }

  private slotArgs(limits: LimitSpec[], token: string, mode: 'acquire' | 'plan'): [number, ...(string | number)[]] {
    const keys = limits.map((l) => `${this.prefix}:xz:rl:${l.key}`);
    keys.push(...limits.map((l) => `${this.prefix}:xz:rl-started:${l.key}`), `${this.prefix}:xz:rl-reserved`);
    const args: (string | number)[] = [token, mode];
    for (const l of limits) args.push(l.max, l.durationMs, l.fifo === false ? '0' : '1');
    return [keys.length, ...keys, ...args];
  }

  /** Slot limiter in Redis; see rate-limit.ts. */
  private acquire(limits: LimitSpec[], token: string): Promise<number> {
    return this.redis.xzSlot(...this.slotArgs(limits, token, 'acquire'));
  }

  async stop(): Promise<void> {
    await Promise.all([...this.workers.values()].map((w) => w.close()));
    this.workers.clear();
    await this.closeConnections();
  }

  /** Test aid: simulates a crash (workers closed without waiting; running jobs stall and are taken again). */
  async abandon(): Promise<void> {
    await Promise.all([...this.workers.values()].map((w) => w.close(true)));
    this.workers.clear();
    await this.closeConnections();
  }

  private async closeConnections(): Promise<void> {
    this.started = false;
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.queues.clear();
    this.redis.disconnect();
  }
}

/** Creates the BullMQ runner. */
export function createBullmqRunner(opts: BullmqRunnerOptions): BullmqJobRunner {
  return new BullmqJobRunner(opts);
}
