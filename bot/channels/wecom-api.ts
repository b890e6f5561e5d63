/**
 * The WeCom server API over node:http(s) with keep-alive, shared by the self-built app and the group robots:
 * `errcode` → the channel error family (../shared/specs/channels.md §3), HTTP/network failures →
 * retryable errors. All WeCom answers are HTTP 200 with `errcode`; 0 is success.
 */
import http from 'node:http';
import https from 'node:https';
import { ChannelAuthError, ChannelError, ChannelRateLimitError, ChannelTargetError } from '../../core/errors';

/** A WeCom JSON answer. */
export interface WecomResponse {
  errcode: number;
  errmsg: string;
  [key: string]: unknown;
}

/** errcodes meaning the access_token is invalid, expired or missing: refresh and retry once. */
export const TOKEN_ERRCODES = new Set([40014, 42001, 41001]);

/** How long WeCom blocks after a frequency limit (per-minute windows). */
const RATE_LIMIT_WAIT_MS = 60_000;

/** Maps a non-zero errcode to a ChannelError. */
export function wecomError(channel: string, res: WecomResponse): ChannelError {
  const { errcode, errmsg } = res;
  const msg = `WeCom ${errcode}: ${errmsg}`;
  if (errcode === -1) return new ChannelError(channel, msg, true, errcode);
  if (errcode === 45009 || errcode === 45033) return new ChannelRateLimitError(channel, msg, RATE_LIMIT_WAIT_MS, errcode);
  if ([40001, 40013, 40091, 93000, 60020].includes(errcode)) return new ChannelAuthError(channel, msg, errcode);
  if (errcode === 81013) return new ChannelTargetError(channel, msg, errcode);
  if (TOKEN_ERRCODES.has(errcode)) return new ChannelError(channel, msg, true, errcode);
  return new ChannelError(channel, msg, false, errcode);
}

// keep-alive pools: WeCom answers every call on a few long-lived connections (fetch/undici costs
// noticeably more CPU per call, which shows at hundreds of messages per second)
const agents = { 'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }), 'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }) };

/** One HTTP call; HTTP ≥ 500, timeouts and network errors become retryable ChannelErrors. */
export function wecomFetch(
  channel: string,
  url: string,
  init: { method: 'GET' | 'POST'; body?: unknown; timeoutMs?: number },
): Promise<WecomResponse> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const payload = init.body === undefined ? undefined : JSON.stringify(init.body);
    const transport = target.protocol === 'https:' ? https : http;
    const req = transport.request(
      target,
      {
        method: init.method,
        agent: agents[target.protocol as 'http:' | 'https:'],
        timeout: init.timeoutMs ?? 10_000,
        headers: payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', (err) => reject(new ChannelError(channel, `WeCom response failed: ${err.message}`, true, undefined, { cause: err })));
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          if (status >= 500 || status === 429) return reject(new ChannelError(channel, `WeCom HTTP ${status}`, true, status));
          if (status < 200 || status >= 300) return reject(new ChannelError(channel, `WeCom HTTP ${status}`, false, status));
          let body: WecomResponse;
          try {
            body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as WecomResponse;
          } catch (err) {
            return reject(new ChannelError(channel, 'WeCom answered with invalid JSON', true, undefined, { cause: err }));
          }
          if (typeof body.errcode !== 'number') body.errcode = 0;
          resolve(body);
        });
      },
    );
    // an unanswered call may still have been processed: callers treat this as ambiguous
    req.on('timeout', () => req.destroy(new Error('The operation was aborted due to timeout')));
    req.on('error', (err) => reject(new ChannelError(channel, `WeCom request failed: ${err.message}`, true, undefined, { cause: err })));
    req.end(payload);
  });
}

/** Strips `key=` / `access_token=` values so credentials never reach the logs. */
export function redactUrl(url: string): string {
  return url.replace(/(key|access_token|corpsecret)=[^&]+/g, '$1=***');
}
