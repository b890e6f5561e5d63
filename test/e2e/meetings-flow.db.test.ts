/**
 * The whole meetings flow through the conversation pipeline, the outbox and the embedded job runner:
 * a secretary creates a meeting in chat → confirms → the notice with buttons reaches the group (and
 * bound members privately) → one member taps 参加, another replies “请假 出差” → counts → the 24 h
 * and 1 h reminders reach only those who confirmed or have not answered → cancel → cancellation
 * notice, reminder jobs gone.
 *
 * Chat messages are built as InboundMessage with Telegram-style sender ids (the fake channel's own
 * "fake:<user>" senders cannot be bound to members) and rendered with the fake channel's renderer.
 */
import { and, eq, like } from 'drizzle-orm';
import { FAKE_CAPABILITIES } from '../../bot/channels/fake/adapter';
import { renderFake, type FakeShown } from '../../bot/channels/fake/render';
import { registerMeetingCommands } from '../../bot/commands/meetings';
import { createConversation, type Conversation } from '../../bot/pipeline';
import type { ButtonAck, InboundMessage, Reply, ReplySink } from '../../core/conversation';
import { EventBus } from '../../core/events';
import { createLogger } from '../../core/logger';
import { AttendanceService } from '../../core/meetings/attendance';
import { MeetingService } from '../../core/meetings/meeting-service';
import { chats, jobs, members, organisations } from '../../data/schema';
import { createEmbeddedRunner, type EmbeddedJobRunner } from '../../jobs/embedded-runner';
import { createOutbox, type Deliverer } from '../../jobs/outbox';
import { waitFor } from '../../jobs/testing';
import { outboxDelivery, runnerScheduler } from '../../jobs/workers/meeting-ports';
import { registerMeetingReminderJob } from '../../jobs/workers/meeting-reminder';
import { createTestDatabase, type TestDatabase } from '../db';
import { createStubAnswerer } from '../fakes/qa-stub';

const tz = 'Asia/Shanghai';
let now = new Date('2026-11-26T06:00:00Z'); // Thu 14:00 in Shanghai
const clock = { now: () => now };
let database: TestDatabase;
let conversation: Conversation;
let runner: EmbeddedJobRunner;
/** What each chat received from the outbox, keyed "channel:target". */
const inbox = new Map<string, FakeShown[]>();
const ids: Record<string, number> = {};
let seq = 0;

const deliverer: Deliverer = {
  async deliver(channel, target, payload) {
    const shown = await renderFake(payload as Reply, FAKE_CAPABILITIES);
    const key = `${channel}:${target}`;
    inbox.set(key, [...(inbox.get(key) ?? []), ...shown]);
    return { platformMessageId: `out-${++seq}` };
  },
};

/** One user action in the group chat (or privately), through the real pipeline. */
async function say(sender: string, input: { text?: string; button?: string; replyToBot?: boolean; mentionsBot?: boolean; chat?: string }): Promise<{ shown: FakeShown[]; acks: ButtonAck[] }> {
  const shown: FakeShown[] = [];
  const acks: ButtonAck[] = [];
  const sink: ReplySink = {
    capabilities: FAKE_CAPABILITIES,
    send: async (reply) => void shown.push(...(await renderFake(reply, FAKE_CAPABILITIES))),
    acknowledge: async (ack) => void acks.push(ack),
  };
  const chat = input.chat ?? 'fake:group1';
  const msg: InboundMessage = {
    channel: 'fake',
    chatAddress: chat,
    chatKind: chat === 'fake:group1' ? 'group' : 'private',
    senderId: sender,
    text: input.text ?? '',
    mentionsBot: input.mentionsBot ?? false,
    replyToBot: input.replyToBot,
    button: input.button ? { payload: input.button } : undefined,
    platformMessageId: `in-${++seq}`,
    receivedAt: now,
    raw: input,
  };
  const outcome = await conversation.handle(msg, sink);
  expect(outcome).toBe('replied');
  return { shown, acks };
}

const received = (address: string) => inbox.get(address) ?? [];
const lastText = (address: string) => received(address).at(-1)?.text ?? '';

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const [org] = await db.insert(organisations).values({ name: '第一党支部', path: '/' }).returning();
  const orgId = org!.id;
  for (const [key, name, role, telegramUserId] of [
    ['secretary', '王书记', 'secretary', '1001'],
    ['zhang', '张三', 'member', '1003'],
    ['li', '李四', 'member', '1004'],
    ['zhao', '赵六', 'member', '1005'],
    ['qian', '钱七', 'member', null],
  ] as const) {
    const [m] = await db.insert(members).values({ orgId, name, role, telegramUserId }).returning();
    ids[key] = m!.id;
  }
  await db.insert(chats).values({ address: 'fake:group1', channel: 'fake', kind: 'group', orgId, title: '第一党支部群' });

  const logger = createLogger('silent');
  runner = createEmbeddedRunner({ database, timezone: tz, clock, pollIntervalMs: 20 });
  const outbox = createOutbox({ database, runner, deliverer, limits: [], clock, logger });
  outbox.register();
  const meetings = new MeetingService({ db, clock, timezone: tz, logger, delivery: outboxDelivery(outbox), scheduler: runnerScheduler(runner) });
  const attendance = new AttendanceService({
    db, clock, timezone: tz, logger, events: new EventBus(logger), photosDir: '/tmp/unused', photoMaxBytes: 1 << 20,
    assertCanManage: (a, o) => meetings.assertCanManage(a, o),
  });
  registerMeetingReminderJob(runner, { meetings, logger });
  conversation = createConversation({ db, qa: createStubAnswerer(), logger, clock });
  registerMeetingCommands(conversation, { meetings, attendance });
  await runner.start();
});

