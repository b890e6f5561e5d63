/**
 * Webhook acknowledgement benchmark: WeCom app callbacks and Telegram webhook updates at a fixed
 * rate (default 500 requests/s) on loopback, against the real channel code (createChannels).
 * The platforms (fake WeCom API, fake Telegram, the load generator) run in a child process
 * (bench/webhook-load.ts), so this process only does what the service does. Measures
 * acknowledgement latency (request sent → response received), then waits until every distinct
 * message has been answered and counts duplicates. 10 % of requests are redeliveries of an earlier
 * message (platform retries) and must not produce a second answer.
 *
 * Run: `npx tsx bench/webhooks.ts` (or through bench/index.ts: `benchWebhooks()`).
 * Target: p99 ≤ 20 ms, every answer delivered, zero duplicates.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pg from 'pg';
import { createChannels, createConversation } from '../bot';
import type { ChannelsConfig } from '../core/config';
import { createLogger } from '../core/logger';
import { openDatabase, type Database } from '../data/db';
import { hostRoutes } from '../test/fakes/http-host';
import { createStubAnswerer } from '../test/fakes/qa-stub';
import type { LoadResult, LoadRun } from './webhook-load';

export interface WebhookBenchResult {
  channel: 'wecom-app' | 'telegram';
  database: string;
  requests: number;
  ratePerSec: number;
  ackP50Ms: number;
  ackP99Ms: number;
  ackMaxMs: number;
  non2xx: number;
  distinctMessages: number;
  delivered: number;
  duplicates: number;
  deliveryDrainMs: number;
  /** p99 event-loop delay of the service process during the load, ms. */
  loopDelayP99Ms: number;
  /** Transport errors seen by the load generator (e.g. ECONNRESET), by code. */
  errors: Record<string, number>;
  /** CPU time of the service process per request (ack + answer + send), ms: machine-load independent. */
  serviceCpuMsPerRequest: number;
}

export interface WebhookBenchOptions {
  ratePerSec?: number;
  seconds?: number;
  /** Share of requests that repeat an earlier message (platform redelivery). Default 0.1. */
  redeliveryShare?: number;
  /**
   * Database behind the pipeline. Default "postgres" (a scratch database on the local test server,
   * postgres://postgres@127.0.0.1:5432, as in production) with a fallback to in-process PGlite,
   * whose WASM engine runs on the event loop and cannot keep up with 500 messages/s.
   */
  database?: 'postgres' | 'pglite';
  /** PostgreSQL server URL for the scratch database. */
  postgresUrl?: string;
  /** Unmeasured warm-up per channel at the full rate (JIT, connection pools, token), seconds. Default 1. */
  warmupSeconds?: number;
}

const CORP = 'ww0123456789abcdef';
const TOKEN = 'PartyXiaozhiToken';
const KEY = 'PartyXiaozhiTestEncodingAESKey0123456789abc';
const TG_SECRET = 'bench_secret';

