import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { chats, members, organisations } from '../../data/schema';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { EventBus, type DomainEvents } from '../events';
import { AttendanceService } from './attendance';
import { MeetingError } from './errors';
import { MeetingService } from './meeting-service';
import type { MeetingJobScheduler, MessageDelivery, OutgoingMessage } from './types';

// Ports to the outbox and the job runner, recorded (the real adapters are exercised in test/e2e).
class RecordingDelivery implements MessageDelivery {
  sent: OutgoingMessage[] = [];
  async deliver(messages: OutgoingMessage[]): Promise<void> {
    this.sent.push(...messages);
  }
  take(): OutgoingMessage[] {
    const out = this.sent;
    this.sent = [];
    return out;
  }
}
class RecordingScheduler implements MeetingJobScheduler {
  jobs = new Map<string, { runAt: Date; payload: Record<string, unknown> }>();
  async schedule(job: { key: string; runAt: Date; payload: Record<string, unknown> }): Promise<void> {
    if (!this.jobs.has(job.key)) this.jobs.set(job.key, { runAt: job.runAt, payload: job.payload });
  }
  async cancelByPrefix(prefix: string): Promise<void> {
    for (const k of [...this.jobs.keys()]) if (k.startsWith(prefix)) this.jobs.delete(k);
  }
}

const tz = 'Asia/Shanghai';
let database: TestDatabase;
let now = new Date('2026-11-26T06:00:00Z');
const clock = { now: () => now };
const delivery = new RecordingDelivery();
const scheduler = new RecordingScheduler();
const events = new EventBus();
const recorded: DomainEvents['attendance.recorded'][] = [];
let service: MeetingService;
let attendance: AttendanceService;
let photosDir: string;
const ids: Record<string, number> = {};
let orgId = 0;
let otherOrgId = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const [org] = await db.insert(organisations).values({ name: '第一党支部', path: '/1/' }).returning();
  const [other] = await db.insert(organisations).values({ name: '第二党支部', path: '/2/' }).returning();
  orgId = org!.id;
  otherOrgId = other!.id;
  const people = [
    { key: 'secretary', name: '王书记', role: 'secretary', partyGroup: '第一党小组', telegramUserId: '1001' },
    { key: 'committee', name: '李委员', role: 'committee', partyGroup: '第二党小组', wecomUserId: 'liwy' },
    { key: 'zhang', name: '张三', role: 'member', partyGroup: '第一党小组', telegramUserId: '1003' },
    { key: 'li', name: '李四', role: 'member', partyGroup: '第二党小组', telegramUserId: '1004' },
    { key: 'zhao', name: '赵六', role: 'member', partyGroup: '第一党小组' },
  ];
  for (const p of people) {
    const { key, ...row } = p;
    const [m] = await db.insert(members).values({ ...row, orgId }).returning();
    ids[key] = m!.id;
  }
  const [stranger] = await db.insert(members).values({ name: '外支部', orgId: otherOrgId, role: 'secretary', telegramUserId: '2001' }).returning();
  ids.stranger = stranger!.id;
  await db.insert(members).values({ name: '退休', orgId, active: false });
  await db.insert(chats).values({ address: 'telegram:-100111', channel: 'telegram', kind: 'group', orgId });
  photosDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mtg-photos-'));
  const logger = pino({ level: 'silent' });
  service = new MeetingService({ db, clock, timezone: tz, logger, delivery, scheduler });
  attendance = new AttendanceService({ db, clock, timezone: tz, logger, events, photosDir, photoMaxBytes: 1024, assertCanManage: (a, o) => service.assertCanManage(a, o) });
  events.on('attendance.recorded', (e) => void recorded.push(e));
});

afterAll(async () => {
  await database.close();
  fs.rmSync(photosDir, { recursive: true, force: true });
});

const asMember = (key: string) => ({ kind: 'member' as const, memberId: ids[key]! });
const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof MeetingError) return e.code;
    throw e;
  }
  return 'ok';
};

