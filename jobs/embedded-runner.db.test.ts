/** Embedded-runner specifics beyond the contract: rows written by others, leases, restart with a clock. */
import { createTestDatabase, type TestDatabase } from '../test/db';
import { EmbeddedJobRunner } from './embedded-runner';
import { waitFor } from './testing';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});

test('a stored job of a type nobody registered fails with a clear error after the grace time; others still run', async () => {
  const runner = new EmbeddedJobRunner({ database: db, timezone: 'Asia/Shanghai', pollIntervalMs: 20, unknownGraceMs: 0 });
  const ran: unknown[] = [];
  runner.register('known', ({ payload }) => void ran.push(payload));
  await db.query(`INSERT INTO jobs (queue, name, key, payload) VALUES ('old', 'old.job-type', 'legacy:1', '{"x":1}')`);
  await db.query(`INSERT INTO jobs (queue, name, key, payload) VALUES ('known', 'known', 'plain:1', '{"by":"hand"}')`);
  await runner.start();
  const failed = await waitFor(async () => (await runner.failed()).find((f) => f.key === 'legacy:1'), 'unknown job failed');
  expect(failed.error).toMatch(/UnknownJobError: .*unknown job type.*"old\.job-type"/);
  expect(failed.payload).toEqual({ x: 1 });
  await waitFor(() => ran.length === 1, 'known job');
  expect(ran[0]).toEqual({ by: 'hand' }); // a row written without our envelope is taken as the payload
  await runner.stop();
});

test('an injected clock decides what is due', async () => {
  let now = Date.parse('2026-11-26T00:00:00Z');
  const clock = { now: () => new Date(now) };
  const runner = new EmbeddedJobRunner({ database: db, timezone: 'Asia/Shanghai', pollIntervalMs: 20, clock });
  const ran: string[] = [];
  runner.register('remind', ({ key }) => void ran.push(key));
  await runner.start();
  await runner.enqueue('remind', {}, { key: 'meeting:7:remind:24h', runAt: new Date(now + 24 * 3_600_000) });
  await new Promise((r) => setTimeout(r, 150));
  expect(ran).toEqual([]);
  now += 24 * 3_600_000;
  await waitFor(() => ran.length === 1, 'reminder when the clock reaches it');
  await runner.stop();
});
