/**
 * Numbers for the 概览 dashboard, read straight from the tables and limited to the admin's subtree:
 * questions (qa_log), attendance (meetings + meeting_attendees) and compliance (compliance_rules
 * against the meetings held in the current period).
 */
import { and, desc, eq, gte, inArray, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../data/db';
import { complianceRules, meetingAttendees, meetings, organisations, qaLog } from '../../data/schema';
import { listOrganisations } from '../../core/members/organisations';
import type { OrgScope } from '../../core/members/scope';
import { isMeetingKind, meetingKindLabel } from '../../core/meetings/kinds';
import { COMPLIANCE_STATE_LABELS, type ComplianceService } from '../../core/meetings/compliance';
import { fromWallClock, periodContaining, periodLabel, toWallClock, type PeriodUnit } from '../../core/zoned-time';

/** Question counts for one time window. */
export interface QaCounts {
  total: number;
  answered: number;
  declined: number;
  greetings: number;
}

/** Limits qa_log to the scope: org admins see questions asked inside their subtree only. */
export async function qaScopeCondition(db: Db, scope: OrgScope): Promise<SQL | undefined> {
  if (scope.kind === 'all') return undefined;
  const ids = (await listOrganisations(db, scope)).map((o) => o.id);
  return ids.length ? inArray(qaLog.orgId, ids) : sql`false`;
}

export function startOfDay(now: Date, tz: string): Date {
  const w = toWallClock(now, tz);
  return fromWallClock({ year: w.year, month: w.month, day: w.day, hour: 0, minute: 0 }, tz);
}

/** Monday 00:00 of the current week in `tz`. */
export function startOfWeek(now: Date, tz: string): Date {
  const w = toWallClock(now, tz);
  const back = (w.weekday + 6) % 7;
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day - back));
  return fromWallClock({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: 0, minute: 0 }, tz);
}

export async function qaCounts(db: Db, scopeCond: SQL | undefined, from: Date, to: Date): Promise<QaCounts> {
  const rows = await db
    .select({ mode: qaLog.mode, n: sql<number>`count(*)::int` })
    .from(qaLog)
    .where(and(scopeCond, gte(qaLog.createdAt, from), lt(qaLog.createdAt, to)))
    .groupBy(qaLog.mode);
  const c: QaCounts = { total: 0, answered: 0, declined: 0, greetings: 0 };
  for (const r of rows) {
    const n = Number(r.n);
    c.total += n;
    if (r.mode === 'declined') c.declined += n;
    else if (r.mode === 'greeting') c.greetings += n;
    else c.answered += n;
  }
  return c;
}

