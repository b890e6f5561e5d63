/**
 * The embedded job runner: jobs live in the `jobs` and `job_schedules` tables of the app database
 * (PGlite on a laptop, PostgreSQL in production without Redis). Workers claim due jobs in batches with
 * `FOR UPDATE SKIP LOCKED` and hold a lease (`locked_until`); a process that dies leaves leases that
 * expire, and any runner on the same database takes those jobs again. A restart loses nothing.
 */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { Database } from '../data/db';
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
} from './contract';
import { nextCronRun } from './cron';
import { failUnknownJobs, fireSchedules, likePrefix, reapExpiredLeases, T, unwrap, wrap } from './embedded-maintenance';
import { MemorySlotLimiter } from './rate-limit';
import { limitsFor, Registry, resolveEnqueue, runJob, type Outcome, type Registration } from './registry';

/** Options of the embedded runner. */
export interface EmbeddedRunnerOptions {
  /** The app database (only its raw `query` is used). */
  database: Pick<Database, 'query'>;
  /** IANA zone for cron patterns (`config.timezone`). */
  timezone: string;
  /** Time source for due dates and leases. Default: the system clock. */
  clock?: Clock;
  logger?: Logger;
  /** How often an idle runner looks for due jobs. Default 250 ms. */
  pollIntervalMs?: number;
  /** How long a claimed job stays locked without renewal; a crashed worker's jobs return after it. Default 30 s. */
  leaseMs?: number;
  /** Most jobs claimed per query. Default 200. */
  batchSize?: number;
  /** Completed jobs (and so their idempotency keys) are kept this long. Default 24 h. */
  completedRetentionMs?: number;
  /** Due jobs of a type this process does not know fail after waiting this long (a newer process
   * may know the type during a rolling deploy). Default 5 minutes. */
  unknownGraceMs?: number;
  /** Identifies this process in `locked_by`. Default: a new UUID. */
  workerId?: string;
  events?: JobEvents;
}

interface ClaimedRow {
  id: string;
  key: string;
  payload: unknown;
  attempts: number;
  max_attempts: number;
}

interface Running {
  key: string;
  controller: AbortController;
  promise: Promise<void>;
}

export class EmbeddedJobRunner implements JobRunner {
  readonly kind = 'embedded' as const;
  private readonly registry = new Registry();
  private readonly q: Database['query'];
  private readonly clock: Clock;
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private readonly batch: number;
  private readonly retentionMs: number;
  private readonly workerId: string;
  private readonly limiter: MemorySlotLimiter;
  private readonly running = new Map<string, Running>();
  private readonly activeByName = new Map<string, number>();
  private completes: string[] = [];
  private flushing: Promise<void> | undefined;
  private started = false;
  private dead = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private poked = false;
  private renewTimer: NodeJS.Timeout | undefined;
  private lastReap = 0;
  private lastSweep = 0;
  private lastPurge = 0;
  private lastSchedules = 0;

  constructor(private readonly opts: EmbeddedRunnerOptions) {
    this.q = opts.database.query.bind(opts.database) as Database['query'];
    this.clock = opts.clock ?? { now: () => new Date() };
    this.pollMs = opts.pollIntervalMs ?? 250;
    this.leaseMs = opts.leaseMs ?? 30_000;
    this.batch = opts.batchSize ?? 200;
    this.retentionMs = opts.completedRetentionMs ?? 24 * 3_600_000;
    this.workerId = opts.workerId ?? `embedded-${randomUUID()}`;
    this.limiter = new MemorySlotLimiter(() => this.now());
  }

  private now(): number {
    return this.clock.now().getTime();
  }

  register<P>(name: string, handler: JobHandler<P>, opts?: RegisterOptions<P>): void {
    this.registry.add(name, handler, opts);
  }

  registered(): string[] {
    return this.registry.names();
  }

  async enqueue<P>(name: string, payload: P, opts: EnqueueOptions = {}): Promise<EnqueueResult> {
    const [r] = await this.enqueueBulk([{ name, payload, opts }]);
    return r!;
  }