async function openBenchDatabase(kind: 'postgres' | 'pglite', serverUrl: string): Promise<Database & { label: string }> {
  if (kind === 'postgres') {
    const name = `xz_bench_${Date.now().toString(36)}`;
    try {
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      const database = await openDatabase({ url: url.toString(), poolSize: 10 });
      return {
        ...database,
        label: 'postgres',
        close: async () => {
          await database.close();
          const c = new pg.Client({ connectionString: serverUrl });
          await c.connect();
          await c.query(`DROP DATABASE IF EXISTS ${name}`);
          await c.end();
        },
      };
    } catch {
      // no server: fall through to PGlite
    }
  }
  return { ...(await openDatabase({})), label: 'pglite' };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (n: number) => Math.round(n * 100) / 100;

function nextMessage<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: { type: string }) => {
      if (m.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(m as T);
    };
    const onExit = (code: number) => reject(new Error(`load process exited with ${code}`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

export async function benchWebhooks(opts: WebhookBenchOptions = {}): Promise<WebhookBenchResult[]> {
  const rate = opts.ratePerSec ?? 500;
  const total = Math.round(rate * (opts.seconds ?? 4));
  const logger = createLogger('warn');
  const child = fork(path.join(__dirname, 'webhook-load.ts'), [], { execArgv: ['--require', require.resolve('tsx/cjs')], stdio: 'inherit' });
  const database = await openBenchDatabase(opts.database ?? 'postgres', opts.postgresUrl ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const results: WebhookBenchResult[] = [];
  try {
    const fakes = await nextMessage<{ wecomApiUrl: string; telegramUrl: string; telegramToken: string }>(child, 'fakes');
    const config: ChannelsConfig = {
      wecomBot: undefined,
      wecomApp: { corpId: CORP, agentId: '1000002', secret: 'app-secret', token: TOKEN, encodingAesKey: KEY },
      wecomApiBase: fakes.wecomApiUrl,
      wecomWebhookKeys: [],
      telegram: { token: fakes.telegramToken, apiRoot: fakes.telegramUrl, webhookSecret: TG_SECRET },
    };
    const conversation = createConversation({ db: database.db, qa: createStubAnswerer(), logger });
    const channels = createChannels(config, { conversation, logger, webChat: false });
    await channels.start();
    const host = await hostRoutes(channels.routes);
    try {
      const runOnce = async (channel: 'wecom-app' | 'telegram', runRate: number, runTotal: number) => {
        const run: LoadRun = {
          type: 'run',
          channel,
          hostUrl: host.url,
          rate: runRate,
          total: runTotal,
          redeliveryShare: opts.redeliveryShare ?? 0.1,
          wecom: { corpId: CORP, token: TOKEN, encodingAesKey: KEY },
          telegramSecret: TG_SECRET,
        };
        const pending = nextMessage<LoadResult>(child, 'result');
        child.send(run);
        const r = await pending;
        await conversation.idle();
        return r;
      };
      const warmup = opts.warmupSeconds ?? 1;
      for (const channel of ['wecom-app', 'telegram'] as const) {
        if (warmup > 0) await runOnce(channel, rate, Math.round(rate * warmup));
        const loop = monitorEventLoopDelay({ resolution: 5 });
        loop.enable();
        const cpu0 = process.cpuUsage();
        const r = await runOnce(channel, rate, total);
        const cpu = process.cpuUsage(cpu0);
        loop.disable();
        const lat = r.latencies.sort((a, b) => a - b);
        results.push({
          channel,
          database: database.label,
          requests: total,
          ratePerSec: rate,
          ackP50Ms: round(percentile(lat, 50)),
          ackP99Ms: round(percentile(lat, 99)),
          ackMaxMs: round(lat.at(-1) ?? 0),
          non2xx: r.non2xx,
          distinctMessages: r.distinct,
          delivered: r.delivered,
          duplicates: r.duplicates,
          deliveryDrainMs: Math.round(r.drainMs),
          loopDelayP99Ms: round(loop.percentile(99) / 1e6),
          errors: r.errors,
          serviceCpuMsPerRequest: round((cpu.user + cpu.system) / 1000 / total),
        });
      }
    } finally {
      await channels.stop();
      await host.close();
    }
  } finally {
    child.send({ type: 'exit' });
    await database.close();
  }
  return results;
}

/** Prints one line per channel. */
export function printWebhookBench(results: WebhookBenchResult[]): void {
  for (const r of results) {
    const ok = r.ackP99Ms <= 20 && r.delivered === r.distinctMessages && r.duplicates === 0 && r.non2xx === 0;
    process.stdout.write(
      `${r.channel.padEnd(10)} [${r.database}] ${r.requests} req @ ${r.ratePerSec}/s  ack p50 ${r.ackP50Ms} ms  p99 ${r.ackP99Ms} ms  ` +
        `max ${r.ackMaxMs} ms  non-2xx ${r.non2xx}  delivered ${r.delivered}/${r.distinctMessages}  duplicates ${r.duplicates}  ` +
        `drain ${r.deliveryDrainMs} ms  loop-delay p99 ${r.loopDelayP99Ms} ms  cpu/req ${r.serviceCpuMsPerRequest} ms` +
        `${Object.keys(r.errors).length ? `  errors ${JSON.stringify(r.errors)}` : ''}  ${ok ? 'OK' : 'MISS'}\n`,
    );
  }
}

if (require.main === module) {
  benchWebhooks()
    .then(printWebhookBench)
    .catch((err: unknown) => {
      process.stderr.write(`${String((err as Error)?.stack ?? err)}\n`);
      process.exitCode = 1;
    });
}
