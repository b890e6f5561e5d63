/**
 * Redis restarted in the middle of a fan-out (a private redis-server on a random port, so the shared
 * one is left alone): the BullMQ runner reconnects and the work resumes. With persistence (AOF) the
 * queued jobs survive; without it (`--save "" --appendonly no`) the outbox re-enqueues the rows still
 * queued. Either way every recipient gets the message exactly once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import IORedis from 'ioredis';
import { createTestDatabase, type TestDatabase } from '../db';
import { BullmqJobRunner } from '../../jobs/bullmq-runner';
import { createOutbox } from '../../jobs/outbox';
import { httpDeliverer, startFakePlatform, waitFor, type FakePlatform } from '../../jobs/testing';

jest.setTimeout(40_000);

async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise((r) => srv.close(r));
  return port;
}

async function startRedis(port: number, args: string[]): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', ...args], { stdio: 'ignore' });
  await waitFor(async () => {
    const c = new IORedis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    c.on('error', () => undefined);
    try {
      await c.connect();
      return (await c.ping()) === 'PONG';
    } catch {
      return false;
    } finally {
      c.disconnect();
    }
  }, `redis-server on ${port}`, 5000, 50);
  return child;
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((r) => {
    if (child.exitCode !== null) return r();
    child.once('exit', () => r());
    child.kill('SIGKILL');
  });
}

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});

const haveRedisServer = fs.existsSync('/usr/bin/redis-server') || fs.existsSync('/usr/local/bin/redis-server');

(haveRedisServer ? describe : describe.skip).each([
  ['with AOF persistence', true],
  ['without persistence (--save "" --appendonly no)', false],
] as const)('Redis restarted mid-run, %s', (_label, persistent) => {
  let platform: FakePlatform;
  let redis: ChildProcess | undefined;
  let dir: string;

  beforeAll(async () => {
    platform = await startFakePlatform();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xz-redis-'));
  });
  afterAll(async () => {
    if (redis) await kill(redis);
    await platform.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the fan-out resumes after the restart and reaches everyone exactly once', async () => {
    const port = await freePort();
    const args = persistent
      ? ['--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--dir', dir]
      : ['--save', '', '--appendonly', 'no', '--dir', dir];
    redis = await startRedis(port, args);
    const runner = new BullmqJobRunner({
      redisUrl: `redis://127.0.0.1:${port}`,
      prefix: 'xz-restart',
      timezone: 'Asia/Shanghai',
      lockDurationMs: 500,
      stalledIntervalMs: 250,
    });
    const outbox = createOutbox({ database: db, runner, deliverer: httpDeliverer(platform.url), limits: [], concurrency: 4, backoffMs: 50 });
    outbox.register();
    await runner.start();
    platform.delayMs = 20;
    const tag = persistent ? 'aof' : 'mem';
    const n = 100;
    await outbox.sendMany(
      Array.from({ length: n }, (_, i) => ({ key: `${tag}:${i}`, kind: 'notice', channel: 'fake', target: `${tag}-${i}`, payload: { text: '通知' } })),
    );
    await waitFor(() => platform.requests >= 20, 'fan-out under way');
    await kill(redis);
    await new Promise((r) => setTimeout(r, 300));
    redis = await startRedis(port, args);
    if (!persistent) {
      // the queue is gone with Redis' memory; the outbox still knows who is waiting
      expect(await outbox.requeueStranded({ olderThanMs: 0 })).toBeGreaterThan(0);
    }
    const got = () => [...platform.received].filter(([t]) => t.startsWith(`${tag}-`));
    await waitFor(() => got().length === n, 'every recipient after the restart', 30_000, 50);
    await new Promise((r) => setTimeout(r, 700));
    expect(got().every(([, c]) => c === 1)).toBe(true);
    const [{ c }] = await db.query<{ c: string }>(`SELECT count(*) AS c FROM outbox WHERE key LIKE $1 AND status = 'sent'`, [`${tag}:%`]);
    expect(Number(c)).toBe(n);
    await runner.stop();
  });
});
