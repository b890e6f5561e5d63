/**
 * An in-process chat for conversation tests: `say("帮助")` drives the whole pipeline and returns
 * what the user sees (koishi's mock client). No transport; capabilities are configurable.
 */
import type { ButtonAck, ChannelCapabilities, ReplySink } from '../../../core/conversation';
import type { Conversation, HandleOutcome } from '../../pipeline';
import { decodeFake, type FakeInput } from './decode';
import { renderFake, type FakeShown } from './render';

export interface FakeChannel {
  /** Sends one user action and resolves with the messages and acks it produced. */
  say(input: FakeInput | string): Promise<{ outcome: HandleOutcome; shown: FakeShown[]; acks: ButtonAck[] }>;
}

export const FAKE_CAPABILITIES: ChannelCapabilities = { buttons: true, streaming: false, editing: false, markdown: true, maxTextChars: 4096 };

export function createFakeChannel(conversation: Conversation, capabilities: ChannelCapabilities = FAKE_CAPABILITIES): FakeChannel {
  return {
    async say(input) {
      const shown: FakeShown[] = [];
      const acks: ButtonAck[] = [];
      const sink: ReplySink = {
        capabilities,
        send: async (reply) => void shown.push(...(await renderFake(reply, capabilities))),
        acknowledge: async (ack) => void acks.push(ack),
      };
      const msg = decodeFake(typeof input === 'string' ? { text: input } : input, new Date());
      const outcome = await conversation.handle(msg, sink);
      return { outcome, shown, acks };
    },
  };
}
