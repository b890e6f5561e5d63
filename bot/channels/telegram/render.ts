/**
 * Reply → Telegram sendMessage calls: HTML parse mode (only &, < and > need escaping, so it is
 * the robust choice over MarkdownV2), light Markdown turned into <b>/<code>, inline keyboards
 * whose callback_data is the payload (≤ 64 bytes), text split at 4096 characters (the limit
 * counts text after entity parsing, so tags do not count).
 */
import type { CardReply, MarkdownReply, TextReply } from '../../../core/conversation';
import { splitText } from '../../split';

/** Telegram message limit in characters. */
export const TELEGRAM_TEXT_CHARS = 4096;

/** One sendMessage: HTML text and optional inline keyboard. */
export interface TelegramMessage {
  html: string;
  /** Plain text to resend if Telegram rejects the HTML. */
  plain: string;
  keyboard?: Array<Array<{ text: string; callback_data: string }>>;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Light Markdown → Telegram HTML (escaped first, so user text can never inject tags). */
export function markdownToHtml(md: string): string {
  return escapeHtml(md)
    .replace(/\*\*(.+?)\*\*/g, '<b>$1</b>')
    .replace(/`([^`\n]+)`/g, '<code>$1</code>')
    .replace(/^#{1,6}\s+(.+)$/gm, '<b>$1</b>');
}

/** Visible length after parsing (what Telegram's limit counts). */
function visible(md: string): string {
  return md.replace(/\*\*(.+?)\*\*/g, '$1').replace(/`([^`\n]+)`/g, '$1').replace(/^#{1,6}\s+/gm, '');
}

export function renderTelegram(reply: TextReply | MarkdownReply | CardReply): TelegramMessage[] {
  if (reply.kind === 'card') {
    const keyboard: TelegramMessage['keyboard'] = [];
    reply.buttons.forEach((b, i) => {
      if (Buffer.byteLength(b.payload) > 64) throw new Error(`callback_data over 64 bytes: ${b.payload}`);
      if (i % 2 === 0) keyboard.push([]);
      keyboard[keyboard.length - 1]!.push({ text: b.label, callback_data: b.payload });
    });
    const md = `**${reply.title}**\n${reply.body}`;
    const parts = split(md);
    return parts.map((p, i) => ({ html: markdownToHtml(p), plain: visible(p), keyboard: i === parts.length - 1 && keyboard.length ? keyboard : undefined }));
  }
  const md = reply.kind === 'markdown' ? reply.markdown : reply.text;
  const parts = reply.kind === 'markdown' ? split(md) : splitText(md, { maxChars: TELEGRAM_TEXT_CHARS });
  return parts.map((p) => (reply.kind === 'markdown' ? { html: markdownToHtml(p), plain: visible(p) } : { html: escapeHtml(p), plain: p }));
}

// split on the Markdown source with headroom, then make sure no part's visible text is over the limit
function split(md: string): string[] {
  return splitText(md, { maxChars: TELEGRAM_TEXT_CHARS - 96 }).flatMap((p) =>
    visible(p).length <= TELEGRAM_TEXT_CHARS ? [p] : splitText(visible(p), { maxChars: TELEGRAM_TEXT_CHARS }),
  );
}
