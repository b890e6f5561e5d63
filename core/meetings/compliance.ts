/**
 * 督办达标: how many meetings of each kind a branch must hold per period (rules as data in
 * `compliance_rules`, defaults seeded with their sources), the status per branch, kind and period
 * (done / due_soon / open / overdue, with period boundaries in APP_TIMEZONE), the branch's
 * self-check (自查), the weekly warning to secretaries of lagging branches, and the escalation list
 * for the superior committee with its review.
 */
import { and, eq, gte, inArray, isNull, like, lt, notInArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../data/db';
import { complianceReviews, complianceRules, meetings, members, organisations } from '../../data/schema';
import type { Clock } from '../clock';
import type { TextReply } from '../conversation';
import { MeetingError } from './errors';
import { isMeetingKind, meetingKindLabel, type MeetingKind } from './kinds';
import { defaultMemberAddresses } from './meeting-store';
import type { MemberRow, MessageDelivery, OutgoingMessage } from './types';
import { periodContaining, periodFromKey, periodLabel, previousPeriod, type Period, type PeriodUnit } from '../zoned-time';

/** A required count of one meeting kind per period. */
export interface ComplianceRule {
  meetingKind: MeetingKind;
  period: PeriodUnit;
  requiredCount: number;
  /** The regulation the requirement comes from. */
  source: string;
}

const BRANCH_WORK_REGULATION = '《中国共产党支部工作条例（试行）》';
const EDUCATION_REGULATION = '《中国共产党党员教育管理工作条例》';

/** Defaults for every branch (`compliance_rules.org_id` null), each citing its source. */
export const DEFAULT_COMPLIANCE_RULES: ComplianceRule[] = [
  { meetingKind: 'branch_general_meeting', period: 'quarter', requiredCount: 1, source: `${BRANCH_WORK_REGULATION}：党员大会一般每季度召开1次` },
  { meetingKind: 'committee_meeting', period: 'month', requiredCount: 1, source: `${BRANCH_WORK_REGULATION}：党支部委员会会议一般每月召开1次` },
  { meetingKind: 'group_meeting', period: 'month', requiredCount: 1, source: `${BRANCH_WORK_REGULATION}：党小组会一般每月召开1次` },
  { meetingKind: 'party_lecture', period: 'quarter', requiredCount: 1, source: `${BRANCH_WORK_REGULATION}：党课一般每季度至少1次` },
  { meetingKind: 'theme_day', period: 'month', requiredCount: 1, source: `${EDUCATION_REGULATION}第十六条：党支部应当每月开展1次主题党日` },
  { meetingKind: 'organizational_life', period: 'year', requiredCount: 1, source: `${EDUCATION_REGULATION}第十七条：党支部每年至少召开1次组织生活会` },
  { meetingKind: 'member_review', period: 'year', requiredCount: 1, source: `${EDUCATION_REGULATION}第十八条：党支部一般每年开展1次民主评议党员` },
];

/** done: enough held; due_soon: not yet, period ends soon; open: not yet, time left; overdue: period ended short. */
export type ComplianceState = 'done' | 'due_soon' | 'open' | 'overdue';

export const COMPLIANCE_STATE_LABELS: Record<ComplianceState, string> = { done: '已完成', due_soon: '即将到期', open: '进行中', overdue: '已逾期' };

/** One branch × kind × period. */
export interface ComplianceRow {
  orgId: number;
  orgName: string;
  meetingKind: MeetingKind;
  kindLabel: string;
  periodKey: string;
  periodLabel: string;
  periodStart: Date;
  periodEnd: Date;
  required: number;
  /** Meetings held (scheduled or done, started before now) in the period. */
  held: number;
  /** Scheduled meetings still to come in the period. */
  planned: number;
  state: ComplianceState;
  source: string;
  selfCheck: { at: Date; note: string | null } | null;
  review: { at: Date; by: string | null; comment: string | null } | null;
}

/** Days before a period's end at which an unmet requirement becomes due_soon. */
const DUE_SOON_DAYS: Record<PeriodUnit, number> = { month: 7, quarter: 15, year: 30 };

export interface ComplianceServiceDeps {
  db: Db;
  clock: Clock;
  timezone: string;
  delivery: MessageDelivery;
  memberAddresses?: (m: MemberRow) => string[];
}

export class ComplianceService {
  constructor(private readonly deps: ComplianceServiceDeps) {}

  /** Inserts the default rules that are missing (idempotent). Returns how many were added. */
  async seedDefaults(): Promise<number> {
    const existing = await this.deps.db.select().from(complianceRules).where(isNull(complianceRules.orgId));
    const missing = DEFAULT_COMPLIANCE_RULES.filter((d) => !existing.some((e) => e.meetingKind === d.meetingKind && e.period === d.period));
    if (missing.length) await this.deps.db.insert(complianceRules).values(missing.map((r) => ({ ...r, orgId: null })));
    return missing.length;
  }

  /** Rules in force for an org: its own rules replace the defaults of the same kind. */
  async rulesFor(orgId: number): Promise<ComplianceRule[]> {
    const rows = await this.deps.db.select().from(complianceRules).where(or(isNull(complianceRules.orgId), eq(complianceRules.orgId, orgId)));
    const own = rows.filter((r) => r.orgId === orgId);
    const chosen = [...own, ...rows.filter((r) => r.orgId === null && !own.some((o) => o.meetingKind === r.meetingKind))];
    return chosen
      .filter((r) => isMeetingKind(r.meetingKind) && ['month', 'quarter', 'year'].includes(r.period) && r.requiredCount > 0)
      .map((r) => ({ meetingKind: r.meetingKind as MeetingKind, period: r.period as PeriodUnit, requiredCount: r.requiredCount, source: r.source }));
  }

  /** Branches = organisations without children (optionally within the subtree of `underOrgId`). */
  async branches(underOrgId?: number): Promise<{ id: number; name: string }[]> {
    const parents = this.deps.db.select({ id: organisations.parentId }).from(organisations).where(sql`${organisations.parentId} is not null`);
    const parentIds = (await parents).map((p) => p.id!).filter((id) => id !== null);
    const conditions = [];
    if (parentIds.length) conditions.push(notInArray(organisations.id, parentIds));
    if (underOrgId !== undefined) conditions.push(or(eq(organisations.id, underOrgId), like(organisations.path, `%/${underOrgId}/%`))!);
    return this.deps.db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(conditions.length ? and(...conditions) : undefined).orderBy(organisations.id);
  }

  /**
   * Status of every rule for each branch in the period containing `at` (default now), judged at now:
   * a period that has ended is done or overdue.
   */
  async status(opts: { at?: Date; orgIds?: number[]; underOrgId?: number } = {}): Promise<ComplianceRow[]> {
    const at = opts.at ?? this.deps.clock.now();
    const orgs = await this.selectOrgs(opts);
    const out: ComplianceRow[] = [];
    for (const org of orgs) {
      const rules = await this.rulesFor(org.id);
      out.push(...(await this.evaluateMany(org, rules.map((rule) => ({ rule, period: periodContaining(rule.period, at, this.deps.timezone) })))));
    }
    return out;
  }

  /** Every period that started in [from, now] for each branch and rule, oldest first. */
  async scan(opts: { from: Date; orgIds?: number[]; underOrgId?: number }): Promise<ComplianceRow[]> {
    const now = this.deps.clock.now();
    const orgs = await this.selectOrgs(opts);
    const out: ComplianceRow[] = [];
    for (const org of orgs) {
      const items: { rule: ComplianceRule; period: Period }[] = [];
      for (const rule of await this.rulesFor(org.id)) {
        const periods: Period[] = [];
        for (let p = periodContaining(rule.period, now, this.deps.timezone); p.end.getTime() > opts.from.getTime(); p = previousPeriod(p, this.deps.timezone)) periods.unshift(p);
        items.push(...periods.map((period) => ({ rule, period })));
      }
      out.push(...(await this.evaluateMany(org, items)));
    }
    return out;
  }

  /** The branch's self-check (自查) for one kind and period. */
  async selfCheck(input: { orgId: number; meetingKind: string; periodKey: string; note?: string | null }): Promise<void> {
    this.assertKey(input.meetingKind, input.periodKey);
    const at = this.deps.clock.now();
    await this.deps.db
      .insert(complianceReviews)
      .values({ orgId: input.orgId, meetingKind: input.meetingKind, periodKey: input.periodKey, selfCheckedAt: at, selfCheckNote: input.note ?? null })
      .onConflictDoUpdate({ target: [complianceReviews.orgId, complianceReviews.meetingKind, complianceReviews.periodKey], set: { selfCheckedAt: at, selfCheckNote: input.note ?? null } });
  }

  /** The superior committee's review of an escalated item. */
  async review(input: { orgId: number; meetingKind: string; periodKey: string; reviewedBy: string; comment?: string | null }): Promise<void> {
    this.assertKey(input.meetingKind, input.periodKey);
    const at = this.deps.clock.now();
    const set = { reviewedAt: at, reviewedBy: input.reviewedBy, reviewComment: input.comment ?? null };
    await this.deps.db
      .insert(complianceReviews)
      .values({ orgId: input.orgId, meetingKind: input.meetingKind, periodKey: input.periodKey, ...set })
      .onConflictDoUpdate({ target: [complianceReviews.orgId, complianceReviews.meetingKind, complianceReviews.periodKey], set });
  }

  /** Overdue items of the last `months` (default 12) under `underOrgId`; reviewed ones only if asked. */
  async escalations(opts: { underOrgId?: number; months?: number; includeReviewed?: boolean } = {}): Promise<ComplianceRow[]> {
    const now = this.deps.clock.now();
    const from = new Date(now.getTime() - (opts.months ?? 12) * 31 * 86400_000);
    const rows = await this.scan({ from, ...(opts.underOrgId !== undefined ? { underOrgId: opts.underOrgId } : {}) });
    return rows.filter((r) => r.state === 'overdue' && (opts.includeReviewed || !r.review));
  }

  /**
   * The weekly warning: to the secretaries of each branch with items due soon this period or
   * overdue in the period just ended. Returns the branches warned.
   */
  async sendWeeklyWarnings(): Promise<{ orgId: number; items: number; recipients: number }[]> {
    const now = this.deps.clock.now();
    const orgs = await this.branches();
    const messages: OutgoingMessage[] = [];
    const result: { orgId: number; items: number; recipients: number }[] = [];
    const addressesOf = this.deps.memberAddresses ?? defaultMemberAddresses;
    for (const org of orgs) {
      const items: { rule: ComplianceRule; period: Period }[] = [];
      for (const rule of await this.rulesFor(org.id)) {
        const current = periodContaining(rule.period, now, this.deps.timezone);
        items.push({ rule, period: current }, { rule, period: previousPeriod(current, this.deps.timezone) });
      }
      const rows = await this.evaluateMany(org, items);
      const lagging = rows.filter((r, i) => (i % 2 === 0 ? r.state === 'due_soon' : r.state === 'overdue' && !r.selfCheck));
      if (!lagging.length) continue;
      const secretaries = await this.deps.db.select().from(members).where(and(eq(members.orgId, org.id), eq(members.role, 'secretary'), eq(members.active, true)));
      const reply = warningText(org.name, lagging);
      const week = periodContaining('month', now, this.deps.timezone).key + `-${Math.floor(now.getTime() / (7 * 86400_000))}`;
      let recipients = 0;
      for (const s of secretaries) {
        for (const address of addressesOf(s)) {
          messages.push({ key: `compliance:warning:${week}:${org.id}:${address}`, kind: 'compliance.warning', address, reply });
          recipients++;
        }
      }
      result.push({ orgId: org.id, items: lagging.length, recipients });
    }
    await this.deps.delivery.deliver(messages);
    return result;
  }

  // ───────────── internals ─────────────

  private async selectOrgs(opts: { orgIds?: number[] | undefined; underOrgId?: number | undefined }): Promise<{ id: number; name: string }[]> {
    if (opts.orgIds) {
      if (!opts.orgIds.length) return [];
      return this.deps.db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, opts.orgIds)).orderBy(organisations.id);
    }
    return this.branches(opts.underOrgId);
  }

  private assertKey(kind: string, periodKey: string): void {
    if (!isMeetingKind(kind)) throw new MeetingError('unknown_kind', `未知的会议类型“${kind}”。`);
    if (!periodFromKey(periodKey, this.deps.timezone)) throw new MeetingError('invalid', `周期格式不正确：“${periodKey}”（应为 2026-03、2026-Q1 或 2026）。`);
  }

  /** Evaluates several (rule, period) pairs of one org with two queries. */
  private async evaluateMany(org: { id: number; name: string }, items: { rule: ComplianceRule; period: Period }[]): Promise<ComplianceRow[]> {
    if (!items.length) return [];
    const now = this.deps.clock.now();
    const from = new Date(Math.min(...items.map((i) => i.period.start.getTime())));
    const to = new Date(Math.max(...items.map((i) => i.period.end.getTime())));
    const held = await this.deps.db
      .select({ kind: meetings.kind, startsAt: meetings.startsAt })
      .from(meetings)
      .where(
        and(
          eq(meetings.orgId, org.id),
          inArray(meetings.kind, [...new Set(items.map((i) => i.rule.meetingKind))]),
          inArray(meetings.status, ['scheduled', 'done']),
          gte(meetings.startsAt, from),
          lt(meetings.startsAt, to),
        ),
      );
    const reviews = await this.deps.db
      .select()
      .from(complianceReviews)
      .where(and(eq(complianceReviews.orgId, org.id), inArray(complianceReviews.periodKey, [...new Set(items.map((i) => i.period.key))])));
    return items.map(({ rule, period }) => {
      const inPeriod = held.filter((m) => m.kind === rule.meetingKind && m.startsAt >= period.start && m.startsAt < period.end);
      const heldCount = inPeriod.filter((m) => m.startsAt.getTime() < now.getTime()).length;
      const planned = inPeriod.length - heldCount;
      const review = reviews.find((r) => r.meetingKind === rule.meetingKind && r.periodKey === period.key);
      let state: ComplianceState;
      if (heldCount >= rule.requiredCount) state = 'done';
      else if (now.getTime() >= period.end.getTime()) state = 'overdue';
      else if (period.end.getTime() - now.getTime() <= DUE_SOON_DAYS[period.unit] * 86400_000) state = 'due_soon';
      else state = 'open';
      return {
        orgId: org.id,
        orgName: org.name,
        meetingKind: rule.meetingKind,
        kindLabel: meetingKindLabel(rule.meetingKind),
        periodKey: period.key,
        periodLabel: periodLabel(period),
        periodStart: period.start,
        periodEnd: period.end,
        required: rule.requiredCount,
        held: heldCount,
        planned,
        state,
        source: rule.source,
        selfCheck: review?.selfCheckedAt ? { at: review.selfCheckedAt, note: review.selfCheckNote } : null,
        review: review?.reviewedAt ? { at: review.reviewedAt, by: review.reviewedBy, comment: review.reviewComment } : null,
      };
    });
  }
}

/** The secretary's weekly warning. */
export function warningText(orgName: string, rows: ComplianceRow[]): TextReply {
  const lines = rows.map(
    (r) => `· ${r.periodLabel}${r.kindLabel}：应开 ${r.required} 次，已开 ${r.held} 次${r.planned ? `，已安排 ${r.planned} 次` : ''}（${COMPLIANCE_STATE_LABELS[r.state]}）`,
  );
  return {
    kind: 'text',
    text: [`【督办提醒】${orgName}以下会议尚未达标：`, ...lines, '请尽快安排召开；如有特殊情况，请在管理后台提交自查说明。'].join('\n'),
  };
}

