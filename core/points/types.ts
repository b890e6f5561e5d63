/**
 * Points (积分) domain types: the three categories, ledger entries, balances and rankings.
 */

/** The province's three point categories. */
export const POINT_CATEGORIES = ['learning', 'org_life', 'vanguard'] as const;

/** learning 教育学习 | org_life 组织生活 | vanguard 先锋模范 */
export type PointCategory = (typeof POINT_CATEGORIES)[number];

/** The one place where category codes meet their Chinese labels. */
export const CATEGORY_LABELS: Record<PointCategory, string> = {
  learning: '教育学习',
  org_life: '组织生活',
  vanguard: '先锋模范',
};

export function isPointCategory(value: unknown): value is PointCategory {
  return typeof value === 'string' && (POINT_CATEGORIES as readonly string[]).includes(value);
}

/** One row of the append-only ledger. */
export interface LedgerEntry {
  id: number;
  memberId: number;
  /** The member's organisation when the entry was written. */
  orgId: number;
  category: PointCategory;
  /** Positive for awards, negative for reversals. */
  points: number;
  reason: string;
  /** What caused it, e.g. "meeting:12", "quiz:2026-11-26", "grant". */
  sourceEvent: string | null;
  /** Unique across the ledger: the same key never awards twice. */
  idempotencyKey: string;
  /** "system", "admin:<name>" or "member:<id>". */
  grantedBy: string | null;
  /** Set on a reversing entry: the id of the entry it cancels. */
  reversesId: number | null;
  /** Booking year in the app time zone (a reversal books into the year of the entry it cancels). */
  year: number;
  createdAt: Date;
}

/** What to award. `idempotencyKey` decides "once": a second award with the same key is a no-op. */
export interface AwardInput {
  memberId: number;
  category: PointCategory;
  points: number;
  reason: string;
  sourceEvent?: string | null;
  idempotencyKey: string;
  grantedBy?: string | null;
  /** When it happened; default the clock's now. Decides the booking year. */
  at?: Date;
}

export interface AwardResult {
  entry: LedgerEntry;
  /** False when an entry with the same idempotency key already existed (nothing was written). */
  created: boolean;
}

/** A member's balance for one year. */
export interface Balance {
  memberId: number;
  year: number;
  byCategory: Record<PointCategory, number>;
  total: number;
}

/** One line of a ranking; `rank` is standard competition ranking (1, 2, 2, 4). */
export interface RankRow {
  rank: number;
  memberId: number;
  name: string;
  total: number;
}

/** A member's balances in an organisation export. */
export interface MemberBalanceRow {
  memberId: number;
  name: string;
  orgId: number;
  orgName: string;
  byCategory: Record<PointCategory, number>;
  total: number;
  rank: number;
}

export type PointsErrorCode =
  | 'member_not_found'
  | 'entry_not_found'
  | 'already_reversed'
  | 'not_reversible'
  | 'invalid'
  | 'forbidden'
  | 'rule_not_found';

/** Domain error of the points module; `code` maps to an HTTP status or a chat message. */
export class PointsError extends Error {
  constructor(
    readonly code: PointsErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PointsError';
  }
}

export function emptyByCategory(): Record<PointCategory, number> {
  return { learning: 0, org_life: 0, vanguard: 0 };
}
