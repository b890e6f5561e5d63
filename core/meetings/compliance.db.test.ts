import { eq } from 'drizzle-orm';
import { complianceRules, meetings, members, organisations } from '../../data/schema';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { ComplianceService, DEFAULT_COMPLIANCE_RULES } from './compliance';
import type { MessageDelivery, OutgoingMessage } from './types';

const tz = 'Asia/Shanghai';
let database: TestDatabase;
let now = new Date('2026-04-10T02:00:00Z');
const sent: OutgoingMessage[] = [];
const delivery: MessageDelivery = { deliver: async (m) => void sent.push(...m) };
let compliance: ComplianceService;
let committeeId = 0;
let a = 0;
let b = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const [committee] = await db.insert(organisations).values({ name: '机关党委', path: '/' }).returning();
  committeeId = committee!.id;
  const [orgA] = await db.insert(organisations).values({ name: '第一党支部', parentId: committeeId, path: '/' }).returning();
  const [orgB] = await db.insert(organisations).values({ name: '第二党支部', parentId: committeeId, path: '/' }).returning();
  const [other] = await db.insert(organisations).values({ name: '外单位支部', path: '/' }).returning();
  a = orgA!.id;
  b = orgB!.id;
  await db.update(organisations).set({ path: `/${committeeId}/` }).where(eq(organisations.id, committeeId));
  await db.update(organisations).set({ path: `/${committeeId}/${a}/` }).where(eq(organisations.id, a));
  await db.update(organisations).set({ path: `/${committeeId}/${b}/` }).where(eq(organisations.id, b));
  await db.update(organisations).set({ path: `/${other!.id}/` }).where(eq(organisations.id, other!.id));
  await db.insert(members).values([
    { orgId: a, name: '甲书记', role: 'secretary', telegramUserId: '501' },
    { orgId: b, name: '乙书记', role: 'secretary', wecomUserId: 'yisj' },
  ]);
  const m = (orgId: number, kind: string, startsAt: string, status = 'scheduled') => ({ orgId, kind, title: kind, startsAt: new Date(startsAt), place: '会议室', status });
  await db.insert(meetings).values([
    // 支部党员大会 (quarterly): A on 03-31 23:30 Shanghai → Q1; B at 04-01 00:30 Shanghai → Q2, not Q1
    m(a, 'branch_general_meeting', '2026-03-31T23:30:00+08:00'),
    m(b, 'branch_general_meeting', '2026-03-31T16:30:00Z'),
    m(b, 'branch_general_meeting', '2026-02-10T02:00:00Z', 'cancelled'),
    m(b, 'branch_general_meeting', '2026-02-11T02:00:00Z', 'draft'),
    // 支委会 (monthly): A Jan (on 01-31 23:59 local), Feb (02-01 00:30 local), Mar; B Jan, Mar — B misses Feb
    m(a, 'committee_meeting', '2026-01-31T15:59:00Z'),
    m(a, 'committee_meeting', '2026-01-31T16:30:00Z'),
    m(a, 'committee_meeting', '2026-03-05T02:00:00Z', 'done'),
    m(b, 'committee_meeting', '2026-01-05T02:00:00Z'),
    m(b, 'committee_meeting', '2026-03-05T02:00:00Z'),
    // April: A has held one; B has one planned later in April
    m(a, 'committee_meeting', '2026-04-02T02:00:00Z'),
    m(b, 'committee_meeting', '2026-04-28T02:00:00Z'),
  ]);
  compliance = new ComplianceService({ db, clock: { now: () => now }, timezone: tz, delivery });
  expect(await compliance.seedDefaults()).toBe(DEFAULT_COMPLIANCE_RULES.length);
  expect(await compliance.seedDefaults()).toBe(0);
});

afterAll(async () => {
  await database.close();
});

const pick = (rows: Awaited<ReturnType<ComplianceService['scan']>>, kind: string) =>
  rows.filter((r) => r.meetingKind === kind).map((r) => `${r.orgName} ${r.periodKey} ${r.state} ${r.held}/${r.required}${r.planned ? ` +${r.planned}` : ''}`);

test('default rules cite their sources', async () => {
  const rules = await compliance.rulesFor(a);
  expect(rules).toHaveLength(7);
  expect(rules.find((r) => r.meetingKind === 'theme_day')).toMatchObject({ period: 'month', source: expect.stringContaining('《中国共产党党员教育管理工作条例》第十六条') });
  expect(rules.find((r) => r.meetingKind === 'organizational_life')!.source).toContain('第十七条');
  expect(rules.find((r) => r.meetingKind === 'member_review')!.source).toContain('第十八条');
  expect(rules.find((r) => r.meetingKind === 'branch_general_meeting')).toMatchObject({ period: 'quarter', source: expect.stringContaining('《中国共产党支部工作条例（试行）》') });
});

