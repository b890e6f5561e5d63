/**
 * Point rules as data (table point_rules): how many points each kind of event is worth.
 * Defaults are seeded once; admins change the values later (the admin page reads `list()`).
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../data/db';
import { pointRules } from '../../data/schema';
import { isPointCategory, PointsError, type PointCategory } from './types';

/** Rule keys the code knows how to apply. */
export type PointRuleKey = 'meeting_attendance' | 'daily_quiz' | 'vanguard_grant';

/** A rule row. `points` 0 disables the automatic award. */
export interface PointRule {
  key: string;
  category: PointCategory;
  points: number;
  description: string;
}

/** Seeded when missing; existing rows (possibly edited by an admin) are left alone. */
export const DEFAULT_POINT_RULES: readonly PointRule[] = [
  { key: 'meeting_attendance', category: 'org_life', points: 2, description: '参加组织生活会议并签到' },
  { key: 'daily_quiz', category: 'learning', points: 1, description: '每日答题答对（每天一次）' },
  { key: 'vanguard_grant', category: 'vanguard', points: 5, description: '先锋模范：管理员或支部书记授予，须写明理由（默认分值）' },
];

/** Largest value an admin can set on a rule. */
export const MAX_RULE_POINTS = 100;

export interface PointRules {
  /** Inserts missing default rules. Safe to call at every start. */
  seedDefaults(): Promise<void>;
  list(): Promise<PointRule[]>;
  /** The rule, or its default when the row is missing; throws `rule_not_found` for unknown keys. */
  get(key: PointRuleKey): Promise<PointRule>;
  /** Changes a rule's points (and optionally its description). The category of a key is fixed. */
  update(key: string, change: { points: number; description?: string }): Promise<PointRule>;
}

function toRule(row: typeof pointRules.$inferSelect): PointRule {
  return {
    key: row.key,
    category: isPointCategory(row.category) ? row.category : 'learning',
    points: row.points,
    description: row.description,
  };
}

export function createPointRules(deps: { db: Db }): PointRules {
  const { db } = deps;

  async function seedDefaults(): Promise<void> {
    await db
      .insert(pointRules)
      .values(DEFAULT_POINT_RULES.map((r) => ({ ...r })))
      .onConflictDoNothing({ target: pointRules.key });
  }

  async function list(): Promise<PointRule[]> {
    return (await db.select().from(pointRules).orderBy(asc(pointRules.key))).map(toRule);
  }

  async function get(key: PointRuleKey): Promise<PointRule> {
    const rows = await db.select().from(pointRules).where(eq(pointRules.key, key)).limit(1);
    if (rows[0]) return toRule(rows[0]);
    const fallback = DEFAULT_POINT_RULES.find((r) => r.key === key);
    if (!fallback) throw new PointsError('rule_not_found', `no point rule ${key}`);
    return { ...fallback };
  }

  async function update(key: string, change: { points: number; description?: string }): Promise<PointRule> {
    if (!Number.isInteger(change.points) || change.points < 0 || change.points > MAX_RULE_POINTS) {
      throw new PointsError('invalid', `points must be an integer between 0 and ${MAX_RULE_POINTS}`);
    }
    const set: Partial<typeof pointRules.$inferInsert> = { points: change.points };
    if (change.description !== undefined) {
      if (!change.description.trim()) throw new PointsError('invalid', 'description must not be empty');
      set.description = change.description.trim();
    }
    let rows = await db.update(pointRules).set(set).where(eq(pointRules.key, key)).returning();
    if (!rows[0]) {
      const fallback = DEFAULT_POINT_RULES.find((r) => r.key === key);
      if (!fallback) throw new PointsError('rule_not_found', `no point rule ${key}`);
      rows = await db
        .insert(pointRules)
        .values({ ...fallback, ...set })
        .onConflictDoUpdate({ target: pointRules.key, set })
        .returning();
    }
    return toRule(rows[0]!);
  }

  return { seedDefaults, list, get, update };
}
