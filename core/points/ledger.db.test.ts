import { sql } from 'drizzle-orm';
import type { Database } from '../../data/db';
import { members, organisations, pointsLedger } from '../../data/schema';
import type { Clock } from '../clock';
import { createPointsLedger } from './ledger';
import { openTestDatabases, type TestDatabases } from './test-databases';
import { POINT_CATEGORIES, PointsError, type PointCategory } from './types';

// jest.config's testTimeout sits in the project entries, where Jest 30 ignores it (default 5 s).
jest.setTimeout(30_000);

const TZ = 'Asia/Shanghai';
let dbs: TestDatabases;
let database: Database;
let second: Database | null = null;
let orgId: number;
let memberIds: number[];
const clock: Clock & { at: Date } = { at: new Date('2026-06-01T02:00:00Z'), now: () => clock.at };

beforeAll(async () => {
  // On PostgreSQL a second pool gives truly separate connections racing each other.
  dbs = await openTestDatabases();
  database = dbs.main;
  second = dbs.second;
  const [org] = await database.db.insert(organisations).values({ name: '第一党支部', path: '/1/' }).returning();
  orgId = org!.id;
  const rows = await database.db
    .insert(members)
    .values(['张三', '李四', '王五', '赵六', '钱七', '孙八'].map((name) => ({ orgId, name })))
    .returning({ id: members.id });
  memberIds = rows.map((r) => r.id);
});

afterAll(async () => {
  await dbs.close();
});

