/**
 * The outbox: every notice, reminder and digest is one row per recipient in the `outbox` table
 * (queued → sent | failed, with the platform's answer), delivered by the `outbox.deliver` job with the
 * row's key as the job key. A row already `sent` is never delivered again, so a job retried after a
 * crash between "platform accepted" and "job acknowledged" does not show the user a second copy.
 * (A crash between the platform accepting and the row being marked `sent` cannot be closed from our
 * side; the key is passed to the Deliverer so platforms with duplicate checks can close it.)
 */
import { z } from 'zod';
import type { Clock } from '../core/clock';
import { ChannelError, ChannelRateLimitError } from '../core/errors';
import type { Logger } from '../core/logger';
import type { Database } from '../data/db';
import type { JobRunner, RateLimitRule } from './contract';
import { DeliveryError, DeliveryRateLimitError, errorMessage, UnrecoverableJobError } from './errors';

/** The port channel adapters implement. Throw `DeliveryError` / `DeliveryRateLimitError` (jobs/errors.ts). */
export interface Deliverer {
  deliver(
    channel: string,
    target: string,
    payload: unknown,
    idempotencyKey: string,
  ): Promise<{ platformMessageId?: string | undefined; response?: unknown }>;
}

/** One message to one recipient. */
export interface OutboxMessage {
  /** Unique per message and recipient, e.g. `notice:17:telegram:-100123`; the same key twice = one send. */
  key: string;
  /** notice | reminder | digest | … (for admins and metrics). */
  kind: string;
  /** telegram | wecom-bot | wecom-app | wecom-webhook | web */
  channel: string;
  /** The recipient as the channel understands it (chat id, user id, robot key). */
  target: string;
  /** The rendered message for the channel. */
  payload: unknown;
  /** Deliver at this time instead of now. */
  runAt?: Date;
}

/**
 * A delivery rate limit: `max` per `durationMs` for one channel, counted per target (`per: 'target'`),
 * for the whole channel (`per: 'channel'`) or per a key derived from the target.
 */
export interface DeliveryLimit {
  channel: string;
  per: 'target' | 'channel' | ((target: string) => string);
  max: number;
  durationMs: number;
}

/** The platforms' published limits (../shared/specs/channels.md), slightly conservative. */
export const DEFAULT_DELIVERY_LIMITS: DeliveryLimit[] = [
  { channel: 'wecom-webhook', per: 'target', max: 20, durationMs: 60_000 }, // 20/min per robot, else 45009
  { channel: 'telegram', per: 'target', max: 20, durationMs: 60_000 }, // ≤ 20/min per group
  { channel: 'telegram', per: 'target', max: 1, durationMs: 1_000 }, // ~1/s per chat
  { channel: 'telegram', per: 'channel', max: 30, durationMs: 1_000 }, // ~30/s overall
  { channel: 'wecom-app', per: 'target', max: 30, durationMs: 60_000 }, // per member 30/min (excess silently dropped)
  { channel: 'wecom-app', per: 'target', max: 1000, durationMs: 3_600_000 }, // and 1000/h
  { channel: 'wecom-app', per: 'channel', max: 10_000, durationMs: 60_000 }, // per API per enterprise
  { channel: 'wecom-bot', per: 'target', max: 30, durationMs: 60_000 }, // per conversation ~30/min
  { channel: 'wecom-bot', per: 'target', max: 1000, durationMs: 3_600_000 }, // and 1000/h
];

/** The delivery job's name. */
export const DELIVER_JOB = 'outbox.deliver';

const deliverPayload = z.object({ key: z.string().min(1), channel: z.string().min(1), target: z.string().min(1) });
type DeliverPayload = z.infer<typeof deliverPayload>;

/** Delivery outcomes for metrics. */
export type DeliveryOutcome = 'sent' | 'retry' | 'failed' | 'rate_limited' | 'skipped';

/** Options of `createOutbox`. */
export interface OutboxOptions {
  database: Pick<Database, 'query'>;
  runner: JobRunner;
  /** The channels' delivery port. */
  deliverer: Deliverer;
  /** Default `DEFAULT_DELIVERY_LIMITS`. */
  limits?: DeliveryLimit[];
  /** Deliveries running at once per process. Default 20. */
  concurrency?: number;
  /** Attempts per delivery. Default 8 (exponential backoff from 2 s, capped at 10 min). */
  maxAttempts?: number;
  /** Base backoff of a retry. Default 2000 ms. */
  backoffMs?: number;
  clock?: Clock;
  logger?: Logger;
  onDelivery?: (channel: string, outcome: DeliveryOutcome) => void;
}

