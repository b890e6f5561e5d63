/**
 * Reply → WeCom app message bodies (without touser/agentid). Answers go out as `text` split at
 * 2048 bytes (the app's markdown only shows inside the WeCom client, so text is the safe choice);
 * cards become `button_interaction` template cards whose button keys are the payloads.
 */
import { randomBytes } from 'node:crypto';
import type { ButtonAck, CardReply, MarkdownReply, TextReply } from '../../../core/conversation';
import { replyToPlainText } from '../../../core/conversation';
import { splitText } from '../../split';

/** WeCom app text limit in UTF-8 bytes. */
export const WECOM_APP_TEXT_BYTES = 2048;

/** A fresh or sanitised task_id (≤ 128 bytes of [A-Za-z0-9_-@], unique per app). */
export function taskIdFor(card: CardReply): string {
  const clean = (card.cardId ?? '').replace(/[^A-Za-z0-9_\-@]/g, '_').slice(0, 100);
  return `${clean || 'xz'}_${Date.now().toString(36)}${randomBytes(4).toString('hex')}`;
}

/** WeCom template card (button_interaction) for a card reply. */
export function renderTemplateCard(card: CardReply, taskId: string): Record<string, unknown> {
  return {
    card_type: 'button_interaction',
    main_title: { title: truncate(card.title, 36) },
    sub_title_text: truncate(card.body, 300),
    task_id: taskId,
    button_list: card.buttons.slice(0, 6).map((b) => ({
      text: truncate(b.label, 10),
      style: b.style === 'danger' ? 3 : b.style === 'primary' ? 1 : 2,
      key: b.payload,
    })),
  };
}

export function renderWecomApp(reply: TextReply | MarkdownReply | CardReply): Array<Record<string, unknown>> {
  if (reply.kind === 'card' && reply.buttons.length > 0) {
    return [{ msgtype: 'template_card', template_card: renderTemplateCard(reply, taskIdFor(reply)) }];
  }
  return splitText(replyToPlainText(reply), { maxBytes: WECOM_APP_TEXT_BYTES }).map((content) => ({ msgtype: 'text', text: { content } }));
}

/** update_template_card body for a click acknowledgement (without agentid/response_code). */
export function renderAck(ack: ButtonAck, taskId: string | undefined): Record<string, unknown> {
  if (ack.card) return { template_card: renderTemplateCard(ack.card, taskId ?? taskIdFor(ack.card)) };
  return { button: { replace_name: truncate(ack.text, 10) } };
}

function truncate(s: string, chars: number): string {
  const a = [...s];
  return a.length <= chars ? s : `${a.slice(0, chars - 1).join('')}…`;
}
