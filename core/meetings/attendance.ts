/**
 * Actual attendance, recorded separately from RSVP: check-in (`/签到` or the admin API), the
 * attendance rate, minutes and photos after the meeting, and the quorum rule of a 支部党员大会
 * that votes on receiving a new member (《中国共产党发展党员工作细则》第十九条).
 * A first check-in emits `attendance.recorded` (the points feature awards 组织生活 points).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../data/db';
import { meetingAttendees, meetingPhotos, meetings } from '../../data/schema';
import type { Clock } from '../clock';
import type { EventBus } from '../events';
import type { Logger } from '../logger';
import { MeetingError } from './errors';
import * as msg from './messages';
import { MeetingStore } from './meeting-store';
import type { Actor, AttendanceSummary, MeetingRow, QuorumCheck } from './types';

/** The rule the quorum check applies, quoted from the corpus. */
export const NEW_MEMBER_QUORUM = {
  rule: '召开讨论接收预备党员的党支部党员大会，实际到会有表决权的党员人数必须超过应到会有表决权的党员人数的半数。',
  citation: '《中国共产党发展党员工作细则》第十九条',
};

/** Check-in opens this long before the start (chat self check-in). */
const CHECKIN_OPENS_MS = 2 * 3600_000;
/** …and closes this long after the start unless the meeting has an end time. */
const CHECKIN_CLOSES_MS = 4 * 3600_000;

export interface AttendanceServiceDeps {
  db: Db;
  clock: Clock;
  timezone: string;
  logger: Logger;
  events: EventBus;
  /** Folder for meeting photos (under DATA_DIR). */
  photosDir: string;
  /** Largest accepted photo in bytes (UPLOAD_MAX_BYTES). */
  photoMaxBytes: number;
  /** Who may manage a meeting of `orgId` (the meetings service's rule). */
  assertCanManage: (actor: Actor, orgId: number) => Promise<void>;
}

/** Image types accepted for meeting photos, recognised by their first bytes (not by the claimed type). */
export function detectImageType(bytes: Buffer): 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp' | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length >= 6 && /^GIF8[79]a$/.test(bytes.subarray(0, 6).toString('latin1'))) return 'image/gif';
  if (bytes.length >= 12 && bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  return undefined;
}

const EXT: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp' };

export class AttendanceService {
  readonly store: MeetingStore;

  constructor(private readonly deps: AttendanceServiceDeps) {
    this.store = new MeetingStore(deps.db);
  }

  /**
   * Records that a member is present. Idempotent: a second check-in changes nothing and emits
   * nothing. A member checking in by chat must be an expected attendee and within the window; an
   * admin may check in anyone (a non-expected member is added as a walk-in).
   */
  async checkIn(meetingId: number, memberId: number, by: Actor): Promise<{ meeting: MeetingRow; already: boolean; at: Date; text: string }> {
    const meeting = await this.store.meeting(meetingId);
    if (meeting.status !== 'scheduled' && meeting.status !== 'done') throw new MeetingError('bad_state', `“${meeting.title}”${meeting.status === 'cancelled' ? '已取消' : '尚未发出通知'}，不能签到。`);
    const now = this.deps.clock.now();
    if (by.kind === 'member') {
      const closes = meeting.endsAt ? meeting.endsAt.getTime() + 3600_000 : meeting.startsAt.getTime() + CHECKIN_CLOSES_MS;
      if (now.getTime() < meeting.startsAt.getTime() - CHECKIN_OPENS_MS) throw new MeetingError('bad_state', `“${meeting.title}”签到尚未开始（会前2小时开放）。`);
      if (now.getTime() > closes) throw new MeetingError('bad_state', `“${meeting.title}”签到已结束，请联系书记补录。`);
    } else {
      await this.deps.assertCanManage(by, meeting.orgId);
    }
    const [existing] = await this.deps.db.select().from(meetingAttendees).where(and(eq(meetingAttendees.meetingId, meetingId), eq(meetingAttendees.memberId, memberId)));
    if (!existing) {
      if (by.kind === 'member') throw new MeetingError('not_attendee', msg.notAttendeeText(meeting));
      await this.store.member(memberId);
      await this.deps.db.insert(meetingAttendees).values({ meetingId, memberId, source: 'walk_in' }).onConflictDoNothing();
    }
    const updated = await this.deps.db
      .update(meetingAttendees)
      .set({ checkedInAt: now })
      .where(and(eq(meetingAttendees.meetingId, meetingId), eq(meetingAttendees.memberId, memberId), isNull(meetingAttendees.checkedInAt)))
      .returning();
    const already = updated.length === 0;
    if (!already) {
      await this.deps.events.emit('attendance.recorded', { meetingId, memberId, orgId: meeting.orgId, kind: meeting.kind, at: now, checkedInAt: now });
    }
    return { meeting, already, at: already ? existing!.checkedInAt! : now, text: msg.checkInText(meeting, already) };
  }

