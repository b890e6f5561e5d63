/**
 * WeCom group robots (群机器人 / 消息推送): push-only notices through
 * `POST {WECOM_API_BASE}/cgi-bin/webhook/send?key=<KEY>`. The key is the credential, so it never
 * reaches a log. The platform allows 20 messages per minute per robot; the jobs layer paces sends,
 * and an over-limit answer (45009) surfaces as ChannelRateLimitError (retry after 60 s). A bad key
 * (93000) is a ChannelAuthError and is never retried.
 */
import type { ChannelCapabilities, Reply } from '../../../core/conversation';
import { settleReply } from '../../../core/conversation';
import { ChannelError } from '../../../core/errors';
import type { Logger } from '../../../core/logger';
import { withRetry, type RetryOptions } from '../../retry';
import { wecomError, wecomFetch } from '../wecom-api';
import { renderWebhook, WEBHOOK_MARKDOWN_BYTES } from './render';

const CHANNEL = 'wecom-webhook';

export interface WecomWebhookConfig {
  /** API origin (env WECOM_API_BASE). */
  apiBase: string;
  /** Robot keys from env WECOM_WEBHOOK_KEYS; keys stored per chat in the database work too. */
  keys: string[];
}

export const WECOM_WEBHOOK_CAPABILITIES: ChannelCapabilities = {
  buttons: false,
  streaming: false,
  editing: false,
  markdown: true,
  maxTextBytes: WEBHOOK_MARKDOWN_BYTES,
};

export interface WecomWebhookChannel {
  capabilities: ChannelCapabilities;
  /** Sends to the robot with this key. Returns one id per message sent ("<n>"; robots return none). */
  deliver(key: string, reply: Reply): Promise<string[]>;
}

/** Short, non-reversible label for a key in logs. */
export function keyLabel(key: string): string {
  return key.length > 8 ? `${key.slice(0, 4)}…${key.slice(-2)}` : '***';
}

export function createWecomWebhookChannel(cfg: WecomWebhookConfig, deps: { logger: Logger; retry?: RetryOptions }): WecomWebhookChannel {
  const log = deps.logger.child({ channel: CHANNEL });
  const base = cfg.apiBase.replace(/\/+$/, '');
  return {
    capabilities: WECOM_WEBHOOK_CAPABILITIES,
    async deliver(key, reply) {
      if (!key) throw new ChannelError(CHANNEL, 'empty webhook key', false);
      const retry: RetryOptions = {
        ...deps.retry,
        onRetry: (err, attempt, ms) => log.warn({ robot: keyLabel(key), err: err.message, attempt, ms }, 'webhook send retry'),
      };
      const ids: string[] = [];
      for (const body of renderWebhook(await settleReply(reply))) {
        await withRetry(async () => {
          const res = await wecomFetch(CHANNEL, `${base}/cgi-bin/webhook/send?key=${encodeURIComponent(key)}`, { method: 'POST', body });
          if (res.errcode !== 0) throw wecomError(CHANNEL, res);
        }, retry);
        ids.push(String(ids.length + 1));
      }
      return ids;
    },
  };
}
