/**
 * WeCom smart bot over the aibot long connection (@wecom/aibot-node-sdk WSClient). Answers are
 * streamed on the message's req_id (partials replace the shown text, `finish` ends it); cards are
 * button_interaction template cards; a click (`template_card_event`) is acknowledged by updating
 * the card on the event's req_id (5 s window); `enter_chat` gets the welcome text; notices go out
 * with aibot_send_msg. The SDK reconnects after drops (here: forever, with its backoff).
 */
import { randomBytes } from 'node:crypto';
import { WSClient, type WsFrame } from '@wecom/aibot-node-sdk';
import type { ButtonAck, CardReply, ChannelCapabilities, Reply, ReplySink } from '../../../core/conversation';
import { ChannelAuthError, ChannelError, ChannelRateLimitError } from '../../../core/errors';
import type { Logger } from '../../../core/logger';
import { zhCN } from '../../locales/zh-CN';
import type { Conversation } from '../../pipeline';
import { withRetry, type RetryOptions } from '../../retry';
import { decodeAibotCardEvent, decodeAibotFeedback, decodeAibotMessage, type AibotBody } from './decode';
import { aibotMarkdown, aibotTaskId, AIBOT_STREAM_BYTES, renderAibotCard, splitForStream, splitMarkdown } from './render';

const CHANNEL = 'wecom-bot';

/** Config slice (core/config.ts `channels.wecomBot`). */
export interface WecomBotConfig {
  /** Env WECOM_BOT_ID. */
  botId: string;
  /** Env WECOM_BOT_SECRET. */
  secret: string;
  /** Env WECOM_BOT_WS_URL; default wss://openws.work.weixin.qq.com. */
  wsUrl: string | undefined;
  /** Heartbeat interval in ms. Default 30000. */
  heartbeatIntervalMs?: number;
  /** Base reconnect delay in ms (doubles, capped at 30 s by the SDK). Default 1000. */
  reconnectIntervalMs?: number;
  /** How long start() waits for authentication before going on (the SDK keeps trying). Default 10000. */
  startTimeoutMs?: number;
}

export interface WecomBotDeps {
  conversation: Conversation;
  logger: Logger;
  retry?: RetryOptions;
  /** Welcome text for enter_chat. Default zh-CN welcome. */
  welcomeText?: string;
}

export const WECOM_BOT_CAPABILITIES: ChannelCapabilities = {
  buttons: true,
  streaming: true,
  editing: true,
  markdown: true,
  maxTextBytes: AIBOT_STREAM_BYTES,
};

export interface WecomBotChannel {
  capabilities: ChannelCapabilities;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** True while authenticated. */
  readonly connected: boolean;
  /** Proactive message to a group chatid or a userid. */
  deliver(chatId: string, reply: Reply): Promise<string[]>;
}

/** Maps SDK rejections (Error on timeout/close, or the raw error ack frame) to ChannelErrors. */
export function mapAibotError(err: unknown): ChannelError {
  if (err instanceof ChannelError) return err;
  if (err instanceof Error) return new ChannelError(CHANNEL, `aibot: ${err.message}`, true, undefined, { cause: err });
  const frame = err as { errcode?: number; errmsg?: string };
  const code = frame?.errcode;
  const msg = `aibot ${code}: ${frame?.errmsg ?? 'error'}`;
  if (code === 45009 || code === 45033) return new ChannelRateLimitError(CHANNEL, msg, 60_000, code);
  return new ChannelError(CHANNEL, msg, code === -1 || code === undefined, code);
}

