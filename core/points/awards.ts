/**
 * The events that earn points, turned into ledger entries through the rules:
 * meeting attendance (组织生活) and granted vanguard points (先锋模范). The daily quiz is in quiz.ts.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../data/db';
import { meetings, members } from '../../data/schema';
import type { Logger } from '../logger';
import type { PointsLedger } from './ledger';
import type { PointRules } from './rules';
import { PointsError, type AwardResult } from './types';

/** Payload of the meetings module's `attendance.recorded` event (the fields this module reads). */
export interface AttendanceRecorded {
  meetingId: number;
  memberId: number;
  /** When the member checked in; decides the booking year. */
  checkedInAt?: Date | string | null;
}

/** Who grants vanguard points: an admin account (already authorised by the admin API) or a member. */
export type Grantor = { kind: 'admin'; name: string } | { kind: 'member'; memberId: number };

export interface VanguardGrant {
  memberId: number;
  /** Default: the vanguard_grant rule's points. */
  points?: number;
  reason: string;
  grantor: Grantor;
  /** Client-chosen id making a retried request award once; default a fresh UUID. */
  requestId?: string;
}

export interface PointAwards {
  /** Awards the attendance rule once per member and meeting. Returns null when the rule is 0 (disabled). */
  onAttendanceRecorded(event: AttendanceRecorded): Promise<AwardResult | null>;
  /** Grants 先锋模范 points. Members may grant only as 书记 (secretary) of the recipient's organisation. */
  grantVanguard(grant: VanguardGrant): Promise<AwardResult>;
}

export function grantorLabel(g: Grantor): string {
  return g.kind === 'admin' ? `admin:${g.name}` : `member:${g.memberId}`;
}

export function createPointAwards(deps: { db: Db; ledger: PointsLedger; rules: PointRules; logger: Logger }): PointAwards {
  const { db, ledger, rules, logger } = deps;

  async function onAttendanceRecorded(event: AttendanceRecorded): Promise<AwardResult | null> {
    const rule = await rules.get('meeting_attendance');
    if (rule.points <= 0) return null;
    const meeting = await db.select({ title: meetings.title }).from(meetings).where(eq(meetings.id, event.meetingId)).limit(1);
    const at = event.checkedInAt ? new Date(event.checkedInAt) : undefined;
    const result = await ledger.award({
      memberId: event.memberId,
      category: rule.category,
      points: rule.points,
      reason: meeting[0] ? `参加会议：${meeting[0].title}` : '参加会议',
      sourceEvent: `meeting:${event.meetingId}`,
      idempotencyKey: `attendance:${event.meetingId}:${event.memberId}`,
      grantedBy: 'system',
      ...(at && !Number.isNaN(at.getTime()) ? { at } : {}),
    });
    if (result.created) logger.info({ meetingId: event.meetingId, memberId: event.memberId, points: rule.points }, 'attendance points awarded');
    return result;
  }

  async function grantVanguard(grant: VanguardGrant): Promise<AwardResult> {
    const reason = grant.reason.trim();
    if (!reason) throw new PointsError('invalid', '先锋模范积分必须写明理由');
    const rule = await rules.get('vanguard_grant');
    const points = grant.points ?? rule.points;
    if (!Number.isInteger(points) || points <= 0) throw new PointsError('invalid', 'points must be a positive integer');
    if (grant.grantor.kind === 'member') {
      const rows = await db
        .select({ id: members.id, orgId: members.orgId, role: members.role, active: members.active })
        .from(members)
        .where(eq(members.id, grant.grantor.memberId))
        .limit(1);
      const target = await db.select({ orgId: members.orgId }).from(members).where(eq(members.id, grant.memberId)).limit(1);
      const g = rows[0];
      if (!g || !g.active || g.role !== 'secretary' || !target[0] || target[0].orgId !== g.orgId) {
        throw new PointsError('forbidden', '只有本支部书记或管理员可以授予先锋模范积分');
      }
    }
    const requestId = grant.requestId?.trim() || randomUUID();
    return ledger.award({
      memberId: grant.memberId,
      category: rule.category,
      points,
      reason,
      sourceEvent: 'grant',
      idempotencyKey: `grant:${requestId}:${grant.memberId}`,
      grantedBy: grantorLabel(grant.grantor),
    });
  }

  return { onAttendanceRecorded, grantVanguard };
}
