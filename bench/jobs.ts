/**
 * Job layer speed targets (issue 5):
 *  1. raw BullMQ (no-op processor, concurrency 50) vs our layer on BullMQ, same run: jobs/s and the ratio (≥ 50 %);
 *  2. a notice fanned out to 10,000 group chats through the real rate limiter (robots spread over keys,
 *     WeCom's 20/min per robot scaled to 20 per `windowMs`): elapsed from the first enqueue to the last
 *     arrival vs the theoretical minimum (windows − 1) × windowMs (≤ +10 %),
 *     duplicates (0) and limit violations (0) counted at a fake platform server;
 *  3. the embedded runner on PGlite (batch claim): jobs/s (≥ 1,000).
 * Run alone: `tsx bench/jobs.ts`; `npm run bench` calls `benchJobs()`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { openDatabase } from '../data/db';
import { BullmqJobRunner } from '../jobs/bullmq-runner';
import { EmbeddedJobRunner } from '../jobs/embedded-runner';
import { deleteRedisPrefix, waitFor } from '../jobs/testing';

export interface JobsBenchOptions {
  redisUrl?: string;
  /** Jobs per throughput run. Default 50,000. */
  jobs?: number;
  /** Group chats in the fan-out. Default 10,000. */
  chats?: number;
  /** Robot keys the chats are spread over. Default 50. */
  robots?: number;
  /**
   * Window of the scaled "20 per minute" limit. Default 3,000 ms (the clock scaled 20×). Fixed costs —
   * enqueueing 10,000 jobs takes about a second here and the first window's starts anchor all later
   * ones — do not shrink with the clock, so a harder scale (1,500 ms) reads worse than reality, where
   * the minimum is 9 minutes.
   */
  windowMs?: number;
  /** Jobs for the embedded runner. Default 5,000. */
  embeddedJobs?: number;
  /** Which parts to run. Default all. */
  parts?: ('throughput' | 'fanout' | 'embedded')[];
}

const round = (n: number, d = 0) => Math.round(n * 10 ** d) / 10 ** d;

async function addInChunks(add: (chunk: number[]) => Promise<unknown>, n: number, chunk = 1000): Promise<void> {
  for (let i = 0; i < n; i += chunk) await add(Array.from({ length: Math.min(chunk, n - i) }, (_, j) => i + j));
}

/** Raw BullMQ: addBulk, then a no-op worker at concurrency 50; jobs/s of processing. */
async function rawBullmq(redisUrl: string, n: number): Promise<{ enqueuePerSec: number; perSec: number }> {
  const prefix = `xz-bench-${randomUUID()}`;
  const connection = new IORedis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue('noop', { connection, prefix });
  try {
    const t0 = performance.now();
    await addInChunks((c) => queue.addBulk(c.map((i) => ({ name: 'noop', data: { i } }))), n);
    const enqueueMs = performance.now() - t0;
    let done = 0;
    const t1 = performance.now();
    const worker = new Worker('noop', async () => void done++, { connection, prefix, concurrency: 50 });
    await waitFor(() => done >= n, 'raw BullMQ jobs', 300_000, 5);
    const ms = performance.now() - t1;
    await worker.close();
    return { enqueuePerSec: (n / enqueueMs) * 1000, perSec: (n / ms) * 1000 };
  } finally {
    await queue.close();
    connection.disconnect();
    await deleteRedisPrefix(redisUrl, prefix);
  }
}

/** Our layer on BullMQ: enqueueBulk, then the runner with a no-op handler at concurrency 50. */
async function oursBullmq(redisUrl: string, n: number): Promise<{ enqueuePerSec: number; perSec: number }> {
  const prefix = `xz-bench-${randomUUID()}`;
  const runner = new BullmqJobRunner({ redisUrl, prefix, timezone: 'Asia/Shanghai' });
  let done = 0;
  runner.register('noop', () => void done++, { concurrency: 50 });
  try {
    const t0 = performance.now();
    await addInChunks((c) => runner.enqueueBulk(c.map((i) => ({ name: 'noop', payload: { i } }))), n);
    const enqueueMs = performance.now() - t0;
    const t1 = performance.now();
    await runner.start();
    await waitFor(() => done >= n, 'our BullMQ jobs', 300_000, 5);
    const ms = performance.now() - t1;
    return { enqueuePerSec: (n / enqueueMs) * 1000, perSec: (n / ms) * 1000 };
  } finally {
    await runner.stop();
    await deleteRedisPrefix(redisUrl, prefix);
  }
}

