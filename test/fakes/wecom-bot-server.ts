/**
 * A local fake of the WeCom smart-bot long connection (../shared/specs/channels.md §1, §6):
 * a `ws` server on 127.0.0.1 that authenticates `aibot_subscribe` (bot id + secret), acks pings,
 * acks reply/welcome/update/send frames (or answers with an injected errcode, or stays silent),
 * pushes message and event callbacks with its own req_ids, records every frame, and can drop the
 * connection to test reconnects.
 */
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface AibotFrame {
  cmd?: string;
  headers: { req_id: string };
  body?: Record<string, unknown>;
  errcode?: number;
  errmsg?: string;
}

export interface FakeAibot {
  url: string;
  /** Frames received from the bot (subscribe and pings excluded). */
  frames: AibotFrame[];
  /** Successful subscriptions so far. */
  connections: number;
  /** Pushes a user message callback; returns its req_id. */
  pushMessage(body: Record<string, unknown>, reqId?: string): string;
  /** Pushes an event callback; returns its req_id. */
  pushEvent(body: Record<string, unknown>, reqId?: string): string;
  /** Answers the next outbound frames of this cmd with an error ack (one per frame). */
  failNext(cmd: string, ...errcodes: number[]): void;
  /** Terminates the live socket (the SDK should reconnect and subscribe again). */
  drop(): void;
  /** Resolves when `connections` reaches n. */
  waitForConnections(n: number, timeoutMs?: number): Promise<void>;
  onFrame?: (frame: AibotFrame) => void;
  close(): Promise<void>;
}

export async function startFakeAibot(opts: { botId?: string; secret?: string; record?: boolean } = {}): Promise<FakeAibot> {
  const botId = opts.botId ?? 'aib-test-bot';
  const secret = opts.secret ?? 'bot-secret';
  const record = opts.record ?? true;
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  let live: WebSocket | undefined;
  let seq = 0;
  const failures = new Map<string, number[]>();
  const connWaiters: Array<() => void> = [];

  const fake: FakeAibot = {
    url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`,
    frames: [],
    connections: 0,
    pushMessage(body, reqId) {
      const id = reqId ?? `REQ_MSG_${++seq}`;
      live?.send(JSON.stringify({ cmd: 'aibot_msg_callback', headers: { req_id: id }, body: { aibotid: botId, ...body } }));
      return id;
    },
    pushEvent(body, reqId) {
      const id = reqId ?? `REQ_EVT_${++seq}`;
      live?.send(JSON.stringify({ cmd: 'aibot_event_callback', headers: { req_id: id }, body: { aibotid: botId, msgtype: 'event', ...body } }));
      return id;
    },
    failNext: (cmd, ...codes) => failures.set(cmd, [...(failures.get(cmd) ?? []), ...codes]),
    drop: () => live?.terminate(),
    waitForConnections: (n, timeoutMs = 5000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${fake.connections} connections`)), timeoutMs);
        const check = () => {
          if (fake.connections >= n) {
            clearTimeout(timer);
            resolve();
          } else connWaiters.push(check);
        };
        check();
      }),
    close: () =>
      new Promise((resolve) => {
        for (const c of wss.clients) c.terminate();
        wss.close(() => resolve());
      }),
  };

  wss.on('connection', (ws) => {
    ws.on('message', (data) => {
      let frame: AibotFrame;
      try {
        frame = JSON.parse(String(data)) as AibotFrame;
      } catch {
        return;
      }
      const ack = (errcode = 0, errmsg = 'ok') => ws.send(JSON.stringify({ headers: { req_id: frame.headers.req_id }, errcode, errmsg }));
      if (frame.cmd === 'aibot_subscribe') {
        if (frame.body?.bot_id !== botId || frame.body?.secret !== secret) return ack(40001, 'invalid credential');
        live = ws;
        fake.connections++;
        ack();
        connWaiters.splice(0).forEach((w) => w());
        return;
      }
      if (frame.cmd === 'ping') return ack();
      if (record) fake.frames.push(frame);
      fake.onFrame?.(frame);
      const code = failures.get(frame.cmd ?? '')?.shift();
      if (code !== undefined) return ack(code, 'injected');
      ack();
    });
  });
  return fake;
}

let msgSeq = 0;
/** A text message callback body. */
export function aibotText(opts: { from: string; text: string; chatId?: string; msgid?: string }): Record<string, unknown> {
  return {
    msgid: opts.msgid ?? `MSG${++msgSeq}`,
    chattype: opts.chatId ? 'group' : 'single',
    ...(opts.chatId ? { chatid: opts.chatId } : {}),
    from: { userid: opts.from },
    create_time: Math.floor(Date.now() / 1000),
    msgtype: 'text',
    text: { content: opts.text },
  };
}

/** A template_card_event body (nested form, as the docs show). */
export function aibotCardClick(opts: { from: string; eventKey: string; taskId: string; chatId?: string; msgid?: string }): Record<string, unknown> {
  return {
    msgid: opts.msgid ?? `EVT${++msgSeq}`,
    create_time: Math.floor(Date.now() / 1000),
    chattype: opts.chatId ? 'group' : 'single',
    ...(opts.chatId ? { chatid: opts.chatId } : {}),
    from: { userid: opts.from },
    event: { eventtype: 'template_card_event', template_card_event: { card_type: 'button_interaction', event_key: opts.eventKey, task_id: opts.taskId } },
  };
}
