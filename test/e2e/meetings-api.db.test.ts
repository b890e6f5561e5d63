/** The meetings HTTP API in-process (supertest) on a real database, behind the admin bearer token. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import request from 'supertest';
import { requireBearer } from '../../admin/auth';
import { createMeetingsRouter } from '../../admin/routes/meetings';
import { EventBus } from '../../core/events';
import { createLogger } from '../../core/logger';
import { AttendanceService } from '../../core/meetings/attendance';
import { ComplianceService } from '../../core/meetings/compliance';
import { MeetingService } from '../../core/meetings/meeting-service';
import type { MeetingJobScheduler, OutgoingMessage } from '../../core/meetings/types';
import { chats, members, organisations } from '../../data/schema';
import { createTestDatabase, type TestDatabase } from '../db';

const TOKEN = 'test-admin-token-0123456789';
const tz = 'Asia/Shanghai';
let now = new Date('2026-11-26T06:00:00Z');
const clock = { now: () => now };
let database: TestDatabase;
let app: express.Express;
let photosDir: string;
const sent: OutgoingMessage[] = [];
const jobs = new Map<string, Date>();
const scheduler: MeetingJobScheduler = {
  schedule: async (j) => void jobs.set(j.key, j.runAt),
  cancelByPrefix: async (p) => [...jobs.keys()].filter((k) => k.startsWith(p)).forEach((k) => jobs.delete(k)),
};
let orgId = 0;
const ids: Record<string, number> = {};
const api = () => ({
  get: (p: string) => request(app).get(`/api/meetings${p}`).set('authorization', `Bearer ${TOKEN}`),
  post: (p: string) => request(app).post(`/api/meetings${p}`).set('authorization', `Bearer ${TOKEN}`),
  put: (p: string) => request(app).put(`/api/meetings${p}`).set('authorization', `Bearer ${TOKEN}`),
  patch: (p: string) => request(app).patch(`/api/meetings${p}`).set('authorization', `Bearer ${TOKEN}`),
});
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 1)]);

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const [org] = await db.insert(organisations).values({ name: '第一党支部', path: '/' }).returning();
  orgId = org!.id;
  for (const [key, name, role] of [
    ['secretary', '王书记', 'secretary'],
    ['zhang', '张三', 'member'],
    ['li', '李四', 'member'],
  ] as const) {
    const [m] = await db.insert(members).values({ orgId, name, role, telegramUserId: `t-${key}` }).returning();
    ids[key] = m!.id;
  }
  await db.insert(chats).values({ address: 'telegram:-100', channel: 'telegram', kind: 'group', orgId });
  photosDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mtg-api-'));
  const log = createLogger('silent');
  const delivery = { deliver: async (m: OutgoingMessage[]) => void sent.push(...m) };
  const meetings = new MeetingService({ db, clock, timezone: tz, logger: log, delivery, scheduler });
  const attendance = new AttendanceService({ db, clock, timezone: tz, logger: log, events: new EventBus(log), photosDir, photoMaxBytes: 4096, assertCanManage: (a, o) => meetings.assertCanManage(a, o) });
  const compliance = new ComplianceService({ db, clock, timezone: tz, delivery });
  await compliance.seedDefaults();
  app = express();
  app.use('/api/meetings', requireBearer(TOKEN), createMeetingsRouter({ meetings, attendance, compliance, timezone: tz, photoMaxBytes: 4096, log, actorName: () => '组织部管理员' }));
});

afterAll(async () => {
  await database.close();
  fs.rmSync(photosDir, { recursive: true, force: true });
});

test('the token is required', async () => {
  expect((await request(app).get('/api/meetings')).status).toBe(401);
});

test('validation errors are 400 with a Chinese message', async () => {
  const base = { orgId, kind: 'committee_meeting', startsAt: '2026-12-01T15:00', place: '三楼' };
  let r = await api().post('/').send({ ...base, startsAt: '2026-11-01T15:00' });
  expect([r.status, r.body.error.code]).toEqual([400, 'past_time']);
  expect(r.body.error.message).toContain('会议时间已过');
  r = await api().post('/').send({ ...base, place: undefined });
  expect([r.status, r.body.error.code, r.body.error.message]).toEqual([400, 'missing_place', '请填写会议地点或线上会议链接。']);
  r = await api().post('/').send({ ...base, kind: 'picnic' });
  expect([r.status, r.body.error.code]).toEqual([400, 'unknown_kind']);
  r = await api().post('/').send({ ...base, startsAt: '明天' });
  expect([r.status, r.body.error.code]).toEqual([400, 'invalid']);
  expect((await api().get('/999')).status).toBe(404);
});

test('create, confirm, RSVP, remind, check-in, attendance, minutes, photos, cancel', async () => {
  let r = await api().post('/').send({ orgId, kind: 'branch_general_meeting', startsAt: '2026-12-01T15:00', place: '礼堂', agenda: '讨论接收预备党员', votesOnNewMember: true, reminderOffsets: [120] });
  expect(r.status).toBe(201);
  const id = r.body.meeting.id as number;
  expect(r.body.meeting).toMatchObject({ status: 'draft', startsAt: '2026-12-01T07:00:00.000Z', kindLabel: '支部党员大会' });
  expect(r.body.meeting.attendees).toHaveLength(3);
  expect(sent).toHaveLength(0);

  r = await api().post(`/${id}/confirm`);
  expect([r.status, r.body.notified]).toEqual([200, 4]);
  expect([...jobs.values()].map((d) => d.toISOString())).toEqual(['2026-12-01T05:00:00.000Z']);
  expect((await api().post(`/${id}/confirm`)).status).toBe(409);

  r = await api().patch(`/${id}`).send({ place: '五楼礼堂' });
  expect([r.status, r.body.meeting.place]).toEqual([200, '五楼礼堂']);
  expect(sent.filter((m) => m.kind === 'meeting.update')).toHaveLength(4);

  expect((await api().post(`/${id}/rsvps`).send({ memberId: ids.zhang, answer: 'yes' })).status).toBe(200);
  expect((await api().post(`/${id}/rsvps`).send({ memberId: ids.li, answer: 'leave', reason: '出差' })).status).toBe(200);
  r = await api().get(`/${id}/rsvps`);
  expect(r.body.counts).toEqual({ expected: 3, yes: 1, leave: 1, pending: 1 });
  expect(r.body.pending).toEqual([{ memberId: ids.secretary, name: '王书记' }]);
  expect((await api().post(`/${id}/remind`)).body).toEqual({ reminded: 1 });

  now = new Date('2026-12-01T07:10:00Z');
  r = await api().post(`/${id}/check-ins`).send({ memberId: ids.zhang });
  expect([r.status, r.body.already]).toEqual([201, false]);
  expect((await api().post(`/${id}/check-ins`).send({ memberId: ids.zhang })).status).toBe(200);
  r = await api().get(`/${id}/attendance`);
  expect(r.body).toMatchObject({ expected: 3, rate: 1 / 3, quorum: { votersExpected: 3, votersPresent: 1, met: false } });
  await api().post(`/${id}/check-ins`).send({ memberId: ids.secretary });
  expect((await api().get(`/${id}/attendance`)).body.quorum).toMatchObject({ votersPresent: 2, met: true });

  r = await api().put(`/${id}/minutes`).send({ text: '会议讨论并表决通过接收张某为预备党员。' });
  expect([r.status, r.body.meeting.status]).toEqual([200, 'done']);

  r = await api().post(`/${id}/photos`).attach('photo', PNG, { filename: 'a.png', contentType: 'image/png' });
  expect([r.status, r.body.photo.mime]).toEqual([201, 'image/png']);
  const photoId = r.body.photo.id as number;
  r = await api().post(`/${id}/photos`).attach('photo', Buffer.from('<html>not an image</html>'), { filename: 'fake.png', contentType: 'image/png' });
  expect([r.status, r.body.error.code]).toEqual([415, 'bad_photo']);
  r = await api().post(`/${id}/photos`).attach('photo', Buffer.concat([PNG, Buffer.alloc(8192)]), { filename: 'big.png', contentType: 'image/png' });
  expect([r.status, r.body.error.code]).toEqual([413, 'too_large']);
  r = await api().get(`/${id}/photos/${photoId}`);
  expect([r.status, r.headers['content-type']]).toEqual([200, 'image/png']);
  expect(Buffer.compare(r.body as Buffer, PNG)).toBe(0);
  expect((await api().get(`/${id}/photos`)).body.photos).toHaveLength(1);
  expect((await api().post(`/${id}/cancel`).send({ reason: 'x' })).status).toBe(409); // already done

  now = new Date('2026-11-26T06:00:00Z');
  r = await api().post('/').send({ orgId, kind: 'party_lecture', startsAt: '2026-12-03T09:00:00+08:00', onlineLink: 'https://meet.example/9', confirm: true });
  expect(r.body.meeting.status).toBe('scheduled');
  r = await api().post(`/${r.body.meeting.id}/cancel`).send({ reason: '讲课人临时出差' });
  expect([r.status, r.body.meeting.status, r.body.notified]).toEqual([200, 'cancelled', 4]);
  expect(sent.at(-1)!.reply).toMatchObject({ kind: 'text', text: expect.stringContaining('讲课人临时出差') });
});

test('compliance: status, self-check, escalations, review', async () => {
  let r = await api().get(`/compliance/status?orgId=${orgId}&at=2026-10-15`);
  const committee = r.body.items.find((i: { meetingKind: string }) => i.meetingKind === 'committee_meeting');
  expect(committee).toMatchObject({ periodKey: '2026-10', state: 'overdue', held: 0, required: 1 });
  expect((await api().get('/compliance/rules?orgId=' + orgId)).body.rules).toHaveLength(7);
  r = await api().post('/compliance/self-checks').send({ orgId, meetingKind: 'committee_meeting', periodKey: '2026-10', note: '支委调整，未能召开' });
  expect(r.status).toBe(201);
  r = await api().get('/compliance/escalations?months=2');
  const item = r.body.items.find((i: { periodKey: string; meetingKind: string }) => i.periodKey === '2026-10' && i.meetingKind === 'committee_meeting');
  expect(item.selfCheck.note).toBe('支委调整，未能召开');
  expect((await api().post('/compliance/reviews').send({ orgId, meetingKind: 'committee_meeting', periodKey: '2026-10', comment: '已督促整改' })).status).toBe(201);
  r = await api().get('/compliance/escalations?months=2&includeReviewed=true');
  expect(r.body.items.find((i: { periodKey: string; meetingKind: string }) => i.periodKey === '2026-10' && i.meetingKind === 'committee_meeting').review).toMatchObject({ by: '组织部管理员', comment: '已督促整改' });
  r = await api().post('/compliance/reviews').send({ orgId, meetingKind: 'committee_meeting', periodKey: 'Q5' });
  expect([r.status, r.body.error.code]).toEqual([400, 'invalid']);
  expect((await api().get('/compliance/scan')).status).toBe(400);
});
