/**
 * Web chat: `POST /api/chat {text, sessionId}` (or `{button, sessionId}`) runs the same pipeline
 * as the chat platforms and answers with the JSON reply model once the replies are ready.
 */
import type { ButtonAck, ChannelCapabilities, ReplySink } from '../../../core/conversation';
import { settleReply } from '../../../core/conversation';
import type { Logger } from '../../../core/logger';
import { readBodyText, sendJson, type Route } from '../../http';
import type { Conversation } from '../../pipeline';
import { decodeWebChat, type WebChatRequest } from './decode';
import { renderWeb, type WebChatResponse, type WebReply } from './render';

export const WEB_CAPABILITIES: ChannelCapabilities = { buttons: true, streaming: false, editing: false, markdown: true, maxTextChars: 100_000 };

export interface WebChannel {
  routes: Route[];
  capabilities: ChannelCapabilities;
}

export function createWebChannel(deps: { conversation: Conversation; logger: Logger; path?: string }): WebChannel {
  const log = deps.logger.child({ channel: 'web' });
  const chat: Route = {
    method: 'POST',
    path: deps.path ?? '/api/chat',
    handler: async (req, res) => {
      let body: WebChatRequest;
      try {
        body = (req.body && typeof req.body === 'object' && !Buffer.isBuffer(req.body) ? req.body : JSON.parse(await readBodyText(req))) as WebChatRequest;
      } catch {
        return sendJson(res, 400, { error: 'body must be JSON' });
      }
      const decoded = decodeWebChat(body ?? {}, new Date());
      if ('error' in decoded) return sendJson(res, 400, { error: decoded.error });
      const replies: WebReply[] = [];
      let ack: ButtonAck | undefined;
      const sink: ReplySink = {
        capabilities: WEB_CAPABILITIES,
        send: async (reply) => void replies.push(renderWeb(await settleReply(reply))),
        acknowledge: async (a) => void (ack = a),
      };
      const outcome = await deps.conversation.handle(decoded.msg, sink);
      if (outcome === 'failed') log.warn({ session: decoded.msg.chatAddress }, 'web chat message failed');
      const response: WebChatResponse = { replies, ...(ack ? { ack } : {}) };
      sendJson(res, 200, response);
    },
  };
  return { routes: [chat], capabilities: WEB_CAPABILITIES };
}