afterAll(async () => {
  await runner.stop();
  await database.close();
});

test('create in chat → confirm → notice → RSVP by tap and by text → counts → reminders → cancel', async () => {
  const secretary = 'telegram:1001';
  // a member without the role is refused
  expect((await say('telegram:1003', { text: '/会议 党员大会 12月1日15:00 三楼会议室' })).shown[0]!.text).toContain('只有支部书记或支委委员');

  // 1. the secretary drafts a meeting; nothing is sent yet
  const draft = await say(secretary, { text: '/会议 党员大会 12月1日15:00 三楼会议室 议程：学习新修订的发展党员工作细则' });
  const preview = draft.shown[0]!;
  expect(preview.text).toContain('请确认会议信息');
  expect(preview.text).toContain('2026年12月1日（周二）15:00');
  const confirm = preview.buttons.find((b) => b.label === '确认发送')!;
  const meetingId = Number(/^mtg:confirm:(\d+)$/.exec(confirm.payload)![1]);
  expect(inbox.size).toBe(0);

  // 2. confirmation → notice with buttons in the group and privately to each bound attendee
  const confirmed = await say(secretary, { button: confirm.payload });
  expect(confirmed.acks).toEqual([{ text: '通知已发送' }]);
  expect(confirmed.shown[0]!.text).toContain('已发送');
  await waitFor(() => ['fake:group1', 'telegram:1001', 'telegram:1003', 'telegram:1004', 'telegram:1005'].every((a) => received(a).length === 1), 'notices');
  const notice = received('fake:group1')[0]!;
  expect(notice.text).toContain('会议通知');
  expect(notice.text).toContain('地点：三楼会议室');
  expect(notice.text).toContain('应到：5人');
  expect(notice.buttons).toEqual([
    { label: '参加', payload: `mtg:rsvp:${meetingId}:yes` },
    { label: '请假', payload: `mtg:rsvp:${meetingId}:leave` },
  ]);

  // 3. one tap, one text reply to the notice
  const tap = await say('telegram:1003', { button: `mtg:rsvp:${meetingId}:yes` });
  expect(tap.acks).toEqual([{ text: '已登记参加' }]);
  expect(tap.shown[0]!.text).toContain('张三：已确认参加');
  const leave = await say('telegram:1004', { text: '请假 出差', replyToBot: true });
  expect(leave.shown[0]!.text).toContain('李四：已登记请假');
  expect(leave.shown[0]!.text).toContain('原因：出差');
  // a stranger is told they are not expected
  const [stranger] = await database.db.insert(members).values({ orgId: (await database.db.select().from(organisations))[0]!.id, name: '新调入', telegramUserId: '1009' }).returning();
  expect((await say('telegram:1009', { button: `mtg:rsvp:${meetingId}:yes` })).shown[0]!.text).toContain('不在');
  expect(stranger).toBeDefined();

  // 4. counts for the secretary
  const stats = (await say(secretary, { text: `/会议 统计 ${meetingId}` })).shown[0]!.text;
  expect(stats).toContain('应到 5 人，参加 1 人，请假 1 人，未回复 3 人');
  expect(stats).toContain('请假：李四（出差）');
  expect(stats).toContain('未回复：王书记、赵六、钱七');

  // 5. reminders: 24 h and 1 h before, only to those who confirmed or have not answered (bound ones)
  const remindedTo = ['telegram:1001', 'telegram:1003', 'telegram:1005'];
  now = new Date('2026-11-30T07:00:00Z');
  await waitFor(() => remindedTo.every((a) => received(a).length === 2), '24 h reminders');
  expect(lastText('telegram:1003')).toContain('会议将在1天后开始');
  now = new Date('2026-12-01T06:00:00Z');
  await waitFor(() => remindedTo.every((a) => received(a).length === 3), '1 h reminders');
  expect(lastText('telegram:1005')).toContain('会议将在1小时后开始');
  await new Promise((r) => setTimeout(r, 100)); // give any wrong delivery a chance to show up
  expect(received('telegram:1004')).toHaveLength(1); // only the notice: 李四 asked for leave
  expect(received('fake:group1')).toHaveLength(1); // reminders are private

  // 6. cancel → cancellation notice to the same people; no reminder jobs left
  const cancelled = await say(secretary, { text: `/会议 取消 ${meetingId} 与上级会议冲突` });
  expect(cancelled.shown[0]!.text).toContain('已取消');
  await waitFor(() => ['fake:group1', 'telegram:1004'].every((a) => lastText(a).includes('会议取消')), 'cancellation notices');
  expect(lastText('fake:group1')).toContain('原因：与上级会议冲突');
  const left = await database.db.select().from(jobs).where(and(like(jobs.key, `meeting:${meetingId}:%`), eq(jobs.status, 'waiting')));
  expect(left).toEqual([]);
  expect((await say('telegram:1005', { text: '参加', replyToBot: true })).shown[0]!.text).toContain('没有需要回复的会议');
});

test('"1" is an answer only when replying to a notice; otherwise it is an ordinary question', async () => {
  const asked = await say('telegram:1003', { text: '1', mentionsBot: true });
  expect(asked.shown[0]!.text).toContain('关于“1”');
  const unbound = await say('telegram:7777', { text: '参加', mentionsBot: true });
  expect(unbound.shown[0]!.text).toContain('绑定');
});
