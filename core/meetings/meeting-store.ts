/**
 * Database access of the meetings domain (Drizzle on PGlite or PostgreSQL): meetings, expected
 * attendees and who they are, the branch's group chats, and chat addresses of members.
 */
import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Db } from '../../data/db';
import { chats, meetingAttendees, meetings, members } from '../../data/schema';
import { MeetingError } from './errors';
import type { MeetingKind } from './kinds';
import type { AttendeeRow, MeetingRow, MemberRow } from './types';

/** An expected attendee joined with the member's name and chat ids. */
export interface AttendeeWithMember extends AttendeeRow {
  member: MemberRow;
}

/** Private chat addresses of a bound member: "telegram:<id>" and "wecom-app:<userid>". */
export function defaultMemberAddresses(m: Pick<MemberRow, 'telegramUserId' | 'wecomUserId'>): string[] {
  const out: string[] = [];
  if (m.telegramUserId) out.push(`telegram:${m.telegramUserId}`);
  if (m.wecomUserId) out.push(`wecom-app:${m.wecomUserId}`);
  return out;
}

export class MeetingStore {
  constructor(readonly db: Db) {}

  async meeting(id: number): Promise<MeetingRow> {
    const [row] = await this.db.select().from(meetings).where(eq(meetings.id, id));
    if (!row) throw new MeetingError('not_found', `找不到编号为 ${id} 的会议。`);
    return row;
  }

  async member(id: number): Promise<MemberRow> {
    const [row] = await this.db.select().from(members).where(eq(members.id, id));
    if (!row) throw new MeetingError('not_found', `找不到编号为 ${id} 的党员。`);
    return row;
  }

  async attendees(meetingId: number): Promise<AttendeeWithMember[]> {
    const rows = await this.db
      .select({ a: meetingAttendees, m: members })
      .from(meetingAttendees)
      .innerJoin(members, eq(members.id, meetingAttendees.memberId))
      .where(eq(meetingAttendees.meetingId, meetingId))
      .orderBy(asc(members.id));
    return rows.map((r) => ({ ...r.a, member: r.m }));
  }

  /** Members the kind implies: everyone active; committee = committee + secretary; group meeting = one party group. */
  async derivedAttendeeIds(orgId: number, kind: MeetingKind, partyGroup: string | null | undefined): Promise<number[]> {
    const conditions = [eq(members.orgId, orgId), eq(members.active, true)];
    if (kind === 'committee_meeting') conditions.push(inArray(members.role, ['committee', 'secretary']));
    if (kind === 'group_meeting') conditions.push(eq(members.partyGroup, partyGroup ?? ''));
    const rows = await this.db.select({ id: members.id }).from(members).where(and(...conditions)).orderBy(asc(members.id));
    return rows.map((r) => r.id);
  }

  /** Group chats bound to the organisation. */
  async groupChatAddresses(orgId: number): Promise<string[]> {
    const rows = await this.db
      .select({ address: chats.address })
      .from(chats)
      .where(and(eq(chats.orgId, orgId), eq(chats.kind, 'group')))
      .orderBy(asc(chats.id));
    return rows.map((r) => r.address);
  }

  /** Organisation bound to a chat address, if any. */
  async chatOrg(address: string): Promise<number | null> {
    const [row] = await this.db.select({ orgId: chats.orgId }).from(chats).where(eq(chats.address, address));
    return row?.orgId ?? null;
  }

  /** Scheduled meetings of a member starting in [from, to), soonest first. */
  async memberMeetings(memberId: number, from: Date, to: Date): Promise<{ meeting: MeetingRow; attendee: AttendeeRow }[]> {
    const rows = await this.db
      .select({ meeting: meetings, attendee: meetingAttendees })
      .from(meetingAttendees)
      .innerJoin(meetings, eq(meetings.id, meetingAttendees.meetingId))
      .where(
        and(
          eq(meetingAttendees.memberId, memberId),
          eq(meetings.status, 'scheduled'),
          gte(meetings.startsAt, from),
          lt(meetings.startsAt, to),
        ),
      )
      .orderBy(asc(meetings.startsAt));
    return rows;
  }
}
