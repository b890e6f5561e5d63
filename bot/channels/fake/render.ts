/** Reply → what a fake chat shows: plain or Markdown text, and button payloads. */
import type { ChannelCapabilities, Reply } from '../../../core/conversation';
import { replyToPlainText } from '../../../core/conversation';
import { splitText } from '../../split';

/** One message as the fake chat shows it. */
export interface FakeShown {
  text: string;
  buttons: Array<{ label: string; payload: string }>;
  /** Snapshots shown while streaming (streaming chats only). */
  partials?: string[];
}

export async function renderFake(reply: Reply, caps: ChannelCapabilities): Promise<FakeShown[]> {
  let partials: string[] | undefined;
  let r = reply;
  if (r.kind === 'stream') {
    partials = [];
    if (caps.streaming) for await (const p of r.partials) partials.push(p);
    r = await r.final;
  }
  const buttons = r.kind === 'card' && caps.buttons ? r.buttons.map((b) => ({ label: b.label, payload: b.payload })) : [];
  const text =
    r.kind === 'card' && caps.buttons ? `${r.title}\n${r.body}` : r.kind === 'markdown' && caps.markdown ? r.markdown : replyToPlainText(r);
  const limit = caps.maxTextBytes ? { maxBytes: caps.maxTextBytes } : { maxChars: caps.maxTextChars ?? 4096 };
  return splitText(text, limit).map((part, i) => ({ text: part, buttons: i === 0 ? buttons : [], partials: i === 0 ? partials : undefined }));
}
