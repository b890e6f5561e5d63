/**
 * Meeting domain types and the ports the meetings service needs from the outside (delivery of
 * messages, scheduling of reminder jobs). Adapters to the outbox and the job runner live in jobs/.
 */
import type { CardReply, TextReply } from '../conversation';
import type { meetingAttendees, meetings, members } from '../../data/schema';
import type { MeetingKind } from './kinds';

/** A row of `meetings`. status: draft | scheduled | cancelled | done. */
export type MeetingRow = typeof meetings.$inferSelect;
export type AttendeeRow = typeof meetingAttendees.$inferSelect;
export type MemberRow = typeof members.$inferSelect;

export type RsvpAnswer = 'yes' | 'leave';

/** Who acts: an admin-API caller (already authenticated) or a bound member in a chat. */
export type Actor = { kind: 'admin'; name: string } | { kind: 'member'; memberId: number };

/** Fields of a new meeting (HTTP API or chat command). */
export interface MeetingInput {
  orgId: number;
  kind: MeetingKind;
  /** Default: the kind's label. */
  title?: string | undefined;
  startsAt: Date;
  endsAt?: Date | null | undefined;
  place?: string | null | undefined;
  onlineLink?: string | null | undefined;
  agenda?: string | null | undefined;
  hostMemberId?: number | null | undefined;
  /** Required for group_meeting (党小组会): which party group attends. */
  partyGroup?: string | null | undefined;
  /** Minutes before start; default [1440, 60] (24 h and 1 h). */
  reminderOffsets?: number[] | undefined;
  /** A 支部党员大会 that votes on receiving a new member (quorum rule applies). */
  votesOnNewMember?: boolean | undefined;
  /** Members expected in addition to those the kind implies. */
  extraAttendeeIds?: number[] | undefined;
}

/** Editable fields; kind and org are fixed after creation except while a draft. */
export type MeetingPatch = Partial<Omit<MeetingInput, 'orgId' | 'extraAttendeeIds'>>;

/** One outgoing message for one chat; `key` makes delivery once-only (outbox key). */
export interface OutgoingMessage {
  key: string;
  /** "meeting.notice", "meeting.update", "meeting.cancel", "meeting.reminder", "meeting.nudge", "compliance.warning". */
  kind: string;
  /** Channel-prefixed chat address ("telegram:-1001", "wecom-app:zhangsan"). */
  address: string;
  reply: CardReply | TextReply;
}

/** Port: hands messages to the outbox (durable, retried). */
export interface MessageDelivery {
  deliver(messages: OutgoingMessage[]): Promise<void>;
}

/** Port: one-off jobs by key (reminders). */
export interface MeetingJobScheduler {
  /** Runs job `name` with `payload` at `runAt`; a key already present is left alone. */
  schedule(job: { key: string; name: string; runAt: Date; payload: Record<string, unknown> }): Promise<void>;
  /** Cancels pending jobs whose key starts with `prefix` (e.g. "meeting:42:"). */
  cancelByPrefix(prefix: string): Promise<void>;
}

/** Name of the reminder job; payload `ReminderJobPayload`. */
export const MEETING_REMINDER_JOB = 'meeting-reminder';

export interface ReminderJobPayload {
  meetingId: number;
  offsetMinutes: number;
  /** Meeting version (updatedAt ms) the reminder was planned for; stale reminders are skipped. */
  version: number;
}

/** Default reminder offsets in minutes before start: 24 h and 1 h. */
export const DEFAULT_REMINDER_OFFSETS = [1440, 60];

/** A person in an RSVP or attendance list. */
export interface PersonRef {
  memberId: number;
  name: string;
}

export interface RsvpSummary {
  meetingId: number;
  counts: { expected: number; yes: number; leave: number; pending: number };
  yes: PersonRef[];
  leave: (PersonRef & { reason: string | null })[];
  pending: PersonRef[];
}

/** 发展党员 quorum check of a 支部党员大会 that votes on a new member. */
export interface QuorumCheck {
  votersExpected: number;
  votersPresent: number;
  met: boolean;
  rule: string;
  citation: string;
}

export interface AttendanceSummary {
  meetingId: number;
  expected: number;
  present: PersonRef[];
  absent: (PersonRef & { rsvp: string; leaveReason: string | null })[];
  /** present / expected, 0–1 (0 when nobody was expected). */
  rate: number;
  quorum: QuorumCheck | null;
}
