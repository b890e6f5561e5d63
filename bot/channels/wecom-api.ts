/**
 * The WeCom server API over fetch, shared by the self-built app and the group robots:
 * `errcode` → the channel error family (../shared/specs/channels.md §3), HTTP/network failures →
 * retryable errors. All WeCom answers are HTTP 200 with `errcode`; 0 is success.
 */
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

/** One HTTP call; HTTP ≥ 500, timeouts and network errors become retryable ChannelErrors. */
export async function wecomFetch(
  channel: string,
  url: string,
  init: { method: 'GET' | 'POST'; body?: unknown; timeoutMs?: number },
): Promise<WecomResponse> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: init.method,
      headers: init.body === undefined ? undefined : { 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(init.timeoutMs ?? 10_000),
    });
  } catch (err) {
    throw new ChannelError(channel, `WeCom request failed: ${(err as Error).message}`, true, undefined, { cause: err });
  }
  if (res.status >= 500 || res.status === 429) {
    await res.arrayBuffer().catch(() => undefined);
    throw new ChannelError(channel, `WeCom HTTP ${res.status}`, true, res.status);
  }
  if (!res.ok) {
    await res.arrayBuffer().catch(() => undefined);
    throw new ChannelError(channel, `WeCom HTTP ${res.status}`, false, res.status);
  }
  let body: WecomResponse;
  try {
    body = (await res.json()) as WecomResponse;
  } catch (err) {
    throw new ChannelError(channel, 'WeCom answered with invalid JSON', true, undefined, { cause: err });
  }
  if (typeof body.errcode !== 'number') body.errcode = 0;
  return body;
}

/** Strips `key=` / `access_token=` values so credentials never reach the logs. */
export function redactUrl(url: string): string {
  return url.replace(/(key|access_token|corpsecret)=[^&]+/g, '$1=***');
}
