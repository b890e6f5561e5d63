/**
 * Telegram channel on telegraf. Long polling by default; with a webhook secret, updates arrive at
 * POST /telegram/webhook with the `X-Telegram-Bot-Api-Secret-Token` header checked (else 403) and
 * are acknowledged with 200 at once, then handled (the pipeline dedupes redeliveries by update_id).
 * Sends use HTML; 429 `retry_after` is honoured, 5xx/network retried with backoff, errors mapped to
 * the ChannelError family. Button presses are answered with answerCallbackQuery.
 */
import { timingSafeEqual } from 'node:crypto';
import { Telegraf, TelegramError } from 'telegraf';
import type { ButtonAck, ChannelCapabilities, Reply, ReplySink, StreamReply } from '../../../core/conversation';
import { settleReply } from '../../../core/conversation';
import { ChannelAuthError, ChannelError, ChannelRateLimitError, ChannelTargetError } from '../../../core/errors';
import type { Logger } from '../../../core/logger';
import { readBodyText, sendText, type Route } from '../../http';
import type { Conversation } from '../../pipeline';
import { withRetry, type RetryOptions } from '../../retry';
import { decodeTelegramUpdate, type TelegramBotIdentity, type TgUpdate } from './decode';
import { renderTelegram, TELEGRAM_TEXT_CHARS, type TelegramMessage } from './render';

const CHANNEL = 'telegram';

/** Config slice (core/config.ts `channels.telegram`). */
export interface TelegramConfig {
  /** Bot token (env TELEGRAM_BOT_TOKEN). */
  token: string;
  /** API origin, e.g. http://127.0.0.1:8081 (env TELEGRAM_API_ROOT; default https://api.telegram.org). */
  apiRoot: string | undefined;
  /** Set = webhook mode at `webhookPath` (env TELEGRAM_WEBHOOK_SECRET); unset = long polling. */
  webhookSecret: string | undefined;
  /** Public https URL to register with setWebhook at start; unset = registered by the operator. */
  webhookUrl?: string;
  /** Default /telegram/webhook. */
  webhookPath?: string;
}

export interface TelegramDeps {
  conversation: Conversation;
  logger: Logger;
  retry?: RetryOptions;
}

/** A streamed answer shows up once it has taken this long; until then the user sees "typing". */
const STREAM_AFTER_MS = 1500;
/** Telegram tolerates about one edit per second per chat. */
const STREAM_EDIT_EVERY_MS = 1000;

export const TELEGRAM_CAPABILITIES: ChannelCapabilities = {
  buttons: true,
  // Streamed by editing one message; see sendStream.
  streaming: true,
  editing: true,
  markdown: true,
  maxTextChars: TELEGRAM_TEXT_CHARS,
};

export interface TelegramChannel {
  routes: Route[];
  capabilities: ChannelCapabilities;
  mode: 'polling' | 'webhook';
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Sends a reply to a chat id; returns the Telegram message ids. */
  deliver(chatId: string, reply: Reply): Promise<string[]>;
}

