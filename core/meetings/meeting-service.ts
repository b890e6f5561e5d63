/**
 * Meetings of 三会一课: create (draft) → confirm (scheduled; notices and reminders go out) →
 * edit (the same people are told) → cancel (told; reminder jobs `meeting:<id>:` cancelled),
 * plus RSVP (参加 / 请假 with a reason / change of answer), the secretary's summary, nudging
 * non-responders and the automatic reminders (only to those who said yes or have not answered).
 */
import { and, desc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Db } from '../../data/db';
import { meetingAttendees, meetings } from '../../data/schema';
import type { CardReply, TextReply } from '../conversation';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { MeetingError } from './errors';
import { isMeetingKind, meetingKindChoices, meetingKindLabel, type MeetingKind } from './kinds';
import * as msg from './messages';
import { parseMeetingCommand } from './parse-meeting-command';
import { defaultMemberAddresses, MeetingStore, type AttendeeWithMember } from './meeting-store';
import {
  DEFAULT_REMINDER_OFFSETS,
  MEETING_REMINDER_JOB,
  type Actor,
  type MeetingInput,
  type MeetingJobScheduler,
  type MeetingPatch,
  type MeetingRow,
  type MemberRow,
  type MessageDelivery,
  type OutgoingMessage,
  type ReminderJobPayload,
  type RsvpAnswer,
  type RsvpSummary,
} from './types';
import { formatMeetingTime } from '../zoned-time';

export interface MeetingServiceDeps {
  db: Db;
  clock: Clock;
  /** APP_TIMEZONE. */
  timezone: string;
  logger: Logger;
  delivery: MessageDelivery;
  scheduler: MeetingJobScheduler;
  /** Private chat addresses of a member; default `defaultMemberAddresses`. */
  memberAddresses?: (m: MemberRow) => string[];
}

/** A meeting with its expected attendees (names, RSVP, check-in). */
export interface MeetingDetail extends MeetingRow {
  kindLabel: string;
  attendees: { memberId: number; name: string; source: string; rsvp: string; leaveReason: string | null; checkedInAt: Date | null; hasVote: boolean }[];
}

/** Result of an RSVP. */
export interface RsvpResult {
  meeting: MeetingRow;
  answer: RsvpAnswer;
  previous: string;
  changed: boolean;
  /** zh-CN acknowledgement to show the member. */
  text: string;
}

const MAX_OFFSET_MINUTES = 14 * 1440;

export class MeetingService {
  readonly store: MeetingStore;
  private readonly addressesOf: (m: MemberRow) => string[];

  constructor(private readonly deps: MeetingServiceDeps) {
    this.store = new MeetingStore(deps.db);
    this.addressesOf = deps.memberAddresses ?? defaultMemberAddresses;
  }

  private get db(): Db {
    return this.deps.db;
  }

  // ───────────── permissions and validation ─────────────

  /** Members may manage meetings of their own organisation only as 书记 or 支委. */
  async assertCanManage(actor: Actor, orgId: number): Promise<void> {
    if (actor.kind === 'admin') return;
    const m = await this.store.member(actor.memberId);
    if (!m.active || (m.role !== 'secretary' && m.role !== 'committee')) {
      throw new MeetingError('forbidden', '只有支部书记或支委委员可以发起和管理会议。');
    }
    if (m.orgId !== orgId) throw new MeetingError('forbidden', '只能管理本支部的会议。');
  }

