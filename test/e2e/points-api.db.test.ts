/** The points HTTP API in-process (supertest): balances, entries, ranking, grants, reversals, rules, CSV export. */
import express from 'express';
import request from 'supertest';
import { createPointsRouter } from '../../admin/routes/points';
import type { Clock } from '../../core/clock';
import { createLogger } from '../../core/logger';
import { createPointAwards } from '../../core/points/awards';
import { createPointsLedger, type PointsLedger } from '../../core/points/ledger';
import { createPointRules } from '../../core/points/rules';
import { openTestDatabases, type TestDatabases } from '../../core/points/test-databases';
import { auditLog, members, organisations } from '../../data/schema';

// jest.config's testTimeout sits in the project entries, where Jest 30 ignores it (default 5 s).
jest.setTimeout(30_000);

let dbs: TestDatabases;
let app: express.Express;
let ledger: PointsLedger;
const ids: Record<string, number> = {};
let branch: number;
let sub: number;
const clock: Clock = { now: () => new Date('2026-11-26T02:00:00Z') };

beforeAll(async () => {
  dbs = await openTestDatabases();
  const db = dbs.main.db;
  const [root] = await db.insert(organisations).values({ name: '机关党委', path: '/' }).returning();
  const [b] = await db.insert(organisations).values({ name: '第一党支部', parentId: root!.id, path: `/${root!.id}/` }).returning();
  const [s] = await db.insert(organisations).values({ name: '第一党小组', parentId: b!.id, path: `/${root!.id}/${b!.id}/` }).returning();
  const [other] = await db.insert(organisations).values({ name: '其他支部', path: '/' }).returning();
  branch = b!.id;
  sub = s!.id;
  const rows = await db
    .insert(members)
    .values([
      { orgId: branch, name: '张三' },
      { orgId: branch, name: '李"四", 同志' },
      { orgId: sub, name: '=HYPERLINK("x")' },
      { orgId: other!.id, name: '外人' },
    ])
    .returning({ id: members.id, name: members.name });
  for (const r of rows) ids[r.name] = r.id;
  const logger = createLogger('silent');
  ledger = createPointsLedger({ db, clock, timezone: 'Asia/Shanghai' });
  const rules = createPointRules({ db });
  await rules.seedDefaults();
  const awards = createPointAwards({ db, ledger, rules, logger });
  app = express();
  app.use(express.json());
  app.use('/api/points', createPointsRouter({ db, ledger, rules, awards, log: logger, timezone: 'Asia/Shanghai' }));
});

afterAll(() => dbs.close());

test('grants are idempotent by Idempotency-Key, reversible once, and show up in balance and entries', async () => {
  const zhang = ids['张三']!;
  const grant = () => request(app).post('/api/points/grants').set('Idempotency-Key', 'g-1').send({ memberId: zhang, points: 6, reason: '抗洪抢险' });
  const first = await grant();
  expect(first.status).toBe(201);
  expect(first.body.entry).toMatchObject({ memberId: zhang, category: 'vanguard', points: 6, grantedBy: 'admin:api-token', year: 2026 });
  const again = await grant();
  expect(again.status).toBe(200);
  expect(again.body).toMatchObject({ created: false, entry: { id: first.body.entry.id } });

  expect((await request(app).post('/api/points/grants').send({ memberId: zhang, reason: '' })).status).toBe(400);
  const missing = await request(app).post('/api/points/grants').send({ memberId: 999999, reason: '好' });
  expect(missing.status).toBe(404);
  expect(missing.body.error.code).toBe('member_not_found');

  const balance = await request(app).get(`/api/points/members/${zhang}/balance?year=2026`);
  expect(balance.body.balance).toEqual({ memberId: zhang, year: 2026, byCategory: { learning: 0, org_life: 0, vanguard: 6 }, total: 6 });

  const rev = await request(app).post(`/api/points/entries/${first.body.entry.id}/reverse`).send({ reason: '录入错误' });
  expect(rev.status).toBe(201);
  expect(rev.body.entry).toMatchObject({ points: -6, reversesId: first.body.entry.id });
  const twice = await request(app).post(`/api/points/entries/${first.body.entry.id}/reverse`).send({ reason: '录入错误' });
  expect(twice.status).toBe(409);
  expect(twice.body.error).toMatchObject({ code: 'already_reversed', message: '该记录已冲正过，不能重复冲正' });
  expect((await request(app).post(`/api/points/entries/${rev.body.entry.id}/reverse`).send({ reason: 'x' })).status).toBe(409);

  const entries = await request(app).get(`/api/points/members/${zhang}/entries?limit=5`);
  expect(entries.body.entries.map((e: { points: number }) => e.points)).toEqual([-6, 6]);
  expect((await request(app).get(`/api/points/members/${zhang}/balance`)).body.balance.total).toBe(0);

  const audits = await dbs.main.db.select().from(auditLog);
  expect(audits.map((a) => a.action).sort()).toEqual(['points.grant', 'points.reverse']);
});

