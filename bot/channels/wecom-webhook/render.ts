/**
 * Reply → group-robot bodies: Markdown (≤ 4096 bytes, split at sentence ends) for text, Markdown
 * and streams; cards become Markdown too, because robot template cards are display-only (no click
 * callbacks) and need a jump URL — the card's plain-text fallback lists the options instead.
 */
import type { CardReply, MarkdownReply, TextReply } from '../../../core/conversation';
import { splitText } from '../../split';

/** Robot markdown limit in UTF-8 bytes. */
export const WEBHOOK_MARKDOWN_BYTES = 4096;

/** Robot markdown needs no escaping beyond its own syntax; `<` only matters in <@userid> and <font>. */
export function renderWebhook(reply: TextReply | MarkdownReply | CardReply): Array<Record<string, unknown>> {
  const md = reply.kind === 'markdown' ? reply.markdown : reply.kind === 'card' ? `**${reply.title}**\n${reply.fallback}` : reply.text;
  return splitText(md, { maxBytes: WEBHOOK_MARKDOWN_BYTES }).map((content) => ({ msgtype: 'markdown', markdown: { content } }));
}
