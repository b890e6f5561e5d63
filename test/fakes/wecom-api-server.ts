/**
 * A local fake of the WeCom server API on 127.0.0.1 (../shared/specs/channels.md §3, §4, §6):
 * gettoken (tokens can be revoked → 42001), message/send and update_template_card (token checked,
 * failures injectable: errcode or HTTP status; `enable_duplicate_check` honoured), webhook/send (key checked → 93000, 20 messages per
 * rolling minute per key → 45009, 4096-byte markdown limit). Always HTTP 200 + errcode unless an
 * HTTP failure is injected. Every call is recorded.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface WecomApiCall {
  path: string;
  query: Record<string, string>;
  body: Record<string, unknown> | undefined;
  at: number;
}

/** An injected failure for the next matching call. */
export type WecomFailure = { errcode: number; errmsg?: string } | { httpStatus: number } | { delayMs: number };

export interface FakeWecomApi {
  url: string;
  calls: WecomApiCall[];
  /** Successful deliveries (message/send and webhook/send), in order. */
  sent: WecomApiCall[];
  /** Card updates accepted. */
  updates: WecomApiCall[];
  /** gettoken calls. */
  tokenCalls: number;
  /** Invalidates every issued token (next use → 42001). */
  expireTokens(): void;
  /** Fails the next calls to `path` (e.g. "/cgi-bin/message/send"), one failure per call. */
  failNext(path: string, ...failures: WecomFailure[]): void;
  /** Webhook keys that exist. */
  webhookKeys: Set<string>;
  /** Per-robot limit per rolling minute (default 20). */
  webhookPerMinute: number;
  /** Called on each successful send (bench: count deliveries). */
  onSent?: (call: WecomApiCall) => void;
  close(): Promise<void>;
}

export async function startFakeWecomApi(opts: { corpId?: string; secret?: string; webhookKeys?: string[]; record?: boolean } = {}): Promise<FakeWecomApi> {
  const corpId = opts.corpId ?? 'ww0123456789abcdef';
  const secret = opts.secret ?? 'app-secret';
  const record = opts.record ?? true;
  const valid = new Set<string>();
  const failures = new Map<string, WecomFailure[]>();
  const webhookTimes = new Map<string, number[]>();
  const lastDelivered = new Map<string, number>();
  let tokenSeq = 0;
  let msgSeq = 0;

  const fake: FakeWecomApi = {
    url: '',
    calls: [],
    sent: [],
    updates: [],
    tokenCalls: 0,
    expireTokens: () => valid.clear(),
    failNext: (path, ...f) => failures.set(path, [...(failures.get(path) ?? []), ...f]),
    webhookKeys: new Set(opts.webhookKeys ?? []),
    webhookPerMinute: 20,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const [path = '', qs = ''] = (req.url ?? '').split('?');
      const query = Object.fromEntries(new URLSearchParams(qs));
      let body: Record<string, unknown> | undefined;
      try {
        body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : undefined;
      } catch {
        body = undefined;
      }
      const call: WecomApiCall = { path, query, body, at: Date.now() };
      if (record) fake.calls.push(call);
      let delay = 0;
      const reply = (obj: Record<string, unknown>, status = 200) => {
        const text = JSON.stringify(obj);
        const write = () => {
          if (res.destroyed) return;
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(text);
        };
        if (delay > 0) setTimeout(write, delay);
        else write();
      };
      let injected = failures.get(path)?.shift();
      // a slow answer: the call is processed (and delivered) now, the response comes late
      if (injected && 'delayMs' in injected) {
        delay = injected.delayMs;
        injected = undefined;
      }
      if (injected) {
        if ('httpStatus' in injected) return reply({ errcode: -1, errmsg: 'injected' }, injected.httpStatus);
        return reply({ errcode: injected.errcode, errmsg: injected.errmsg ?? 'injected' });
      }
      if (path === '/cgi-bin/gettoken') {
        fake.tokenCalls++;
        if (query.corpid !== corpId || query.corpsecret !== secret) return reply({ errcode: 40001, errmsg: 'invalid credential' });
        const token = `tok-${++tokenSeq}`;
        valid.add(token);
        return reply({ errcode: 0, errmsg: 'ok', access_token: token, expires_in: 7200 });
      }
      if (path === '/cgi-bin/message/send' || path === '/cgi-bin/message/update_template_card') {
        const token = query.access_token;
        if (!token) return reply({ errcode: 41001, errmsg: 'access_token missing' });
        if (!valid.has(token)) return reply({ errcode: token.startsWith('tok-') && Number(token.slice(4)) <= tokenSeq ? 42001 : 40014, errmsg: 'access_token expired' });
        if (path === '/cgi-bin/message/update_template_card') {
          if (!body?.response_code) return reply({ errcode: 40058, errmsg: 'response_code missing' });
          fake.updates.push(call);
          return reply({ errcode: 0, errmsg: 'ok', invaliduser: '' });
        }
        if (!body?.touser) return reply({ errcode: 81013, errmsg: 'user & party & tag all invalid' });
        const content = (body.text as { content?: string } | undefined)?.content;
        if (body.msgtype === 'text' && (!content || Buffer.byteLength(content) > 2048)) return reply({ errcode: content ? 45002 : 44004, errmsg: 'bad content' });
        // enable_duplicate_check: an identical message to the same user within the interval is accepted but not shown again
        const fingerprint = `${String(body.touser)}|${JSON.stringify(body[String(body.msgtype)])}`;
        const last = lastDelivered.get(fingerprint);
        const interval = Number(body.duplicate_check_interval ?? 1800) * 1000;
        lastDelivered.set(fingerprint, Date.now());
        if (body.enable_duplicate_check === 1 && last !== undefined && Date.now() - last < interval) {
          return reply({ errcode: 0, errmsg: 'ok', invaliduser: '', msgid: `msg-${++msgSeq}` });
        }
        if (record) fake.sent.push(call);
        fake.onSent?.(call);
        const msgid = `msg-${++msgSeq}`;
        return reply({ errcode: 0, errmsg: 'ok', invaliduser: '', msgid, response_code: body.msgtype === 'template_card' ? `RC_${msgSeq}` : undefined });
      }
      if (path === '/cgi-bin/webhook/send') {
        const key = query.key ?? '';
        if (!fake.webhookKeys.has(key)) return reply({ errcode: 93000, errmsg: 'invalid webhook url' });
        const now = Date.now();
        const times = (webhookTimes.get(key) ?? []).filter((t) => t > now - 60_000);
        if (times.length >= fake.webhookPerMinute) {
          webhookTimes.set(key, times);
          return reply({ errcode: 45009, errmsg: 'api freq out of limit' });
        }
        const type = body?.msgtype as string | undefined;
        const content = type && (body?.[type] as { content?: string } | undefined)?.content;
        if (!type || !['text', 'markdown', 'markdown_v2', 'template_card', 'news', 'image'].includes(type)) return reply({ errcode: 40008, errmsg: 'invalid message type' });
        if (content !== undefined && Buffer.byteLength(content) > (type === 'text' ? 2048 : 4096)) return reply({ errcode: 45002, errmsg: 'content size out of limit' });
        times.push(now);
        webhookTimes.set(key, times);
        if (record) fake.sent.push(call);
        fake.onSent?.(call);
        return reply({ errcode: 0, errmsg: 'ok' });
      }
      reply({ errcode: 404, errmsg: 'not found' }, 404);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
