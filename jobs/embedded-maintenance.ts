/**
 * Storage helpers and the periodic chores of the embedded runner: the payload envelope, taking back
 * jobs with expired leases, failing stored jobs of unknown types, turning due schedules into jobs.
 */
import type { Logger } from '../core/logger';
import type { Database } from '../data/db';
import type { BackoffOptions } from './contract';
import { nextCronRun } from './cron';
import { UnknownJobError } from './errors';
import type { Registry } from './registry';

type Query = Database['query'];

/** How the payload column stores data plus per-job options. */
interface Envelope {
  $job: 1;
  data: unknown;
  backoff?: BackoffOptions;
}

export function wrap(data: unknown, backoff: BackoffOptions): string {
  return JSON.stringify({ $job: 1, data, backoff } satisfies Envelope);
}

export function unwrap(stored: unknown): { data: unknown; backoff: BackoffOptions | undefined } {
  if (stored && typeof stored === 'object' && (stored as Envelope).$job === 1) {
    const e = stored as Envelope;
    return { data: e.data, backoff: e.backoff };
  }
  return { data: stored, backoff: undefined }; // a row written by hand
}

/** `to_timestamp` of an epoch-ms parameter (times come from the injected clock, not the database). */
export const T = (p: string): string => `to_timestamp(${p}::double precision / 1000)`;

export function likePrefix(prefix: string): string {
  return prefix.replace(/[\\%_]/g, (c) => `\\${c}`) + '%';
}

/** Jobs whose worker stopped renewing its lease go back to waiting (or fail when out of attempts). */
export async function reapExpiredLeases(q: Query, now: number, logger?: Logger): Promise<void> {
  const rows = await q<{ id: string }>(
    `UPDATE jobs SET status = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'waiting' END,
       last_error = 'lease expired: the worker stopped while running it', locked_by = NULL, locked_until = NULL,
       updated_at = ${T('$1')}
     WHERE status = 'active' AND locked_until < ${T('$1')} RETURNING id::text AS id`,
    [now],
  );
  if (rows.length) logger?.warn({ count: rows.length }, 'embedded job runner: took back jobs with expired leases');
}

/** Due jobs of a type nobody registered fail with a clear error instead of waiting forever. */
export async function failUnknownJobs(q: Query, names: string[], now: number, graceMs: number, logger?: Logger): Promise<void> {
  if (names.length === 0) return; // a process that only enqueues must not judge other processes' jobs
  const rows = await q<{ id: string; name: string }>(
    `UPDATE jobs SET status = 'failed', last_error = 'UnknownJobError: ' || $2 || ' "' || name || '"', updated_at = ${T('$4')}
     WHERE status = 'waiting' AND run_at <= ${T('$3')} AND NOT (name = ANY($1::text[])) RETURNING id::text AS id, name`,
    [names, new UnknownJobError('').message.replace(/ ""$/, ''), now - graceMs, now],
  );
  for (const r of rows) logger?.warn({ job: r.id, name: r.name }, 'job of unknown type failed');
}

/** Turns due schedules into jobs (one per occurrence, keyed `<schedule key>@<ISO time>`). */
export async function fireSchedules(
q: Query,
now: number,
deps: { timezone: string; registry: Registry; logger?: Logger | undefined },
): Promise<void> {
  const lease = now + 60_000;
  const due = await q<{ key: string; name: string; cron: string; payload: unknown; due_at: Date }>(
    `WITH due AS (SELECT key, next_run_at AS due_at FROM job_schedules WHERE next_run_at <= ${T('$1')}
                  LIMIT 100 FOR UPDATE SKIP LOCKED)
     UPDATE job_schedules s SET next_run_at = ${T('$2')} FROM due WHERE s.key = due.key
     RETURNING s.key, s.name, s.cron, s.payload, due.due_at`,
    [now, lease],
  );
  for (const s of due) {
    const dueAt = new Date(s.due_at);
    const reg = deps.registry.get(s.name);
    await q(
      `INSERT INTO jobs (queue, name, key, payload, run_at, max_attempts, status, created_at, updated_at)
       VALUES ($1, $1, $2, $3::jsonb, ${T('$4')}, $5, 'waiting', ${T('$6')}, ${T('$6')}) ON CONFLICT (key) DO NOTHING`,
      [s.name, `${s.key}@${dueAt.toISOString()}`, wrap(s.payload, reg?.backoff ?? { type: 'exponential', delayMs: 1000 }), dueAt.getTime(), reg?.maxAttempts ?? 5, now],
    );
    let next: number;
    try {
      next = nextCronRun(s.cron, deps.timezone, new Date(Math.max(now, dueAt.getTime()))).getTime();
    } catch (err) {
      deps.logger?.error({ err, schedule: s.key }, 'bad cron pattern; schedule paused for a day');
      next = now + 86_400_000;
    }
    await q(`UPDATE job_schedules SET next_run_at = ${T('$2')} WHERE key = $1 AND next_run_at = ${T('$3')}`, [s.key, next, lease]);
  }
}