test('a scan over seeded history flags the right branches for the right periods (Asia/Shanghai boundaries)', async () => {
  const rows = await compliance.scan({ from: new Date('2026-01-01T00:00:00+08:00'), underOrgId: committeeId });
  expect(new Set(rows.map((r) => r.orgId))).toEqual(new Set([a, b]));
  expect(pick(rows, 'branch_general_meeting')).toEqual([
    '第一党支部 2026-Q1 done 1/1',
    '第一党支部 2026-Q2 open 0/1',
    '第二党支部 2026-Q1 overdue 0/1',
    '第二党支部 2026-Q2 done 1/1',
  ]);
  expect(pick(rows, 'committee_meeting')).toEqual([
    '第一党支部 2026-01 done 1/1',
    '第一党支部 2026-02 done 1/1',
    '第一党支部 2026-03 done 1/1',
    '第一党支部 2026-04 done 1/1',
    '第二党支部 2026-01 done 1/1',
    '第二党支部 2026-02 overdue 0/1',
    '第二党支部 2026-03 done 1/1',
    '第二党支部 2026-04 open 0/1 +1',
  ]);
});

test('due soon near the end of a period; an org rule replaces the default', async () => {
  now = new Date('2026-04-25T02:00:00Z');
  let rows = await compliance.status({ orgIds: [a, b] });
  expect(pick(rows, 'committee_meeting')).toEqual(['第一党支部 2026-04 done 1/1', '第二党支部 2026-04 due_soon 0/1 +1']);
  expect(pick(rows, 'branch_general_meeting')).toEqual(['第一党支部 2026-Q2 open 0/1', '第二党支部 2026-Q2 done 1/1']);
  await database.db.insert(complianceRules).values({ orgId: a, meetingKind: 'committee_meeting', period: 'month', requiredCount: 2, source: '本支部规定' });
  rows = await compliance.status({ orgIds: [a] });
  expect(pick(rows, 'committee_meeting')).toEqual(['第一党支部 2026-04 due_soon 1/2']);
  // the period containing a past date, judged now
  rows = await compliance.status({ orgIds: [b], at: new Date('2026-02-15T00:00:00Z') });
  expect(pick(rows, 'committee_meeting')).toEqual(['第二党支部 2026-02 overdue 0/1']);
  now = new Date('2026-04-10T02:00:00Z');
});

test('self-check, escalation list for the superior committee, review, weekly warning', async () => {
  await compliance.selfCheck({ orgId: b, meetingKind: 'committee_meeting', periodKey: '2026-02', note: '书记外出学习，3月已补开' });
  let esc = await compliance.escalations({ underOrgId: committeeId, months: 4 });
  const bFeb = esc.find((r) => r.orgId === b && r.meetingKind === 'committee_meeting' && r.periodKey === '2026-02')!;
  expect(bFeb.selfCheck).toMatchObject({ note: '书记外出学习，3月已补开' });
  expect(esc.some((r) => r.orgId === b && r.meetingKind === 'branch_general_meeting' && r.periodKey === '2026-Q1')).toBe(true);
  expect(esc.some((r) => r.orgId === a && r.meetingKind === 'branch_general_meeting' && r.periodKey === '2026-Q1')).toBe(false);
  // 2025-Q4 had no meeting in either branch (the last 4 months reach back into it)
  expect(esc.filter((r) => r.meetingKind === 'branch_general_meeting' && r.periodKey === '2025-Q4').map((r) => r.orgId).sort()).toEqual([a, b].sort());

  await compliance.review({ orgId: b, meetingKind: 'committee_meeting', periodKey: '2026-02', reviewedBy: '组织部 刘', comment: '情况属实，予以说明' });
  esc = await compliance.escalations({ underOrgId: committeeId, months: 4 });
  expect(esc.some((r) => r.orgId === b && r.periodKey === '2026-02' && r.meetingKind === 'committee_meeting')).toBe(false);
  const all = await compliance.escalations({ underOrgId: committeeId, months: 4, includeReviewed: true });
  expect(all.find((r) => r.orgId === b && r.periodKey === '2026-02' && r.meetingKind === 'committee_meeting')!.review).toMatchObject({ by: '组织部 刘', comment: '情况属实，予以说明' });
  await expect(compliance.selfCheck({ orgId: b, meetingKind: 'committee_meeting', periodKey: '2026-13' })).rejects.toThrow('周期格式不正确');

  now = new Date('2026-04-25T02:00:00Z');
  const warned = await compliance.sendWeeklyWarnings();
  expect(warned.filter((w) => w.recipients > 0).map((w) => w.orgId).sort()).toEqual([a, b].sort());
  // the outside branch lags too but has no bound secretary: listed, nobody reached
  expect(warned.find((w) => w.orgId !== a && w.orgId !== b)).toMatchObject({ recipients: 0 });
  expect(sent.map((s) => s.address).sort()).toEqual(['telegram:501', 'wecom-app:yisj']);
  const toB = sent.find((s) => s.address === 'wecom-app:yisj')!;
  expect(toB.reply.kind === 'text' && toB.reply.text).toContain('2026年4月支部委员会会议：应开 1 次，已开 0 次，已安排 1 次（即将到期）');
  now = new Date('2026-04-10T02:00:00Z');
});
