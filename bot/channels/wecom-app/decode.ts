/**
 * WeCom app callback → InboundMessage. The callback body is `<xml><Encrypt>…</Encrypt>…</xml>`;
 * after signature check and decryption (adapter) the plaintext XML is one of: a text message
 * (`MsgType` text, `MsgId`), a voice message with `Recognition`, or an event (`template_card_event`
 * button clicks carry `EventKey`, `TaskId`, `ResponseCode`). App chats are always private.
 */
import { XMLParser } from 'fast-xml-parser';
import type { InboundMessage } from '../../../core/conversation';

const parser = new XMLParser({ parseTagValue: false, trimValues: true, processEntities: true });

/** The `Encrypt` element of a callback envelope, or undefined. */
export function extractEncrypt(body: string): string | undefined {
  const m = /<Encrypt>\s*(?:<!\[CDATA\[([\s\S]*?)\]\]>|([^<]*))\s*<\/Encrypt>/.exec(body);
  const v = m?.[1] ?? m?.[2];
  return v ? v.trim() : undefined;
}

/** Fields of a decrypted callback (all strings; MsgId is a 64-bit integer and stays a string). */
export type WecomAppXml = Record<string, string | undefined>;

export function parseWecomXml(plain: string): WecomAppXml {
  const doc = parser.parse(plain) as { xml?: Record<string, unknown> };
  const out: WecomAppXml = {};
  for (const [k, v] of Object.entries(doc.xml ?? {})) out[k] = typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
  return out;
}

/** A decoded callback: the message, plus the card ResponseCode needed to acknowledge a click. */
export interface WecomAppInbound {
  msg: InboundMessage;
  responseCode?: string;
  /** The clicked card's task_id. */
  taskId?: string;
  userId: string;
}

/** Decodes a decrypted callback; undefined for kinds the bot does not act on (enter_agent, location…). */
export function decodeWecomApp(x: WecomAppXml, now: Date): WecomAppInbound | undefined {
  const userId = x.FromUserName;
  if (!userId) return undefined;
  const base = {
    channel: 'wecom-app' as const,
    chatAddress: `wecom-app:${userId}`,
    chatKind: 'private' as const,
    senderId: `wecom-app:${userId}`,
    mentionsBot: true,
    receivedAt: now,
    raw: x,
  };
  if (x.MsgType === 'text' || (x.MsgType === 'voice' && x.Recognition)) {
    return {
      userId,
      msg: { ...base, text: (x.Content ?? x.Recognition ?? '').trim(), platformMessageId: x.MsgId ?? `${userId}:${x.CreateTime}` },
    };
  }
  if (x.MsgType === 'event' && (x.Event === 'template_card_event' || x.Event === 'template_card_menu_event') && x.EventKey) {
    // events carry no MsgId: sender + time + card + key identify a click
    const id = `evt:${userId}:${x.CreateTime}:${x.TaskId ?? ''}:${x.EventKey}`;
    return {
      userId,
      responseCode: x.ResponseCode,
      taskId: x.TaskId,
      msg: { ...base, text: '', button: { payload: x.EventKey }, platformMessageId: id },
    };
  }
  return undefined;
}
