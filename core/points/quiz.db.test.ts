import { eq } from 'drizzle-orm';
import type { Database } from '../../data/db';
import { meetings, members, organisations, pointsLedger } from '../../data/schema';
import { createLogger } from '../logger';
import type { Clock } from '../clock';
import { createPointAwards } from './awards';
import { loadHandbook } from './handbook-fixture';
import { createPointsLedger } from './ledger';
import { createDailyQuiz } from './quiz';
import { isCorrect } from './quiz-maker';
import { createPointRules } from './rules';
import { openTestDatabases, type TestDatabases } from './test-databases';

// jest.config's testTimeout sits in the project entries, where Jest 30 ignores it (default 5 s).
jest.setTimeout(30_000);

const TZ = 'Asia/Shanghai';
let dbs: TestDatabases;
let database: Database;
let orgId: number;
let otherOrgId: number;
const ids: Record<string, number> = {};
const clock: Clock & { at: Date } = { at: new Date('2026-11-26T02:00:00Z'), now: () => clock.at };

function services(db = database.db) {
  const ledger = createPointsLedger({ db, clock, timezone: TZ });
  const rules = createPointRules({ db });
  const quiz = createDailyQuiz({ db, clock, timezone: TZ, ledger, rules });
  const awards = createPointAwards({ db, ledger, rules, logger: createLogger('silent') });
  return { ledger, rules, quiz, awards };
}

beforeAll(async () => {
  dbs = await openTestDatabases();
  database = dbs.main;
  const [org, other] = await database.db
    .insert(organisations)
    .values([{ name: '第一党支部' }, { name: '第二党支部' }])
    .returning();
  orgId = org!.id;
  otherOrgId = other!.id;
  const rows = await database.db
    .insert(members)
    .values([
      { orgId, name: '书记', role: 'secretary' },
      { orgId, name: '甲' },
      { orgId, name: '乙' },
      { orgId, name: '丙' },
      { orgId, name: '丁' },
      { orgId, name: '戊' },
      { orgId: otherOrgId, name: '外支部书记', role: 'secretary' },
    ])
    .returning({ id: members.id, name: members.name });
  for (const r of rows) ids[r.name] = r.id;
  await loadHandbook(database.db);
  await services().rules.seedDefaults();
});

afterAll(() => dbs.close());

async function quizPointsOf(memberId: number) {
  return database.db.select().from(pointsLedger).where(eq(pointsLedger.memberId, memberId));
}

test('the quiz awards learning points once per Shanghai day, across midnight (16:00 UTC)', async () => {
  const { quiz, ledger } = services();
  const m = ids['甲']!;
  clock.at = new Date('2026-11-26T15:58:00Z'); // 23:58 on the 26th in Shanghai
  const q1 = await quiz.today(m);
  expect(q1).not.toBeNull();
  expect(q1!.day).toBe('2026-11-26');
  expect(await quiz.today(m)).toEqual(q1); // stable within the day
  const right1 = await rightAnswer(m);
  const first = await quiz.answer(m, right1);
  expect(first).toMatchObject({ status: 'correct', awarded: 1, day: '2026-11-26' });
  expect(await quiz.answer(m, right1)).toMatchObject({ status: 'already_answered', correct: true });

  clock.at = new Date('2026-11-26T15:59:59Z'); // still the 26th
  expect(await quiz.answer(m, right1)).toMatchObject({ status: 'already_answered' });

  clock.at = new Date('2026-11-26T16:00:30Z'); // 00:00:30 on the 27th in Shanghai: a new day
  const q2 = await quiz.today(m);
  expect(q2!.day).toBe('2026-11-27');
  expect(q2!.answered).toBeNull();
  const second = await quiz.answer(m, await rightAnswer(m));
  expect(second).toMatchObject({ status: 'correct', awarded: 1, day: '2026-11-27' });

  const entries = await quizPointsOf(m);
  expect(entries.map((e) => e.idempotencyKey).sort()).toEqual([`quiz:${m}:2026-11-26`, `quiz:${m}:2026-11-27`]);
  expect((await ledger.balance(m, 2026)).byCategory.learning).toBe(2);
});

test('a wrong first answer earns nothing that day, and concurrent answers count once', async () => {
  const { quiz } = services();
  const others = dbs.second ? services(dbs.second.db).quiz : quiz;
  const m = ids['乙']!;
  clock.at = new Date('2026-11-27T01:00:00Z');
  const wrong = await quiz.answer(m, '这肯定不是答案');
  expect(wrong.status).toBe('wrong');
  expect(await quiz.answer(m, await rightAnswer(m))).toMatchObject({ status: 'already_answered', correct: false });
  expect(await quizPointsOf(m)).toHaveLength(0);

  const n = ids['丙']!;
  const right = await rightAnswer(n);
  const outcomes = await Promise.all([quiz.answer(n, right), others.answer(n, right), quiz.answer(n, right), others.answer(n, right)]);
  expect(outcomes.filter((o) => o.status === 'correct')).toHaveLength(1);
  expect(await quizPointsOf(n)).toHaveLength(1);
});

test('the question is the same per member and day, and differs between members', async () => {
  const { quiz } = services();
  clock.at = new Date('2026-11-28T01:00:00Z');
  const prompts = new Set<string>();
  for (const name of ['甲', '乙', '丙', '丁', '戊']) prompts.add((await quiz.today(ids[name]!))!.prompt);
  expect(prompts.size).toBeGreaterThan(1);
});