/** Maps telegraf/network errors to the ChannelError family. */
export function mapTelegramError(err: unknown): ChannelError {
  if (err instanceof ChannelError) return err;
  if (err instanceof TelegramError) {
    const code = err.code;
    const msg = `Telegram ${code}: ${err.description}`;
    if (code === 429) return new ChannelRateLimitError(CHANNEL, msg, (err.parameters?.retry_after ?? 5) * 1000, code, { cause: err });
    if (code === 401) return new ChannelAuthError(CHANNEL, msg, code, { cause: err });
    if (code === 403 || (code === 400 && /chat not found|user is deactivated|PEER_ID_INVALID/i.test(err.description))) {
      return new ChannelTargetError(CHANNEL, msg, code, { cause: err });
    }
    return new ChannelError(CHANNEL, msg, code >= 500, code, { cause: err });
  }
  return new ChannelError(CHANNEL, `Telegram request failed: ${(err as Error)?.message ?? String(err)}`, true, undefined, { cause: err });
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function createTelegramChannel(cfg: TelegramConfig, deps: TelegramDeps): TelegramChannel {
  const log = deps.logger.child({ channel: CHANNEL });
  const bot = new Telegraf(cfg.token, { telegram: { apiRoot: cfg.apiRoot ?? 'https://api.telegram.org', webhookReply: false } });
  const mode = cfg.webhookSecret ? 'webhook' : 'polling';
  const path = cfg.webhookPath ?? '/telegram/webhook';
  const retry: RetryOptions = { ...deps.retry, onRetry: (err, attempt, ms) => log.warn({ err: err.message, attempt, ms }, 'telegram call retry') };
  let me: TelegramBotIdentity | undefined;
  let polling: Promise<void> | undefined;

  const call = <T>(op: () => Promise<T>): Promise<T> =>
    withRetry(async () => {
      try {
        return await op();
      } catch (err) {
        throw mapTelegramError(err);
      }
    }, retry);

  async function sendOne(chatId: string | number, m: TelegramMessage, replyTo?: number): Promise<number> {
    const extra = {
      reply_markup: m.keyboard ? { inline_keyboard: m.keyboard } : undefined,
      reply_parameters: replyTo ? { message_id: replyTo, allow_sending_without_reply: true } : undefined,
    };
    try {
      const sent = await call(() => bot.telegram.sendMessage(chatId, m.html, { parse_mode: 'HTML', ...extra }));
      return sent.message_id;
    } catch (err) {
      // a rendering slip must not cost the user the answer: resend as plain text
      if (err instanceof ChannelError && err.code === 400 && /parse entities/i.test(err.message)) {
        log.error({ err: err.message }, 'telegram rejected HTML, resending as plain text');
        const sent = await call(() => bot.telegram.sendMessage(chatId, m.plain, extra));
        return sent.message_id;
      }
      throw err;
    }
  }

  /**
   * A slow answer (a model generating) is shown as it grows: after STREAM_AFTER_MS without the final
   * answer, the text so far is sent and then edited at most once a second; the final text replaces
   * it. Fast answers (extractive, or a quick model) arrive as one message, without flicker.
   */
  async function sendStream(chatId: string | number, reply: StreamReply, replyTo?: number): Promise<string[]> {
    let latest = '';
    const consuming = (async () => {
      for await (const p of reply.partials) latest = p;
    })().catch(() => undefined);
    const finalDone = reply.final.then(() => 'final' as const);
    const wait = (ms: number) => new Promise<'tick'>((r) => setTimeout(() => r('tick'), ms));
    if ((await Promise.race([finalDone, wait(STREAM_AFTER_MS)])) === 'final' || !latest) {
      const ids = await send(chatId, await reply.final, replyTo);
      await consuming;
      return ids;
    }
    const growing = (t: string) => `${t.slice(0, TELEGRAM_TEXT_CHARS - 2)} …`;
    const first = await call(() =>
      bot.telegram.sendMessage(chatId, growing(latest), replyTo ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
    );
    let shown = latest;
    while ((await Promise.race([finalDone, wait(STREAM_EDIT_EVERY_MS)])) !== 'final') {
      if (latest === shown) continue;
      shown = latest;
      await call(() => bot.telegram.editMessageText(chatId, first.message_id, undefined, growing(shown))).catch((err: unknown) =>
        log.warn({ err: (err as Error).message }, 'could not update the streamed message'),
      );
    }
    await consuming;
    const [head, ...rest] = renderTelegram(await reply.final);
    const ids = [String(first.message_id)];
    if (head) {
      const extra = { reply_markup: head.keyboard ? { inline_keyboard: head.keyboard } : undefined };
      await call(() => bot.telegram.editMessageText(chatId, first.message_id, undefined, head.html, { parse_mode: 'HTML', ...extra })).catch(
        async (err: unknown) => {
          // The final text must reach the user: as plain text in place, or as a new message.
          log.warn({ err: (err as Error).message }, 'final edit failed; sending the answer as plain text');
          await call(() => bot.telegram.editMessageText(chatId, first.message_id, undefined, head.plain, extra)).catch(() => sendOne(chatId, head));
        },
      );
    }
    for (const m of rest) ids.push(String(await sendOne(chatId, m)));
    return ids;
  }

  async function send(chatId: string | number, reply: Reply, replyTo?: number): Promise<string[]> {
    if (reply.kind === 'stream') return sendStream(chatId, reply, replyTo);
    const ids: string[] = [];
    for (const [i, m] of renderTelegram(await settleReply(reply)).entries()) {
      ids.push(String(await sendOne(chatId, m, i === 0 ? replyTo : undefined)));
    }
    return ids;
  }

  async function onUpdate(update: TgUpdate): Promise<void> {
    if (!me) return;
    const decoded = decodeTelegramUpdate(update, me, new Date());
    if (!decoded) return;
    const { chatId, messageId, callbackQueryId, buttonMessageId, msg } = decoded;
    const replyTo = msg.chatKind === 'group' ? messageId : undefined;
    const sink: ReplySink = {
      capabilities: TELEGRAM_CAPABILITIES,
      send: async (reply) => void (await send(chatId, reply, replyTo)),
      acknowledge: async (ack: ButtonAck) => {
        if (!callbackQueryId) return;
        await call(() => bot.telegram.answerCbQuery(callbackQueryId, ack.text.slice(0, 200)));
        if (ack.card && buttonMessageId) {
          const [m] = renderTelegram(ack.card);
          if (m) {
            await call(() =>
              bot.telegram.editMessageText(chatId, buttonMessageId, undefined, m.html, {
                parse_mode: 'HTML',
                reply_markup: m.keyboard ? { inline_keyboard: m.keyboard } : undefined,
              }),
            ).catch((err: unknown) => log.warn({ err: (err as Error).message }, 'could not edit the pressed card'));
          }
        }
      },
    };
    await deps.conversation.handle(msg, sink);
  }

  bot.use((ctx) => {
    // not awaited: telegraf waits for middleware, and a slow answer must not hold the polling loop
    void onUpdate(ctx.update as unknown as TgUpdate);
  });
  bot.catch((err) => log.error({ err }, 'telegram update failed'));

  const webhook: Route = {
    method: 'POST',
    path,
    handler: async (req, res) => {
      const header = req.headers['x-telegram-bot-api-secret-token'];
      if (!cfg.webhookSecret || typeof header !== 'string' || !safeEqual(header, cfg.webhookSecret)) {
        log.warn({ ip: req.socket.remoteAddress }, 'telegram webhook rejected: bad secret token');
        return sendText(res, 403);
      }
      let update: TgUpdate;
      try {
        update = (req.body && typeof req.body === 'object' && 'update_id' in req.body ? req.body : JSON.parse(await readBodyText(req))) as TgUpdate;
      } catch {
        return sendText(res, 415);
      }
      if (typeof update?.update_id !== 'number') return sendText(res, 400);
      sendText(res, 200);
      if (!me) {
        log.warn('telegram update before start(); ignored');
        return;
      }
      bot.handleUpdate(update as never).catch((err: unknown) => log.error({ err }, 'telegram update failed'));
    },
  };

  return {
    routes: mode === 'webhook' ? [webhook] : [],
    capabilities: TELEGRAM_CAPABILITIES,
    mode,
    async start() {
      const info = await call(() => bot.telegram.getMe());
      bot.botInfo = info;
      me = { id: info.id, username: info.username };
      if (mode === 'webhook') {
        if (cfg.webhookUrl) {
          await call(() => bot.telegram.setWebhook(cfg.webhookUrl!, { secret_token: cfg.webhookSecret, allowed_updates: ['message', 'callback_query'] }));
        }
        log.info({ bot: info.username, path }, 'telegram webhook mode');
        return;
      }
      await new Promise<void>((resolve, reject) => {
        polling = bot.launch({ allowedUpdates: ['message', 'callback_query'] }, () => resolve());
        polling.catch((err: unknown) => {
          log.error({ err }, 'telegram polling stopped');
          reject(err);
        });
      });
      log.info({ bot: info.username }, 'telegram polling');
    },
    async stop() {
      if (polling) {
        bot.stop('shutdown');
        await polling.catch(() => undefined);
        polling = undefined;
      }
    },
    deliver: (chatId, reply) => send(chatId, reply),
  };
}
