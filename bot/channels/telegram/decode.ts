/**
 * Telegram Update → InboundMessage. Group privacy: a group message counts as addressed to the bot
 * when it @mentions the bot (mention entity or text_mention), carries a command for the bot
 * ("/ask@bot"), or replies to one of the bot's messages. Commands for other bots are dropped.
 * Entity offsets are UTF-16 code units, which is what JS string indices are.
 */
import type { InboundMessage } from '../../../core/conversation';

/** The bot's own identity, from getMe. */
export interface TelegramBotIdentity {
  id: number;
  username: string;
}

interface TgUser {
  id: number;
  is_bot?: boolean;
  first_name?: string;
  last_name?: string;
  username?: string;
}
interface TgEntity {
  type: string;
  offset: number;
  length: number;
  user?: TgUser;
}
interface TgMessage {
  message_id: number;
  date: number;
  chat: { id: number; type: string; title?: string };
  from?: TgUser;
  text?: string;
  caption?: string;
  entities?: TgEntity[];
  caption_entities?: TgEntity[];
  reply_to_message?: { from?: TgUser };
}
/** The parts of an Update this channel reads. */
export interface TgUpdate {
  update_id: number;
  message?: TgMessage;
  callback_query?: { id: string; from: TgUser; data?: string; message?: TgMessage };
}

/** A decoded update; `callbackQueryId` and `message` are needed to acknowledge a button press. */
export interface TelegramInbound {
  msg: InboundMessage;
  chatId: number;
  /** The user's message id (to reply to in groups). */
  messageId?: number;
  callbackQueryId?: string;
  /** The message carrying the pressed keyboard. */
  buttonMessageId?: number;
}

const nameOf = (u: TgUser | undefined) => [u?.first_name, u?.last_name].filter(Boolean).join(' ') || u?.username;

export function decodeTelegramUpdate(update: TgUpdate, me: TelegramBotIdentity, now: Date): TelegramInbound | undefined {
  const cq = update.callback_query;
  if (cq) {
    if (!cq.data) return undefined;
    const chat = cq.message?.chat ?? { id: cq.from.id, type: 'private' };
    return {
      chatId: chat.id,
      callbackQueryId: cq.id,
      buttonMessageId: cq.message?.message_id,
      msg: {
        channel: 'telegram',
        chatAddress: `telegram:${chat.id}`,
        chatKind: chat.type === 'private' ? 'private' : 'group',
        senderId: `telegram:${cq.from.id}`,
        senderName: nameOf(cq.from),
        text: '',
        mentionsBot: false,
        button: { payload: cq.data },
        platformMessageId: `u${update.update_id}`,
        receivedAt: now,
        raw: update,
      },
    };
  }
  const m = update.message;
  if (!m || !m.from || m.from.is_bot) return undefined;
  if (m.chat.type === 'channel') return undefined;
  const rawText = m.text ?? m.caption ?? '';
  const entities = m.text !== undefined ? m.entities ?? [] : m.caption_entities ?? [];
  const me_ = me.username.toLowerCase();
  let mentionsBot = false;
  let forOtherBot = false;
  // cut ranges that address the bot out of the text, from the end so offsets stay valid
  const cuts: Array<[number, number, string]> = [];
  for (const e of entities) {
    const part = rawText.slice(e.offset, e.offset + e.length);
    if (e.type === 'mention' && part.slice(1).toLowerCase() === me_) {
      mentionsBot = true;
      cuts.push([e.offset, e.offset + e.length, '']);
    } else if (e.type === 'text_mention' && e.user?.id === me.id) {
      mentionsBot = true;
    } else if (e.type === 'bot_command' && e.offset === 0) {
      const at = part.indexOf('@');
      if (at >= 0) {
        if (part.slice(at + 1).toLowerCase() === me_) {
          mentionsBot = true;
          cuts.push([e.offset + at, e.offset + e.length, '']);
        } else forOtherBot = true;
      }
    }
  }
  if (forOtherBot) return undefined;
  let text = rawText;
  for (const [from, to, by] of cuts.sort((a, b) => b[0] - a[0])) text = text.slice(0, from) + by + text.slice(to);
  const group = m.chat.type !== 'private';
  return {
    chatId: m.chat.id,
    messageId: m.message_id,
    msg: {
      channel: 'telegram',
      chatAddress: `telegram:${m.chat.id}`,
      chatKind: group ? 'group' : 'private',
      senderId: `telegram:${m.from.id}`,
      senderName: nameOf(m.from),
      text: text.replace(/\s+/g, ' ').trim(),
      mentionsBot,
      replyToBot: m.reply_to_message?.from?.id === me.id,
      platformMessageId: `u${update.update_id}`,
      receivedAt: now,
      raw: update,
    },
  };
}