  /**
   * `/签到` in a chat: checks the member in to their meeting that is open for check-in now
   * (the one whose start is nearest).
   */
  async checkInFromChat(memberId: number): Promise<string> {
    const now = this.deps.clock.now().getTime();
    const rows = await this.store.memberMeetings(memberId, new Date(now - CHECKIN_CLOSES_MS), new Date(now + CHECKIN_OPENS_MS));
    const open = rows
      .filter(({ meeting: m }) => (m.endsAt ? m.endsAt.getTime() + 3600_000 : m.startsAt.getTime() + CHECKIN_CLOSES_MS) >= now)
      .sort((a, b) => Math.abs(a.meeting.startsAt.getTime() - now) - Math.abs(b.meeting.startsAt.getTime() - now));
    if (!open[0]) return '现在没有可以签到的会议（会前2小时至会后开放签到）。';
    return (await this.checkIn(open[0].meeting.id, memberId, { kind: 'member', memberId })).text;
  }

  /** Expected, present, absent, rate and (for a 党员大会 voting on a new member) the quorum check. */
  async summary(meetingId: number): Promise<AttendanceSummary> {
    const meeting = await this.store.meeting(meetingId);
    const all = await this.store.attendees(meetingId);
    const expected = all.filter((a) => a.source !== 'walk_in');
    const present = all.filter((a) => a.checkedInAt !== null);
    const absent = expected.filter((a) => a.checkedInAt === null);
    const presentExpected = expected.length - absent.length;
    let quorum: QuorumCheck | null = null;
    if (meeting.kind === 'branch_general_meeting' && meeting.votesOnNewMember) {
      const votersExpected = expected.filter((a) => a.hasVote).length;
      const votersPresent = expected.filter((a) => a.hasVote && a.checkedInAt !== null).length;
      quorum = { votersExpected, votersPresent, met: votersPresent * 2 > votersExpected, ...NEW_MEMBER_QUORUM };
    }
    return {
      meetingId,
      expected: expected.length,
      present: present.map((a) => ({ memberId: a.memberId, name: a.member.name })),
      absent: absent.map((a) => ({ memberId: a.memberId, name: a.member.name, rsvp: a.rsvp, leaveReason: a.leaveReason })),
      rate: expected.length ? presentExpected / expected.length : 0,
      quorum,
    };
  }

  async summaryText(meetingId: number): Promise<string> {
    return msg.attendanceText(await this.store.meeting(meetingId), await this.summary(meetingId));
  }

  /** Minutes after the meeting; the meeting is then marked done. */
  async recordMinutes(meetingId: number, text: string, by: Actor): Promise<MeetingRow> {
    const meeting = await this.store.meeting(meetingId);
    await this.deps.assertCanManage(by, meeting.orgId);
    this.assertHeld(meeting);
    if (!text.trim()) throw new MeetingError('invalid', '会议记录不能为空。');
    const [row] = await this.deps.db.update(meetings).set({ minutes: text.trim(), status: 'done', updatedAt: this.deps.clock.now() }).where(eq(meetings.id, meetingId)).returning();
    return row!;
  }

  /** Stores a photo after the meeting; the type is taken from the bytes, the size is limited. */
  async addPhoto(meetingId: number, bytes: Buffer, by: Actor): Promise<{ id: number; mime: string; storedName: string }> {
    const meeting = await this.store.meeting(meetingId);
    await this.deps.assertCanManage(by, meeting.orgId);
    this.assertHeld(meeting);
    if (bytes.length > this.deps.photoMaxBytes) throw new MeetingError('bad_photo', `照片过大（上限 ${Math.floor(this.deps.photoMaxBytes / 1024 / 1024) || 1} MB）。`);
    const mime = detectImageType(bytes);
    if (!mime) throw new MeetingError('bad_photo', '只接受 JPEG、PNG、GIF 或 WebP 格式的照片。');
    const storedName = `${meetingId}-${randomUUID()}.${EXT[mime]}`;
    await fs.mkdir(this.deps.photosDir, { recursive: true });
    await fs.writeFile(path.join(this.deps.photosDir, storedName), bytes);
    const [row] = await this.deps.db.insert(meetingPhotos).values({ meetingId, storedName, mime, createdAt: this.deps.clock.now() }).returning();
    return { id: row!.id, mime, storedName };
  }

  async photos(meetingId: number): Promise<{ id: number; mime: string; createdAt: Date }[]> {
    await this.store.meeting(meetingId);
    const rows = await this.deps.db.select().from(meetingPhotos).where(eq(meetingPhotos.meetingId, meetingId)).orderBy(asc(meetingPhotos.id));
    return rows.map((r) => ({ id: r.id, mime: r.mime, createdAt: r.createdAt }));
  }

  /** The file of one photo, for download. */
  async photoFile(meetingId: number, photoId: number): Promise<{ path: string; mime: string }> {
    const [row] = await this.deps.db.select().from(meetingPhotos).where(and(eq(meetingPhotos.meetingId, meetingId), eq(meetingPhotos.id, photoId)));
    if (!row) throw new MeetingError('not_found', '找不到该照片。');
    return { path: path.join(this.deps.photosDir, row.storedName), mime: row.mime };
  }

  private assertHeld(meeting: MeetingRow): void {
    if (meeting.status !== 'scheduled' && meeting.status !== 'done') throw new MeetingError('bad_state', '只有已召开的会议才能上传记录和照片。');
    if (meeting.startsAt.getTime() > this.deps.clock.now().getTime()) throw new MeetingError('bad_state', '会议尚未开始，请在会后上传记录和照片。');
  }
}
