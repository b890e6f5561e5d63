/**
 * Test and bench aids for the job layer (not used by the service): a tiny fake "platform" HTTP server
 * on 127.0.0.1, a Deliverer that POSTs to it, Redis prefix cleanup and a polling `waitFor`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import IORedis from 'ioredis';
import { DeliveryError, DeliveryRateLimitError } from './errors';
import type { Deliverer } from './outbox';

/** Polls `check` until it returns truthy; throws with `what` after `timeoutMs`. */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 10_000, everyMs = 20): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** What the fake platform answers for one request: a status (and optional retry-after seconds). */
export type PlatformAnswer = { status: number; retryAfterSec?: number } | undefined;

/** A fake chat platform: counts messages per target; `answer` can make it fail for a while. */
export interface FakePlatform {
  url: string;
  /** Accepted (2xx) messages per target. */
  received: Map<string, number>;
  /** Every request, accepted or not. */
  requests: number;
  /** Decide the answer per request; undefined = 200. */
  answer: (target: string, n: number) => PlatformAnswer;
  /** Delay before answering, ms. */
  delayMs: number;
  close(): Promise<void>;
}

export async function startFakePlatform(): Promise<FakePlatform> {
  const state: Omit<FakePlatform, 'url' | 'close'> = { received: new Map(), requests: 0, answer: () => undefined, delayMs: 0 };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const { target } = JSON.parse(body) as { target: string };
      const n = ++state.requests;
      const reply = () => {
        const a = state.answer(target, n);
        if (a && a.status >= 300) {
          res.writeHead(a.status, { 'content-type': 'application/json', ...(a.retryAfterSec ? { 'retry-after': String(a.retryAfterSec) } : {}) });
          res.end(JSON.stringify({ errcode: a.status, errmsg: 'fake platform error' }));
          return;
        }
        state.received.set(target, (state.received.get(target) ?? 0) + 1);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: true, message_id: `m${n}` }));
      };
      if (state.delayMs > 0) setTimeout(reply, state.delayMs);
      else reply();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/send`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  }) as FakePlatform;
}

/** A Deliverer that POSTs `{target, payload, key}` to the fake platform and maps HTTP answers to delivery errors. */
export function httpDeliverer(url: string): Deliverer {
  return {
    async deliver(channel, target, payload, idempotencyKey) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
        body: JSON.stringify({ channel, target, payload, key: idempotencyKey }),
      });
      const response = (await res.json()) as { message_id?: string };
      if (res.status === 429) throw new DeliveryRateLimitError(Number(res.headers.get('retry-after') ?? 1) * 1000, response);
      if (!res.ok) throw new DeliveryError(`platform answered ${res.status}`, { status: res.status, response });
      return { platformMessageId: response.message_id, response };
    },
  };
}

/** Deletes every Redis key under `prefix:`. */
export async function deleteRedisPrefix(redisUrl: string, prefix: string): Promise<void> {
  const r = new IORedis(redisUrl, { maxRetriesPerRequest: 3 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await r.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await r.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    r.disconnect();
  }
}