test('validation: past time, unknown type, missing place, sender without the role, other branch', async () => {
  const base = { orgId, kind: 'committee_meeting' as const, startsAt: new Date('2026-12-01T07:00:00Z'), place: '三楼' };
  expect(await codeOf(service.create({ ...base, startsAt: new Date('2026-11-20T07:00:00Z') }, asMember('secretary')))).toBe('past_time');
  expect(await codeOf(service.create({ ...base, kind: 'tea_party' as never }, asMember('secretary')))).toBe('unknown_kind');
  expect(await codeOf(service.create({ ...base, place: ' ' }, asMember('secretary')))).toBe('missing_place');
  expect(await codeOf(service.create({ ...base, place: null, onlineLink: 'https://meet.example/1' }, asMember('secretary')))).toBe('ok');
  expect(await codeOf(service.create(base, asMember('zhang')))).toBe('forbidden');
  expect(await codeOf(service.create(base, asMember('stranger')))).toBe('forbidden');
  expect(await codeOf(service.createFromCommand(ids.zhang!, '/会议 支委会 12月1日15:00 三楼会议室'))).toBe('forbidden');
  expect(await codeOf(service.createFromCommand(ids.secretary!, '/会议 支委会 11月20日15:00 三楼会议室'))).toBe('past_time');
  expect(await codeOf(service.createFromCommand(ids.secretary!, '/会议 支委会 12月1日15:00'))).toBe('missing_place');
  expect(await codeOf(service.create({ ...base, kind: 'group_meeting' }, { kind: 'admin', name: 'admin' }))).toBe('invalid');
});

test('expected attendees follow the kind: all active members, committee, one party group, plus manual additions', async () => {
  const admin = { kind: 'admin' as const, name: 'admin' };
  const at = new Date('2026-12-03T07:00:00Z');
  const all = await service.create({ orgId, kind: 'branch_general_meeting', startsAt: at, place: '礼堂' }, admin);
  const committee = await service.create({ orgId, kind: 'committee_meeting', startsAt: at, place: '三楼', extraAttendeeIds: [ids.zhao!] }, admin);
  const group = await service.create({ orgId, kind: 'group_meeting', startsAt: at, place: '二楼', partyGroup: '第一党小组' }, admin);
  const names = async (id: number) => (await service.get(id)).attendees.map((a) => a.name);
  expect(await names(all.id)).toEqual(['王书记', '李委员', '张三', '李四', '赵六']);
  expect(await names(committee.id)).toEqual(['王书记', '李委员', '赵六']);
  expect((await service.get(committee.id)).attendees.find((a) => a.name === '赵六')!.source).toBe('manual');
  expect(await names(group.id)).toEqual(['王书记', '张三', '赵六']);
  expect(delivery.take()).toEqual([]);
});

