/**
 * Reply → smart-bot bodies: Markdown for streams (≤ 20480 bytes per stream) and proactive
 * markdown messages (split at 4096 bytes like robot markdown), `button_interaction` template cards
 * whose button keys are the payloads and whose task_id is kept for the 5-second card update.
 */
import { randomBytes } from 'node:crypto';
import type { CardReply, MarkdownReply, TextReply } from '../../../core/conversation';
import { splitText } from '../../split';

/** Stream content limit in UTF-8 bytes. */
export const AIBOT_STREAM_BYTES = 20480;
/** Proactive markdown limit used here in UTF-8 bytes. */
export const AIBOT_MARKDOWN_BYTES = 4096;

/** task_id: ≤ 128 bytes of [A-Za-z0-9_-@], unique per bot. */
export function aibotTaskId(card: CardReply): string {
  const clean = (card.cardId ?? '').replace(/[^A-Za-z0-9_\-@]/g, '_').slice(0, 100);
  return `${clean || 'xz'}_${Date.now().toString(36)}${randomBytes(4).toString('hex')}`;
}

export function renderAibotCard(card: CardReply, taskId: string, note?: string): Record<string, unknown> & { card_type: string } {
  return {
    card_type: 'button_interaction',
    main_title: { title: card.title.slice(0, 36), ...(note ? { desc: note } : {}) },
    sub_title_text: card.body.slice(0, 300),
    task_id: taskId,
    button_list: card.buttons.slice(0, 6).map((b) => ({ text: b.label.slice(0, 10), style: b.style === 'danger' ? 3 : b.style === 'primary' ? 1 : 2, key: b.payload })),
  };
}

/** Markdown text of a text/markdown reply (cards render as cards). */
export function aibotMarkdown(reply: TextReply | MarkdownReply): string {
  return reply.kind === 'markdown' ? reply.markdown : reply.text;
}

/** Splits into a first part for the stream and the rest for proactive messages. */
export function splitForStream(markdown: string): { first: string; rest: string[] } {
  const [first = '', ...more] = splitText(markdown, { maxBytes: AIBOT_STREAM_BYTES });
  const rest = more.flatMap((p) => splitText(p, { maxBytes: AIBOT_MARKDOWN_BYTES }));
  return { first, rest };
}

export function splitMarkdown(markdown: string): string[] {
  return splitText(markdown, { maxBytes: AIBOT_MARKDOWN_BYTES });
}
