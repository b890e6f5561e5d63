/**
 * The self-built app's server API: access_token cached until shortly before expiry and refreshed
 * when WeCom says it is invalid (40014/42001/41001: drop, re-fetch, retry once); message/send and
 * update_template_card. Concurrent callers share one token fetch.
 */
import type { Logger } from '../../../core/logger';
import { TOKEN_ERRCODES, wecomError, wecomFetch, type WecomResponse } from '../wecom-api';

const CHANNEL = 'wecom-app';

export interface WecomAppApiConfig {
  /** API origin, e.g. https://qyapi.weixin.qq.com (env WECOM_API_BASE). */
  apiBase: string;
  corpId: string;
  secret: string;
  /** Refresh this long before `expires_in` runs out. Default 5 minutes. */
  refreshMarginMs?: number;
  timeoutMs?: number;
}

export interface WecomAppApi {
  /** POST /cgi-bin/message/send; resolves with the WeCom answer (msgid, response_code). */
  sendMessage(body: Record<string, unknown>): Promise<WecomResponse>;
  /** POST /cgi-bin/message/update_template_card. */
  updateTemplateCard(body: Record<string, unknown>): Promise<WecomResponse>;
  /** Number of gettoken calls so far (observability, tests). */
  readonly tokenFetches: number;
}

export function createWecomAppApi(cfg: WecomAppApiConfig, logger: Logger): WecomAppApi {
  const base = cfg.apiBase.replace(/\/+$/, '');
  const margin = cfg.refreshMarginMs ?? 5 * 60_000;
  let cached: { token: string; expiresAt: number } | undefined;
  let inflight: Promise<string> | undefined;
  let tokenFetches = 0;

  async function fetchToken(): Promise<string> {
    tokenFetches++;
    const url = `${base}/cgi-bin/gettoken?corpid=${encodeURIComponent(cfg.corpId)}&corpsecret=${encodeURIComponent(cfg.secret)}`;
    const res = await wecomFetch(CHANNEL, url, { method: 'GET', timeoutMs: cfg.timeoutMs });
    if (res.errcode !== 0) throw wecomError(CHANNEL, res);
    const token = String(res.access_token ?? '');
    const expiresIn = Number(res.expires_in ?? 7200) * 1000;
    cached = { token, expiresAt: Date.now() + Math.max(expiresIn - margin, expiresIn / 2) };
    logger.debug({ expiresIn }, 'wecom-app access_token fetched');
    return token;
  }

  function token(): Promise<string> {
    if (cached && cached.expiresAt > Date.now()) return Promise.resolve(cached.token);
    inflight ??= fetchToken().finally(() => (inflight = undefined));
    return inflight;
  }

  async function call(path: string, body: Record<string, unknown>): Promise<WecomResponse> {
    for (let attempt = 0; ; attempt++) {
      const t = await token();
      const res = await wecomFetch(CHANNEL, `${base}${path}?access_token=${encodeURIComponent(t)}`, {
        method: 'POST',
        body,
        timeoutMs: cfg.timeoutMs,
      });
      if (res.errcode === 0) return res;
      if (TOKEN_ERRCODES.has(res.errcode) && attempt === 0) {
        logger.info({ errcode: res.errcode }, 'wecom-app access_token rejected, refreshing');
        if (cached?.token === t) cached = undefined;
        continue;
      }
      throw wecomError(CHANNEL, res);
    }
  }

  return {
    sendMessage: (body) => call('/cgi-bin/message/send', body),
    updateTemplateCard: (body) => call('/cgi-bin/message/update_template_card', body),
    get tokenFetches() {
      return tokenFetches;
    },
  };
}
