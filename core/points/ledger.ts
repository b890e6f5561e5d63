/**
 * The points ledger: append-only entries, balances derived by summing them, corrections as
 * reversing entries. "Once" is enforced by the unique index on idempotency_key
 * (INSERT … ON CONFLICT DO NOTHING), so concurrent identical awards write one row.
 *
 * Storage code lives here (not in data/) because data/ belongs to the schema owner; it only uses
 * the shared `Db` handle and the tables of data/schema.ts.
 */
import { and, asc, desc, eq, inArray, like, or, sql } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { Db } from '../../data/db';
import { members, organisations, pointsLedger } from '../../data/schema';
import {
  emptyByCategory,
  isPointCategory,
  PointsError,
  type AwardInput,
  type AwardResult,
  type Balance,
  type LedgerEntry,
  type MemberBalanceRow,
  type PointCategory,
  type RankRow,
} from './types';
import { zonedYear } from './zoned';

/** Largest absolute value of one entry; a typo of 10000 points is rejected rather than booked. */
export const MAX_ENTRY_POINTS = 1000;

export interface PointsLedgerDeps {
  db: Db;
  clock: Clock;
  /** APP_TIMEZONE: decides the booking year. */
  timezone: string;
}

export interface PointsLedger {
  /** Appends an award; a repeated idempotency key returns the existing entry with `created: false`. */
  award(input: AwardInput): Promise<AwardResult>;
  /**
   * Appends the entry cancelling `entryId` (same category, opposite points, same booking year).
   * Each entry can be reversed once; reversing entries cannot be reversed.
   */
  reverse(entryId: number, by: string, reason: string): Promise<LedgerEntry>;
  /** The member's balance per category for `year` (default: this year). */
  balance(memberId: number, year?: number): Promise<Balance>;
  /** The member's most recent entries, newest first. */
  entries(memberId: number, limit?: number): Promise<LedgerEntry[]>;
  entry(id: number): Promise<LedgerEntry | null>;
  /** Active members of `orgId` ordered by the year's total, with competition ranks. */
  ranking(orgId: number, year?: number): Promise<RankRow[]>;
  /** Per-member balances of an organisation and its sub-organisations, for exports. */
  orgBalances(orgId: number, year?: number): Promise<MemberBalanceRow[]>;
  /** Every entry of `year` booked to members of an organisation and its sub-organisations, oldest first. */
  orgEntries(orgId: number, year?: number): Promise<(LedgerEntry & { memberName: string; orgName: string })[]>;
  /** The year "now" falls in, in the app time zone. */
  currentYear(): number;
}

type Row = typeof pointsLedger.$inferSelect;

function toEntry(row: Row): LedgerEntry {
  return {
    id: row.id,
    memberId: row.memberId,
    orgId: row.orgId,
    category: isPointCategory(row.category) ? row.category : 'learning',
    points: row.points,
    reason: row.reason,
    sourceEvent: row.sourceEvent,
    idempotencyKey: row.idempotencyKey,
    grantedBy: row.grantedBy,
    reversesId: row.reversesId,
    year: row.year,
    createdAt: row.createdAt,
  };
}

