/** The assembled points feature: a real meeting check-in (meetings' AttendanceService) awards 组织生活 once. */
import os from 'node:os';
import { eq } from 'drizzle-orm';
import { meetings, members, organisations, pointsLedger } from '../../data/schema';
import { EventBus } from '../events';
import { createLogger } from '../logger';
import { AttendanceService } from '../meetings/attendance';
import { createPoints } from './index';
import { openTestDatabases, type TestDatabases } from './test-databases';

// jest.config's testTimeout sits in the project entries, where Jest 30 ignores it (default 5 s).
jest.setTimeout(30_000);

let dbs: TestDatabases;
afterAll(() => dbs.close());

test('a check-in emits attendance.recorded and the points feature books the rule once, even on re-emit', async () => {
  dbs = await openTestDatabases();
  const db = dbs.main.db;
  const clock = { now: () => new Date('2026-11-20T01:10:00Z') };
  const logger = createLogger('silent');
  const events = new EventBus(logger);
  const points = createPoints({ db, clock, timezone: 'Asia/Shanghai', logger, events });
  await points.start();
  await points.rules.update('meeting_attendance', { points: 3 });
  const attendance = new AttendanceService({
    db,
    clock,
    timezone: 'Asia/Shanghai',
    logger,
    events,
    photosDir: os.tmpdir(),
    photoMaxBytes: 1024,
    assertCanManage: async () => undefined,
  });
  const [org] = await db.insert(organisations).values({ name: '第一党支部' }).returning();
  const [m] = await db.insert(members).values({ orgId: org!.id, name: '张三' }).returning();
  const [meeting] = await db
    .insert(meetings)
    .values({ orgId: org!.id, kind: 'party_lecture', title: '十一月党课', startsAt: new Date('2026-11-20T01:00:00Z'), status: 'scheduled' })
    .returning();

  const first = await attendance.checkIn(meeting!.id, m!.id, { kind: 'admin', name: 'root' });
  const second = await attendance.checkIn(meeting!.id, m!.id, { kind: 'admin', name: 'root' });
  expect([first.already, second.already]).toEqual([false, true]);
  // A duplicate event (e.g. a replayed emit) still books once.
  await events.emit('attendance.recorded', { meetingId: meeting!.id, memberId: m!.id, orgId: org!.id, kind: 'party_lecture', at: clock.now(), checkedInAt: clock.now() });

  const rows = await db.select().from(pointsLedger).where(eq(pointsLedger.memberId, m!.id));
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ category: 'org_life', points: 3, reason: '参加会议：十一月党课', idempotencyKey: `attendance:${meeting!.id}:${m!.id}`, year: 2026 });
  expect((await points.ledger.balance(m!.id, 2026)).byCategory.org_life).toBe(3);

  points.stop();
  await events.emit('attendance.recorded', { meetingId: 999, memberId: m!.id, orgId: org!.id, kind: 'x', at: clock.now(), checkedInAt: clock.now() });
  expect(await db.select().from(pointsLedger)).toHaveLength(1);
});
