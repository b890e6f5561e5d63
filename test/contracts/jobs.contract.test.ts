/**
 * The job contract, run against both runners: BullMQ on the machine's Redis (unique prefix, cleaned
 * up) and the embedded runner on `createTestDatabase()`.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { createTestDatabase, type TestDatabase } from '../db';
import { BullmqJobRunner } from '../../jobs/bullmq-runner';
import { EmbeddedJobRunner } from '../../jobs/embedded-runner';
import type { JobRunner } from '../../jobs/contract';
import { JobDelayedError, UnknownJobError, UnrecoverableJobError } from '../../jobs/errors';
import { deleteRedisPrefix, waitFor } from '../../jobs/testing';

jest.setTimeout(20_000);
const REDIS_URL = 'redis://127.0.0.1:6379';
const TZ = 'Asia/Shanghai';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Harness {
  make(): JobRunner;
  close(): Promise<void>;
}

const harnesses: Record<'embedded' | 'bullmq', () => Promise<Harness>> = {
  embedded: async () => {
    const db: TestDatabase = await createTestDatabase();
    return {
      make: () => new EmbeddedJobRunner({ database: db, timezone: TZ, pollIntervalMs: 20, leaseMs: 1000 }),
      close: () => db.close(),
    };
  },
  bullmq: async () => {
    const prefix = `xz-test-${randomUUID()}`;
    return {
      make: () => new BullmqJobRunner({ redisUrl: REDIS_URL, prefix, timezone: TZ }),
      close: () => deleteRedisPrefix(REDIS_URL, prefix),
    };
  },
};

describe.each(['embedded', 'bullmq'] as const)('job contract: %s runner', (kind) => {
  let h: Harness;
  let runner: JobRunner;
  const seen: { name: string; payload: unknown; attempt: number; key: string; at: number }[] = [];
  let failUntil = new Map<string, number>();

  beforeAll(async () => {
    h = await harnesses[kind]();
  });
  afterAll(async () => {
    await h.close();
  });
  beforeEach(async () => {
    seen.length = 0;
    failUntil = new Map();
    runner = h.make();
    runner.register<{ n: number }>('echo', ({ payload, attempt, key }) => {
      seen.push({ name: 'echo', payload, attempt, key, at: Date.now() });
    });
    runner.register<{ id: string }>('flaky', ({ payload, attempt, key }) => {
      seen.push({ name: 'flaky', payload, attempt, key, at: Date.now() });
      if (attempt <= (failUntil.get(payload.id) ?? 0)) throw new Error(`boom ${attempt}`);
    }, { maxAttempts: 3, backoff: { type: 'exponential', delayMs: 100 } });
    runner.register<{ id: string }>('fatal', () => {
      throw new UnrecoverableJobError('no point retrying');
    });
    runner.register('typed', ({ payload }) => {
      seen.push({ name: 'typed', payload, attempt: 1, key: '', at: Date.now() });
    }, { schema: z.object({ meetingId: z.number().int() }) });
    await runner.start();
  });
  afterEach(async () => {
    await runner.stop();
  });

  const of = (name: string) => seen.filter((s) => s.name === name);

  test('enqueue now runs the handler with payload, attempt and key', async () => {
    const r = await runner.enqueue('echo', { n: 1 }, { key: `now-${kind}` });
    expect(r).toMatchObject({ key: `now-${kind}`, created: true });
    await waitFor(() => of('echo').length === 1, 'echo');
    expect(of('echo')[0]).toMatchObject({ payload: { n: 1 }, attempt: 1, key: `now-${kind}` });
  });

  test('delayMs and runAt: not before the time, then once', async () => {
    const t0 = Date.now();
    await runner.enqueue('echo', { n: 2 }, { delayMs: 400 });
    await runner.enqueue('echo', { n: 3 }, { runAt: new Date(t0 + 600) });
    await sleep(250);
    expect(of('echo')).toHaveLength(0);
    expect((await runner.counts()).echo!.delayed).toBe(2);
    await waitFor(() => of('echo').length === 2, 'delayed jobs');
    const at = Object.fromEntries(of('echo').map((s) => [(s.payload as { n: number }).n, s.at - t0]));
    expect(at[2]).toBeGreaterThanOrEqual(390);
    expect(at[3]).toBeGreaterThanOrEqual(590);
    await sleep(100);
    expect(of('echo')).toHaveLength(2);
  });

  test('the same key twice is one job', async () => {
    const a = await runner.enqueue('echo', { n: 4 }, { key: 'idem:1', delayMs: 150 });
    const b = await runner.enqueue('echo', { n: 5 }, { key: 'idem:1' });
    expect(a.created).toBe(true);
    expect(b.created).toBe(false);
    expect(b.id).toBe(a.id);
    const bulk = await runner.enqueueBulk([
      { name: 'echo', payload: { n: 6 }, opts: { key: 'idem:1' } },
      { name: 'echo', payload: { n: 7 }, opts: { key: 'idem:2' } },
      { name: 'echo', payload: { n: 8 }, opts: { key: 'idem:2' } },
    ]);
    expect(bulk.map((x) => x.created)).toEqual([false, true, false]);
    await waitFor(() => of('echo').length === 2, 'two jobs');
    await sleep(200);
    expect(of('echo').map((s) => (s.payload as { n: number }).n).sort()).toEqual([4, 7]);
  });

  test('retries with exponential backoff, then success', async () => {
    failUntil.set('r1', 2);
    await runner.enqueue('flaky', { id: 'r1' });
    await waitFor(() => of('flaky').length === 3, 'three attempts');
    const [a, b, c] = of('flaky');
    expect([a!.attempt, b!.attempt, c!.attempt]).toEqual([1, 2, 3]);
    expect(b!.at - a!.at).toBeGreaterThanOrEqual(90); // 100 ms
    expect(c!.at - b!.at).toBeGreaterThanOrEqual(190); // 200 ms
    expect(await runner.failed()).toHaveLength(0);
  });

  test('attempts cap → failed list with the error; retry runs it again', async () => {
    failUntil.set('f1', 99);
    await runner.enqueue('flaky', { id: 'f1' }, { key: 'cap:f1', backoff: { type: 'fixed', delayMs: 20 } });
    await runner.enqueue('fatal', { id: 'x' }, { key: 'cap:fatal' });
    await waitFor(async () => (await runner.failed()).length === 2, 'two failed jobs');
    expect(of('flaky')).toHaveLength(3);
    const failed = await runner.failed();
    const flaky = failed.find((f) => f.key === 'cap:f1')!;
    expect(flaky).toMatchObject({ name: 'flaky', payload: { id: 'f1' }, attempts: 3 });
    expect(flaky.error).toContain('boom 3');
    expect(failed.find((f) => f.key === 'cap:fatal')).toMatchObject({ attempts: 1 });
    expect(failed.find((f) => f.key === 'cap:fatal')!.error).toContain('no point retrying');
    expect((await runner.counts()).flaky!.failed).toBe(1);

    failUntil.set('f1', 0);
    expect(await runner.retry(flaky.id)).toBe(true);
    await waitFor(() => of('flaky').length === 4, 'retried job');
    expect(of('flaky')[3]!.attempt).toBe(1);
    await waitFor(async () => (await runner.failed()).length === 1, 'failed list shrinks');
    expect(await runner.retry('no-such-job')).toBe(false);
  });

  test('cancel by key and by key prefix (a cancelled meeting cancels its reminders)', async () => {
    await runner.enqueue('echo', { n: 1 }, { key: 'meeting:42:remind:24h', delayMs: 300 });
    await runner.enqueue('echo', { n: 2 }, { key: 'meeting:42:remind:1h', delayMs: 300 });
    await runner.enqueue('echo', { n: 3 }, { key: 'meeting:421:remind:1h', delayMs: 300 });
    await runner.enqueue('echo', { n: 4 }, { key: 'meeting:43:remind:1h', delayMs: 300 });
    await runner.enqueue('echo', { n: 5 }, { key: 'meeting:44:remind:1h', delayMs: 300 });
    expect(await runner.cancel({ prefix: 'meeting:42:' })).toBe(2);
    expect(await runner.cancel('meeting:43:remind:1h')).toBe(1);
    expect(await runner.cancel('meeting:43:remind:1h')).toBe(0);
    await waitFor(() => of('echo').length === 2, 'remaining reminders');
    await sleep(150);
    expect(of('echo').map((s) => s.key).sort()).toEqual(['meeting:421:remind:1h', 'meeting:44:remind:1h']);
    // a freed key can be used again (the meeting was rescheduled)
    expect((await runner.enqueue('echo', { n: 6 }, { key: 'meeting:42:remind:1h' })).created).toBe(true);
    await waitFor(() => of('echo').length === 3, 're-enqueued reminder');
  });

  test('cron schedule fires repeatedly; the same key replaces it; cancel stops it', async () => {
    await runner.schedule('digest:daily', 'echo', '* * * * * *', { n: 1 });
    await waitFor(() => of('echo').length >= 2, 'two cron firings', 5000);
    expect(of('echo').every((s) => /^digest:daily@\d{4}-/.test(s.key))).toBe(true);
    await runner.schedule('digest:daily', 'echo', '* * * * * *', { n: 2 });
    await waitFor(() => of('echo').some((s) => (s.payload as { n: number }).n === 2), 'a firing after replace', 5000);
    expect(await runner.cancel('digest:daily')).toBeGreaterThanOrEqual(1);
    await sleep(150);
    const after = of('echo').length;
    await sleep(1300);
    expect(of('echo').length).toBe(after);
    await expect(runner.schedule('bad', 'echo', 'not a cron', {})).rejects.toThrow();
  });

  test('unknown job type and invalid payload fail cleanly; the next job still runs', async () => {
    await expect(runner.enqueue('no-such-job', {})).rejects.toBeInstanceOf(UnknownJobError);
    await runner.enqueue('typed', { meetingId: 'forty-two' }, { key: 'typed:bad' });
    await runner.enqueue('typed', { meetingId: 42 }, { key: 'typed:good' });
    await waitFor(() => of('typed').length === 1, 'valid job');
    expect(of('typed')[0]!.payload).toEqual({ meetingId: 42 });
    const failed = await waitFor(async () => (await runner.failed()).find((f) => f.key === 'typed:bad'), 'invalid payload failed');
    expect(failed.error).toMatch(/invalid payload.*meetingId/);
    expect(failed.attempts).toBe(1);
  });

  test('rate limit: at most max starts per window per key, FIFO; delays do not count as attempts', async () => {
    const limited = h.make();
    const starts: { t: string; at: number; attempt: number }[] = [];
    let delayedOnce = false;
    limited.register<{ t: string; i: number }>('limited', ({ payload, attempt }) => {
      if (payload.i === 0 && !delayedOnce) {
        delayedOnce = true;
        throw new JobDelayedError(50);
      }
      starts.push({ t: payload.t, at: Date.now(), attempt });
    }, { concurrency: 20, rateLimit: { key: (p) => `tgt:${p.t}`, max: 2, durationMs: 400 }, maxAttempts: 1 });
    await limited.start();
    const t0 = Date.now();
    await limited.enqueueBulk([
      ...Array.from({ length: 6 }, (_, i) => ({ name: 'limited', payload: { t: 'a', i } })),
      { name: 'limited', payload: { t: 'b', i: 9 } },
    ]);
    await waitFor(() => starts.length === 7, 'limited jobs', 5000);
    await limited.stop();
    const a = starts.filter((s) => s.t === 'a').map((s) => s.at - t0).sort((x, y) => x - y);
    // no window of 400 ms holds more than 2 starts for target a (slots are exact; handler starts jitter a little)
    for (let i = 2; i < a.length; i++) expect(a[i]! - a[i - 2]!).toBeGreaterThanOrEqual(250);
    expect(a[5]).toBeGreaterThanOrEqual(760);
    expect(a[5]).toBeLessThan(1500);
    expect(starts.find((s) => s.t === 'b')!.at - t0).toBeLessThan(300);
    expect(starts.every((s) => s.attempt === 1)).toBe(true);
  });

  test('rate limit with a shared non-FIFO key: a busy chat does not hold up the others', async () => {
    const limited = h.make();
    const starts: { chat: string; at: number }[] = [];
    limited.register<{ chat: string }>('tg', ({ payload }) => void starts.push({ chat: payload.chat, at: Date.now() }), {
      concurrency: 20,
      rateLimit: [
        { key: (p) => `chat:${p.chat}`, max: 1, durationMs: 700 },
        { key: () => 'overall', max: 3, durationMs: 700, fifo: false },
      ],
    });
    await limited.start();
    const t0 = Date.now();
    await limited.enqueueBulk([
      ...Array.from({ length: 4 }, () => ({ name: 'tg', payload: { chat: 'a' } })),
      { name: 'tg', payload: { chat: 'b' } },
      { name: 'tg', payload: { chat: 'c' } },
    ]);
    await waitFor(() => starts.length === 6, 'six messages', 8000);
    await limited.stop();
    const at = (c: string) => starts.filter((s) => s.chat === c).map((s) => s.at - t0);
    // FIFO on the shared key would put b and c after a's last slot (2.1 s)
    expect(at('b')[0]).toBeLessThan(650);
    expect(at('c')[0]).toBeLessThan(650);
    const a = at('a').sort((x, y) => x - y);
    for (let i = 1; i < a.length; i++) expect(a[i]! - a[i - 1]!).toBeGreaterThanOrEqual(600);
  });

  test('stop waits for running jobs', async () => {
    const r2 = h.make();
    let done = false;
    r2.register('slow', async () => {
      await sleep(300);
      done = true;
    });
    await r2.start();
    await r2.enqueue('slow', {});
    await waitFor(async () => (await r2.counts()).slow!.active === 1, 'slow job running');
    await r2.stop();
    expect(done).toBe(true);
  });
});