/** A fake robot webhook: records arrival times per robot and counts per chat. */
async function fakeRobots() {
  const perChat = new Map<string, number>();
  const perRobot = new Map<string, number[]>();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    const robot = u.searchParams.get('key') ?? '';
    const chat = u.searchParams.get('chat') ?? '';
    req.resume();
    req.on('end', () => {
      perChat.set(chat, (perChat.get(chat) ?? 0) + 1);
      (perRobot.get(robot) ?? perRobot.set(robot, []).get(robot)!).push(performance.now());
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"errcode":0,"errmsg":"ok"}');
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const post = (robot: string, chat: string) =>
    new Promise<void>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port, method: 'POST', path: `/cgi-bin/webhook/send?key=${robot}&chat=${chat}`, agent, headers: { 'content-type': 'application/json' } },
        (res) => {
          res.resume();
          res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`status ${res.statusCode}`))));
        },
      );
      req.on('error', reject);
      req.end('{"msgtype":"text","text":{"content":"通知"}}');
    });
  return {
    perChat,
    perRobot,
    post,
    close: () =>
      new Promise<void>((r) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** 10,000 chats over `robots` robot keys, `max` per `windowMs` per robot, through the BullMQ runner's limiter. */
async function fanOut(redisUrl: string, chats: number, robots: number, windowMs: number) {
  const max = 20;
  const prefix = `xz-bench-${randomUUID()}`;
  const platform = await fakeRobots();
  const runner = new BullmqJobRunner({ redisUrl, prefix, timezone: 'Asia/Shanghai' });
  runner.register<{ robot: string; chat: string }>('deliver', ({ payload }) => platform.post(payload.robot, payload.chat), {
    concurrency: 50,
    rateLimit: { key: (p) => `wecom-webhook:${p.robot}`, max, durationMs: windowMs },
  });
  try {
    await runner.start();
    const t0 = performance.now();
    await addInChunks(
      (c) =>
        runner.enqueueBulk(
          c.map((i) => ({ name: 'deliver', payload: { robot: `robot${i % robots}`, chat: `chat${i}` }, opts: { key: `notice:1:chat${i}` } })),
        ),
      chats,
    );
    const enqueueMs = performance.now() - t0;
    await waitFor(() => platform.perChat.size >= chats, 'fan-out', 600_000, 5);
    const elapsed = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 300)); // late duplicates would show up here
    const perRobot = Math.ceil(chats / robots);
    const minimum = (Math.ceil(perRobot / max) - 1) * windowMs;
    let duplicates = 0;
    for (const c of platform.perChat.values()) duplicates += c - 1;
    // a violation = more than `max` arrivals at one robot within any `windowMs` (measured at the server)
    let violations = 0;
    let tightest = Infinity;
    for (const times of platform.perRobot.values()) {
      times.sort((a, b) => a - b);
      for (let i = max; i < times.length; i++) {
        const span = times[i]! - times[i - max]!;
        tightest = Math.min(tightest, span);
        if (span < windowMs) violations++;
      }
    }
    return { elapsedMs: elapsed, minimumMs: minimum, enqueueMs, duplicates, violations, tightestWindowMs: tightest, delivered: platform.perChat.size };
  } finally {
    await runner.stop();
    await platform.close();
    await deleteRedisPrefix(redisUrl, prefix);
  }
}

