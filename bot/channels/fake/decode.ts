/** Fake channel input → InboundMessage. The fake speaks "what a user did", not a wire format. */
import { randomUUID } from 'node:crypto';
import type { InboundMessage } from '../../../core/conversation';

/** One user action in a fake chat. */
export interface FakeInput {
  text?: string;
  /** A button press with this payload. */
  button?: string;
  chat?: string;
  kind?: 'group' | 'private';
  sender?: string;
  senderName?: string;
  mentionsBot?: boolean;
  replyToBot?: boolean;
  /** Reuse to simulate a redelivery. */
  messageId?: string;
}

export function decodeFake(input: FakeInput, now: Date): InboundMessage {
  const kind = input.kind ?? 'private';
  const sender = input.sender ?? 'u1';
  return {
    channel: 'fake',
    chatAddress: `fake:${input.chat ?? (kind === 'private' ? sender : 'group1')}`,
    chatKind: kind,
    senderId: `fake:${sender}`,
    senderName: input.senderName,
    text: input.text ?? '',
    mentionsBot: input.mentionsBot ?? false,
    replyToBot: input.replyToBot,
    button: input.button ? { payload: input.button } : undefined,
    platformMessageId: input.messageId ?? randomUUID(),
    receivedAt: now,
    raw: input,
  };
}
