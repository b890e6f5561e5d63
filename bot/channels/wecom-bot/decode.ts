/**
 * WeCom smart-bot frames → InboundMessage. `aibot_msg_callback` bodies carry text / voice
 * (already transcribed) / mixed items; `aibot_event_callback` bodies carry `template_card_event`
 * (read nested `event.template_card_event.event_key`, then the SDK's flat `event.event_key`).
 * In groups the platform only forwards messages that @mention the bot, so group messages count as
 * addressed; a leading "@name" is stripped defensively.
 */
import type { InboundMessage } from '../../../core/conversation';

/** The body fields this channel reads. */
export interface AibotBody {
  msgid?: string;
  chattype?: 'single' | 'group';
  chatid?: string;
  from?: { userid?: string };
  create_time?: number;
  msgtype?: string;
  text?: { content?: string };
  voice?: { content?: string };
  mixed?: { msg_item?: Array<{ msgtype?: string; text?: { content?: string } }> };
  event?: {
    eventtype?: string;
    event_key?: string;
    task_id?: string;
    template_card_event?: { event_key?: string; task_id?: string; card_type?: string };
    feedback_event?: { id?: string; type?: number };
    id?: string;
    type?: number;
  };
}

/** A decoded frame; `chatId` is what aibot_send_msg expects (group chatid or the user's userid). */
export interface WecomBotInbound {
  msg: InboundMessage;
  chatId: string;
  userId: string;
  /** The clicked card's task_id (button presses). */
  taskId?: string;
}

function base(body: AibotBody, now: Date): Omit<InboundMessage, 'text' | 'platformMessageId'> & { chatId: string; userId: string } {
  const userId = body.from?.userid ?? '';
  const group = body.chattype === 'group' && !!body.chatid;
  const chatId = group ? body.chatid! : userId;
  return {
    channel: 'wecom-bot',
    chatAddress: `wecom-bot:${chatId}`,
    chatKind: group ? 'group' : 'private',
    senderId: `wecom-bot:${userId}`,
    mentionsBot: true,
    receivedAt: body.create_time ? new Date(body.create_time * 1000) : now,
    raw: body,
    chatId,
    userId,
  };
}

export function decodeAibotMessage(body: AibotBody, now: Date): WecomBotInbound | undefined {
  if (!body.msgid || !body.from?.userid) return undefined;
  let text = '';
  if (body.msgtype === 'text') text = body.text?.content ?? '';
  else if (body.msgtype === 'voice') text = body.voice?.content ?? '';
  else if (body.msgtype === 'mixed') text = (body.mixed?.msg_item ?? []).map((i) => (i.msgtype === 'text' ? i.text?.content ?? '' : '')).join(' ');
  const b = base(body, now);
  if (b.chatKind === 'group') text = text.replace(/^\s*@\S+\s*/, '');
  const { chatId, userId, ...msg } = b;
  return { chatId, userId, msg: { ...msg, text: text.trim(), platformMessageId: body.msgid } };
}

export function decodeAibotCardEvent(body: AibotBody, now: Date): WecomBotInbound | undefined {
  const ev = body.event;
  const key = ev?.template_card_event?.event_key ?? ev?.event_key;
  if (!body.msgid || !body.from?.userid || !key) return undefined;
  const { chatId, userId, ...msg } = base(body, now);
  return {
    chatId,
    userId,
    taskId: ev?.template_card_event?.task_id ?? ev?.task_id,
    msg: { ...msg, text: '', button: { payload: key }, platformMessageId: body.msgid },
  };
}

/** A 👍/👎 on an answer: the feedback id we put on the stream, and 1 accurate | 2 inaccurate | 3 cancel. */
export function decodeAibotFeedback(body: AibotBody): { id: string; type: number } | undefined {
  const ev = body.event;
  const id = ev?.feedback_event?.id ?? ev?.id;
  const type = ev?.feedback_event?.type ?? ev?.type;
  return id && typeof type === 'number' ? { id, type } : undefined;
}