  async enqueueBulk(items: BulkJob[]): Promise<EnqueueResult[]> {
    if (items.length === 0) return [];
    const now = this.now();
    const rows = items.map((it) => {
      const reg = this.registry.require(it.name);
      const r = { name: it.name, ...resolveEnqueue(reg, it.opts ?? {}, now), payload: it.payload };
      // Rate-limited jobs due now take their slot at enqueue time (see rate-limit.ts).
      if (reg.rules.length && r.runAt <= now) {
        const limits = limitsFor(reg, it.payload);
        if (limits.length) r.runAt = now + this.limiter.plan(limits, `${r.key}:0`);
      }
      return r;
    });
    const inserted = await this.q<{ id: string; key: string }>(
      `INSERT INTO jobs (queue, name, key, payload, run_at, max_attempts, status, created_at, updated_at)
       SELECT n, n, k, p::jsonb, ${T('r')}, m, 'waiting', ${T('$6')}, ${T('$6')}
       FROM unnest($1::text[], $2::text[], $3::text[], $4::double precision[], $5::int[]) AS u(n, k, p, r, m)
       ON CONFLICT (key) DO NOTHING RETURNING id::text AS id, key`,
      [
        rows.map((r) => r.name),
        rows.map((r) => r.key),
        rows.map((r) => wrap(r.payload, r.backoff)),
        rows.map((r) => r.runAt),
        rows.map((r) => r.maxAttempts),
        now,
      ],
    );
    const ids = new Map(inserted.map((r) => [r.key, r.id]));
    const missing = rows.filter((r) => !ids.has(r.key)).map((r) => r.key);
    const existing = new Map<string, string>();
    if (missing.length) {
      for (const r of await this.q<{ id: string; key: string }>(
        `SELECT id::text AS id, key FROM jobs WHERE key = ANY($1::text[])`,
        [missing],
      )) {
        existing.set(r.key, r.id);
      }
    }
    if (inserted.length) this.poke();
    const seen = new Set<string>();
    return rows.map((r) => {
      const created = ids.has(r.key) && !seen.has(r.key);
      seen.add(r.key);
      return { id: ids.get(r.key) ?? existing.get(r.key) ?? '', key: r.key, created };
    });
  }

  async schedule<P>(key: string, name: string, cron: string, payload: P): Promise<void> {
    this.registry.require(name);
    const next = nextCronRun(cron, this.opts.timezone, this.clock.now()).getTime();
    // A replaced schedule must not leave an instance of the old pattern behind.
    await this.q(`DELETE FROM jobs WHERE key LIKE $1 ESCAPE '\\' AND status = 'waiting'`, [likePrefix(`${key}@`)]);
    await this.q(
      `INSERT INTO job_schedules (key, queue, name, cron, payload, next_run_at)
       VALUES ($1, $2, $2, $3, $4::jsonb, ${T('$5')})
       ON CONFLICT (key) DO UPDATE SET queue = EXCLUDED.queue, name = EXCLUDED.name, cron = EXCLUDED.cron,
         payload = EXCLUDED.payload, next_run_at = EXCLUDED.next_run_at`,
      [key, name, cron, JSON.stringify(payload ?? null), next],
    );
    this.lastSchedules = 0;
    this.poke();
  }

  async cancel(target: CancelTarget): Promise<number> {
    const exact = typeof target === 'string';
    // An exact key also takes the pending occurrences of a schedule with that key (`key@time`).
    const prefix = exact ? `${target}@` : target.prefix;
    const like = likePrefix(prefix);
    const jobs = exact
      ? await this.q(`DELETE FROM jobs WHERE (key = $1 OR key LIKE $2 ESCAPE '\\') AND status <> 'active' RETURNING id`, [target, like])
      : await this.q(`DELETE FROM jobs WHERE key LIKE $1 ESCAPE '\\' AND status <> 'active' RETURNING id`, [like]);
    const scheds = exact
      ? await this.q(`DELETE FROM job_schedules WHERE key = $1 RETURNING key`, [target])
      : await this.q(`DELETE FROM job_schedules WHERE key LIKE $1 ESCAPE '\\' RETURNING key`, [like]);
    for (const r of this.running.values()) {
      const hit = exact ? r.key === target || r.key.startsWith(prefix) : r.key.startsWith(prefix);
      if (hit) r.controller.abort(new Error('job cancelled'));
    }
    return jobs.length + scheds.length;
  }