  private validate(f: { kind: string; startsAt: Date; place?: string | null | undefined; onlineLink?: string | null | undefined; partyGroup?: string | null | undefined; reminderOffsets?: number[] | undefined; endsAt?: Date | null | undefined }): void {
    if (!isMeetingKind(f.kind)) throw new MeetingError('unknown_kind', `未知的会议类型“${f.kind}”。可用类型：${meetingKindChoices()}、其他。`);
    if (!(f.startsAt instanceof Date) || Number.isNaN(f.startsAt.getTime())) throw new MeetingError('invalid_date', '会议时间无效。');
    if (f.startsAt.getTime() <= this.deps.clock.now().getTime()) {
      throw new MeetingError('past_time', `会议时间已过：${formatMeetingTime(f.startsAt, this.deps.timezone)}。请填写将来的时间。`);
    }
    if (f.endsAt && f.endsAt.getTime() <= f.startsAt.getTime()) throw new MeetingError('invalid', '结束时间必须晚于开始时间。');
    if (!f.place?.trim() && !f.onlineLink?.trim()) throw new MeetingError('missing_place', '请填写会议地点或线上会议链接。');
    if (f.onlineLink && !/^https?:\/\/\S+$/i.test(f.onlineLink)) throw new MeetingError('invalid', '线上会议链接须以 http:// 或 https:// 开头。');
    if (f.kind === 'group_meeting' && !f.partyGroup?.trim()) throw new MeetingError('invalid', '党小组会需要指定党小组。');
    if (f.reminderOffsets && !f.reminderOffsets.every((o) => Number.isInteger(o) && o > 0 && o <= MAX_OFFSET_MINUTES)) {
      throw new MeetingError('invalid', '提醒时间须为会前 1 分钟到 14 天之间的整数分钟。');
    }
  }

  // ───────────── lifecycle ─────────────

  /** Creates a draft with derived + manual attendees. Nothing is sent until `confirm`. */
  async create(input: MeetingInput, actor: Actor): Promise<MeetingRow> {
    await this.assertCanManage(actor, input.orgId);
    this.validate(input);
    const derived = await this.store.derivedAttendeeIds(input.orgId, input.kind, input.partyGroup);
    const extra = [...new Set(input.extraAttendeeIds ?? [])].filter((id) => !derived.includes(id));
    for (const id of extra) await this.store.member(id);
    const now = this.deps.clock.now();
    return this.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(meetings)
        .values({
          orgId: input.orgId,
          kind: input.kind,
          title: input.title?.trim() || meetingKindLabel(input.kind),
          startsAt: input.startsAt,
          endsAt: input.endsAt ?? null,
          place: input.place?.trim() || null,
          onlineLink: input.onlineLink?.trim() || null,
          agenda: input.agenda?.trim() || null,
          hostMemberId: input.hostMemberId ?? (actor.kind === 'member' ? actor.memberId : null),
          partyGroup: input.partyGroup?.trim() || null,
          status: 'draft',
          reminderOffsets: input.reminderOffsets ?? DEFAULT_REMINDER_OFFSETS,
          votesOnNewMember: input.kind === 'branch_general_meeting' && (input.votesOnNewMember ?? false),
          createdBy: actor.kind === 'member' ? actor.memberId : null,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      const values = [...derived.map((id) => ({ memberId: id, source: 'derived' })), ...extra.map((id) => ({ memberId: id, source: 'manual' }))];
      if (values.length) await tx.insert(meetingAttendees).values(values.map((v) => ({ ...v, meetingId: row!.id })));
      return row!;
    });
  }

  /**
   * The chat command `/会议 支委会 12月1日15:00 三楼会议室 议程…` by a bound member: checks the role
   * first, parses, creates a draft of the member's organisation and returns the preview card with
   * 确认发送 / 放弃 buttons.
   */
  async createFromCommand(memberId: number, text: string): Promise<{ meeting: MeetingRow; preview: CardReply }> {
    const member = await this.store.member(memberId);
    await this.assertCanManage({ kind: 'member', memberId }, member.orgId);
    const parsed = parseMeetingCommand(text, { now: this.deps.clock.now(), timezone: this.deps.timezone });
    const meeting = await this.create(
      {
        orgId: member.orgId,
        kind: parsed.kind,
        startsAt: parsed.startsAt,
        place: parsed.place,
        onlineLink: parsed.onlineLink,
        agenda: parsed.agenda,
        partyGroup: parsed.kind === 'group_meeting' ? member.partyGroup : null,
      },
      { kind: 'member', memberId },
    );
    return { meeting, preview: await this.preview(meeting.id) };
  }