test('chat command → draft with preview → confirm sends notices and plans reminders → edit → cancel', async () => {
  const { meeting, preview } = await service.createFromCommand(ids.secretary!, '/会议 支委会 12月1日15:00 三楼会议室 议程：研究发展党员');
  expect(meeting.status).toBe('draft');
  expect(preview.buttons.map((b) => b.payload)).toEqual([`mtg:confirm:${meeting.id}`, `mtg:discard:${meeting.id}`]);
  expect(preview.body).toContain('2026年12月1日（周二）15:00');
  expect(delivery.take()).toEqual([]);

  const { notified } = await service.confirm(meeting.id, asMember('secretary'));
  const notices = delivery.take();
  // group chat + secretary (telegram) + committee (wecom app)
  expect(notices.map((n) => n.address).sort()).toEqual(['telegram:-100111', 'telegram:1001', 'wecom-app:liwy']);
  expect(notified).toBe(3);
  const card = notices[0]!.reply;
  expect(card.kind).toBe('card');
  if (card.kind === 'card') {
    expect(card.buttons.map((b) => b.payload)).toEqual([`mtg:rsvp:${meeting.id}:yes`, `mtg:rsvp:${meeting.id}:leave`]);
    expect(card.fallback).toContain('请假 出差');
    expect(card.body).toContain('议程：研究发展党员');
  }
  expect(await codeOf(service.confirm(meeting.id, asMember('secretary')))).toBe('bad_state');
  const reminderKeys = [...scheduler.jobs.keys()].filter((k) => k.startsWith(`meeting:${meeting.id}:`));
  expect(reminderKeys).toHaveLength(2);
  expect([...scheduler.jobs.entries()].filter(([k]) => k.startsWith(`meeting:${meeting.id}:`)).map(([, j]) => j.runAt.toISOString()).sort()).toEqual([
    '2026-11-30T07:00:00.000Z',
    '2026-12-01T06:00:00.000Z',
  ]);

  const edited = await service.update(meeting.id, { startsAt: new Date('2026-12-01T08:00:00Z'), place: '五楼会议室' }, asMember('committee'));
  const updates = delivery.take();
  expect(updates.map((n) => n.address).sort()).toEqual(['telegram:-100111', 'telegram:1001', 'wecom-app:liwy']);
  expect(updates[0]!.kind).toBe('meeting.update');
  const jobsAfterEdit = [...scheduler.jobs.entries()].filter(([k]) => k.startsWith(`meeting:${meeting.id}:`));
  expect(jobsAfterEdit.map(([, j]) => j.runAt.toISOString()).sort()).toEqual(['2026-11-30T08:00:00.000Z', '2026-12-01T07:00:00.000Z']);
  expect(jobsAfterEdit.every(([k]) => k.includes(`v${edited.updatedAt.getTime()}`))).toBe(true);

  const { notified: told } = await service.cancel(meeting.id, asMember('secretary'), '与上级会议冲突');
  expect(told).toBe(3);
  const cancels = delivery.take();
  expect(cancels[0]!.reply).toMatchObject({ kind: 'text' });
  expect(cancels[0]!.reply.kind === 'text' && cancels[0]!.reply.text).toContain('已取消');
  expect([...scheduler.jobs.keys()].filter((k) => k.startsWith(`meeting:${meeting.id}:`))).toEqual([]);
  expect(await codeOf(service.rsvp(meeting.id, ids.secretary!, 'yes'))).toBe('bad_state');
});

test('RSVP: tap, text with reason, change of answer, non-attendee, summary, nudges and reminders', async () => {
  const admin = { kind: 'admin' as const, name: 'admin' };
  const m = await service.create({ orgId, kind: 'branch_general_meeting', startsAt: new Date('2026-12-05T02:00:00Z'), place: '礼堂' }, admin);
  await service.confirm(m.id, admin);
  delivery.take();

  expect((await service.rsvp(m.id, ids.zhang!, 'yes')).text).toContain('已确认参加');
  const leave = await service.rsvpFromText(ids.li!, '请假 出差', { chatAddress: 'telegram:-100111' });
  expect(leave!.meeting.id).toBe(m.id);
  expect(leave!.text).toContain('原因：出差');
  expect(await service.rsvpFromText(ids.li!, '今天天气不错', {})).toBeUndefined();
  expect(await service.rsvpFromText(ids.zhao!, '1', {})).toBeUndefined();
  const one = await service.rsvpFromText(ids.zhao!, '1', { replyToBot: true });
  expect(one!.answer).toBe('yes');
  const changed = await service.rsvpFromText(ids.zhao!, '2 家中有事', { replyToBot: true });
  expect(changed!.changed).toBe(true);
  expect(changed!.text).toContain('已改为请假');
  expect(await codeOf(service.rsvp(m.id, ids.stranger!, 'yes'))).toBe('not_attendee');

  const s = await service.rsvpSummary(m.id);
  expect(s.counts).toEqual({ expected: 5, yes: 1, leave: 2, pending: 2 });
  expect(s.leave).toEqual([
    { memberId: ids.li, name: '李四', reason: '出差' },
    { memberId: ids.zhao, name: '赵六', reason: '家中有事' },
  ]);
  expect(s.pending.map((p) => p.name)).toEqual(['王书记', '李委员']);
  expect(await service.rsvpSummaryText(m.id)).toContain('未回复：王书记、李委员');

  expect(await service.remindNonResponders(m.id, asMember('secretary'))).toBe(2);
  expect(delivery.take().map((n) => n.address).sort()).toEqual(['telegram:1001', 'wecom-app:liwy']);

  // the 1 h reminder: confirmed (张三) + not answered (王书记, 李委员); not 李四/赵六 who asked for leave
  const [key, job] = [...scheduler.jobs.entries()].find(([k]) => k.startsWith(`meeting:${m.id}:`) && k.endsWith(':reminder:60'))!;
  expect(key).toContain(`meeting:${m.id}:`);
  now = new Date(job.runAt);
  const reached = await service.sendReminder(job.payload as never);
  expect(reached).toBe(3);
  expect(delivery.take().map((n) => n.address).sort()).toEqual(['telegram:1001', 'telegram:1003', 'wecom-app:liwy']);
  now = new Date('2026-11-26T06:00:00Z');
  expect(await service.myUpcomingText(ids.li!)).toContain('已请假：出差');
  // a member added after the notices went out gets the notice privately
  expect(await service.addAttendees(m.id, [ids.stranger!], admin)).toBe(1);
  expect(delivery.take().map((n) => [n.address, n.kind])).toEqual([['telegram:2001', 'meeting.notice']]);
  expect(await service.addAttendees(m.id, [ids.stranger!], admin)).toBe(0);
});

