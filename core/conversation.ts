/**
 * The conversation model every channel shares: one inbound shape, one reply union, and what a
 * channel can show. Channels decode platform payloads into `InboundMessage` and render `Reply`
 * back; command handlers only ever see these types. No platform SDK is imported here.
 */
import type { Citation } from './qa';

/** Channel names. The chat address prefix is the channel name. */
export type ChannelName = 'telegram' | 'wecom-bot' | 'wecom-app' | 'wecom-webhook' | 'web' | 'fake';

/** One message (or button press) from a chat platform, after decoding. */
export interface InboundMessage {
  channel: ChannelName;
  /** Channel-prefixed chat address: "telegram:-1001", "wecom-bot:wrGROUP1", "wecom-app:zhangsan". */
  chatAddress: string;
  chatKind: 'group' | 'private';
  /** Channel-prefixed sender id: "telegram:1001", "wecom-bot:zhangsan". */
  senderId: string;
  senderName?: string;
  /** Text with the bot mention stripped; commands normalised ("/ask@bot x" → "/ask x"). */
  text: string;
  /** The message @mentions the bot (or addresses a command to it). */
  mentionsBot: boolean;
  /** The message replies to one of the bot's messages. */
  replyToBot?: boolean;
  /** Set when this is a button press; `payload` is the button's payload, e.g. "mtg:rsvp:42:yes". */
  button?: { payload: string };
  /** Platform message id, unique per channel; the dedupe key is "channel:platformMessageId". */
  platformMessageId: string;
  receivedAt: Date;
  /** The platform payload, for debugging only — the domain never reads it. */
  raw: unknown;
}

/** A button on a card. `payload` is routed through the button registry by prefix. */
export interface ReplyButton {
  label: string;
  /** ≤ 64 bytes (Telegram callback_data limit), e.g. "mtg:rsvp:42:yes". */
  payload: string;
  /** Visual hint; channels that cannot show it ignore it. */
  style?: 'primary' | 'default' | 'danger';
}

/** Plain text. */
export interface TextReply {
  kind: 'text';
  text: string;
}

/** Light Markdown (**bold**, lists) with optional citations rendered as 《标题》第X条. */
export interface MarkdownReply {
  kind: 'markdown';
  markdown: string;
  citations?: Citation[];
  /** Plain-text version for channels without Markdown. */
  fallback: string;
  /** Q&A log id when this is an answer, so platform 👍/👎 can reach `Conversation.feedback`. */
  logId?: number;
}

/** A card with a title, a body and buttons. */
export interface CardReply {
  kind: 'card';
  title: string;
  body: string;
  buttons: ReplyButton[];
  /** Stable card id (WeCom task_id: ≤ 128 bytes of [A-Za-z0-9_-@]); generated when absent. */
  cardId?: string;
  /** Plain-text version for channels without buttons (lists the options). */
  fallback: string;
}

/** An answer that grows while it is produced; channels without streaming wait for `final`. */
export interface StreamReply {
  kind: 'stream';
  /** Successive snapshots of the whole text so far (not deltas). */
  partials: AsyncIterable<string>;
  /** The complete reply once the stream ends. */
  final: Promise<TextReply | MarkdownReply>;
}

/** Everything a handler can answer with. */
export type Reply = TextReply | MarkdownReply | CardReply | StreamReply;

/** How a button press is acknowledged: a short toast, and optionally a replacement card. */
export interface ButtonAck {
  /** Shown as a toast (Telegram) or as the pressed button's new name (WeCom). ≤ 200 chars. */
  text: string;
  /** Replaces the pressed card where the platform allows it. */
  card?: CardReply;
}

/** What a channel can show; render.ts degrades what is missing. */
export interface ChannelCapabilities {
  buttons: boolean;
  streaming: boolean;
  editing: boolean;
  markdown: boolean;
  /** Longest message in UTF-8 bytes (WeCom), if the platform counts bytes. */
  maxTextBytes?: number;
  /** Longest message in characters (Telegram), if the platform counts characters. */
  maxTextChars?: number;
}

/** Where the pipeline delivers the replies to one inbound message. Implemented by each adapter. */
export interface ReplySink {
  readonly capabilities: ChannelCapabilities;
  /** Renders and sends one reply to the message's chat (splitting long text, retrying transient errors). */
  send(reply: Reply): Promise<void>;
  /** Acknowledges a button press (Telegram answerCallbackQuery, WeCom card update). */
  acknowledge(ack: ButtonAck): Promise<void>;
}

/** Formats one citation as 《标题》第X条 (or 《标题》 when there is no article). */
export function formatCitation(c: Citation): string {
  const article = c.article ? c.article.trim() : '';
  return `《${c.title}》${article}${c.superseded ? '（已修订）' : ''}`;
}

/** The plain-text form of any non-stream reply, used by channels that lack a capability. */
export function replyToPlainText(reply: TextReply | MarkdownReply | CardReply): string {
  switch (reply.kind) {
    case 'text':
      return reply.text;
    case 'markdown':
      return reply.fallback;
    case 'card':
      return reply.fallback;
  }
}

/** Waits out a stream reply (for channels that do not stream); other replies pass through. */
export async function settleReply(reply: Reply): Promise<TextReply | MarkdownReply | CardReply> {
  return reply.kind === 'stream' ? reply.final : reply;
}