/** A stored outbox row, as admins see it. */
export interface OutboxRow {
  key: string;
  kind: string;
  channel: string;
  target: string;
  status: 'queued' | 'sent' | 'failed';
  attempts: number;
  platformResponse: unknown;
  lastError: string | null;
  sentAt: Date | null;
}

export interface Outbox {
  /** Registers the delivery job on the runner (call once, before `runner.start()`). */
  register(): void;
  /** Records the message (ON CONFLICT DO NOTHING on key) and enqueues its delivery with the same key. */
  send(msg: OutboxMessage): Promise<{ created: boolean }>;
  /** The same for many recipients, in batches (fan-outs). Returns how many rows were new. */
  sendMany(msgs: OutboxMessage[]): Promise<number>;
  /**
   * Enqueues again the delivery of rows still `queued` after `olderThanMs` (default 60 s): covers a
   * crash between insert and enqueue, and Redis losing its data. Job keys dedupe; returns the row count.
   */
  requeueStranded(opts?: { olderThanMs?: number; limit?: number }): Promise<number>;
  /** A row by key. */
  get(key: string): Promise<OutboxRow | undefined>;
}

function rules(limits: DeliveryLimit[]): RateLimitRule<DeliverPayload>[] {
  return limits.map((l, i) => ({
    max: l.max,
    durationMs: l.durationMs,
    fifo: l.per !== 'channel',
    key: (p: DeliverPayload) => {
      if (p.channel !== l.channel) return undefined;
      const scope = l.per === 'channel' ? '*' : l.per === 'target' ? p.target : l.per(p.target);
      return `deliver:${i}:${l.channel}:${scope}`;
    },
  }));
}

/** Channel errors (core/errors.ts) in the delivery error family; other errors unchanged. */
function normaliseDeliveryError(err: unknown): unknown {
  if (err instanceof ChannelRateLimitError) return new DeliveryRateLimitError(err.retryAfterMs, { code: err.code });
  if (err instanceof ChannelError) {
    return new DeliveryError(err.message, { retryable: err.retryable, response: { code: err.code ?? null, error: err.name }, cause: err });
  }
  return err;
}

/**
 * One Deliverer over the channels' own: picks by channel name. A channel without a deliverer
 * (not configured in this deployment) fails the delivery at once with a clear error.
 */
export function routeDeliveries(byChannel: Record<string, Deliverer>): Deliverer {
  return {
    deliver(channel, target, payload, key) {
      const d = byChannel[channel];
      if (!d) return Promise.reject(new DeliveryError(`渠道未配置 (channel not configured): ${channel}`, { retryable: false }));
      return d.deliver(channel, target, payload, key);
    },
  };
}

/** Sends `{key, kind, channel, target, payload}` through the outbox (alias of `outbox.send`). */
export function sendViaOutbox(outbox: Outbox, msg: OutboxMessage): Promise<{ created: boolean }> {
  return outbox.send(msg);
}

