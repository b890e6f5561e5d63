/**
 * Channel composition: builds every configured channel from `config.channels`, collects their HTTP
 * routes (mounted by the service's express app; channels themselves stay express-free), starts and
 * stops the long-running ones, and offers one `deliverer` for proactive notices (the jobs outbox
 * calls it). A channel is live when its variables are set; start-up logs which are live.
 */
import type { ChannelName, Reply } from '../core/conversation';
import type { ChannelsConfig } from '../core/config';
import { ChannelAuthError, ChannelError } from '../core/errors';
import type { Logger } from '../core/logger';
import type { TelegramChannel } from './channels/telegram/adapter';
import { createWebChannel } from './channels/web/adapter';
import { createWecomAppChannel, type WecomAppChannel } from './channels/wecom-app/adapter';
import type { WecomBotChannel } from './channels/wecom-bot/adapter';
import { createWecomWebhookChannel } from './channels/wecom-webhook/adapter';
import type { Route } from './http';
import type { Conversation } from './pipeline';
import type { RetryOptions } from './retry';

export type { Route, HttpRequest } from './http';
export { createConversation, type Conversation, type ConversationDeps, type HandleOutcome } from './pipeline';
export type { CommandDefinition, CommandContext, ButtonContext, ButtonResult, HandlerResult } from './commands';
export { issueBindCode, resolveMember, type ChatMember } from './identity';

/** What the composition root passes in. */
export interface ChannelDeps {
  conversation: Conversation;
  logger: Logger;
  /** Retry policy for platform calls (defaults: 4 attempts, 200 ms doubling, rate-limit waits ≤ 10 s). */
  retry?: RetryOptions;
  /** Public https URL for Telegram's setWebhook; unset = the operator registers the webhook. */
  telegramWebhookUrl?: string;
  /** Smart-bot connection tuning (tests, bench). */
  wecomBot?: { heartbeatIntervalMs?: number; reconnectIntervalMs?: number; startTimeoutMs?: number };
  /** Web chat route; default on at POST /api/chat. */
  webChat?: boolean;
  /** Restart of a channel that failed to start for a passing reason: first wait and longest wait (default 5 s doubling to 5 min). */
  restart?: { firstDelayMs?: number; maxDelayMs?: number };
}

/** Result of one proactive delivery. */
export interface DeliveryResult {
  channel: ChannelName;
  target: string;
  /** Platform message ids (or req_ids for the smart bot), one per message sent. */
  messageIds: string[];
  /** True when this idempotency key had already been delivered by this process; nothing was sent. */
  repeated: boolean;
}

/** Sends proactive notices; throws the ChannelError family (ChannelRateLimitError has retryAfterMs). */
export interface Deliverer {
  /**
   * Sends `payload` to `target` through `channel`. `target` is a chat address ("telegram:-1001",
   * "wecom-bot:wrGROUP1", "wecom-app:zhangsan", "wecom-webhook:<key>") or the bare id for that
   * channel. A key already delivered by this process returns `repeated: true` without sending.
   */
  deliver(channel: string, target: string, payload: Reply, idempotencyKey: string): Promise<DeliveryResult>;
  /** Channels that can deliver right now. */
  readonly channels: ChannelName[];
}

export interface Channels {
  routes: Route[];
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Live channel names, e.g. ["web", "telegram", "wecom-app"]. */
  live: ChannelName[];
  deliverer: Deliverer;
}

const DELIVERED_CAP = 10_000;

/** Accepts a Reply (or a plain string, as text) from stored outbox payloads; undefined otherwise. */
function asReply(payload: unknown): Reply | undefined {
  if (typeof payload === 'string') return payload.trim() ? { kind: 'text', text: payload } : undefined;
  if (!payload || typeof payload !== 'object') return undefined;
  const p = payload as Record<string, unknown>;
  if (p.kind === 'text' && typeof p.text === 'string') return p as unknown as Reply;
  if (p.kind === 'markdown' && typeof p.markdown === 'string') {
    return { ...(p as object), fallback: typeof p.fallback === 'string' ? p.fallback : (p.markdown as string) } as Reply;
  }
  if (p.kind === 'card' && typeof p.title === 'string' && Array.isArray(p.buttons)) {
    return { body: '', fallback: p.title, ...(p as object) } as Reply;
  }
  if (p.kind === 'stream' && p.final instanceof Promise) return p as unknown as Reply;
  return undefined;
}