/** Deterministic PRNG so a failing burst can be replayed. */
function prng(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

test('a randomized concurrent burst with duplicates awards each key once and balances equal ledger sums', async () => {
  const ledgers = [createPointsLedger({ db: database.db, clock, timezone: TZ })];
  if (second) ledgers.push(createPointsLedger({ db: second.db, clock, timezone: TZ }));
  const r = prng(20261126);
  const unique = Array.from({ length: 120 }, (_, i) => ({
    memberId: memberIds[Math.floor(r() * memberIds.length)]!,
    category: POINT_CATEGORIES[Math.floor(r() * 3)]!,
    points: 1 + Math.floor(r() * 9),
    reason: `burst ${i}`,
    idempotencyKey: `burst:${i}`,
  }));
  // Every award sent 1–4 times, shuffled, spread over both pools.
  const sends = unique.flatMap((a) => Array.from({ length: 1 + Math.floor(r() * 4) }, () => a));
  for (let i = sends.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [sends[i], sends[j]] = [sends[j]!, sends[i]!];
  }
  const results = await Promise.all(sends.map((a, i) => ledgers[i % ledgers.length]!.award(a)));
  expect(sends.length).toBeGreaterThan(unique.length);
  expect(results.filter((x) => x.created)).toHaveLength(unique.length);

  const count = await database.db.select({ n: sql<number>`count(*)::int` }).from(pointsLedger);
  expect(Number(count[0]!.n)).toBe(unique.length);

  const ledger = ledgers[0]!;
  const expected = new Map<string, number>();
  for (const a of unique) expected.set(`${a.memberId}:${a.category}`, (expected.get(`${a.memberId}:${a.category}`) ?? 0) + a.points);
  let sumOfBalances = 0;
  for (const id of memberIds) {
    const b = await ledger.balance(id, 2026);
    for (const c of POINT_CATEGORIES) expect(b.byCategory[c]).toBe(expected.get(`${id}:${c}`) ?? 0);
    expect(b.total).toBe(b.byCategory.learning + b.byCategory.org_life + b.byCategory.vanguard);
    sumOfBalances += b.total;
  }
  const ledgerSum = await database.db.select({ s: sql<number>`sum(points)::int` }).from(pointsLedger);
  expect(Number(ledgerSum[0]!.s)).toBe(sumOfBalances);
  expect(sumOfBalances).toBe(unique.reduce((s, a) => s + a.points, 0));

  // The export agrees with the balances.
  const rows = await ledger.orgBalances(orgId, 2026);
  expect(rows.reduce((s, x) => s + x.total, 0)).toBe(sumOfBalances);
});

test('reversal: once only (also under concurrency), never of a reversal, booked into the original year', async () => {
  const ledger = createPointsLedger({ db: database.db, clock, timezone: TZ });
  const other = second ? createPointsLedger({ db: second.db, clock, timezone: TZ }) : ledger;
  const member = memberIds[0]!;
  // 2026-12-31 23:30 in Shanghai is still 2026; the correction happens in 2027.
  clock.at = new Date('2026-12-31T15:30:00Z');
  const { entry } = await ledger.award({ memberId: member, category: 'vanguard', points: 7, reason: '抗洪救灾', idempotencyKey: 'rev:1', grantedBy: 'admin:root' });
  expect(entry.year).toBe(2026);
  const before = await ledger.balance(member, 2026);
  clock.at = new Date('2027-01-02T01:00:00Z');
  const settled = await Promise.allSettled([ledger.reverse(entry.id, 'admin:root', '录入错误'), other.reverse(entry.id, 'admin:root', '录入错误')]);
  const ok = settled.filter((s) => s.status === 'fulfilled');
  const failed = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
  expect(ok).toHaveLength(1);
  expect(failed).toHaveLength(1);
  expect(failed[0]!.reason).toBeInstanceOf(PointsError);
  expect((failed[0]!.reason as PointsError).code).toBe('already_reversed');
  const reversal = (ok[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof ledger.reverse>>>).value;
  expect(reversal).toMatchObject({ points: -7, category: 'vanguard', reversesId: entry.id, year: 2026, grantedBy: 'admin:root' });
  const after = await ledger.balance(member, 2026);
  expect(after.byCategory.vanguard).toBe(before.byCategory.vanguard - 7);
  await expect(ledger.reverse(reversal.id, 'admin:root', 'x')).rejects.toMatchObject({ code: 'not_reversible' });
  await expect(ledger.reverse(999999, 'admin:root', 'x')).rejects.toMatchObject({ code: 'entry_not_found' });
  // The original is untouched: the ledger only grows.
  expect(await ledger.entry(entry.id)).toEqual(entry);
  const latest = await ledger.entries(member, 2);
  expect(latest[0]!.id).toBe(reversal.id);
});

test('the booking year follows Asia/Shanghai, not UTC', async () => {
  const ledger = createPointsLedger({ db: database.db, clock, timezone: TZ });
  const member = memberIds[1]!;
  const a = await ledger.award({ memberId: member, category: 'learning', points: 1, reason: 'r', idempotencyKey: 'year:a', at: new Date('2027-12-31T15:59:00Z') });
  const b = await ledger.award({ memberId: member, category: 'learning', points: 1, reason: 'r', idempotencyKey: 'year:b', at: new Date('2027-12-31T16:00:00Z') });
  expect(a.entry.year).toBe(2027);
  expect(b.entry.year).toBe(2028);
  clock.at = new Date('2027-12-31T16:30:00Z');
  expect(ledger.currentYear()).toBe(2028);
});

test('invalid awards are refused', async () => {
  const ledger = createPointsLedger({ db: database.db, clock, timezone: TZ });
  const base = { memberId: memberIds[0]!, category: 'learning' as PointCategory, points: 1, reason: 'r', idempotencyKey: 'bad' };
  await expect(ledger.award({ ...base, points: 0 })).rejects.toMatchObject({ code: 'invalid' });
  await expect(ledger.award({ ...base, points: 1.5 })).rejects.toMatchObject({ code: 'invalid' });
  await expect(ledger.award({ ...base, points: 5000 })).rejects.toMatchObject({ code: 'invalid' });
  await expect(ledger.award({ ...base, reason: '  ' })).rejects.toMatchObject({ code: 'invalid' });
  await expect(ledger.award({ ...base, category: 'fun' as PointCategory })).rejects.toMatchObject({ code: 'invalid' });
  await expect(ledger.award({ ...base, memberId: 424242 })).rejects.toMatchObject({ code: 'member_not_found' });
});