export function createWecomBotChannel(cfg: WecomBotConfig, deps: WecomBotDeps): WecomBotChannel {
  const log = deps.logger.child({ channel: CHANNEL });
  const retry: RetryOptions = { ...deps.retry, onRetry: (err, attempt, ms) => log.warn({ err: err.message, attempt, ms }, 'aibot call retry') };
  const welcome = deps.welcomeText ?? zhCN.welcome;
  // cards we sent recently, so a click can be acknowledged on the same card
  const cards = new Map<string, CardReply>();
  // feedback ids put on answer streams → the answer's Q&A log id (known only when the stream ends)
  const feedbackIds = new Map<string, number>();
  let authenticated = false;

  const client = new WSClient({
    botId: cfg.botId,
    secret: cfg.secret,
    wsUrl: cfg.wsUrl,
    heartbeatInterval: cfg.heartbeatIntervalMs,
    reconnectInterval: cfg.reconnectIntervalMs,
    maxReconnectAttempts: -1,
    maxAuthFailureAttempts: 5,
    logger: {
      debug: (m, ...a) => log.debug({ args: a }, m),
      info: (m, ...a) => log.debug({ args: a }, m),
      warn: (m, ...a) => log.warn({ args: a }, m),
      error: (m, ...a) => log.error({ args: a }, m),
    },
  });

  const call = <T>(op: () => Promise<T>): Promise<T> =>
    withRetry(async () => {
      try {
        return await op();
      } catch (err) {
        throw mapAibotError(err);
      }
    }, retry);

  function rememberCard(card: CardReply): string {
    const taskId = aibotTaskId(card);
    cards.set(taskId, card);
    if (cards.size > 1000) cards.delete(cards.keys().next().value!);
    return taskId;
  }

  async function sendProactive(chatId: string, reply: Reply): Promise<string[]> {
    const r = reply.kind === 'stream' ? await reply.final : reply;
    const ids: string[] = [];
    if (r.kind === 'card') {
      const card = renderAibotCard(r, rememberCard(r));
      const ack = await call(() => client.sendMessage(chatId, { msgtype: 'template_card', template_card: card as never }));
      ids.push(ack.headers.req_id);
      return ids;
    }
    for (const content of splitMarkdown(aibotMarkdown(r))) {
      const ack = await call(() => client.sendMessage(chatId, { msgtype: 'markdown', markdown: { content } }));
      ids.push(ack.headers.req_id);
    }
    return ids;
  }

  /** Streams a reply on the callback's req_id; overflow beyond one stream goes out proactively. */
  async function streamReply(frame: WsFrame, chatId: string, reply: Reply): Promise<void> {
    const streamId = `s_${Date.now().toString(36)}${randomBytes(4).toString('hex')}`;
    // feedback.id may only ride on the first frame of a stream
    const feedbackId = `fb_${streamId}`;
    let firstFrame = true;
    const feedbackOnce = () => (firstFrame ? ((firstFrame = false), { id: feedbackId }) : undefined);
    let r = reply;
    if (r.kind === 'stream') {
      for await (const partial of r.partials) {
        // intermediate frames may be skipped while the previous one waits for its ack
        const feedback = firstFrame ? { id: feedbackId } : undefined;
        const sent = await client.replyStreamNonBlocking(frame, streamId, splitForStream(partial).first, false, undefined, feedback).catch((err: unknown) => {
          log.warn({ err: mapAibotError(err).message }, 'stream partial not sent');
          return 'skipped' as const;
        });
        if (sent !== 'skipped') firstFrame = false;
      }
      r = await r.final;
    }
    if (r.kind === 'card') {
      await call(() => client.replyTemplateCard(frame, renderAibotCard(r as CardReply, rememberCard(r as CardReply)) as never));
      return;
    }
    if (r.kind === 'markdown' && r.logId !== undefined) {
      feedbackIds.set(feedbackId, r.logId);
      if (feedbackIds.size > 5000) feedbackIds.delete(feedbackIds.keys().next().value!);
    }
    const { first, rest } = splitForStream(aibotMarkdown(r));
    const finalFeedback = r.kind === 'markdown' && r.logId !== undefined ? feedbackOnce() : undefined;
    await call(() => client.replyStream(frame, streamId, first, true, undefined, finalFeedback));
    for (const content of rest) await call(() => client.sendMessage(chatId, { msgtype: 'markdown', markdown: { content } }));
  }

  function onMessage(frame: WsFrame<AibotBody>): void {
    const decoded = frame.body ? decodeAibotMessage(frame.body, new Date()) : undefined;
    if (!decoded) return;
    let answeredOnFrame = false;
    const sink: ReplySink = {
      capabilities: WECOM_BOT_CAPABILITIES,
      send: async (reply) => {
        // the first reply uses the message's own req_id; later ones are proactive messages
        if (!answeredOnFrame) {
          answeredOnFrame = true;
          await streamReply(frame, decoded.chatId, reply);
        } else await sendProactive(decoded.chatId, reply);
      },
      acknowledge: async () => undefined,
    };
    void deps.conversation.handle(decoded.msg, sink);
  }

  function onCardEvent(frame: WsFrame<AibotBody>): void {
    const decoded = frame.body ? decodeAibotCardEvent(frame.body, new Date()) : undefined;
    if (!decoded) return;
    const { chatId, taskId } = decoded;
    const sink: ReplySink = {
      capabilities: WECOM_BOT_CAPABILITIES,
      send: async (reply) => void (await sendProactive(chatId, reply)),
      acknowledge: async (ack: ButtonAck) => {
        if (!taskId) return;
        const original = cards.get(taskId);
        const card = ack.card
          ? renderAibotCard(ack.card, taskId)
          : original
            ? renderAibotCard(original, taskId, ack.text)
            : { card_type: 'text_notice', main_title: { title: ack.text.slice(0, 36) }, task_id: taskId };
        await call(() => client.updateTemplateCard(frame, card as never));
      },
    };
    void deps.conversation.handle(decoded.msg, sink);
  }

  client.on('message', (frame) => onMessage(frame as WsFrame<AibotBody>));
  client.on('event.template_card_event', (frame) => onCardEvent(frame as unknown as WsFrame<AibotBody>));
  client.on('event.enter_chat', (frame) => {
    call(() => client.replyWelcome(frame, { msgtype: 'text', text: { content: welcome } })).catch((err: unknown) =>
      log.warn({ err: (err as Error).message }, 'welcome not sent'),
    );
  });
  client.on('event.feedback_event', (frame) => {
    const fb = frame.body ? decodeAibotFeedback(frame.body as unknown as AibotBody) : undefined;
    const logId = fb ? feedbackIds.get(fb.id) : undefined;
    if (!fb || logId === undefined || (fb.type !== 1 && fb.type !== 2)) return;
    void deps.conversation.feedback(logId, fb.type === 1 ? 1 : -1);
  });
  client.on('event.disconnected_event', () => log.warn('aibot: another connection took over this bot; not reconnecting'));
  client.on('authenticated', () => {
    authenticated = true;
    log.info('aibot authenticated');
  });
  client.on('disconnected', (reason) => {
    authenticated = false;
    log.warn({ reason }, 'aibot disconnected');
  });
  client.on('reconnecting', (attempt) => log.info({ attempt }, 'aibot reconnecting'));
  client.on('error', (err) => log.error({ err: err.message }, 'aibot error'));

  return {
    capabilities: WECOM_BOT_CAPABILITIES,
    get connected() {
      return authenticated;
    },
    async start() {
      const ready = new Promise<void>((resolve, reject) => {
        const done = () => {
          clearTimeout(timer);
          client.off('authenticated', onAuth);
          client.off('error', onError);
        };
        const onAuth = () => (done(), resolve());
        // refused credentials are a configuration error: stop start-up instead of retrying quietly
        const onError = (err: Error) => {
          if (!/Authentication failed/i.test(err.message)) return;
          done();
          client.disconnect();
          reject(new ChannelAuthError(CHANNEL, `aibot refused WECOM_BOT_ID/WECOM_BOT_SECRET: ${err.message}`));
        };
        const timer = setTimeout(() => {
          done();
          log.warn('aibot not authenticated yet; continuing, the SDK keeps retrying');
          resolve();
        }, cfg.startTimeoutMs ?? 10_000);
        client.on('authenticated', onAuth);
        client.on('error', onError);
      });
      client.connect();
      await ready;
    },
    async stop() {
      client.disconnect();
      authenticated = false;
    },
    deliver: (chatId, reply) => sendProactive(chatId, reply),
  };
}
