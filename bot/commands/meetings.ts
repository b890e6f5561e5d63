/**
 * Chat commands and buttons of the meetings feature:
 *   /会议                          my upcoming meetings with my answer
 *   /会议 支委会 12月1日15:00 三楼会议室 议程…   draft + confirmation card (书记 / 支委)
 *   /会议 确认|放弃|统计|提醒|到会|取消 <编号>   manage one meeting
 *   /签到 [编号]                    check in
 *   参加 · 请假 出差 · 1 / 2 (replying to a notice)   RSVP by text
 *   buttons mtg:rsvp:<id>:yes|leave, mtg:confirm:<id>, mtg:discard:<id>
 * Handlers return replies; domain errors (`MeetingError`) become their zh-CN message.
 */
import type { Reply, TextReply } from '../../core/conversation';
import type { AttendanceService } from '../../core/meetings/attendance';
import { MeetingError } from '../../core/meetings/errors';
import type { MeetingService } from '../../core/meetings/meeting-service';
import type { Actor } from '../../core/meetings/types';
import type { ButtonResult, CommandContext, HandlerResult } from '../commands';
import type { Conversation } from '../pipeline';

export interface MeetingCommandDeps {
  meetings: MeetingService;
  attendance: AttendanceService;
}

const text = (t: string): TextReply => ({ kind: 'text', text: t });

/** Runs `fn`, turning a `MeetingError` into its message. */
async function guarded<T>(fn: () => Promise<T>): Promise<T | TextReply> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof MeetingError) return text(err.message);
    throw err;
  }
}

const MANAGE = /^(确认|发送|放弃|统计|回复情况|提醒|到会|取消)\s*(\d+)\s*([\s\S]*)$/;

/** Registers /会议, /签到, the RSVP words and the meeting buttons. */
export function registerMeetingCommands(conversation: Pick<Conversation, 'registerCommand' | 'registerButton'>, deps: MeetingCommandDeps): void {
  const { meetings, attendance } = deps;

  async function manage(actor: Actor, verb: string, id: number, rest: string): Promise<Reply> {
    switch (verb) {
      case '确认':
      case '发送': {
        const { meeting, notified } = await meetings.confirm(id, actor);
        return text(`已发送“${meeting.title}”的会议通知（${notified} 个会话），并将在会前自动提醒。`);
      }
      case '放弃':
        await meetings.discard(id, actor);
        return text('已放弃该会议草稿，没有发送任何通知。');
      case '统计':
      case '回复情况':
        await meetings.assertCanManage(actor, (await meetings.store.meeting(id)).orgId);
        return text(await meetings.rsvpSummaryText(id));
      case '提醒': {
        const n = await meetings.remindNonResponders(id, actor);
        return text(n ? `已提醒 ${n} 位未回复的同志。` : '没有需要提醒的未回复人员（或他们尚未绑定账号）。');
      }
      case '到会':
        await meetings.assertCanManage(actor, (await meetings.store.meeting(id)).orgId);
        return text(await attendance.summaryText(id));
      default: {
        const { meeting, notified } = await meetings.cancel(id, actor, rest.trim() || null);
        return text(`已取消“${meeting.title}”${notified ? `，并通知了 ${notified} 个会话` : ''}。`);
      }
    }
  }

  conversation.registerCommand({
    name: 'meeting',
    aliases: ['会议'],
    usage: '/会议 支委会 12月1日15:00 三楼会议室 议程…',
    description: '发起会议（书记、支委）；只发“/会议”查看我近期的会议',
    memberOnly: true,
    handler: async (ctx): Promise<HandlerResult> => {
      const member = ctx.member!;
      const args = ctx.args.trim();
      if (!args) return text(await meetings.myUpcomingText(member.id));
      const m = MANAGE.exec(args);
      const actor: Actor = { kind: 'member', memberId: member.id };
      if (m) return guarded(() => manage(actor, m[1]!, Number(m[2]), m[3] ?? ''));
      return guarded(async () => (await meetings.createFromCommand(member.id, args)).preview);
    },
  });

  conversation.registerCommand({
    name: 'checkin',
    aliases: ['签到'],
    usage: '/签到',
    description: '会议签到',
    memberOnly: true,
    handler: async (ctx) => {
      const id = /^\d+$/.test(ctx.args.trim()) ? Number(ctx.args.trim()) : undefined;
      const memberId = ctx.member!.id;
      return guarded(async () =>
        text(id === undefined ? await attendance.checkInFromChat(memberId) : (await attendance.checkIn(id, memberId, { kind: 'member', memberId })).text),
      );
    },
  });

  const rsvpByText = async (ctx: CommandContext): Promise<HandlerResult> => {
    const member = ctx.member;
    const isNumber = /^[12]$/.test(ctx.invokedAs);
    // "1" / "2" mean an answer only as a reply to a notice; otherwise it is an ordinary question
    if (isNumber && (!ctx.msg.replyToBot || !member)) return ctx.ask(ctx.msg.text);
    if (!member) return text(ctx.locale.bindNeeded);
    return guarded(async () => {
      const result = await meetings.rsvpFromText(member.id, ctx.msg.text, { chatAddress: ctx.msg.chatAddress, replyToBot: ctx.msg.replyToBot === true });
      return result ? text(ctx.msg.chatKind === 'group' ? `${member.name}：${result.text}` : result.text) : ctx.ask(ctx.msg.text);
    });
  };
  conversation.registerCommand({ name: 'rsvp_yes', aliases: ['参加', '确认参加'], handler: rsvpByText });
  conversation.registerCommand({ name: 'rsvp_leave', aliases: ['请假'], handler: rsvpByText });
  conversation.registerCommand({ name: 'rsvp_number', aliases: ['1', '2'], handler: rsvpByText });

  const buttonError = (err: unknown): ButtonResult => {
    if (err instanceof MeetingError) return { ack: { text: err.message.slice(0, 200) }, reply: text(err.message) };
    throw err;
  };

  conversation.registerButton(
    'mtg:rsvp',
    async (ctx) => {
      const [id, answer] = ctx.parts;
      const member = ctx.member!;
      if (!id || !/^\d+$/.test(id) || (answer !== 'yes' && answer !== 'leave')) return { ack: { text: ctx.locale.unknownButton } };
      try {
        const r = await meetings.rsvp(Number(id), member.id, answer);
        const shown = ctx.msg.chatKind === 'group' ? `${member.name}：${r.text}` : r.text;
        return { ack: { text: answer === 'yes' ? '已登记参加' : '已登记请假' }, reply: text(shown) };
      } catch (err) {
        return buttonError(err);
      }
    },
    { memberOnly: true },
  );

  for (const [prefix, verb] of [
    ['mtg:confirm', '确认'],
    ['mtg:discard', '放弃'],
  ] as const) {
    conversation.registerButton(
      prefix,
      async (ctx) => {
        const id = ctx.parts[0];
        if (!id || !/^\d+$/.test(id)) return { ack: { text: ctx.locale.unknownButton } };
        try {
          const reply = await manage({ kind: 'member', memberId: ctx.member!.id }, verb, Number(id), '');
          return { ack: { text: verb === '确认' ? '通知已发送' : '已放弃' }, reply };
        } catch (err) {
          return buttonError(err);
        }
      },
      { memberOnly: true },
    );
  }
}
