import { createTestDatabase, type TestDatabase } from '../test/db';
import { createLogger } from '../core/logger';
import { loadConfig } from '../core/config';
import { setupJobs } from './handlers';
import { createJobMetrics } from './metrics';
import { httpDeliverer, startFakePlatform, waitFor, type FakePlatform } from './testing';

let db: TestDatabase;
let platform: FakePlatform;
beforeAll(async () => {
  db = await createTestDatabase();
  platform = await startFakePlatform();
});
afterAll(async () => {
  await platform.close();
  await db.close();
});

test('setupJobs on the embedded runner: deliveries, job durations, failures and queue depth on /metrics', async () => {
  const config = loadConfig({}, 'worker');
  const metrics = createJobMetrics();
  const jobs = setupJobs(config, {
    database: db,
    logger: createLogger('warn'),
    deliverers: { telegram: httpDeliverer(platform.url) },
    metrics,
    deliveryLimits: [],
  });
  expect(jobs.runner.kind).toBe('embedded');
  await jobs.start();
  await jobs.outbox.send({ key: 'n:1:tg:1', kind: 'notice', channel: 'telegram', target: '-1001', payload: { text: '通知' } });
  await jobs.outbox.send({ key: 'n:1:x:1', kind: 'notice', channel: 'no-such-channel', target: 'x', payload: {} });
  await waitFor(async () => (await jobs.outbox.get('n:1:tg:1'))?.status === 'sent', 'telegram delivery');
  const failedRow = await waitFor(async () => {
    const r = await jobs.outbox.get('n:1:x:1');
    return r?.status === 'failed' ? r : undefined;
  }, 'unconfigured channel fails');
  expect(failedRow.lastError).toContain('channel not configured');
  await waitFor(async () => (await jobs.runner.failed()).length === 1, 'failed job');
  const text = await metrics.registry.metrics();
  expect(text).toMatch(/xz_deliveries_total\{channel="telegram",outcome="sent"\} 1/);
  expect(text).toMatch(/xz_deliveries_total\{channel="no-such-channel",outcome="failed"\} 1/);
  expect(text).toMatch(/xz_job_duration_seconds_count\{name="outbox.deliver",outcome="completed"\} 1/);
  expect(text).toMatch(/xz_job_failures_total\{name="outbox.deliver",final="true"\} 1/);
  expect(text).toMatch(/xz_job_queue_depth\{name="outbox.deliver",state="failed"\} 1/);
  await jobs.stop();
});