export function createOutbox(opts: OutboxOptions): Outbox {
  const q = opts.database.query.bind(opts.database) as Database['query'];
  const now = () => (opts.clock ?? { now: () => new Date() }).now();
  const report = (channel: string, outcome: DeliveryOutcome) => opts.onDelivery?.(channel, outcome);

  async function deliver({ payload, attempt, maxAttempts }: { payload: DeliverPayload; attempt: number; maxAttempts: number }) {
    // One statement: count the attempt unless the row is already sent.
    const [row] = await q<{ kind: string; channel: string; target: string; payload: unknown }>(
      `UPDATE outbox SET attempts = attempts + 1 WHERE key = $1 AND status <> 'sent' RETURNING kind, channel, target, payload`,
      [payload.key],
    );
    if (!row) {
      const [sent] = await q<{ channel: string }>(`SELECT channel FROM outbox WHERE key = $1`, [payload.key]);
      if (!sent) throw new UnrecoverableJobError(`outbox row "${payload.key}" not found`);
      report(sent.channel, 'skipped');
      return;
    }
    let result: { platformMessageId?: string | undefined; response?: unknown };
    try {
      result = await opts.deliverer.deliver(row.channel, row.target, row.payload, payload.key);
    } catch (thrown) {
      const err = normaliseDeliveryError(thrown);
      if (err instanceof DeliveryRateLimitError) {
        await q(`UPDATE outbox SET attempts = attempts - 1, last_error = $2 WHERE key = $1`, [payload.key, errorMessage(err)]);
        report(row.channel, 'rate_limited');
        throw err; // the runner re-delays it without counting an attempt
      }
      const retryable = err instanceof DeliveryError ? err.retryable : true;
      const final = !retryable || attempt >= maxAttempts;
      const response = err instanceof DeliveryError ? (err.opts.response ?? null) : null;
      await q(
        `UPDATE outbox SET last_error = $2, platform_response = $3::jsonb, status = CASE WHEN $4 THEN 'failed' ELSE status END
         WHERE key = $1 AND status <> 'sent'`,
        [payload.key, errorMessage(err), JSON.stringify(response), final],
      );
      report(row.channel, final ? 'failed' : 'retry');
      opts.logger?.warn({ key: payload.key, channel: row.channel, attempt, err: errorMessage(err) }, final ? 'delivery failed' : 'delivery will be retried');
      if (!retryable) throw new UnrecoverableJobError(errorMessage(err), { cause: err });
      throw err;
    }
    await q(
      `UPDATE outbox SET status = 'sent', sent_at = to_timestamp($2::double precision / 1000), last_error = NULL,
         platform_response = $3::jsonb WHERE key = $1 AND status <> 'sent'`,
      [payload.key, now().getTime(), JSON.stringify({ messageId: result.platformMessageId ?? null, response: result.response ?? null })],
    );
    report(row.channel, 'sent');
  }

  async function insertRows(msgs: OutboxMessage[]): Promise<Set<string>> {
    const rows = await q<{ key: string }>(
      `INSERT INTO outbox (key, kind, channel, target, payload, status)
       SELECT k, kd, c, t, p::jsonb, 'queued' FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(k, kd, c, t, p)
       ON CONFLICT (key) DO NOTHING RETURNING key`,
      [msgs.map((m) => m.key), msgs.map((m) => m.kind), msgs.map((m) => m.channel), msgs.map((m) => m.target), msgs.map((m) => JSON.stringify(m.payload ?? null))],
    );
    return new Set(rows.map((r) => r.key));
  }

  async function enqueue(msgs: OutboxMessage[]): Promise<void> {
    // Enqueued even when the row existed: a crash between insert and enqueue must not strand a row
    // (the job key dedupes, and a sent row is skipped).
    await opts.runner.enqueueBulk(
      msgs.map((m) => ({
        name: DELIVER_JOB,
        payload: { key: m.key, channel: m.channel, target: m.target } satisfies DeliverPayload,
        opts: { key: m.key, ...(m.runAt ? { runAt: m.runAt } : {}) },
      })),
    );
  }

  return {
    register() {
      opts.runner.register<DeliverPayload>(DELIVER_JOB, deliver, {
        schema: deliverPayload,
        concurrency: opts.concurrency ?? 20,
        rateLimit: rules(opts.limits ?? DEFAULT_DELIVERY_LIMITS),
        maxAttempts: opts.maxAttempts ?? 8,
        backoff: { type: 'exponential', delayMs: opts.backoffMs ?? 2000, maxDelayMs: 600_000 },
      });
    },
    async send(msg) {
      const created = await insertRows([msg]);
      await enqueue([msg]);
      return { created: created.has(msg.key) };
    },
    async sendMany(msgs) {
      let n = 0;
      for (let i = 0; i < msgs.length; i += 1000) {
        const chunk = msgs.slice(i, i + 1000);
        n += (await insertRows(chunk)).size;
        await enqueue(chunk);
      }
      return n;
    },
    async requeueStranded(o = {}) {
      const rows = await q<{ key: string; kind: string; channel: string; target: string }>(
        `SELECT key, kind, channel, target FROM outbox WHERE status = 'queued'
           AND created_at <= to_timestamp($1::double precision / 1000) ORDER BY id LIMIT $2`,
        [now().getTime() - (o.olderThanMs ?? 60_000), o.limit ?? 10_000],
      );
      await enqueue(rows.map((r) => ({ ...r, payload: null })));
      return rows.length;
    },
    async get(key) {
      const [r] = await q<{ key: string; kind: string; channel: string; target: string; status: OutboxRow['status']; attempts: number; platform_response: unknown; last_error: string | null; sent_at: Date | null }>(
        `SELECT key, kind, channel, target, status, attempts, platform_response, last_error, sent_at FROM outbox WHERE key = $1`,
        [key],
      );
      if (!r) return undefined;
      return {
        key: r.key,
        kind: r.kind,
        channel: r.channel,
        target: r.target,
        status: r.status,
        attempts: r.attempts,
        platformResponse: r.platform_response,
        lastError: r.last_error,
        sentAt: r.sent_at ? new Date(r.sent_at) : null,
      };
    },
  };
}
