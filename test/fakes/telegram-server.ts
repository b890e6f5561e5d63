/**
 * A local fake of the Telegram Bot API on 127.0.0.1 (../shared/specs/channels.md §5.6): routes
 * POST /bot<token>/<method>, getMe, getUpdates (long-poll held ≤ 500 ms, offsets honoured),
 * deleteWebhook/setWebhook, sendMessage (HTML parsed: unknown tags or a bare "<" → 400 can't parse
 * entities; 1–4096 visible chars), answerCallbackQuery, editMessageText. Failures can be injected
 * per method (ok:false with error_code and retry_after, or an HTTP 5xx). Update builders generate
 * entities (commands and mentions) the way Telegram does, and can POST them to a webhook.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const BOT = { id: 42, is_bot: true, first_name: 'Xiaozhi', username: 'xiaozhi_test_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false };

export interface TgCall {
  method: string;
  params: Record<string, unknown>;
  at: number;
}

export type TgFailure = { error_code: number; description: string; retry_after?: number } | { httpStatus: number };

export interface FakeTelegram {
  url: string;
  token: string;
  calls: TgCall[];
  /** Accepted sendMessage calls. */
  sent: TgCall[];
  /** Queues an update for getUpdates; update_id is assigned. */
  push(update: Record<string, unknown>): number;
  failNext(method: string, ...failures: TgFailure[]): void;
  onSent?: (call: TgCall) => void;
  close(): Promise<void>;
}

const ALLOWED_TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'code', 'pre', 'a', 'tg-spoiler', 'blockquote', 'span']);