  /** The confirmation card of a draft. */
  async preview(id: number): Promise<CardReply> {
    const meeting = await this.store.meeting(id);
    return msg.previewCard(meeting, await this.noticeContext(meeting, await this.store.attendees(id)));
  }

  /** Confirms a draft: status scheduled, notices to the branch's groups and each bound attendee, reminders planned. */
  async confirm(id: number, actor: Actor): Promise<{ meeting: MeetingRow; notified: number }> {
    const current = await this.store.meeting(id);
    await this.assertCanManage(actor, current.orgId);
    if (current.status !== 'draft') throw new MeetingError('bad_state', current.status === 'scheduled' ? '该会议已确认，通知已发出。' : '该会议已取消或已结束，不能再确认。');
    this.validate({ ...current, reminderOffsets: current.reminderOffsets as number[] });
    const [meeting] = await this.db
      .update(meetings)
      .set({ status: 'scheduled', updatedAt: this.deps.clock.now() })
      .where(and(eq(meetings.id, id), eq(meetings.status, 'draft')))
      .returning();
    if (!meeting) throw new MeetingError('bad_state', '该会议已确认，通知已发出。');
    const notified = await this.broadcast(meeting, 'meeting.notice', (ctx) => msg.noticeCard(meeting, ctx));
    await this.planReminders(meeting);
    return { meeting, notified };
  }

  /** Drops a draft (nothing was sent). */
  async discard(id: number, actor: Actor): Promise<void> {
    const current = await this.store.meeting(id);
    await this.assertCanManage(actor, current.orgId);
    if (current.status !== 'draft') throw new MeetingError('bad_state', '只能放弃尚未发送通知的会议；已发通知的会议请取消。');
    await this.db.delete(meetings).where(eq(meetings.id, id));
  }

  /** Edits a draft or scheduled meeting; a scheduled one re-notifies the same people and re-plans reminders. */
  async update(id: number, patch: MeetingPatch, actor: Actor): Promise<MeetingRow> {
    const current = await this.store.meeting(id);
    await this.assertCanManage(actor, current.orgId);
    if (current.status === 'cancelled' || current.status === 'done') throw new MeetingError('bad_state', '已取消或已结束的会议不能修改。');
    const next = {
      kind: patch.kind ?? (current.kind as MeetingKind),
      title: patch.title !== undefined ? patch.title?.trim() || current.title : current.title,
      startsAt: patch.startsAt ?? current.startsAt,
      endsAt: patch.endsAt !== undefined ? patch.endsAt : current.endsAt,
      place: patch.place !== undefined ? patch.place?.trim() || null : current.place,
      onlineLink: patch.onlineLink !== undefined ? patch.onlineLink?.trim() || null : current.onlineLink,
      agenda: patch.agenda !== undefined ? patch.agenda?.trim() || null : current.agenda,
      hostMemberId: patch.hostMemberId !== undefined ? patch.hostMemberId : current.hostMemberId,
      partyGroup: patch.partyGroup !== undefined ? patch.partyGroup?.trim() || null : current.partyGroup,
      reminderOffsets: patch.reminderOffsets ?? (current.reminderOffsets as number[]),
      votesOnNewMember: patch.votesOnNewMember ?? current.votesOnNewMember,
    };
    this.validate(next);
    if (current.status === 'scheduled' && next.kind !== current.kind) throw new MeetingError('bad_state', '已发通知的会议不能更改类型，请取消后重新发起。');
    const before = current.status === 'scheduled' ? await this.recipients(current) : [];
    const [meeting] = await this.db.transaction(async (tx) => {
      const updated = await tx
        .update(meetings)
        .set({ ...next, votesOnNewMember: next.kind === 'branch_general_meeting' && next.votesOnNewMember, updatedAt: this.deps.clock.now() })
        .where(eq(meetings.id, id))
        .returning();
      if (next.kind !== current.kind || next.partyGroup !== current.partyGroup) {
        // re-derive; keep manual additions and the answers of those who stay
        const derived = await this.store.derivedAttendeeIds(current.orgId, next.kind, next.partyGroup);
        const existing = await tx.select().from(meetingAttendees).where(eq(meetingAttendees.meetingId, id));
        const drop = existing.filter((a) => a.source === 'derived' && !derived.includes(a.memberId)).map((a) => a.memberId);
        if (drop.length) await tx.delete(meetingAttendees).where(and(eq(meetingAttendees.meetingId, id), inArray(meetingAttendees.memberId, drop)));
        const add = derived.filter((mid) => !existing.some((a) => a.memberId === mid));
        if (add.length) await tx.insert(meetingAttendees).values(add.map((memberId) => ({ meetingId: id, memberId, source: 'derived' })));
      }
      return updated;
    });
    if (meeting!.status === 'scheduled') {
      await this.deps.scheduler.cancelByPrefix(`meeting:${id}:`);
      await this.broadcast(meeting!, 'meeting.update', (ctx) => msg.updateCard(meeting!, ctx), before);
      await this.planReminders(meeting!);
    }
    return meeting!;
  }

