/** Reply → the JSON reply model of POST /api/chat (the web page renders it). */
import type { ButtonAck, CardReply, MarkdownReply, TextReply } from '../../../core/conversation';
import type { Citation } from '../../../core/qa';

/** One reply as JSON. `text` is always the plain-text form. */
export type WebReply =
  | { kind: 'text'; text: string }
  | { kind: 'markdown'; markdown: string; text: string; citations: Citation[]; logId?: number }
  | { kind: 'card'; title: string; body: string; buttons: Array<{ label: string; payload: string }>; text: string };

/** The response body of POST /api/chat. */
export interface WebChatResponse {
  replies: WebReply[];
  /** Set for button presses. */
  ack?: ButtonAck;
}

export function renderWeb(reply: TextReply | MarkdownReply | CardReply): WebReply {
  switch (reply.kind) {
    case 'text':
      return { kind: 'text', text: reply.text };
    case 'markdown':
      return {
        kind: 'markdown',
        markdown: reply.markdown,
        text: reply.fallback,
        citations: reply.citations ?? [],
        ...(reply.logId !== undefined ? { logId: reply.logId } : {}),
      };
    case 'card':
      return { kind: 'card', title: reply.title, body: reply.body, buttons: reply.buttons.map((b) => ({ label: b.label, payload: b.payload })), text: reply.fallback };
  }
}
