/**
 * zh-CN texts of the meetings feature: notices, changes, cancellations, reminders, RSVP answers,
 * summaries and compliance warnings. Each builder returns a conversation `Reply` (a card with a
 * plain-text fallback that says how to answer where buttons are missing).
 */
import type { CardReply, ReplyButton, TextReply } from '../conversation';
import { meetingKindLabel, type MeetingKind } from './kinds';
import type { AttendanceSummary, MeetingRow, RsvpSummary } from './types';
import { formatMeetingTime } from '../zoned-time';

/** Extra facts a notice shows. */
export interface NoticeContext {
  timezone: string;
  hostName?: string | undefined;
  expectedCount: number;
}

/** RSVP buttons; payload `mtg:rsvp:<id>:yes|leave` (routed by the bot's button registry). */
export function rsvpButtons(meetingId: number): ReplyButton[] {
  return [
    { label: '参加', payload: `mtg:rsvp:${meetingId}:yes`, style: 'primary' },
    { label: '请假', payload: `mtg:rsvp:${meetingId}:leave` },
  ];
}

export const RSVP_HOW_TO = '回复“参加”确认参会，回复“请假 原因”请假（如“请假 出差”）；回复本通知时也可只回 1（参加）或 2（请假）。';

function details(m: MeetingRow, ctx: NoticeContext): string[] {
  const lines = [`会议：${m.title}`, `类型：${meetingKindLabel(m.kind as MeetingKind)}`, `时间：${formatMeetingTime(m.startsAt, ctx.timezone)}`];
  if (m.place) lines.push(`地点：${m.place}`);
  if (m.onlineLink) lines.push(`线上链接：${m.onlineLink}`);
  if (m.partyGroup) lines.push(`党小组：${m.partyGroup}`);
  if (ctx.hostName) lines.push(`主持人：${ctx.hostName}`);
  if (m.agenda) lines.push(`议程：${m.agenda}`);
  lines.push(`应到：${ctx.expectedCount}人`);
  return lines;
}

function card(title: string, bodyLines: string[], buttons: ReplyButton[], cardId: string, howTo?: string): CardReply {
  const body = bodyLines.join('\n');
  return { kind: 'card', title, body, buttons, cardId, fallback: [`【${title}】`, body, ...(howTo ? [howTo] : [])].join('\n') };
}

/** The notice sent when a meeting is confirmed. */
export function noticeCard(m: MeetingRow, ctx: NoticeContext): CardReply {
  return card('会议通知', details(m, ctx), rsvpButtons(m.id), `mtg_${m.id}_rsvp`, RSVP_HOW_TO);
}

/** Sent to the same people when a scheduled meeting changes. */
export function updateCard(m: MeetingRow, ctx: NoticeContext): CardReply {
  return card('会议变更通知', ['以下会议信息已变更，请以本通知为准：', ...details(m, ctx)], rsvpButtons(m.id), `mtg_${m.id}_rsvp`, RSVP_HOW_TO);
}

/** Sent when a scheduled meeting is cancelled. */
export function cancelText(m: MeetingRow, timezone: string, reason?: string | null): TextReply {
  const lines = [`【会议取消】原定于${formatMeetingTime(m.startsAt, timezone)}召开的“${m.title}”已取消。`];
  if (reason) lines.push(`原因：${reason}`);
  lines.push('之前的参会确认和请假不再需要处理。');
  return { kind: 'text', text: lines.join('\n') };
}

/** Automatic reminder before the meeting. */
export function reminderCard(m: MeetingRow, ctx: NoticeContext, offsetMinutes: number): CardReply {
  const when = offsetMinutes % 1440 === 0 ? `${offsetMinutes / 1440}天` : offsetMinutes % 60 === 0 ? `${offsetMinutes / 60}小时` : `${offsetMinutes}分钟`;
  return card('会议提醒', [`会议将在${when}后开始。`, ...details(m, ctx)], rsvpButtons(m.id), `mtg_${m.id}_rsvp`, RSVP_HOW_TO);
}

/** Secretary-triggered nudge to those who have not answered. */
export function nudgeCard(m: MeetingRow, ctx: NoticeContext): CardReply {
  return card('请确认是否参会', ['你还没有回复以下会议的参会情况，请尽快确认：', ...details(m, ctx)], rsvpButtons(m.id), `mtg_${m.id}_rsvp`, RSVP_HOW_TO);
}

/** The draft shown to the secretary before notices go out. */
export function previewCard(m: MeetingRow, ctx: NoticeContext): CardReply {
  const buttons: ReplyButton[] = [
    { label: '确认发送', payload: `mtg:confirm:${m.id}`, style: 'primary' },
    { label: '放弃', payload: `mtg:discard:${m.id}`, style: 'danger' },
  ];
  return card('请确认会议信息', [...details(m, ctx), '确认后将向支部群和应到人员发送通知。'], buttons, `mtg_${m.id}_draft`,
    `回复“/会议 确认 ${m.id}”发送通知，回复“/会议 放弃 ${m.id}”放弃。`);
}

export function rsvpAckText(m: MeetingRow, answer: 'yes' | 'leave', reason: string | null, changed: boolean, timezone: string): string {
  const what = `“${m.title}”（${formatMeetingTime(m.startsAt, timezone)}）`;
  if (answer === 'yes') return changed ? `已改为参加${what}。` : `已确认参加${what}。`;
  const base = `${changed ? '已改为请假' : '已登记请假'}：${what}${reason ? `，原因：${reason}` : ''}。`;
  return reason ? base : `${base}如需说明原因，请回复“请假 原因”。`;
}

export function notAttendeeText(m: MeetingRow): string {
  return `你不在“${m.title}”的应到人员名单中，无需回复。如有疑问请联系支部书记。`;
}

const names = (list: { name: string }[]) => (list.length ? list.map((p) => p.name).join('、') : '无');

/** Counts and names for the secretary. */
export function rsvpSummaryText(m: MeetingRow, s: RsvpSummary, timezone: string): string {
  return [
    `“${m.title}”（${formatMeetingTime(m.startsAt, timezone)}）回复情况：`,
    `应到 ${s.counts.expected} 人，参加 ${s.counts.yes} 人，请假 ${s.counts.leave} 人，未回复 ${s.counts.pending} 人。`,
    `参加：${names(s.yes)}`,
    `请假：${s.leave.length ? s.leave.map((p) => (p.reason ? `${p.name}（${p.reason}）` : p.name)).join('、') : '无'}`,
    `未回复：${names(s.pending)}`,
  ].join('\n');
}

export function attendanceText(m: MeetingRow, a: AttendanceSummary): string {
  const lines = [
    `“${m.title}”到会情况：应到 ${a.expected} 人，实到 ${a.present.length} 人，到会率 ${(a.rate * 100).toFixed(1)}%。`,
    `缺席：${a.absent.length ? a.absent.map((p) => (p.rsvp === 'leave' ? `${p.name}（请假）` : p.name)).join('、') : '无'}`,
  ];
  if (a.quorum) {
    lines.push(
      a.quorum.met
        ? `有表决权党员应到 ${a.quorum.votersExpected} 人、实到 ${a.quorum.votersPresent} 人，符合${a.quorum.citation}的到会人数要求。`
        : `⚠ 有表决权党员应到 ${a.quorum.votersExpected} 人、实到 ${a.quorum.votersPresent} 人，未超过半数，不符合${a.quorum.citation}：${a.quorum.rule}`,
    );
  }
  return lines.join('\n');
}

export function checkInText(m: MeetingRow, already: boolean): string {
  return already ? `你已签到过“${m.title}”。` : `签到成功：“${m.title}”。`;
}