test('ranking and the CSV export (BOM, quoting, formula guard, sub-organisations)', async () => {
  await ledger.award({ memberId: ids['张三']!, category: 'learning', points: 4, reason: 'r', idempotencyKey: 'csv:1' });
  await ledger.award({ memberId: ids['李"四", 同志']!, category: 'org_life', points: 4, reason: 'r', idempotencyKey: 'csv:2' });
  await ledger.award({ memberId: ids['=HYPERLINK("x")']!, category: 'vanguard', points: 9, reason: 'r', idempotencyKey: 'csv:3' });
  await ledger.award({ memberId: ids['外人']!, category: 'vanguard', points: 50, reason: 'r', idempotencyKey: 'csv:4' });

  const ranking = await request(app).get(`/api/points/orgs/${branch}/ranking?year=2026`);
  expect(ranking.body.ranking.map((r: { name: string; rank: number; total: number }) => [r.name, r.total, r.rank])).toEqual([
    ['张三', 4, 1],
    ['李"四", 同志', 4, 1],
  ]);

  const csv = await request(app).get(`/api/points/orgs/${branch}/export.csv?year=2026`).buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });
  expect(csv.status).toBe(200);
  expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
  expect(csv.headers['content-disposition']).toContain("filename*=UTF-8''");
  const bytes = csv.body as Buffer;
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines).toEqual([
    '组织,党员编号,姓名,教育学习,组织生活,先锋模范,合计,排名',
    `第一党小组,${ids['=HYPERLINK("x")']},"'=HYPERLINK(""x"")",0,0,9,9,1`,
    `第一党支部,${ids['张三']},张三,4,0,0,4,2`,
    `第一党支部,${ids['李"四", 同志']},"李""四"", 同志",0,4,0,4,2`,
    '',
  ]);
  expect((await request(app).get('/api/points/orgs/abc/ranking')).status).toBe(400);

  const balances = await request(app).get(`/api/points/orgs/${branch}/balances?year=2026`);
  expect(balances.body.balances.map((b: { name: string; total: number }) => b.total)).toEqual([9, 4, 4]);
  const entries = await request(app).get(`/api/points/orgs/${branch}/entries.csv?year=2026`);
  const text = entries.text;
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = text.slice(1).trim().split('\r\n');
  expect(rows[0]).toBe('记录编号,时间,组织,党员编号,姓名,类别,分值,事由,来源,授予人,冲正记录');
  // 张三's grant and its reversal (first test) plus the three awards above; 外人 is in another branch.
  expect(rows).toHaveLength(1 + 5);
  expect(rows.some((r) => r.includes(',先锋模范,-6,录入错误,reverse:'))).toBe(true);
  expect(rows[1]).toMatch(/^\d+,2026-11-26 10:00:00,第一党支部,/);
});

test('rules are listed and edited', async () => {
  const list = await request(app).get('/api/points/rules');
  expect(list.body.rules.map((r: { key: string }) => r.key)).toEqual(['daily_quiz', 'meeting_attendance', 'vanguard_grant']);
  const put = await request(app).put('/api/points/rules/meeting_attendance').send({ points: 3, description: '参加支部党员大会' });
  expect(put.body.rule).toEqual({ key: 'meeting_attendance', category: 'org_life', points: 3, description: '参加支部党员大会' });
  expect((await request(app).put('/api/points/rules/meeting_attendance').send({ points: 1000 })).status).toBe(400);
  expect((await request(app).put('/api/points/rules/nope').send({ points: 1 })).status).toBe(404);
});