test('attendance: check-in separate from RSVP, rate, quorum of a vote on a new member, event, minutes, photos', async () => {
  const admin = { kind: 'admin' as const, name: 'admin' };
  const m = await service.create({ orgId, kind: 'branch_general_meeting', startsAt: new Date('2026-12-10T02:00:00Z'), place: '礼堂', votesOnNewMember: true }, admin);
  await service.confirm(m.id, admin);
  await service.setVotingRight(m.id, ids.zhao!, false, admin); // 预备党员
  expect(await codeOf(attendance.checkIn(m.id, ids.zhang!, asMember('zhang')))).toBe('bad_state'); // too early
  now = new Date('2026-12-10T01:50:00Z');
  expect(await attendance.checkInFromChat(ids.zhang!)).toContain('签到成功');
  expect(await attendance.checkInFromChat(ids.zhang!)).toContain('已签到过');
  expect(await codeOf(attendance.checkIn(m.id, ids.stranger!, asMember('stranger')))).toBe('not_attendee');
  await attendance.checkIn(m.id, ids.zhao!, admin);
  expect(recorded.filter((e) => e.meetingId === m.id).map((e) => e.memberId)).toEqual([ids.zhang, ids.zhao]);
  expect(recorded[0]).toMatchObject({ orgId, kind: 'branch_general_meeting', at: now });

  let a = await attendance.summary(m.id);
  expect(a.expected).toBe(5);
  expect(a.present.map((p) => p.name)).toEqual(['张三', '赵六']);
  expect(a.rate).toBeCloseTo(0.4);
  // voters: 4 expected (赵六 has no vote), 1 present → not more than half
  expect(a.quorum).toMatchObject({ votersExpected: 4, votersPresent: 1, met: false, citation: '《中国共产党发展党员工作细则》第十九条' });
  expect(await attendance.summaryText(m.id)).toContain('不符合《中国共产党发展党员工作细则》第十九条');
  await attendance.checkIn(m.id, ids.li!, admin);
  a = await attendance.summary(m.id);
  expect(a.quorum).toMatchObject({ votersPresent: 2, met: false }); // exactly half is not enough
  await attendance.checkIn(m.id, ids.secretary!, admin);
  a = await attendance.summary(m.id);
  expect(a.quorum).toMatchObject({ votersPresent: 3, met: true });

  expect(await codeOf(attendance.recordMinutes(m.id, '记录', admin))).toBe('bad_state'); // not started yet
  now = new Date('2026-12-10T04:00:00Z');
  expect(await codeOf(attendance.recordMinutes(m.id, '  ', admin))).toBe('invalid');
  const done = await attendance.recordMinutes(m.id, '会议讨论了发展对象张某的入党问题。', asMember('secretary'));
  expect(done.status).toBe('done');
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(16)]);
  const photo = await attendance.addPhoto(m.id, png, admin);
  expect(photo.mime).toBe('image/png');
  expect(fs.existsSync(path.join(photosDir, photo.storedName))).toBe(true);
  expect(await codeOf(attendance.addPhoto(m.id, Buffer.from('<svg></svg>'), admin))).toBe('bad_photo');
  expect(await codeOf(attendance.addPhoto(m.id, Buffer.concat([png, Buffer.alloc(2048)]), admin))).toBe('bad_photo');
  expect((await attendance.photos(m.id)).length).toBe(1);
  now = new Date('2026-11-26T06:00:00Z');
});
