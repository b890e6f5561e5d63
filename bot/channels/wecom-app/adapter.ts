/**
 * WeCom self-built app channel. Callback at /wecom/callback:
 * - GET: URL verification — signature over echostr checked, echostr decrypted and echoed as is.
 * - POST: `msg_signature` over `Encrypt` checked (bad → 403 and a warning, nothing processed),
 *   decrypted (receiveId must be our corpid), acknowledged at once with an empty 200 (WeCom's 5 s
 *   rule), then handled in the background; replies go out through message/send. WeCom's retries
 *   of the same MsgId are dropped by the pipeline's redelivery guard.
 * Proactive notices use the same message/send.
 */
import { timingSafeEqual } from 'node:crypto';
import { decrypt, getSignature } from '@wecom/crypto';
import type { ButtonAck, ChannelCapabilities, Reply, ReplySink } from '../../../core/conversation';
import { settleReply } from '../../../core/conversation';
import { ChannelError } from '../../../core/errors';
import type { Logger } from '../../../core/logger';
import { pathOf, queryParams, readBodyText, sendText, type HttpRequest, type Route } from '../../http';
import type { Conversation } from '../../pipeline';
import { withRetry, type RetryOptions } from '../../retry';
import { createWecomAppApi, type WecomAppApi } from './api';
import { decodeWecomApp, extractEncrypt, parseWecomXml } from './decode';
import { renderAck, renderWecomApp, WECOM_APP_TEXT_BYTES } from './render';

/** Config slice (core/config.ts `channels.wecomApp` plus `channels.wecomApiBase`). */
export interface WecomAppConfig {
  corpId: string;
  /** Numeric agent id as a string (env WECOM_AGENT_ID). */
  agentId: string;
  secret: string;
  /** Callback token (env WECOM_TOKEN). */
  token: string;
  /** 43-character key (env WECOM_ENCODING_AES_KEY). */
  encodingAesKey: string;
  /** API origin (env WECOM_API_BASE). */
  apiBase: string;
  /** Callback path. Default /wecom/callback. */
  path?: string;
  /** Per-request timeout for WeCom API calls in ms. Default 10000. */
  timeoutMs?: number;
}

export interface WecomAppDeps {
  conversation: Conversation;
  logger: Logger;
  retry?: RetryOptions;
}

export const WECOM_APP_CAPABILITIES: ChannelCapabilities = {
  buttons: true,
  streaming: false,
  editing: false,
  markdown: false,
  maxTextBytes: WECOM_APP_TEXT_BYTES,
};

export interface WecomAppChannel {
  routes: Route[];
  capabilities: ChannelCapabilities;
  api: WecomAppApi;
  /** Sends a reply to a user id ("zhangsan", several as "a|b", or "@all"). Returns WeCom msgids. */
  deliver(userId: string, reply: Reply): Promise<string[]>;
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function createWecomAppChannel(cfg: WecomAppConfig, deps: WecomAppDeps): WecomAppChannel {
  const log = deps.logger.child({ channel: 'wecom-app' });
  const api = createWecomAppApi({ apiBase: cfg.apiBase, corpId: cfg.corpId, secret: cfg.secret, timeoutMs: cfg.timeoutMs }, log);
  const agentid = Number(cfg.agentId);
  const path = cfg.path ?? '/wecom/callback';
  const retry: RetryOptions = { ...deps.retry, onRetry: (err, attempt, ms) => log.warn({ err: err.message, attempt, ms }, 'wecom-app send retry') };

  /** Verifies the signature and decrypts; undefined when anything is off. */
  function open(q: Record<string, string>, encrypted: string | undefined): string | undefined {
    const { msg_signature: signature, timestamp, nonce } = q;
    if (!signature || !timestamp || !nonce || !encrypted) return undefined;
    if (!safeEqual(getSignature(cfg.token, timestamp, nonce, encrypted), signature.toLowerCase())) return undefined;
    try {
      const { message, id } = decrypt(cfg.encodingAesKey, encrypted);
      // @wecom/crypto does not check the receiveId; a wrong one means a message for someone else
      return id === cfg.corpId ? message : undefined;
    } catch {
      return undefined;
    }
  }

  async function send(userId: string, reply: Reply): Promise<string[]> {
    const ids: string[] = [];
    for (const body of renderWecomApp(await settleReply(reply))) {
      let attempt = 0;
      // a retry after a timeout may repeat a message WeCom did receive: from the second attempt on,
      // ask WeCom to drop an identical message to the same user within 10 minutes
      const res = await withRetry(
        () =>
          api.sendMessage({
            touser: userId,
            agentid,
            ...body,
            ...(attempt++ > 0 ? { enable_duplicate_check: 1, duplicate_check_interval: 600 } : {}),
          }),
        retry,
      );
      if (typeof res.msgid === 'string') ids.push(res.msgid);
    }
    return ids;
  }

  const verify: Route = {
    method: 'GET',
    path,
    rawBody: true,
    handler: (req, res) => {
      const q = queryParams(req.url);
      const echo = open(q, q.echostr);
      if (echo === undefined) {
        log.warn({ ip: req.socket.remoteAddress }, 'wecom-app URL verification rejected: bad signature');
        return sendText(res, 403);
      }
      sendText(res, 200, echo);
    },
  };

  const callback: Route = {
    method: 'POST',
    path,
    rawBody: true,
    handler: async (req: HttpRequest, res) => {
      if (pathOf(req.url) !== path) return sendText(res, 404);
      let body: string;
      try {
        body = await readBodyText(req);
      } catch {
        return sendText(res, 413);
      }
      const plain = open(queryParams(req.url), extractEncrypt(body));
      if (plain === undefined) {
        log.warn({ ip: req.socket.remoteAddress }, 'wecom-app callback rejected: bad msg_signature or payload');
        return sendText(res, 403);
      }
      // acknowledge first: WeCom re-sends after 5 s, answers go out via message/send
      sendText(res, 200);
      const decoded = decodeWecomApp(parseWecomXml(plain), new Date());
      if (!decoded) return;
      const { userId, responseCode, taskId } = decoded;
      const sink: ReplySink = {
        capabilities: WECOM_APP_CAPABILITIES,
        send: async (reply) => void (await send(userId, reply)),
        acknowledge: async (ack: ButtonAck) => {
          if (!responseCode) return;
          await withRetry(
            () => api.updateTemplateCard({ userids: [userId], agentid, response_code: responseCode, ...renderAck(ack, taskId) }),
            retry,
          );
        },
      };
      void deps.conversation.handle(decoded.msg, sink);
    },
  };

  return {
    routes: [verify, callback],
    capabilities: WECOM_APP_CAPABILITIES,
    api,
    deliver: async (userId, reply) => {
      if (!userId) throw new ChannelError('wecom-app', 'empty target', false);
      return send(userId, reply);
    },
  };
}
