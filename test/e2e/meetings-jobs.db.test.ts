/**
 * The meetings module as main.ts assembles it: the weekly compliance warning through the runner and
 * the outbox, its Monday-09:00 schedule, and a chat check-in awarding 组织生活 points via the event bus.
 */
import { eq } from 'drizzle-orm';
import { FAKE_CAPABILITIES } from '../../bot/channels/fake/adapter';
import { renderFake } from '../../bot/channels/fake/render';
import type { Reply } from '../../core/conversation';
import { EventBus } from '../../core/events';
import { createLogger } from '../../core/logger';
import { createMeetingsModule, type MeetingsModule } from '../../core/meetings/module';
import { createPoints, type Points } from '../../core/points';
import { jobSchedules, members, organisations } from '../../data/schema';
import { createEmbeddedRunner, type EmbeddedJobRunner } from '../../jobs/embedded-runner';
import { createOutbox, type Deliverer } from '../../jobs/outbox';
import { waitFor } from '../../jobs/testing';
import { COMPLIANCE_WARNING_JOB, COMPLIANCE_WARNING_SCHEDULE_KEY, scheduleComplianceWarning } from '../../jobs/workers/meeting-compliance-warning';
import { registerMeetingJobs } from '../../jobs/workers/meeting-jobs';
import { outboxDelivery, runnerScheduler } from '../../jobs/workers/meeting-ports';
import { createTestDatabase, type TestDatabase } from '../db';

const tz = 'Asia/Shanghai';
let now = new Date('2026-04-25T02:00:00Z'); // Saturday; April ends in 5 days
const clock = { now: () => now };
let database: TestDatabase;
let runner: EmbeddedJobRunner;
let mod: MeetingsModule;
let points: Points;
const inbox = new Map<string, string[]>();
const ids: Record<string, number> = {};

const deliverer: Deliverer = {
  async deliver(channel, target, payload) {
    const shown = await renderFake(payload as Reply, FAKE_CAPABILITIES);
    inbox.set(`${channel}:${target}`, [...(inbox.get(`${channel}:${target}`) ?? []), ...shown.map((s) => s.text)]);
    return {};
  },
};

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const [org] = await db.insert(organisations).values({ name: '第三党支部', path: '/' }).returning();
  const [sec] = await db.insert(members).values({ orgId: org!.id, name: '孙书记', role: 'secretary', wecomUserId: 'sunsj' }).returning();
  const [mem] = await db.insert(members).values({ orgId: org!.id, name: '周八', wecomUserId: 'zhouba' }).returning();
  ids.org = org!.id;
  ids.secretary = sec!.id;
  ids.member = mem!.id;
  const logger = createLogger('silent');
  const events = new EventBus(logger);
  runner = createEmbeddedRunner({ database, timezone: tz, clock, pollIntervalMs: 20 });
  const outbox = createOutbox({ database, runner, deliverer, limits: [], clock, logger });
  outbox.register();
  mod = createMeetingsModule({ db, clock, timezone: tz, logger, events, delivery: outboxDelivery(outbox), scheduler: runnerScheduler(runner), dataDir: '/tmp/xz-unused', uploadMaxBytes: 1 << 20 });
  points = createPoints({ db, clock, timezone: tz, logger, events });
  await points.start();
  await mod.compliance.seedDefaults();
  registerMeetingJobs(runner, { ...mod, logger });
  await runner.start();
});

afterAll(async () => {
  points.stop();
  await runner.stop();
  await database.close();
});

test('the weekly warning reaches the secretary of a lagging branch through the outbox; the schedule is Monday 09:00', async () => {
  await runner.enqueue(COMPLIANCE_WARNING_JOB, {});
  const texts = await waitFor(() => inbox.get('wecom-app:sunsj'), 'the warning');
  expect(texts[0]).toContain('【督办提醒】第三党支部');
  expect(texts[0]).toContain('2026年4月支部委员会会议：应开 1 次，已开 0 次（即将到期）');
  expect(inbox.has('wecom-app:zhouba')).toBe(false);

  await scheduleComplianceWarning(runner);
  const [row] = await database.db.select().from(jobSchedules).where(eq(jobSchedules.key, COMPLIANCE_WARNING_SCHEDULE_KEY));
  expect(row!.nextRunAt.toISOString()).toBe('2026-04-27T01:00:00.000Z'); // Mon 09:00 in Shanghai
});

test('a check-in awards 组织生活 points once (attendance.recorded → points)', async () => {
  const admin = { kind: 'admin' as const, name: 'admin' };
  const m = await mod.meetings.create({ orgId: ids.org!, kind: 'theme_day', startsAt: new Date('2026-04-28T02:00:00Z'), place: '活动室' }, admin);
  await mod.meetings.confirm(m.id, admin);
  now = new Date('2026-04-28T02:05:00Z');
  expect(await mod.attendance.checkInFromChat(ids.member!)).toContain('签到成功');
  expect(await mod.attendance.checkInFromChat(ids.member!)).toContain('已签到过');
  const balance = await points.ledger.balance(ids.member!, 2026);
  expect(balance.byCategory.org_life).toBe(2);
  expect(balance.total).toBe(2);
});