/** Questions per day (answered / declined) for the last `days` days, oldest first. */
export async function qaDaily(db: Db, scopeCond: SQL | undefined, now: Date, tz: string, days = 14): Promise<{ day: string; answered: number; declined: number }[]> {
  const from = new Date(startOfDay(now, tz).getTime() - (days - 1) * 86400000);
  const rows = await db
    .select({
      day: sql<string>`to_char(${qaLog.createdAt} AT TIME ZONE ${tz}, 'YYYY-MM-DD')`,
      declined: qaLog.declined,
      n: sql<number>`count(*)::int`,
    })
    .from(qaLog)
    .where(and(scopeCond, gte(qaLog.createdAt, from), ne(qaLog.mode, 'greeting')))
    .groupBy(sql`1`, qaLog.declined);
  const out: { day: string; answered: number; declined: number }[] = [];
  for (let i = 0; i < days; i++) {
    const w = toWallClock(new Date(from.getTime() + i * 86400000 + 12 * 3600000), tz);
    const day = `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
    out.push({ day, answered: 0, declined: 0 });
  }
  for (const r of rows) {
    const slot = out.find((o) => o.day === r.day);
    if (slot) slot[r.declined ? 'declined' : 'answered'] += Number(r.n);
  }
  return out;
}

/** Most frequent declined questions in the last 30 days. */
export async function topUnanswered(db: Db, scopeCond: SQL | undefined, now: Date, limit = 10): Promise<{ question: string; n: number; lastId: number }[]> {
  const rows = await db
    .select({ question: qaLog.question, n: sql<number>`count(*)::int`, lastId: sql<number>`max(${qaLog.id})::int` })
    .from(qaLog)
    .where(and(scopeCond, eq(qaLog.declined, true), gte(qaLog.createdAt, new Date(now.getTime() - 30 * 86400000))))
    .groupBy(qaLog.question)
    .orderBy(desc(sql`count(*)`), desc(sql`max(${qaLog.id})`))
    .limit(limit);
  return rows.map((r) => ({ question: r.question, n: Number(r.n), lastId: Number(r.lastId) }));
}

/** Attendance of past, not cancelled meetings in the last 90 days, per organisation. */
export interface BranchAttendance {
  orgId: number;
  orgName: string;
  meetings: number;
  expected: number;
  checkedIn: number;
}

export async function attendanceByBranch(db: Db, scope: OrgScope, now: Date): Promise<BranchAttendance[]> {
  const orgs = await listOrganisations(db, scope);
  if (!orgs.length) return [];
  const ids = orgs.map((o) => o.id);
  const rows = await db
    .select({
      orgId: meetings.orgId,
      orgName: organisations.name,
      meetings: sql<number>`count(distinct ${meetings.id})::int`,
      expected: sql<number>`count(${meetingAttendees.memberId})::int`,
      checkedIn: sql<number>`count(${meetingAttendees.checkedInAt})::int`,
    })
    .from(meetings)
    .innerJoin(organisations, eq(organisations.id, meetings.orgId))
    .leftJoin(meetingAttendees, eq(meetingAttendees.meetingId, meetings.id))
    .where(
      and(
        inArray(meetings.orgId, ids),
        ne(meetings.status, 'cancelled'),
        ne(meetings.status, 'draft'),
        lt(meetings.startsAt, now),
        gte(meetings.startsAt, new Date(now.getTime() - 90 * 86400000)),
      ),
    )
    .groupBy(meetings.orgId, organisations.name, organisations.path)
    .orderBy(organisations.path);
  return rows.map((r) => ({ orgId: r.orgId, orgName: r.orgName, meetings: Number(r.meetings), expected: Number(r.expected), checkedIn: Number(r.checkedIn) }));
}

/** The part of the meetings module's ComplianceService the dashboard uses. */
export type ComplianceStatusSource = Pick<ComplianceService, 'status'>;

/** One required meeting kind of a branch in the current period. */
export interface ComplianceItem {
  kind: string;
  kindLabel: string;
  period: string;
  required: number;
  held: number;
  met: boolean;
  /** zh-CN state: 已完成 / 即将到期 / 进行中 / 已逾期 (from the compliance module) or 已完成 / 未完成. */
  stateLabel: string;
}

export interface BranchCompliance {
  orgId: number;
  orgName: string;
  items: ComplianceItem[];
  met: number;
}

/**
 * Compliance of each branch (organisations without children) for the current month / quarter /
 * year, from the meetings module's ComplianceService when given; otherwise computed here: meetings of the required kind held (done, or scheduled and already started) against the
 * rule's count. A branch-specific rule overrides the default (orgId null) for the same kind and period.
 */
export async function complianceByBranch(db: Db, scope: OrgScope, now: Date, tz: string, service?: ComplianceStatusSource): Promise<BranchCompliance[]> {
  const orgs = await listOrganisations(db, scope);
  const parents = new Set(orgs.map((o) => o.parentId).filter((p): p is number => p !== null));
  const branches = orgs.filter((o) => !parents.has(o.id));
  if (service) {
    if (!branches.length) return [];
    const rows = await service.status({ orgIds: branches.map((b) => b.id) });
    const out = new Map<number, BranchCompliance>();
    for (const r of rows) {
      const b = out.get(r.orgId) ?? { orgId: r.orgId, orgName: r.orgName, items: [], met: 0 };
      const met = r.state === 'done';
      b.items.push({ kind: r.meetingKind, kindLabel: r.kindLabel, period: r.periodLabel, required: r.required, held: r.held, met, stateLabel: COMPLIANCE_STATE_LABELS[r.state] });
      if (met) b.met++;
      out.set(r.orgId, b);
    }
    return [...out.values()];
  }
  const rules = await db.select().from(complianceRules);
  if (!branches.length || !rules.length) return [];
  const yearStart = periodContaining('year', now, tz).start;
  const held = await db
    .select({ orgId: meetings.orgId, kind: meetings.kind, startsAt: meetings.startsAt })
    .from(meetings)
    .where(
      and(
        inArray(meetings.orgId, branches.map((b) => b.id)),
        gte(meetings.startsAt, yearStart),
        lt(meetings.startsAt, now),
        sql`(${meetings.status} = 'done' or ${meetings.status} = 'scheduled')`,
      ),
    );
  const out: BranchCompliance[] = [];
  for (const b of branches) {
    const own = rules.filter((r) => r.orgId === b.id);
    const applicable = [...own, ...rules.filter((r) => r.orgId === null && !own.some((o) => o.meetingKind === r.meetingKind && o.period === r.period))];
    const items: ComplianceItem[] = [];
    for (const r of applicable) {
      const unit = (['month', 'quarter', 'year'].includes(r.period) ? r.period : 'year') as PeriodUnit;
      const p = periodContaining(unit, now, tz);
      const count = held.filter((m) => m.orgId === b.id && m.kind === r.meetingKind && m.startsAt >= p.start && m.startsAt < p.end).length;
      items.push({
        kind: r.meetingKind,
        kindLabel: isMeetingKind(r.meetingKind) ? meetingKindLabel(r.meetingKind) : r.meetingKind,
        period: periodLabel(p),
        required: r.requiredCount,
        held: count,
        met: count >= r.requiredCount,
        stateLabel: count >= r.requiredCount ? '已完成' : '未完成',
      });
    }
    out.push({ orgId: b.id, orgName: b.name, items, met: items.filter((i) => i.met).length });
  }
  return out;
}