/** The embedded runner on in-memory PGlite: enqueueBulk, then no-op jobs at concurrency 50. */
async function embedded(n: number): Promise<{ enqueuePerSec: number; perSec: number }> {
  const db = await openDatabase({});
  const runner = new EmbeddedJobRunner({ database: db, timezone: 'Asia/Shanghai', pollIntervalMs: 20, batchSize: 200 });
  let done = 0;
  runner.register('noop', () => void done++, { concurrency: 200 });
  try {
    const t0 = performance.now();
    await addInChunks((c) => runner.enqueueBulk(c.map((i) => ({ name: 'noop', payload: { i } }))), n);
    const enqueueMs = performance.now() - t0;
    const t1 = performance.now();
    await runner.start();
    await waitFor(async () => done >= n && (await runner.counts()).noop!.completed >= n, 'embedded jobs', 300_000, 20);
    const ms = performance.now() - t1;
    return { enqueuePerSec: (n / enqueueMs) * 1000, perSec: (n / ms) * 1000 };
  } finally {
    await runner.stop();
    await db.close();
  }
}

/** Runs the three measurements and prints them; returns the numbers. */
export async function benchJobs(opts: JobsBenchOptions = {}): Promise<Record<string, number>> {
  const redisUrl = opts.redisUrl ?? 'redis://127.0.0.1:6379';
  const n = opts.jobs ?? 50_000;
  const parts = new Set(opts.parts ?? ['throughput', 'fanout', 'embedded']);
  const robots = opts.robots ?? 50;
  const windowMs = opts.windowMs ?? 3_000;
  const result: Record<string, number> = {};
  const lines: string[] = [];
  if (parts.has('throughput')) {
    const raw = await rawBullmq(redisUrl, n);
    const ours = await oursBullmq(redisUrl, n);
    Object.assign(result, {
      raw_bullmq_jobs_per_s: round(raw.perSec),
      ours_bullmq_jobs_per_s: round(ours.perSec),
      ours_vs_raw_ratio: round(ours.perSec / raw.perSec, 3),
      raw_bullmq_enqueue_per_s: round(raw.enqueuePerSec),
      ours_bullmq_enqueue_per_s: round(ours.enqueuePerSec),
    });
    lines.push(
      `jobs: raw BullMQ ${round(raw.perSec)} jobs/s, ours on BullMQ ${round(ours.perSec)} jobs/s ` +
        `(${round((ours.perSec / raw.perSec) * 100, 1)} % of raw; target ≥ 50 %), ${n} no-op jobs, concurrency 50`,
    );
  }
  if (parts.has('fanout')) {
    const fan = await fanOut(redisUrl, opts.chats ?? 10_000, robots, windowMs);
    const over = round(((fan.elapsedMs - fan.minimumMs) / fan.minimumMs) * 100, 1);
    Object.assign(result, {
      fanout_chats: fan.delivered,
      fanout_elapsed_ms: round(fan.elapsedMs),
      fanout_minimum_ms: fan.minimumMs,
      fanout_over_minimum_pct: over,
      fanout_enqueue_ms: round(fan.enqueueMs),
      fanout_duplicates: fan.duplicates,
      fanout_limit_violations: fan.violations,
      fanout_tightest_window_ms: round(fan.tightestWindowMs),
    });
    lines.push(
      `jobs: fan-out to ${fan.delivered} chats over ${robots} robots (20 per ${windowMs} ms each): ` +
        `${round(fan.elapsedMs)} ms vs minimum ${fan.minimumMs} ms (+${over} %; target ≤ 10 %), ` +
        `duplicates ${fan.duplicates}, limit violations at the platform ${fan.violations} (tightest 21-message span ${round(fan.tightestWindowMs)} ms)`,
    );
  }
  if (parts.has('embedded')) {
    const emb = await embedded(opts.embeddedJobs ?? 5_000);
    Object.assign(result, { embedded_pglite_jobs_per_s: round(emb.perSec), embedded_pglite_enqueue_per_s: round(emb.enqueuePerSec) });
    lines.push(`jobs: embedded runner on PGlite ${round(emb.perSec)} jobs/s (target ≥ 1,000), enqueue ${round(emb.enqueuePerSec)} jobs/s`);
  }
  process.stdout.write(lines.join('\n') + '\n');
  return result;
}

if (require.main === module) {
  const only = process.argv.slice(2).filter((a) => ['throughput', 'fanout', 'embedded'].includes(a)) as JobsBenchOptions['parts'];
  benchJobs(only && only.length ? { parts: only } : {}).then(
    (r) => {
      process.stdout.write(JSON.stringify(r, null, 2) + '\n');
      process.exit(0);
    },
    (err) => {
      process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(1);
    },
  );
}