/** Parses Telegram HTML like the server does; returns the visible text or an error. */
export function parseTelegramHtml(html: string): { text: string } | { error: string } {
  const stack: string[] = [];
  let text = '';
  let i = 0;
  while (i < html.length) {
    const c = html[i]!;
    if (c === '<') {
      const end = html.indexOf('>', i);
      if (end < 0) return { error: "Bad Request: can't parse entities: unclosed start tag" };
      const tag = html.slice(i + 1, end).trim();
      const closing = tag.startsWith('/');
      const name = (closing ? tag.slice(1) : tag).split(/\s/)[0]!.toLowerCase();
      if (!ALLOWED_TAGS.has(name)) return { error: `Bad Request: can't parse entities: unsupported start tag "${name}"` };
      if (closing) {
        if (stack.pop() !== name) return { error: `Bad Request: can't parse entities: unexpected end tag "${name}"` };
      } else stack.push(name);
      i = end + 1;
    } else if (c === '&') {
      const m = /^&(amp|lt|gt|quot|#\d+);/.exec(html.slice(i));
      if (!m) return { error: "Bad Request: can't parse entities: unsupported entity" };
      text += ({ amp: '&', lt: '<', gt: '>', quot: '"' } as Record<string, string>)[m[1]!] ?? String.fromCodePoint(Number(m[1]!.slice(1)));
      i += m[0].length;
    } else {
      text += c;
      i++;
    }
  }
  if (stack.length) return { error: "Bad Request: can't parse entities: unclosed tag" };
  return { text };
}

export async function startFakeTelegram(opts: { token?: string; record?: boolean } = {}): Promise<FakeTelegram> {
  const token = opts.token ?? '123456:TEST-token';
  const record = opts.record ?? true;
  const queue: Array<Record<string, unknown>> = [];
  const waiters: Array<() => void> = [];
  const failures = new Map<string, TgFailure[]>();
  let updateSeq = 500;
  let messageSeq = 1000;

  const fake: FakeTelegram = {
    url: '',
    token,
    calls: [],
    sent: [],
    push(update) {
      const id = ++updateSeq;
      queue.push({ update_id: id, ...update });
      waiters.splice(0).forEach((w) => w());
      return id;
    },
    failNext: (method, ...f) => failures.set(method, [...(failures.get(method) ?? []), ...f]),
    close: () =>
      new Promise((resolve) => {
        waiters.splice(0).forEach((w) => w());
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const m = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
      if (!m) return reply(404, { ok: false, error_code: 404, description: 'Not Found' });
      if (m[1] !== token) return reply(401, { ok: false, error_code: 401, description: 'Unauthorized' });
      const method = m[2]!;
      let params: Record<string, unknown> = {};
      try {
        params = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
      } catch {
        return reply(400, { ok: false, error_code: 400, description: 'Bad Request: invalid JSON' });
      }
      const call: TgCall = { method, params, at: Date.now() };
      if (record && method !== 'getUpdates') fake.calls.push(call);
      const injected = failures.get(method)?.shift();
      if (injected) {
        if ('httpStatus' in injected) {
          res.writeHead(injected.httpStatus, { 'content-type': 'text/plain' });
          return res.end('Bad Gateway');
        }
        return reply(injected.error_code, {
          ok: false,
          error_code: injected.error_code,
          description: injected.description,
          parameters: injected.retry_after ? { retry_after: injected.retry_after } : undefined,
        });
      }
      const ok = (result: unknown) => reply(200, { ok: true, result });
      switch (method) {
        case 'getMe':
          return ok(BOT);
        case 'deleteWebhook':
        case 'setWebhook':
        case 'setMyCommands':
        case 'answerCallbackQuery':
        case 'sendChatAction':
          return ok(true);
        case 'getUpdates': {
          const offset = Number(params.offset ?? 0);
          while (queue.length && Number(queue[0]!.update_id) < offset) queue.shift();
          if (queue.length === 0 && Number(params.limit ?? 100) > 1) {
            await new Promise<void>((resolve) => {
              waiters.push(resolve);
              setTimeout(resolve, 500);
            });
          }
          return ok(queue.slice(0, Number(params.limit ?? 100)));
        }
        case 'sendMessage':
        case 'editMessageText': {
          const raw = String(params.text ?? '');
          const parsed = params.parse_mode === 'HTML' ? parseTelegramHtml(raw) : { text: raw };
          if ('error' in parsed) return reply(400, { ok: false, error_code: 400, description: parsed.error });
          if (parsed.text.length === 0) return reply(400, { ok: false, error_code: 400, description: 'Bad Request: message text is empty' });
          if (parsed.text.length > 4096) return reply(400, { ok: false, error_code: 400, description: 'Bad Request: message is too long' });
          if (method === 'sendMessage') {
            if (record) fake.sent.push(call);
            fake.onSent?.(call);
          }
          return ok({
            message_id: method === 'sendMessage' ? ++messageSeq : params.message_id,
            date: Math.floor(Date.now() / 1000),
            chat: { id: Number(params.chat_id), type: Number(params.chat_id) > 0 ? 'private' : 'supergroup' },
            from: BOT,
            text: parsed.text,
          });
        }
        default:
          return reply(404, { ok: false, error_code: 404, description: 'Not Found: method not found' });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

let messageIds = 1;

/** A text message Update body (without update_id) with entities for commands and @mentions. */
export function tgText(opts: { chatId: number; fromId: number; text: string; chatType?: 'private' | 'group' | 'supergroup'; replyToBot?: boolean; firstName?: string }): Record<string, unknown> {
  const entities: Array<{ type: string; offset: number; length: number }> = [];
  const cmd = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(opts.text);
  if (cmd) entities.push({ type: 'bot_command', offset: 0, length: cmd[0].length });
  for (const m of opts.text.matchAll(/@[A-Za-z0-9_]{5,32}/g)) {
    if (cmd && m.index! < cmd[0].length) continue;
    entities.push({ type: 'mention', offset: m.index!, length: m[0].length });
  }
  const chatType = opts.chatType ?? (opts.chatId > 0 ? 'private' : 'supergroup');
  return {
    message: {
      message_id: messageIds++,
      date: Math.floor(Date.now() / 1000),
      chat: chatType === 'private' ? { id: opts.chatId, type: 'private', first_name: opts.firstName ?? 'Zhang' } : { id: opts.chatId, type: chatType, title: 'Branch No.1' },
      from: { id: opts.fromId, is_bot: false, first_name: opts.firstName ?? 'Zhang', language_code: 'zh-hans' },
      text: opts.text,
      entities: entities.length ? entities : undefined,
      reply_to_message: opts.replyToBot ? { message_id: 99, date: 0, chat: { id: opts.chatId, type: chatType }, from: BOT, text: '之前的回答' } : undefined,
    },
  };
}

/** A callback_query Update body for a button press on a bot message in `chatId`. */
export function tgCallback(opts: { chatId: number; fromId: number; data: string; id?: string }): Record<string, unknown> {
  return {
    callback_query: {
      id: opts.id ?? `cbq${messageIds++}`,
      from: { id: opts.fromId, is_bot: false, first_name: 'Zhang' },
      chat_instance: '-123456',
      data: opts.data,
      message: { message_id: 100, date: Math.floor(Date.now() / 1000), chat: { id: opts.chatId, type: opts.chatId > 0 ? 'private' : 'supergroup' }, from: BOT, text: 'Meeting notice' },
    },
  };
}

/** POSTs an Update to a webhook like Telegram does. */
export async function postWebhook(url: string, update: Record<string, unknown>, secret: string | undefined): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
    body: JSON.stringify(update),
  });
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - started };
}