  /** Cancels: reminder jobs `meeting:<id>:` cancelled; a scheduled meeting's people are told. */
  async cancel(id: number, actor: Actor, reason?: string | null): Promise<{ meeting: MeetingRow; notified: number }> {
    const current = await this.store.meeting(id);
    await this.assertCanManage(actor, current.orgId);
    if (current.status === 'cancelled') throw new MeetingError('bad_state', '该会议已取消。');
    if (current.status === 'done') throw new MeetingError('bad_state', '已结束的会议不能取消。');
    const [meeting] = await this.db
      .update(meetings)
      .set({ status: 'cancelled', updatedAt: this.deps.clock.now() })
      .where(and(eq(meetings.id, id), eq(meetings.status, current.status)))
      .returning();
    if (!meeting) throw new MeetingError('bad_state', '该会议的状态刚刚发生了变化，请刷新后再试。');
    await this.deps.scheduler.cancelByPrefix(`meeting:${id}:`);
    const notified = current.status === 'scheduled' ? await this.broadcast(meeting, 'meeting.cancel', () => msg.cancelText(meeting, this.deps.timezone, reason)) : 0;
    return { meeting, notified };
  }

  /** Adds members to the expected attendees (source "manual"); after confirmation they get the notice privately. */
  async addAttendees(id: number, memberIds: number[], actor: Actor): Promise<number> {
    const m = await this.store.meeting(id);
    await this.assertCanManage(actor, m.orgId);
    if (m.status === 'cancelled' || m.status === 'done') throw new MeetingError('bad_state', '已取消或已结束的会议不能再添加应到人员。');
    for (const mid of memberIds) await this.store.member(mid);
    const rows = await this.db
      .insert(meetingAttendees)
      .values([...new Set(memberIds)].map((memberId) => ({ meetingId: id, memberId, source: 'manual' })))
      .onConflictDoNothing()
      .returning();
    if (m.status === 'scheduled' && rows.length) {
      const attendees = await this.store.attendees(id);
      const added = attendees.filter((a) => rows.some((r) => r.memberId === a.memberId));
      const out = this.privateMessages(added, `meeting:${id}:v${m.updatedAt.getTime()}:meeting.notice`, 'meeting.notice', msg.noticeCard(m, await this.noticeContext(m, attendees)));
      await this.deps.delivery.deliver(out.messages);
    }
    return rows.length;
  }

  /** Sets whether an attendee has a vote (预备党员 do not), for the quorum rule. */
  async setVotingRight(id: number, memberId: number, hasVote: boolean, actor: Actor): Promise<void> {
    const m = await this.store.meeting(id);
    await this.assertCanManage(actor, m.orgId);
    const rows = await this.db.update(meetingAttendees).set({ hasVote }).where(and(eq(meetingAttendees.meetingId, id), eq(meetingAttendees.memberId, memberId))).returning();
    if (!rows.length) throw new MeetingError('not_attendee', '该党员不在应到人员名单中。');
  }