export function createChannels(config: ChannelsConfig, deps: ChannelDeps): Channels {
  const log = deps.logger.child({ module: 'channels' });
  const routes: Route[] = [];
  const live: ChannelName[] = [];
  const senders = new Map<ChannelName, (target: string, reply: Reply) => Promise<string[]>>();
  let telegram: TelegramChannel | undefined;
  let wecomBot: WecomBotChannel | undefined;
  let wecomApp: WecomAppChannel | undefined;
  const base = { conversation: deps.conversation, logger: deps.logger, retry: deps.retry };

  if (deps.webChat !== false) {
    routes.push(...createWebChannel(base).routes);
    live.push('web');
  }
  // Platform SDKs are loaded only for configured channels (telegraf and the aibot SDK cost ~35 MB).
  if (config.telegram) {
    const { createTelegramChannel } = require('./channels/telegram/adapter') as typeof import('./channels/telegram/adapter');
    telegram = createTelegramChannel({ ...config.telegram, webhookUrl: deps.telegramWebhookUrl }, base);
    routes.push(...telegram.routes);
    senders.set('telegram', telegram.deliver);
    live.push('telegram');
  }
  if (config.wecomBot) {
    const { createWecomBotChannel } = require('./channels/wecom-bot/adapter') as typeof import('./channels/wecom-bot/adapter');
    wecomBot = createWecomBotChannel({ ...config.wecomBot, ...deps.wecomBot }, base);
    senders.set('wecom-bot', wecomBot.deliver);
    live.push('wecom-bot');
  }
  if (config.wecomApp) {
    wecomApp = createWecomAppChannel({ ...config.wecomApp, apiBase: config.wecomApiBase }, base);
    routes.push(...wecomApp.routes);
    senders.set('wecom-app', wecomApp.deliver);
    live.push('wecom-app');
  }
  // robots can be addressed by keys stored per chat, so delivery works even without env keys
  const webhook = createWecomWebhookChannel({ apiBase: config.wecomApiBase, keys: config.wecomWebhookKeys }, base);
  senders.set('wecom-webhook', webhook.deliver);
  if (config.wecomWebhookKeys.length > 0) live.push('wecom-webhook');

  const delivered = new Map<string, DeliveryResult>();
  const inflight = new Map<string, Promise<DeliveryResult>>();

  const deliverer: Deliverer = {
    get channels() {
      return [...senders.keys()];
    },
    async deliver(channel, target, payload, idempotencyKey) {
      const send = senders.get(channel as ChannelName);
      if (!send) throw new ChannelError(channel, `channel ${channel} is not configured`, false);
      const reply = asReply(payload);
      if (!reply) throw new ChannelError(channel, 'payload is not a Reply (text, markdown, card or stream)', false);
      const bare = target.startsWith(`${channel}:`) ? target.slice(channel.length + 1) : target;
      if (!bare) throw new ChannelError(channel, 'empty delivery target', false);
      const done = delivered.get(idempotencyKey);
      if (done) return { ...done, repeated: true };
      const running = inflight.get(idempotencyKey);
      if (running) return running.then((r) => ({ ...r, repeated: true }));
      const attempt = (async () => {
        const messageIds = await send(bare, reply);
        const result: DeliveryResult = { channel: channel as ChannelName, target: `${channel}:${bare}`, messageIds, repeated: false };
        delivered.set(idempotencyKey, result);
        if (delivered.size > DELIVERED_CAP) delivered.delete(delivered.keys().next().value!);
        return result;
      })().finally(() => inflight.delete(idempotencyKey));
      inflight.set(idempotencyKey, attempt);
      return attempt;
    },
  };

  const restarts = new Map<ChannelName, NodeJS.Timeout>();
  let stopping = false;
  /**
   * A platform outage at boot must not take the other channels down, nor leave this one deaf until
   * the next deploy: it is started again in the background, after 5 s, doubling to 5 min, until it
   * starts or the service stops. Refused credentials are not retried (they stop start-up).
   */
  const restartLater = (name: ChannelName, start: () => Promise<void>, delayMs: number): void => {
    const maxDelay = deps.restart?.maxDelayMs ?? 300_000;
    const timer = setTimeout(() => {
      restarts.delete(name);
      if (stopping) return;
      start().then(
        () => log.info({ channel: name }, 'channel started after an earlier failure'),
        (err: unknown) => {
          if (err instanceof ChannelAuthError) {
            log.error({ channel: name, err }, 'channel refused our credentials; not retried');
            return;
          }
          const next = Math.min(delayMs * 2, maxDelay);
          log.error({ channel: name, err, retryInMs: next }, 'channel failed to start');
          restartLater(name, start, next);
        },
      );
    }, delayMs);
    timer.unref();
    restarts.set(name, timer);
  };

  return {
    routes,
    live,
    deliverer,
    async start() {
      stopping = false;
      const starting: Array<[ChannelName, () => Promise<void>, Promise<void>]> = [];
      if (telegram) starting.push(['telegram', telegram.start, telegram.start()]);
      if (wecomBot) starting.push(['wecom-bot', wecomBot.start, wecomBot.start()]);
      for (const [name, start, p] of starting) {
        try {
          await p;
        } catch (err) {
          if (err instanceof ChannelAuthError) {
            throw new ChannelAuthError(name, `${name} refused our credentials: ${err.message}`, err.code, { cause: err });
          }
          const first = deps.restart?.firstDelayMs ?? 5_000;
          log.error({ channel: name, err, retryInMs: first }, 'channel failed to start');
          restartLater(name, start, first);
        }
      }
      log.info({ live }, `channels live: ${live.join(', ') || 'none'}`);
    },
    async stop() {
      stopping = true;
      for (const timer of restarts.values()) clearTimeout(timer);
      restarts.clear();
      await Promise.all([telegram?.stop(), wecomBot?.stop()]);
    },
  };
}
