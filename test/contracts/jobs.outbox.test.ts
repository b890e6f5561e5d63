/**
 * The outbox on both runners against a fake platform on 127.0.0.1: fan-out exactly once per recipient,
 * a worker killed in the middle of a fan-out, a platform failing with 5xx / 429 for a while, 4xx answers,
 * and a delayed job scheduled before a restart.
 */
import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../db';
import { BullmqJobRunner } from '../../jobs/bullmq-runner';
import { EmbeddedJobRunner } from '../../jobs/embedded-runner';
import { createOutbox, DELIVER_JOB, type DeliveryOutcome, type Outbox, type OutboxMessage } from '../../jobs/outbox';
import { deleteRedisPrefix, httpDeliverer, startFakePlatform, waitFor, type FakePlatform } from '../../jobs/testing';

jest.setTimeout(30_000);
const REDIS_URL = 'redis://127.0.0.1:6379';
const TZ = 'Asia/Shanghai';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Runner = EmbeddedJobRunner | BullmqJobRunner;

describe.each(['embedded', 'bullmq'] as const)('outbox and recovery: %s runner', (kind) => {
  let db: TestDatabase;
  let platform: FakePlatform;
  const prefix = `xz-test-${randomUUID()}`;
  const live: Runner[] = [];
  let outcomes: DeliveryOutcome[] = [];

  const make = (): Runner => {
    const r =
      kind === 'embedded'
        ? new EmbeddedJobRunner({ database: db, timezone: TZ, pollIntervalMs: 20, leaseMs: 400 })
        : new BullmqJobRunner({ redisUrl: REDIS_URL, prefix, timezone: TZ, lockDurationMs: 400, stalledIntervalMs: 200 });
    live.push(r);
    return r;
  };
  const withOutbox = (runner: Runner, extra: { backoffMs?: number; maxAttempts?: number } = {}): Outbox => {
    const outbox = createOutbox({
      database: db,
      runner,
      deliverer: httpDeliverer(platform.url),
      limits: [],
      concurrency: 5,
      backoffMs: extra.backoffMs ?? 50,
      maxAttempts: extra.maxAttempts ?? 8,
      onDelivery: (_c, o) => outcomes.push(o),
    });
    outbox.register();
    return outbox;
  };
  const msgs = (tag: string, n: number): OutboxMessage[] =>
    Array.from({ length: n }, (_, i) => ({ key: `${tag}:${i}`, kind: 'notice', channel: 'fake', target: `${tag}-chat-${i}`, payload: { text: `通知 ${tag}` } }));
  const receivedFor = (tag: string) => [...platform.received].filter(([t]) => t.startsWith(`${tag}-chat-`));

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  beforeEach(async () => {
    platform = await startFakePlatform();
    outcomes = [];
  });
  afterEach(async () => {
    for (const r of live.splice(0)) await r.stop().catch(() => undefined);
    await platform.close();
  });
  afterAll(async () => {
    await db.close();
    if (kind === 'bullmq') await deleteRedisPrefix(REDIS_URL, prefix);
  });

  test('a fan-out reaches every recipient once; the same key again sends nothing', async () => {
    const runner = make();
    const outbox = withOutbox(runner);
    await runner.start();
    expect(await outbox.sendMany(msgs('fan', 40))).toBe(40);
    await waitFor(() => receivedFor('fan').length === 40, 'all recipients');
    expect((await outbox.send(msgs('fan', 1)[0]!)).created).toBe(false);
    await sleep(200);
    expect(receivedFor('fan').every(([, n]) => n === 1)).toBe(true);
    const row = await outbox.get('fan:7');
    expect(row).toMatchObject({ status: 'sent', attempts: 1, channel: 'fake', target: 'fan-chat-7' });
    expect(row!.sentAt).toBeInstanceOf(Date);
    expect(row!.platformResponse).toMatchObject({ messageId: expect.stringMatching(/^m\d+$/) });
  });

  test('a worker killed in the middle of a fan-out: after restart every recipient got it exactly once', async () => {
    const a = make();
    const outboxA = withOutbox(a);
    platform.delayMs = 25;
    await a.start();
    await outboxA.sendMany(msgs('crash', 120));
    await waitFor(() => platform.requests >= 30, 'fan-out under way');
    await a.abandon(); // no graceful stop: running jobs are not acknowledged
    const atCrash = receivedFor('crash').length;
    expect(atCrash).toBeLessThan(120);

    const b = make();
    withOutbox(b);
    await b.start();
    await waitFor(() => receivedFor('crash').length === 120, 'every recipient after restart', 20_000);
    // the dead worker's unacknowledged jobs come back (lease / stalled lock expired) and find their rows sent
    await waitFor(() => outcomes.includes('skipped'), 're-run of an unacknowledged job', 10_000);
    await sleep(300);
    const counts = receivedFor('crash').map(([, n]) => n);
    expect(counts).toHaveLength(120);
    expect(counts.every((n) => n === 1)).toBe(true);
    const [{ n }] = await db.query<{ n: string }>(`SELECT count(*) AS n FROM outbox WHERE key LIKE 'crash:%' AND status = 'sent'`);
    expect(Number(n)).toBe(120);
  });

  test('a platform answering 5xx for a while: retries with backoff, then one delivery', async () => {
    const runner = make();
    const outbox = withOutbox(runner, { backoffMs: 40 });
    let failures = 0;
    platform.answer = (target) => (target.startsWith('flaky-') && failures++ < 3 ? { status: 502 } : undefined);
    await runner.start();
    await outbox.send(msgs('flaky', 1)[0]!);
    await waitFor(async () => (await outbox.get('flaky:0'))?.status === 'sent', 'delivery after 5xx');
    expect(platform.received.get('flaky-chat-0')).toBe(1);
    expect(failures).toBe(4);
    expect((await outbox.get('flaky:0'))!.attempts).toBe(4);
    expect(outcomes.filter((o) => o === 'retry')).toHaveLength(3);
  });

  test('429 re-delays without using up attempts; 4xx fails at once with the platform answer', async () => {
    const runner = make();
    const outbox = withOutbox(runner, { maxAttempts: 2 });
    let limited = 0;
    platform.answer = (target) => {
      if (target.startsWith('busy-') && limited++ < 3) return { status: 429, retryAfterSec: 0.05 };
      if (target.startsWith('gone-')) return { status: 404 };
      return undefined;
    };
    await runner.start();
    await outbox.send(msgs('busy', 1)[0]!);
    await outbox.send(msgs('gone', 1)[0]!);
    await waitFor(async () => (await outbox.get('busy:0'))?.status === 'sent', 'delivery after 429s');
    expect((await outbox.get('busy:0'))!.attempts).toBe(1);
    const gone = await waitFor(async () => {
      const r = await outbox.get('gone:0');
      return r?.status === 'failed' ? r : undefined;
    }, 'failed row');
    expect(gone.platformResponse).toMatchObject({ errcode: 404 });
    expect(gone.lastError).toContain('404');
    const failed = await waitFor(async () => (await runner.failed()).find((f) => f.key === 'gone:0'), 'failed job');
    expect(failed).toMatchObject({ name: DELIVER_JOB, attempts: 1 });
    expect(platform.received.get('gone-chat-0')).toBeUndefined();
  });

  test('a delayed job scheduled before a restart fires after it, once', async () => {
    const fired: number[] = [];
    const a = make();
    a.register('remind', () => void fired.push(Date.now()));
    await a.start();
    const t0 = Date.now();
    await a.enqueue('remind', { meetingId: 1 }, { key: 'meeting:1:remind', delayMs: 700 });
    await a.stop();
    await sleep(100);
    const b = make();
    b.register('remind', () => void fired.push(Date.now()));
    await b.start();
    await waitFor(() => fired.length === 1, 'reminder after restart');
    expect(fired[0]! - t0).toBeGreaterThanOrEqual(690);
    await sleep(400);
    expect(fired).toHaveLength(1);
  });
});