  // ───────────── reading ─────────────

  async get(id: number): Promise<MeetingDetail> {
    const m = await this.store.meeting(id);
    const attendees = await this.store.attendees(id);
    return {
      ...m,
      kindLabel: meetingKindLabel(m.kind as MeetingKind),
      attendees: attendees.map((a) => ({ memberId: a.memberId, name: a.member.name, source: a.source, rsvp: a.rsvp, leaveReason: a.leaveReason, checkedInAt: a.checkedInAt, hasVote: a.hasVote })),
    };
  }

  async list(filter: { orgId?: number | undefined; from?: Date | undefined; to?: Date | undefined; status?: string | undefined }): Promise<MeetingRow[]> {
    const c = [];
    if (filter.orgId !== undefined) c.push(eq(meetings.orgId, filter.orgId));
    if (filter.from) c.push(gte(meetings.startsAt, filter.from));
    if (filter.to) c.push(lt(meetings.startsAt, filter.to));
    if (filter.status) c.push(eq(meetings.status, filter.status));
    return this.db.select().from(meetings).where(c.length ? and(...c) : undefined).orderBy(desc(meetings.startsAt)).limit(500);
  }

  /** `/会议` without arguments: my upcoming meetings with my answer. */
  async myUpcomingText(memberId: number): Promise<string> {
    const now = this.deps.clock.now();
    const rows = await this.store.memberMeetings(memberId, now, new Date(now.getTime() + 90 * 86400_000));
    if (!rows.length) return '你近期没有需要参加的会议。';
    const label: Record<string, string> = { yes: '已确认参加', leave: '已请假', pending: '未回复' };
    return [
      '你近期的会议：',
      ...rows.map(({ meeting: m, attendee: a }, i) => `${i + 1}. ${formatMeetingTime(m.startsAt, this.deps.timezone)} ${m.title}（${m.place ?? m.onlineLink ?? ''}）— ${label[a.rsvp] ?? a.rsvp}${a.leaveReason ? `：${a.leaveReason}` : ''}`),
    ].join('\n');
  }

  // ───────────── RSVP ─────────────

  /** Records 参加 / 请假 (with reason) for an expected attendee; answering again changes the answer. */
  async rsvp(id: number, memberId: number, answer: RsvpAnswer, reason?: string | null): Promise<RsvpResult> {
    const meeting = await this.store.meeting(id);
    if (meeting.status !== 'scheduled') throw new MeetingError('bad_state', meeting.status === 'cancelled' ? `“${meeting.title}”已取消，无需回复。` : `“${meeting.title}”当前不接受回复。`);
    if (meeting.startsAt.getTime() + 3600_000 < this.deps.clock.now().getTime()) throw new MeetingError('bad_state', `“${meeting.title}”已经开过了。`);
    const [existing] = await this.db.select().from(meetingAttendees).where(and(eq(meetingAttendees.meetingId, id), eq(meetingAttendees.memberId, memberId)));
    if (!existing) throw new MeetingError('not_attendee', msg.notAttendeeText(meeting));
    const leaveReason = answer === 'leave' ? reason?.trim() || null : null;
    await this.db
      .update(meetingAttendees)
      .set({ rsvp: answer, leaveReason, rsvpAt: this.deps.clock.now() })
      .where(and(eq(meetingAttendees.meetingId, id), eq(meetingAttendees.memberId, memberId)));
    const changed = existing.rsvp !== 'pending' && existing.rsvp !== answer;
    return { meeting, answer, previous: existing.rsvp, changed, text: msg.rsvpAckText(meeting, answer, leaveReason, changed, this.deps.timezone) };
  }