test('rules are data: seeded once, editable, and used by the next award', async () => {
  const { rules, quiz } = services();
  await rules.seedDefaults();
  expect((await rules.list()).map((r) => [r.key, r.category])).toEqual([
    ['daily_quiz', 'learning'],
    ['meeting_attendance', 'org_life'],
    ['vanguard_grant', 'vanguard'],
  ]);
  await rules.update('daily_quiz', { points: 3 });
  await rules.seedDefaults(); // does not reset an edited rule
  expect((await rules.get('daily_quiz')).points).toBe(3);
  await expect(rules.update('daily_quiz', { points: -1 })).rejects.toMatchObject({ code: 'invalid' });
  await expect(rules.update('nonsense', { points: 1 })).rejects.toMatchObject({ code: 'rule_not_found' });
  clock.at = new Date('2026-11-29T01:00:00Z');
  const m = ids['丁']!;
  expect(await quiz.answer(m, await rightAnswer(m))).toMatchObject({ status: 'correct', awarded: 3 });
  await rules.update('daily_quiz', { points: 1 });
});

test('meeting attendance awards org_life once; vanguard grants need a reason and the right grantor', async () => {
  const { awards, ledger } = services();
  const [meeting] = await database.db
    .insert(meetings)
    .values({ orgId, kind: 'branch_general_meeting', title: '十一月支部党员大会', startsAt: new Date('2026-11-20T01:00:00Z') })
    .returning();
  const m = ids['戊']!;
  const event = { meetingId: meeting!.id, memberId: m, checkedInAt: '2026-11-20T01:05:00Z' };
  const results = await Promise.all([awards.onAttendanceRecorded(event), awards.onAttendanceRecorded(event)]);
  expect(results.filter((r) => r?.created)).toHaveLength(1);
  expect(results[0]!.entry).toMatchObject({ category: 'org_life', points: 2, reason: '参加会议：十一月支部党员大会', sourceEvent: `meeting:${meeting!.id}` });

  await expect(awards.grantVanguard({ memberId: m, reason: ' ', grantor: { kind: 'admin', name: 'root' } })).rejects.toMatchObject({ code: 'invalid' });
  await expect(awards.grantVanguard({ memberId: m, reason: '志愿服务', grantor: { kind: 'member', memberId: ids['甲']! } })).rejects.toMatchObject({ code: 'forbidden' });
  await expect(awards.grantVanguard({ memberId: m, reason: '志愿服务', grantor: { kind: 'member', memberId: ids['外支部书记']! } })).rejects.toMatchObject({ code: 'forbidden' });
  const bySecretary = await awards.grantVanguard({ memberId: m, reason: '志愿服务', grantor: { kind: 'member', memberId: ids['书记']! }, requestId: 'req-1' });
  const retried = await awards.grantVanguard({ memberId: m, reason: '志愿服务', grantor: { kind: 'member', memberId: ids['书记']! }, requestId: 'req-1' });
  expect(bySecretary.created).toBe(true);
  expect(retried.created).toBe(false);
  const byAdmin = await awards.grantVanguard({ memberId: m, points: 8, reason: '抗洪抢险', grantor: { kind: 'admin', name: 'root' } });
  expect(byAdmin.entry).toMatchObject({ category: 'vanguard', points: 8, grantedBy: 'admin:root' });
  const b = await ledger.balance(m, 2026);
  expect(b.byCategory).toEqual({ learning: 0, org_life: 2, vanguard: 13 });
});

test('ranking uses standard competition ranks (1, 2, 2, 4) within the branch', async () => {
  const { ledger } = services();
  const [org] = await database.db.insert(organisations).values({ name: '排名支部' }).returning();
  const rows = await database.db
    .insert(members)
    .values(['A', 'B', 'C', 'D', 'E'].map((name) => ({ orgId: org!.id, name })))
    .returning({ id: members.id, name: members.name });
  const pts: Record<string, number> = { A: 10, B: 7, C: 7, D: 3 };
  for (const r of rows) {
    if (pts[r.name]) await ledger.award({ memberId: r.id, category: 'learning', points: pts[r.name]!, reason: 'r', idempotencyKey: `rank:${r.name}`, at: clock.at });
  }
  const ranking = await ledger.ranking(org!.id, 2026);
  expect(ranking.map((r) => [r.name, r.total, r.rank])).toEqual([
    ['A', 10, 1],
    ['B', 7, 2],
    ['C', 7, 2],
    ['D', 3, 4],
    ['E', 0, 5],
  ]);
  // Another year is empty: everyone shares rank 1 with 0 points.
  expect((await ledger.ranking(org!.id, 2025)).map((r) => r.rank)).toEqual([1, 1, 1, 1, 1]);
});

/** Reads the stored answer the way only a test may, then phrases it as a member would. */
async function rightAnswer(memberId: number): Promise<string> {
  const { quiz } = services();
  const view = (await quiz.today(memberId))!;
  const rows = await database.db.query.quizAttempts.findFirst({ where: (t, { and, eq }) => and(eq(t.memberId, memberId), eq(t.day, view.day)) });
  const answer = rows!.answer;
  expect(isCorrect({ kind: view.kind, options: view.options, answer }, answer)).toBe(true);
  if (view.kind === 'which_article') return String.fromCharCode(65 + view.options.indexOf(answer));
  return answer;
}
