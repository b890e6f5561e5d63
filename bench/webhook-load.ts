/**
 * The platform side of bench/webhooks.ts, in its own process so the service process only does
 * service work: runs the fake WeCom API and fake Telegram, fires signed webhook requests at a fixed
 * rate (open loop), measures acknowledgement latency, and counts the answers the fakes receive.
 * Driven by the parent over IPC; not meant to be run by hand.
 */
import http from 'node:http';
import { startFakeTelegram, tgText } from '../test/fakes/telegram-server';
import { startFakeWecomApi } from '../test/fakes/wecom-api-server';
import { createWecomCallbackClient } from '../test/fakes/wecom-callback-client';

export interface LoadRun {
  type: 'run';
  channel: 'wecom-app' | 'telegram';
  hostUrl: string;
  rate: number;
  total: number;
  redeliveryShare: number;
  wecom: { corpId: string; token: string; encodingAesKey: string };
  telegramSecret: string;
}

export interface LoadResult {
  type: 'result';
  latencies: number[];
  non2xx: number;
  errors: Record<string, number>;
  distinct: number;
  delivered: number;
  duplicates: number;
  drainMs: number;
}

type Req = { url: string; body: string; headers: Record<string, string> };

function post(agent: http.Agent, req: Req): Promise<number> {
  return new Promise((resolve, reject) => {
    const r = http.request(req.url, { method: 'POST', agent, headers: { ...req.headers, 'content-length': Buffer.byteLength(req.body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    r.on('error', reject);
    r.end(req.body);
  });
}

async function main(): Promise<void> {
  const [wecomApi, tg] = await Promise.all([startFakeWecomApi({ corpId: 'ww0123456789abcdef', secret: 'app-secret', record: false }), startFakeTelegram({ record: false })]);
  const answered = new Map<string, number>();
  const count = (text: string) => {
    const id = /关于“(q\d+)/.exec(text)?.[1];
    if (id) answered.set(id, (answered.get(id) ?? 0) + 1);
  };
  wecomApi.onSent = (c) => count(String((c.body?.text as { content?: string } | undefined)?.content ?? ''));
  tg.onSent = (c) => count(String(c.params.text ?? ''));
  process.send!({ type: 'fakes', wecomApiUrl: wecomApi.url, telegramUrl: tg.url, telegramToken: tg.token });

  // message ids keep growing across runs, so a measured run never collides with the warm-up
  let idBase = 0;
  process.on('message', async (m: LoadRun | { type: 'exit' }) => {
    if (m.type === 'exit') {
      await Promise.all([wecomApi.close(), tg.close()]);
      process.exit(0);
    }
    answered.clear();
    const client = createWecomCallbackClient({ baseUrl: m.hostUrl, token: m.wecom.token, encodingAesKey: m.wecom.encodingAesKey, corpId: m.wecom.corpId });
    const base = idBase;
    idBase += m.total;
    const build = (k: number): Req => {
      const n = base + k;
      return buildOne(n);
    };
    const buildOne = (n: number): Req =>
      m.channel === 'wecom-app'
        ? (() => {
            const signed = client.sign(client.textXml(`user${n % 300}`, `q${n} 三会一课`, String(7453000000000000000n + BigInt(n))));
            return { url: signed.url, body: signed.body, headers: { 'content-type': 'text/xml' } };
          })()
        : {
            url: `${m.hostUrl}/telegram/webhook`,
            body: JSON.stringify({ update_id: 100_000 + n, ...tgText({ chatId: 10_000 + (n % 300), fromId: 10_000 + (n % 300), text: `q${n} 三会一课` }) }),
            headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': m.telegramSecret },
          };
    const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });
    const every = m.redeliveryShare > 0 ? Math.round(1 / m.redeliveryShare) : 0;
    const sent: Req[] = [];
    const latencies: number[] = [];
    const errors: Record<string, number> = {};
    let non2xx = 0;
    let distinct = 0;
    const pending: Promise<void>[] = [];
    const started = performance.now();
    for (let i = 0; i < m.total; i++) {
      const wait = started + (i * 1000) / m.rate - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      // every n-th request repeats a recent message, as a platform retry would
      const repeat = every > 0 && sent.length > 10 && i % every === 0;
      const req = repeat ? sent[sent.length - 1 - (i % 10)]! : build(distinct++);
      if (!repeat) sent.push(req);
      const t0 = performance.now();
      pending.push(
        post(agent, req).then(
          (status) => {
            latencies.push(performance.now() - t0);
            if (status < 200 || status >= 300) non2xx++;
          },
          (err: unknown) => {
            latencies.push(performance.now() - t0);
            const code = String((err as { code?: string }).code ?? (err as Error).message);
            errors[code] = (errors[code] ?? 0) + 1;
            non2xx++;
          },
        ),
      );
    }
    await Promise.all(pending);
    agent.destroy();
    const drainStart = performance.now();
    const until = Date.now() + 30_000;
    while (answered.size < distinct && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    const drainMs = performance.now() - drainStart;
    await new Promise((r) => setTimeout(r, 500));
    const result: LoadResult = {
      type: 'result',
      latencies,
      non2xx,
      errors,
      distinct,
      delivered: answered.size,
      duplicates: [...answered.values()].reduce((a, n) => a + (n - 1), 0),
      drainMs,
    };
    process.send!(result);
  });
}

void main();
