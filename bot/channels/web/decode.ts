/** Web chat request body → InboundMessage. Body: `{ text?, sessionId, button? }`. */
import { randomUUID } from 'node:crypto';
import type { InboundMessage } from '../../../core/conversation';

export type WebChatRequest = { text?: unknown; sessionId?: unknown; button?: unknown };

/** Decodes and validates; returns an error message for bad input. */
export function decodeWebChat(body: WebChatRequest, now: Date): { msg: InboundMessage } | { error: string } {
  const sessionId = typeof body.sessionId === 'string' ? body.sessionId.trim() : '';
  if (!/^[A-Za-z0-9_-]{1,128}$/.test(sessionId)) return { error: 'sessionId must be 1-128 letters, digits, _ or -' };
  const text = typeof body.text === 'string' ? body.text.trim() : '';
  const button = typeof body.button === 'string' && body.button.length > 0 && body.button.length <= 256 ? body.button : undefined;
  if (!text && !button) return { error: 'text or button is required' };
  if (text.length > 2000) return { error: 'text is longer than 2000 characters' };
  return {
    msg: {
      channel: 'web',
      chatAddress: `web:${sessionId}`,
      chatKind: 'private',
      senderId: `web:${sessionId}`,
      text,
      mentionsBot: true,
      button: button ? { payload: button } : undefined,
      platformMessageId: randomUUID(),
      receivedAt: now,
      raw: body,
    },
  };
}
