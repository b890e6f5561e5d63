/**
 * The conversation pipeline: one inbound message in, replies out through the channel's sink.
 *
 * Per message: relevance (groups: only @mentions, commands, replies to the bot, button presses) →
 * redelivery guard (`inbound_seen`) → who is speaking → route (button / command / question) →
 * replies. Messages of one chat are handled in arrival order; different chats in parallel
 * (button presses of a chat are ordered among themselves, beside its messages).
 * One error boundary per message: log with context, apologise in Chinese, never throw.
 */
import type { InboundMessage, MarkdownReply, Reply, ReplySink, StreamReply, TextReply } from '../core/conversation';
import { formatCitation } from '../core/conversation';
import { systemClock, type Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { Answer, QuestionAnswerer } from '../core/qa';
import type { Db } from '../data/db';
import { chats } from '../data/schema';
import { CommandRegistry, type ButtonDefinition, type CommandDefinition, type HandlerResult, type HandlerServices } from './commands';
import { claimInbound } from './dedupe';
import { consumeBindCode, resolveMember, type ChatMember } from './identity';
import { zhCN, type Locale } from './locales/zh-CN';
import { KeyedSerialQueue } from './queue';

/** Services the pipeline needs. */
export interface ConversationDeps {
  db: Db;
  qa: QuestionAnswerer;
  logger: Logger;
  clock?: Clock;
  /** Defaults to zh-CN. */
  locale?: Locale;
}

/** What happened to one inbound message. */
export type HandleOutcome = 'replied' | 'ignored' | 'duplicate' | 'failed';

/** The conversation core as channels and features see it. */
export interface Conversation {
  /** Queues the message behind earlier ones of the same chat; resolves when its replies are sent. Never rejects. */
  handle(msg: InboundMessage, sink: ReplySink): Promise<HandleOutcome>;
  /** Adds a chat command (see commands.ts). */
  registerCommand(def: CommandDefinition): void;
  /** Adds a button handler for a payload prefix such as "mtg:rsvp". */
  registerButton(prefix: string, handler: ButtonDefinition['handler'], opts?: { memberOnly?: boolean }): void;
  readonly commands: CommandRegistry;
  /** Records 👍 (1) / 👎 (-1) for an answer's Q&A log id (from a platform feedback event). Never rejects. */
  feedback(logId: number, value: 1 | -1): Promise<void>;
  /** Resolves when all queued messages are handled (tests, shutdown). */
  idle(): Promise<void>;
}

/** Creates the pipeline with the built-in commands /help 帮助, /start, /ask 提问 and /bind 绑定. */
export function createConversation(deps: ConversationDeps): Conversation {
  const locale = deps.locale ?? zhCN;
  const clock = deps.clock ?? systemClock;
  const services: HandlerServices = { db: deps.db, qa: deps.qa, logger: deps.logger, clock, locale };
  const registry = new CommandRegistry();
  const queue = new KeyedSerialQueue();
  const knownChats = new Set<string>();
  // process-local fronts for the database: redeliveries usually come back to the same process,
  // and one member record serves many messages (30 s staleness is fine for names and roles)
  const recentlySeen = new Set<string>();
  const memberCache = new Map<string, { member: ChatMember | undefined; until: number }>();
  const MEMBER_TTL_MS = 30_000;
  const CACHE_CAP = 10_000;
  const log = deps.logger.child({ module: 'conversation' });

  const helpReply = (msg: InboundMessage, prefix?: string): TextReply => ({
    kind: 'text',
    text: [prefix, registry.helpText(locale.helpHeader, msg.chatKind === 'group' ? locale.helpGroupHint : undefined)]
      .filter(Boolean)
      .join('\n'),
  });

  registry.registerCommand({
    name: 'help',
    aliases: ['帮助', '菜单'],
    description: locale.helpDescHelp,
    handler: (ctx) => helpReply(ctx.msg),
  });
  registry.registerCommand({ name: 'start', handler: (ctx) => helpReply(ctx.msg) });
  registry.registerCommand({
    name: 'ask',
    aliases: ['提问'],
    usage: '/ask 问题',
    description: locale.helpDescAsk,
    handler: (ctx) => (ctx.args ? ctx.ask(ctx.args) : { kind: 'text', text: locale.askEmpty }),
  });
  registry.registerCommand({
    name: 'bind',
    aliases: ['绑定'],
    usage: '/bind 绑定码',
    description: locale.helpDescBind,
    handler: async (ctx) => {
      const code = ctx.args.replace(/\s+/g, '');
      if (!/^\d{6}$/.test(code)) return { kind: 'text', text: locale.bindUsage };
      const result = await consumeBindCode(ctx.db, code, ctx.msg.senderId, ctx.clock);
      memberCache.delete(ctx.msg.senderId);
      if (!result.ok) return { kind: 'text', text: locale.bindBad };
      return { kind: 'text', text: locale.bindOk(result.member.name) };
    },
  });

  async function ask(msg: InboundMessage, member: ChatMember | undefined, question: string, sink: ReplySink): Promise<Reply> {
    const ctx = { channel: msg.channel, chatAddress: msg.chatAddress, senderId: msg.senderId, orgId: member?.orgId };
    if (!sink.capabilities.streaming) return answerToReply(await deps.qa.ask(question, ctx), locale);
    const partials = new PartialStream();
    const final = deps.qa
      .ask(question, ctx, { onPartial: (t) => partials.push(t) })
      .then(
        (a) => answerToReply(a, locale),
        (err: unknown): TextReply => {
          log.error({ err, chat: msg.chatAddress }, 'question failed while streaming');
          return { kind: 'text', text: locale.error };
        },
      )
      .finally(() => partials.end());
    const stream: StreamReply = { kind: 'stream', partials, final };
    return stream;
  }

  async function memberOf(senderId: string): Promise<ChatMember | undefined> {
    const now = Date.now();
    const hit = memberCache.get(senderId);
    if (hit && hit.until > now) return hit.member;
    const member = await resolveMember(deps.db, senderId);
    memberCache.set(senderId, { member, until: now + MEMBER_TTL_MS });
    if (memberCache.size > CACHE_CAP) memberCache.delete(memberCache.keys().next().value!);
    return member;
  }

  /** Claims the message; false for a redelivery. The database decides; the set saves it work. */
  async function firstDelivery(msg: InboundMessage): Promise<boolean> {
    const key = `${msg.channel}:${msg.platformMessageId}`;
    if (recentlySeen.has(key)) return false;
    const first = await claimInbound(deps.db, key);
    recentlySeen.add(key);
    if (recentlySeen.size > CACHE_CAP) recentlySeen.delete(recentlySeen.values().next().value!);
    return first;
  }

  async function route(msg: InboundMessage, sink: ReplySink): Promise<void> {
    const member = await memberOf(msg.senderId);
    const send = async (result: HandlerResult) => {
      const replies = result === undefined ? [] : Array.isArray(result) ? result : [result];
      for (const r of replies) await sink.send(r);
    };

    if (msg.button) {
      const found = registry.matchButton(msg.button.payload);
      if (!found) {
        await sink.acknowledge({ text: locale.unknownButton });
        return;
      }
      if (found.def.memberOnly && !member) {
        await sink.acknowledge({ text: locale.bindNeeded.slice(0, 60) });
        await send({ kind: 'text', text: locale.bindNeeded });
        return;
      }
      const result = await found.def.handler({
        ...services,
        msg,
        payload: msg.button.payload,
        parts: found.parts,
        member,
        capabilities: sink.capabilities,
      });
      await sink.acknowledge(result.ack);
      await send(result.reply);
      return;
    }

    const addressed = msg.chatKind === 'private' || msg.mentionsBot || msg.replyToBot === true;
    const match = registry.match(msg.text, addressed);
    if (match) {
      if (!match.command) {
        await send(helpReply(msg, locale.unknownCommand(match.invokedAs)));
        return;
      }
      if (match.command.memberOnly && !member) {
        await send({ kind: 'text', text: locale.bindNeeded });
        return;
      }
      await send(
        await match.command.handler({
          ...services,
          msg,
          args: match.args,
          invokedAs: match.invokedAs,
          member,
          capabilities: sink.capabilities,
          ask: (q) => ask(msg, member, q, sink),
        }),
      );
      return;
    }
    const question = msg.text.trim();
    if (!question) {
      await send(helpReply(msg));
      return;
    }
    await send(await ask(msg, member, question, sink));
  }

  /**
   * Cheap relevance check before any database work: group chatter is dropped here, and so are
   * unknown slash commands nobody addressed to us (they belong to another bot in the group).
   */
  function relevant(msg: InboundMessage): boolean {
    if (msg.button || msg.chatKind === 'private' || msg.mentionsBot || msg.replyToBot) return true;
    return registry.match(msg.text, false)?.command !== undefined;
  }

  /** Group chats the bot is in are recorded (org unset) so admins can bind them to an organisation. */
  async function rememberChat(msg: InboundMessage): Promise<void> {
    if (msg.chatKind !== 'group' || knownChats.has(msg.chatAddress)) return;
    await deps.db
      .insert(chats)
      .values({ address: msg.chatAddress, channel: msg.channel, kind: msg.chatKind })
      .onConflictDoNothing();
    knownChats.add(msg.chatAddress);
  }

  async function processMessage(msg: InboundMessage, sink: ReplySink): Promise<HandleOutcome> {
    const context = { chat: msg.chatAddress, sender: msg.senderId, msgId: msg.platformMessageId };
    try {
      if (!relevant(msg)) return 'ignored';
      if (!(await firstDelivery(msg))) {
        log.info(context, 'redelivered message ignored');
        return 'duplicate';
      }
      await rememberChat(msg);
      await route(msg, sink);
      return 'replied';
    } catch (err) {
      log.error({ ...context, err }, 'message handling failed');
      try {
        if (msg.button) await sink.acknowledge({ text: locale.error.slice(0, 60) }).catch(() => undefined);
        await sink.send({ kind: 'text', text: locale.error });
      } catch (sendErr) {
        log.error({ ...context, err: sendErr }, 'could not send the apology either');
      }
      return 'failed';
    }
  }

  return {
    // button presses get their own lane per chat: a click must be acknowledged within seconds
    // (WeCom's 5 s card-update window) even while a slow answer is being written for that chat
    handle: (msg, sink) => queue.run(msg.button ? `${msg.chatAddress}#buttons` : msg.chatAddress, () => processMessage(msg, sink)),
    registerCommand: (def) => registry.registerCommand(def),
    registerButton: (prefix, handler, opts) => registry.registerButton(prefix, handler, opts),
    commands: registry,
    feedback: async (logId, value) => {
      try {
        await deps.qa.feedback(logId, value);
      } catch (err) {
        log.warn({ err, logId }, 'feedback not recorded');
      }
    },
    idle: () => queue.idle(),
  };
}

/** Turns a Q&A answer into a Markdown reply with its sources as 《标题》第X条. */
export function answerToReply(answer: Answer, locale: Locale = zhCN): MarkdownReply {
  const seen = new Set<string>();
  const sources: string[] = [];
  for (const c of answer.citations) {
    const s = formatCitation(c);
    if (!seen.has(s)) {
      seen.add(s);
      sources.push(s);
    }
  }
  const body = answer.declined && sources.length === 0 ? `${answer.text}\n${locale.declinedHint}` : answer.text;
  const markdown = sources.length ? `${body}\n\n**${locale.sources}**：\n${sources.map((s) => `- ${s}`).join('\n')}` : body;
  const fallback = sources.length ? `${stripMarkdown(body)}\n\n${locale.sources}：${sources.join('、')}` : stripMarkdown(body);
  return { kind: 'markdown', markdown, citations: answer.citations, fallback, ...(answer.logId !== undefined ? { logId: answer.logId } : {}) };
}

/** Removes the light Markdown the answerer may use (**bold**, `code`, # headings). */
export function stripMarkdown(s: string): string {
  return s
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/__(.+?)__/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^#{1,6}\s+/gm, '');
}

/** A push-based async iterable of text snapshots, ended by `end()`. Slow readers see only the latest snapshot. */
class PartialStream implements AsyncIterable<string> {
  private latest: string | undefined;
  private done = false;
  private wake: (() => void) | undefined;

  push(text: string): void {
    if (this.done) return;
    this.latest = text;
    this.wake?.();
  }

  end(): void {
    this.done = true;
    this.wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<string> {
    for (;;) {
      if (this.latest !== undefined) {
        const t = this.latest;
        this.latest = undefined;
        yield t;
        continue;
      }
      if (this.done) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
  }
}