export function createPointsLedger(deps: PointsLedgerDeps): PointsLedger {
  const { db, clock, timezone } = deps;
  const currentYear = () => zonedYear(clock.now(), timezone);

  async function byKey(key: string): Promise<LedgerEntry | null> {
    const rows = await db.select().from(pointsLedger).where(eq(pointsLedger.idempotencyKey, key)).limit(1);
    return rows[0] ? toEntry(rows[0]) : null;
  }

  async function entry(id: number): Promise<LedgerEntry | null> {
    const rows = await db.select().from(pointsLedger).where(eq(pointsLedger.id, id)).limit(1);
    return rows[0] ? toEntry(rows[0]) : null;
  }

  async function insertOnce(values: typeof pointsLedger.$inferInsert): Promise<AwardResult> {
    const inserted = await db
      .insert(pointsLedger)
      .values(values)
      .onConflictDoNothing({ target: pointsLedger.idempotencyKey })
      .returning();
    if (inserted[0]) return { entry: toEntry(inserted[0]), created: true };
    const existing = await byKey(values.idempotencyKey);
    if (!existing) throw new Error(`ledger conflict on ${values.idempotencyKey} but no row found`);
    return { entry: existing, created: false };
  }

  async function award(input: AwardInput): Promise<AwardResult> {
    if (!isPointCategory(input.category)) throw new PointsError('invalid', `unknown category ${String(input.category)}`);
    if (!Number.isInteger(input.points) || input.points === 0 || Math.abs(input.points) > MAX_ENTRY_POINTS) {
      throw new PointsError('invalid', `points must be a non-zero integer within ±${MAX_ENTRY_POINTS}`);
    }
    const reason = input.reason.trim();
    if (!reason) throw new PointsError('invalid', 'reason is required');
    const key = input.idempotencyKey.trim();
    if (!key) throw new PointsError('invalid', 'idempotencyKey is required');
    const member = await db.select({ orgId: members.orgId }).from(members).where(eq(members.id, input.memberId)).limit(1);
    if (!member[0]) throw new PointsError('member_not_found', `member ${input.memberId} not found`);
    const at = input.at ?? clock.now();
    return insertOnce({
      memberId: input.memberId,
      orgId: member[0].orgId,
      category: input.category,
      points: input.points,
      reason,
      sourceEvent: input.sourceEvent ?? null,
      idempotencyKey: key,
      grantedBy: input.grantedBy ?? null,
      year: zonedYear(at, timezone),
      createdAt: at,
    });
  }

  async function reverse(entryId: number, by: string, reason: string): Promise<LedgerEntry> {
    const original = await entry(entryId);
    if (!original) throw new PointsError('entry_not_found', `entry ${entryId} not found`);
    if (original.reversesId !== null) throw new PointsError('not_reversible', 'a reversing entry cannot be reversed');
    const why = reason.trim();
    if (!why) throw new PointsError('invalid', 'reason is required');
    const result = await insertOnce({
      memberId: original.memberId,
      orgId: original.orgId,
      category: original.category,
      points: -original.points,
      reason: why,
      sourceEvent: `reverse:${original.id}`,
      idempotencyKey: `reverse:${original.id}`,
      grantedBy: by,
      reversesId: original.id,
      year: original.year,
      createdAt: clock.now(),
    });
    if (!result.created) throw new PointsError('already_reversed', `entry ${entryId} was already reversed by entry ${result.entry.id}`);
    return result.entry;
  }

  async function balance(memberId: number, year = currentYear()): Promise<Balance> {
    const rows = await db
      .select({ category: pointsLedger.category, sum: sql<number>`coalesce(sum(${pointsLedger.points}), 0)::int` })
      .from(pointsLedger)
      .where(and(eq(pointsLedger.memberId, memberId), eq(pointsLedger.year, year)))
      .groupBy(pointsLedger.category);
    const byCategory = emptyByCategory();
    for (const r of rows) if (isPointCategory(r.category)) byCategory[r.category] = Number(r.sum);
    return { memberId, year, byCategory, total: byCategory.learning + byCategory.org_life + byCategory.vanguard };
  }

  async function entries(memberId: number, limit = 10): Promise<LedgerEntry[]> {
    const rows = await db
      .select()
      .from(pointsLedger)
      .where(eq(pointsLedger.memberId, memberId))
      .orderBy(desc(pointsLedger.createdAt), desc(pointsLedger.id))
      .limit(Math.max(1, Math.min(limit, 200)));
    return rows.map(toEntry);
  }

  async function ranking(orgId: number, year = currentYear()): Promise<RankRow[]> {
    const total = sql<number>`coalesce(sum(${pointsLedger.points}), 0)::int`;
    const rows = await db
      .select({
        memberId: members.id,
        name: members.name,
        total,
        rank: sql<number>`(rank() over (order by coalesce(sum(${pointsLedger.points}), 0) desc))::int`,
      })
      .from(members)
      .leftJoin(pointsLedger, and(eq(pointsLedger.memberId, members.id), eq(pointsLedger.year, year)))
      .where(and(eq(members.orgId, orgId), eq(members.active, true)))
      .groupBy(members.id, members.name)
      .orderBy(desc(total), asc(members.id));
    return rows.map((r) => ({ memberId: r.memberId, name: r.name, total: Number(r.total), rank: Number(r.rank) }));
  }

  /** The organisation and every organisation whose materialised path passes through it: id → name. */
  async function subtreeNames(orgId: number): Promise<Map<number, string>> {
    const subtree = await db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(or(eq(organisations.id, orgId), like(organisations.path, `%/${orgId}/%`)));
    return new Map(subtree.map((o) => [o.id, o.name]));
  }

  async function orgEntries(orgId: number, year = currentYear()): Promise<(LedgerEntry & { memberName: string; orgName: string })[]> {
    const orgNames = await subtreeNames(orgId);
    if (orgNames.size === 0) return [];
    const rows = await db
      .select({ entry: pointsLedger, memberName: members.name, memberOrg: members.orgId })
      .from(pointsLedger)
      .innerJoin(members, eq(members.id, pointsLedger.memberId))
      .where(and(eq(pointsLedger.year, year), inArray(members.orgId, [...orgNames.keys()])))
      .orderBy(asc(pointsLedger.createdAt), asc(pointsLedger.id));
    return rows.map((r) => ({ ...toEntry(r.entry), memberName: r.memberName, orgName: orgNames.get(r.memberOrg) ?? '' }));
  }

  async function orgBalances(orgId: number, year = currentYear()): Promise<MemberBalanceRow[]> {
    const orgNames = await subtreeNames(orgId);
    if (orgNames.size === 0) return [];
    const memberRows = await db
      .select({ id: members.id, name: members.name, orgId: members.orgId })
      .from(members)
      .where(inArray(members.orgId, [...orgNames.keys()]))
      .orderBy(asc(members.orgId), asc(members.id));
    if (memberRows.length === 0) return [];
    const sums = await db
      .select({
        memberId: pointsLedger.memberId,
        category: pointsLedger.category,
        sum: sql<number>`sum(${pointsLedger.points})::int`,
      })
      .from(pointsLedger)
      .where(and(eq(pointsLedger.year, year), inArray(pointsLedger.memberId, memberRows.map((m) => m.id))))
      .groupBy(pointsLedger.memberId, pointsLedger.category);
    const byMember = new Map<number, Record<PointCategory, number>>();
    for (const s of sums) {
      if (!isPointCategory(s.category)) continue;
      const b = byMember.get(s.memberId) ?? emptyByCategory();
      b[s.category] = Number(s.sum);
      byMember.set(s.memberId, b);
    }
    const rows = memberRows.map((m) => {
      const byCategory = byMember.get(m.id) ?? emptyByCategory();
      return {
        memberId: m.id,
        name: m.name,
        orgId: m.orgId,
        orgName: orgNames.get(m.orgId) ?? '',
        byCategory,
        total: byCategory.learning + byCategory.org_life + byCategory.vanguard,
        rank: 0,
      };
    });
    return withCompetitionRanks(rows);
  }

  return { award, reverse, balance, entries, entry, ranking, orgBalances, orgEntries, currentYear };
}

/**
 * Standard competition ranking ("1224"): equal totals share a rank, the next rank skips.
 * Returns a new array sorted by total descending (stable for equal totals).
 */
export function withCompetitionRanks<T extends { total: number; rank: number }>(rows: T[]): T[] {
  const sorted = [...rows].sort((a, b) => b.total - a.total);
  let prevTotal: number | null = null;
  let prevRank = 0;
  return sorted.map((row, i) => {
    const rank = prevTotal !== null && row.total === prevTotal ? prevRank : i + 1;
    prevTotal = row.total;
    prevRank = rank;
    return { ...row, rank };
  });
}