  async failed(opts: { limit?: number } = {}): Promise<FailedJob[]> {
    const rows = await this.q<{ id: string; name: string; key: string; payload: unknown; last_error: string | null; attempts: number; updated_at: Date }>(
      `SELECT id::text AS id, name, key, payload, last_error, attempts, updated_at FROM jobs
       WHERE status = 'failed' ORDER BY updated_at DESC, id DESC LIMIT $1`,
      [opts.limit ?? 100],
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      key: r.key,
      payload: unwrap(r.payload).data,
      error: r.last_error ?? '',
      attempts: r.attempts,
      failedAt: new Date(r.updated_at),
    }));
  }

  async retry(id: string): Promise<boolean> {
    if (!/^\d+$/.test(id)) return false;
    const rows = await this.q(
      `UPDATE jobs SET status = 'waiting', attempts = 0, run_at = ${T('$2')}, updated_at = ${T('$2')}
       WHERE id = $1::bigint AND status = 'failed' RETURNING id`,
      [id, this.now()],
    );
    if (rows.length) this.poke();
    return rows.length > 0;
  }

  async counts(): Promise<Record<string, JobCounts>> {
    const out: Record<string, JobCounts> = {};
    for (const n of this.registry.names()) out[n] = { waiting: 0, delayed: 0, active: 0, completed: 0, failed: 0 };
    const rows = await this.q<{ name: string; s: string; n: number | string }>(
      `SELECT name, CASE WHEN status = 'waiting' AND run_at > ${T('$1')} THEN 'delayed' ELSE status END AS s, count(*) AS n
       FROM jobs GROUP BY 1, 2`,
      [this.now()],
    );
    for (const r of rows) {
      const c = (out[r.name] ??= { waiting: 0, delayed: 0, active: 0, completed: 0, failed: 0 });
      if (r.s in c) c[r.s as keyof JobCounts] += Number(r.n);
    }
    return out;
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.dead = false;
    this.renewTimer = setInterval(() => void this.renewLeases(), Math.max(50, Math.floor(this.leaseMs / 3)));
    this.renewTimer.unref();
    this.loop = this.pollLoop();
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    this.poke();
    await this.loop;
    await Promise.allSettled([...this.running.values()].map((r) => r.promise));
    await this.flushCompletes();
    if (this.renewTimer) clearInterval(this.renewTimer);
  }

  /**
   * Test aid: simulates a crash. Stops at once without waiting for running jobs or writing their
   * results; their leases expire and another runner takes them again.
   */
  async abandon(): Promise<void> {
    this.dead = true;
    this.started = false;
    if (this.renewTimer) clearInterval(this.renewTimer);
    this.completes = [];
    this.poke();
    await this.loop;
  }

  private poke(): void {
    const w = this.wake;
    this.wake = undefined;
    if (w) w();
    else this.poked = true;
  }

  private async pollLoop(): Promise<void> {
    while (this.started) {
      this.poked = false;
      let more = false;
      try {
        more = await this.pollOnce();
      } catch (err) {
        this.opts.logger?.error({ err }, 'embedded job runner: poll failed');
      }
      if (!this.started) break;
      if (more || this.poked) continue;
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          this.wake = undefined;
          resolve();
        }, this.pollMs);
        this.wake = () => {
          clearTimeout(t);
          resolve();
        };
      });
    }
  }

  /** One round: maintenance, schedules, then claim for every type with free slots. */
  private async pollOnce(): Promise<boolean> {
    const now = this.now();
    if (now - this.lastReap >= Math.min(this.leaseMs / 2, 5_000)) {
      this.lastReap = now;
      await reapExpiredLeases(this.q, now, this.opts.logger);
    }
    if (now - this.lastSweep >= 1_000) {
      this.lastSweep = now;
      await failUnknownJobs(this.q, this.registry.names(), now, this.opts.unknownGraceMs ?? 300_000, this.opts.logger);
    }
    if (now - this.lastPurge >= 600_000) {
      this.lastPurge = now;
      await this.q(`DELETE FROM jobs WHERE status = 'completed' AND updated_at < ${T('$1')}`, [now - this.retentionMs]);
    }
    if (now - this.lastSchedules >= 200) {
      this.lastSchedules = now;
      await fireSchedules(this.q, now, { timezone: this.opts.timezone, registry: this.registry, logger: this.opts.logger });
    }
    let more = false;
    for (const reg of this.registry.all()) {
      const active = this.activeByName.get(reg.name) ?? 0;
      const free = reg.concurrency - active;
      // Refill in batches: a query per finished job would cost more than the jobs themselves.
      if (free <= 0 || (active > 0 && free < Math.min(this.batch, Math.ceil(reg.concurrency / 4)))) continue;
      const want = Math.min(free, this.batch);
      const rows = await this.claim(reg.name, want, now);
      if (this.dead) return false; // abandoned while claiming: the leases expire
      if (rows.length === want) more = true; // maybe more due; the next round finds out
      for (const row of rows) this.launch(reg, row);
    }
    return more;
  }

  private async claim(name: string, limit: number, now: number): Promise<ClaimedRow[]> {
    const rows = await this.q<ClaimedRow & { run_at: Date }>(
      `UPDATE jobs SET status = 'active', attempts = attempts + 1, locked_by = $1,
         locked_until = ${T('$2')}, updated_at = ${T('$3')}
       WHERE id IN (SELECT id FROM jobs WHERE status = 'waiting' AND name = $4 AND run_at <= ${T('$3')}
                    ORDER BY run_at LIMIT $5 FOR UPDATE SKIP LOCKED)
       RETURNING id::text AS id, key, payload, attempts, max_attempts, run_at`,
      [this.workerId, now + this.leaseMs, now, name, limit],
    );
    return rows.sort((a, b) => +new Date(a.run_at) - +new Date(b.run_at) || Number(a.id) - Number(b.id));
  }

  private launch(reg: Registration, row: ClaimedRow): void {
    const controller = new AbortController();
    this.activeByName.set(reg.name, (this.activeByName.get(reg.name) ?? 0) + 1);
    const promise = this.execute(reg, row, controller)
      .catch((err) => this.opts.logger?.error({ err, job: row.id }, 'embedded job runner: storing a result failed'))
      .finally(() => {
        this.running.delete(row.id);
        this.activeByName.set(reg.name, (this.activeByName.get(reg.name) ?? 1) - 1);
        this.poke();
      });
    this.running.set(row.id, { key: row.key, controller, promise });
  }

  private async execute(reg: Registration, row: ClaimedRow, controller: AbortController): Promise<void> {
    const { data, backoff } = unwrap(row.payload);
    if (reg.rules.length) {
      const limits = limitsFor(reg, data);
      if (limits.length) {
        const wait = this.limiter.acquireSync(limits, `${row.key}:${row.attempts - 1}`);
        if (wait > 0) {
          await this.store(row, { kind: 'delayed', delayMs: wait }, reg.name, 0);
          return;
        }
      }
    }
    const t0 = performance.now();
    const outcome = await runJob(
      reg,
      { id: row.id, key: row.key, payload: data, attempt: row.attempts, maxAttempts: row.max_attempts, backoff: backoff ?? reg.backoff },
      controller.signal,
    );
    if (this.dead) return;
    await this.store(row, outcome, reg.name, performance.now() - t0);
  }

  private async store(row: ClaimedRow, outcome: Outcome, name: string, durationMs: number): Promise<void> {
    const now = this.now();
    switch (outcome.kind) {
      case 'completed':
        this.completes.push(row.id);
        void this.flushCompletes();
        break;
      case 'delayed':
        await this.q(
          `UPDATE jobs SET status = 'waiting', attempts = attempts - 1, run_at = ${T('$2')}, locked_by = NULL,
             locked_until = NULL, updated_at = ${T('$3')} WHERE id = $1::bigint AND locked_by = $4`,
          [row.id, now + outcome.delayMs, now, this.workerId],
        );
        break;
      case 'retry':
        await this.q(
          `UPDATE jobs SET status = 'waiting', run_at = ${T('$2')}, last_error = $3, locked_by = NULL,
             locked_until = NULL, updated_at = ${T('$4')} WHERE id = $1::bigint AND locked_by = $5`,
          [row.id, now + outcome.delayMs, outcome.error, now, this.workerId],
        );
        break;
      case 'failed':
        this.opts.logger?.warn({ job: row.id, name, key: row.key, error: outcome.error }, 'job failed');
        await this.q(
          `UPDATE jobs SET status = 'failed', last_error = $2, locked_by = NULL, locked_until = NULL,
             updated_at = ${T('$3')} WHERE id = $1::bigint AND locked_by = $4`,
          [row.id, outcome.error, now, this.workerId],
        );
        break;
    }
    this.opts.events?.onJobFinished?.({
      name,
      outcome: outcome.kind,
      durationMs,
      ...('error' in outcome ? { error: outcome.error } : {}),
    });
  }

  /** Marks finished jobs completed in batches (one UPDATE per burst instead of one per job). */
  private flushCompletes(): Promise<void> {
    if (this.flushing) return this.flushing;
    if (this.completes.length === 0) return Promise.resolve();
    this.flushing = (async () => {
      try {
        while (this.completes.length && !this.dead) {
          const ids = this.completes;
          this.completes = [];
          await this.q(
            `UPDATE jobs SET status = 'completed', locked_by = NULL, locked_until = NULL, updated_at = ${T('$2')}
             WHERE id = ANY($1::bigint[]) AND locked_by = $3`,
            [ids, this.now(), this.workerId],
          );
        }
      } finally {
        this.flushing = undefined;
      }
    })();
    return this.flushing;
  }

  private async renewLeases(): Promise<void> {
    if (this.dead || this.running.size === 0) return;
    try {
      await this.q(
        `UPDATE jobs SET locked_until = ${T('$2')} WHERE id = ANY($1::bigint[]) AND locked_by = $3 AND status = 'active'`,
        [[...this.running.keys()], this.now() + this.leaseMs, this.workerId],
      );
    } catch (err) {
      this.opts.logger?.warn({ err }, 'embedded job runner: lease renewal failed');
    }
  }

}

/** Creates the embedded runner. */
export function createEmbeddedRunner(opts: EmbeddedRunnerOptions): EmbeddedJobRunner {
  return new EmbeddedJobRunner(opts);
}