  /**
   * Reads a text answer from a group or private chat: `参加`, `请假 出差`, or `1` / `2` when the
   * message replies to a bot notice. Returns undefined when the text is not an answer. The meeting
   * is the member's soonest upcoming one (of the chat's organisation when the chat is bound).
   */
  async rsvpFromText(memberId: number, text: string, ctx: { chatAddress?: string; replyToBot?: boolean }): Promise<RsvpResult | undefined> {
    const parsed = parseRsvpText(text, ctx.replyToBot ?? false);
    if (!parsed) return undefined;
    const now = this.deps.clock.now();
    let rows = await this.store.memberMeetings(memberId, new Date(now.getTime() - 3600_000), new Date(now.getTime() + 90 * 86400_000));
    const chatOrg = ctx.chatAddress ? await this.store.chatOrg(ctx.chatAddress) : null;
    if (chatOrg !== null) rows = rows.filter((r) => r.meeting.orgId === chatOrg);
    const target = rows.find((r) => r.attendee.rsvp === 'pending') ?? rows[0];
    if (!target) throw new MeetingError('not_attendee', '你近期没有需要回复的会议。');
    return this.rsvp(target.meeting.id, memberId, parsed.answer, parsed.reason);
  }

  async rsvpSummary(id: number): Promise<RsvpSummary> {
    await this.store.meeting(id);
    const attendees = await this.store.attendees(id);
    const ref = (a: AttendeeWithMember) => ({ memberId: a.memberId, name: a.member.name });
    const yes = attendees.filter((a) => a.rsvp === 'yes').map(ref);
    const leave = attendees.filter((a) => a.rsvp === 'leave').map((a) => ({ ...ref(a), reason: a.leaveReason }));
    const pending = attendees.filter((a) => a.rsvp === 'pending').map(ref);
    return { meetingId: id, counts: { expected: attendees.length, yes: yes.length, leave: leave.length, pending: pending.length }, yes, leave, pending };
  }

  /** The secretary's view as text (counts, names, non-responders). */
  async rsvpSummaryText(id: number): Promise<string> {
    return msg.rsvpSummaryText(await this.store.meeting(id), await this.rsvpSummary(id), this.deps.timezone);
  }

  /** Sends a private nudge to every attendee who has not answered; returns how many were reached. */
  async remindNonResponders(id: number, actor: Actor): Promise<number> {
    const meeting = await this.store.meeting(id);
    await this.assertCanManage(actor, meeting.orgId);
    if (meeting.status !== 'scheduled') throw new MeetingError('bad_state', '只能提醒已发通知、尚未开始的会议。');
    const attendees = await this.store.attendees(id);
    const ctx = await this.noticeContext(meeting, attendees);
    const stamp = this.deps.clock.now().getTime();
    const out = this.privateMessages(attendees.filter((a) => a.rsvp === 'pending'), `meeting:${id}:nudge:${stamp}`, 'meeting.nudge', msg.nudgeCard(meeting, ctx));
    await this.deps.delivery.deliver(out.messages);
    return out.members;
  }

  /**
   * The reminder job: privately reminds those who said yes or have not answered. Skipped (returns 0)
   * when the meeting was cancelled, already started, changed since the reminder was planned, or the
   * reminder runs so late that less than half its offset is left.
   */
  async sendReminder(payload: ReminderJobPayload): Promise<number> {
    const meeting = await this.store.meeting(payload.meetingId).catch(() => undefined);
    if (!meeting || meeting.status !== 'scheduled') return 0;
    if (meeting.updatedAt.getTime() !== payload.version) return 0;
    const left = meeting.startsAt.getTime() - this.deps.clock.now().getTime();
    if (left <= 0) return 0;
    // after downtime a "1天后" reminder running 2 hours before the start would mislead; the later one covers it
    if (left < (payload.offsetMinutes * 60_000) / 2) return 0;
    const attendees = await this.store.attendees(meeting.id);
    const ctx = await this.noticeContext(meeting, attendees);
    const targets = attendees.filter((a) => a.rsvp === 'yes' || a.rsvp === 'pending');
    const out = this.privateMessages(targets, `meeting:${meeting.id}:v${payload.version}:reminder:${payload.offsetMinutes}`, 'meeting.reminder', msg.reminderCard(meeting, ctx, payload.offsetMinutes));
    await this.deps.delivery.deliver(out.messages);
    this.deps.logger.info({ meetingId: meeting.id, offset: payload.offsetMinutes, members: out.members }, 'meeting reminder sent');
    return out.members;
  }

