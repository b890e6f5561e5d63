/**
 * The command and button registries. Features add themselves here (meetings: 会议/签到, points:
 * 积分/排行, news: 新闻/订阅新闻) without touching the pipeline:
 *
 *   conversation.registerCommand({ name: 'points', aliases: ['积分'], memberOnly: true,
 *     description: '查看我的积分', handler: async (ctx) => ({ kind: 'text', text: '…' }) });
 *   conversation.registerButton('mtg:rsvp', async (ctx) => ({ ack: { text: '已登记' } }));
 *
 * Handlers return replies; they never call a platform.
 */
import type { ButtonAck, ChannelCapabilities, InboundMessage, Reply } from '../core/conversation';
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { QuestionAnswerer } from '../core/qa';
import type { Db } from '../data/db';
import type { ChatMember } from './identity';
import type { Locale } from './locales/zh-CN';

/** Shared services handed to every handler. */
export interface HandlerServices {
  db: Db;
  qa: QuestionAnswerer;
  logger: Logger;
  clock: Clock;
  locale: Locale;
}

/** What a command handler sees. */
export interface CommandContext extends HandlerServices {
  msg: InboundMessage;
  /** Text after the command word, trimmed ("/ask 三会一课" → "三会一课"). */
  args: string;
  /** The command as written ("/ask", "提问"). */
  invokedAs: string;
  /** The sender's member record; always set for `memberOnly` commands. */
  member: ChatMember | undefined;
  /** What the chat can show, e.g. to choose a card or a text list. */
  capabilities: ChannelCapabilities;
  /** Answers a question through the Q&A port, streamed where the channel streams. */
  ask(question: string): Promise<Reply>;
}

/** Whatever a handler may return: nothing, one reply or several. */
export type HandlerResult = Reply | Reply[] | void | undefined;

/** A chat command. */
export interface CommandDefinition {
  /** Slash name without "/", ASCII, e.g. "help" → /help. */
  name: string;
  /** Chinese (or other) words that trigger the command, e.g. ["帮助"]. Matched at the start of the text. */
  aliases?: string[];
  /** One line for the help text. Omit to hide the command from help. */
  description?: string;
  /** Usage example for the help line, e.g. "/ask 问题". Defaults to "/name". */
  usage?: string;
  /** Unbound senders get the bind instructions instead of the handler. */
  memberOnly?: boolean;
  handler(ctx: CommandContext): Promise<HandlerResult> | HandlerResult;
}

/** What a button handler sees: `parts` is the payload split on ":" after the prefix. */
export interface ButtonContext extends HandlerServices {
  msg: InboundMessage;
  payload: string;
  /** "mtg:rsvp:42:yes" registered under "mtg:rsvp" → ["42", "yes"]. */
  parts: string[];
  member: ChatMember | undefined;
  capabilities: ChannelCapabilities;
}

/** A button handler's answer: the acknowledgement, plus optional replies to the chat. */
export interface ButtonResult {
  ack: ButtonAck;
  reply?: Reply | Reply[];
}

export interface ButtonDefinition {
  /** Payload prefix up to a ":" boundary, e.g. "mtg:rsvp". */
  prefix: string;
  memberOnly?: boolean;
  handler(ctx: ButtonContext): Promise<ButtonResult> | ButtonResult;
}

/** A parsed command invocation. */
export interface CommandMatch {
  command: CommandDefinition | undefined;
  /** The command word as written, e.g. "/foo" for an unknown command. */
  invokedAs: string;
  args: string;
}

const ALIAS_END = /^(?:$|[\s:：,，])/;

/** Holds the commands and buttons; lookups by slash name, alias or payload prefix. */
export class CommandRegistry {
  private readonly byName = new Map<string, CommandDefinition>();
  private readonly aliases: Array<{ alias: string; command: CommandDefinition }> = [];
  private readonly buttons: ButtonDefinition[] = [];

  /** Adds a command. Throws if the name or an alias is already taken. */
  registerCommand(def: CommandDefinition): void {
    const name = def.name.toLowerCase();
    if (!/^[a-z0-9_]{1,32}$/.test(name)) throw new Error(`bad command name "${def.name}"`);
    if (this.byName.has(name)) throw new Error(`command /${name} is already registered`);
    for (const alias of def.aliases ?? []) {
      if (this.aliases.some((a) => a.alias === alias)) throw new Error(`command alias "${alias}" is already registered`);
    }
    this.byName.set(name, def);
    for (const alias of def.aliases ?? []) this.aliases.push({ alias, command: def });
    // longest alias first, so "订阅新闻" wins over "新闻"
    this.aliases.sort((a, b) => b.alias.length - a.alias.length);
  }

  /** Adds a button handler for payloads equal to `prefix` or starting with `prefix + ":"`. */
  registerButton(prefix: string, handler: ButtonDefinition['handler'], opts: { memberOnly?: boolean } = {}): void {
    if (!prefix || prefix.endsWith(':')) throw new Error(`bad button prefix "${prefix}"`);
    if (this.buttons.some((b) => b.prefix === prefix)) throw new Error(`button prefix "${prefix}" is already registered`);
    this.buttons.push({ prefix, handler, memberOnly: opts.memberOnly });
    this.buttons.sort((a, b) => b.prefix.length - a.prefix.length);
  }

  /** All commands in registration order. */
  list(): CommandDefinition[] {
    return [...this.byName.values()];
  }

  /**
   * Parses a command from text. Slash commands always count ("/help", "/ask@bot x" arrives already
   * normalised); aliases count only when `allowAliases` (private chats and messages addressed to the bot).
   * Returns undefined when the text is not a command.
   */
  match(text: string, allowAliases: boolean): CommandMatch | undefined {
    const t = text.trim();
    const slash = /^[/／]([^\s@]+)(?:@\S+)?(?:\s+([\s\S]*))?$/.exec(t);
    if (slash) {
      const word = slash[1]!;
      const args = (slash[2] ?? '').trim();
      const command = this.byName.get(word.toLowerCase()) ?? this.aliases.find((a) => a.alias === word)?.command;
      return { command, invokedAs: `/${word}`, args };
    }
    if (!allowAliases) return undefined;
    for (const { alias, command } of this.aliases) {
      if (t.startsWith(alias) && ALIAS_END.test(t.slice(alias.length))) {
        return { command, invokedAs: alias, args: t.slice(alias.length).replace(/^[\s:：,，]+/, '').trim() };
      }
    }
    return undefined;
  }

  /** Finds the button handler for a payload and the payload parts after its prefix. */
  matchButton(payload: string): { def: ButtonDefinition; parts: string[] } | undefined {
    for (const def of this.buttons) {
      if (payload === def.prefix) return { def, parts: [] };
      if (payload.startsWith(def.prefix + ':')) return { def, parts: payload.slice(def.prefix.length + 1).split(':') };
    }
    return undefined;
  }

  /** The help text: one line per described command. */
  helpText(header: string, footer?: string): string {
    const lines = this.list()
      .filter((c) => c.description)
      .map((c) => {
        const alias = c.aliases?.[0] ? `（${c.aliases[0]}）` : '';
        return `${c.usage ?? `/${c.name}`}${alias} — ${c.description}`;
      });
    return [header, ...lines, ...(footer ? [footer] : [])].join('\n');
  }
}