  // ───────────── internals ─────────────

  private async noticeContext(meeting: MeetingRow, attendees: AttendeeWithMember[]): Promise<msg.NoticeContext> {
    const host = meeting.hostMemberId ? await this.store.member(meeting.hostMemberId).catch(() => undefined) : undefined;
    return { timezone: this.deps.timezone, hostName: host?.name, expectedCount: attendees.length };
  }

  /** Attendees plus the org's group chats: everyone a notice went to. */
  private async recipients(meeting: MeetingRow): Promise<string[]> {
    const attendees = await this.store.attendees(meeting.id);
    return [...(await this.store.groupChatAddresses(meeting.orgId)), ...attendees.flatMap((a) => this.addressesOf(a.member))];
  }

  private privateMessages(attendees: AttendeeWithMember[], keyPrefix: string, kind: string, reply: CardReply | TextReply): { messages: OutgoingMessage[]; members: number } {
    const messages: OutgoingMessage[] = [];
    let reached = 0;
    for (const a of attendees) {
      const addresses = this.addressesOf(a.member);
      if (addresses.length) reached++;
      for (const address of addresses) messages.push({ key: `${keyPrefix}:${address}`, kind, address, reply });
    }
    return { messages, members: reached };
  }

  /** Sends to the org's group chats and each bound attendee (plus `extra` addresses, e.g. people dropped by an edit). */
  private async broadcast(meeting: MeetingRow, kind: string, build: (ctx: msg.NoticeContext) => CardReply | TextReply, extra: string[] = []): Promise<number> {
    const attendees = await this.store.attendees(meeting.id);
    const reply = build(await this.noticeContext(meeting, attendees));
    const addresses = [...new Set([...(await this.store.groupChatAddresses(meeting.orgId)), ...attendees.flatMap((a) => this.addressesOf(a.member)), ...extra])];
    const keyPrefix = `meeting:${meeting.id}:v${meeting.updatedAt.getTime()}:${kind}`;
    await this.deps.delivery.deliver(addresses.map((address) => ({ key: `${keyPrefix}:${address}`, kind, address, reply })));
    return addresses.length;
  }

  private async planReminders(meeting: MeetingRow): Promise<void> {
    const now = this.deps.clock.now().getTime();
    const version = meeting.updatedAt.getTime();
    for (const offset of meeting.reminderOffsets as number[]) {
      const runAt = new Date(meeting.startsAt.getTime() - offset * 60_000);
      if (runAt.getTime() <= now) continue;
      const payload: ReminderJobPayload = { meetingId: meeting.id, offsetMinutes: offset, version };
      await this.deps.scheduler.schedule({ key: `meeting:${meeting.id}:v${version}:reminder:${offset}`, name: MEETING_REMINDER_JOB, runAt, payload: { ...payload } });
    }
  }
}

/** `参加` / `确认参加` / `1` (reply only) → yes; `请假 出差` / `请假：出差` / `2` (reply only) → leave. */
export function parseRsvpText(text: string, replyToNotice: boolean): { answer: RsvpAnswer; reason: string | null } | undefined {
  const t = text.trim();
  if (/^(参加|确认参加|参会|我参加|报名参加)[。！!.]?$/.test(t) || (replyToNotice && /^1$/.test(t))) return { answer: 'yes', reason: null };
  const leave = /^请假(?:[\s:：,，]+(.*))?$/s.exec(t);
  if (leave) return { answer: 'leave', reason: leave[1]?.trim() || null };
  const numbered = /^2(?:[\s:：,，]+(.*))?$/s.exec(t);
  if (replyToNotice && numbered) return { answer: 'leave', reason: numbered[1]?.trim() || null };
  return undefined;
}
