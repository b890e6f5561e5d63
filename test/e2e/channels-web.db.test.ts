/**
 * The channel composition: createChannels with every channel configured against local fakes,
 * web chat through the same pipeline, the deliverer routing notices to each platform, idempotency,
 * and the start-up log of live channels.
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import { createChannels, createConversation, type Channels } from '../../bot';
import { loadConfig, ConfigError } from '../../core/config';
import { ChannelAuthError, ChannelError } from '../../core/errors';
import { createTestDatabase, type TestDatabase } from '../db';
import { hostRoutes, type RouteHost } from '../fakes/http-host';
import { createStubAnswerer } from '../fakes/qa-stub';
import { startFakeTelegram, tgText, type FakeTelegram } from '../fakes/telegram-server';
import { waitFor } from '../../jobs/testing';
import { startFakeWecomApi, type FakeWecomApi } from '../fakes/wecom-api-server';
import { startFakeAibot, type FakeAibot } from '../fakes/wecom-bot-server';

// PGlite start-up and migrations can take seconds on a busy machine
jest.setTimeout(20_000);

let database: TestDatabase;
let tg: FakeTelegram;
let wecomApi: FakeWecomApi;
let aibot: FakeAibot;
let channels: Channels;
let host: RouteHost;
const logLines: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  [tg, wecomApi, aibot] = await Promise.all([startFakeTelegram(), startFakeWecomApi({ webhookKeys: ['robot-key-1'] }), startFakeAibot()]);
  const config = loadConfig({
    TELEGRAM_BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: tg.url,
    TELEGRAM_WEBHOOK_SECRET: 'secret_1',
    WECOM_BOT_ID: 'aib-test-bot',
    WECOM_BOT_SECRET: 'bot-secret',
    WECOM_BOT_WS_URL: aibot.url,
    WECOM_CORP_ID: 'ww0123456789abcdef',
    WECOM_AGENT_ID: '1000002',
    WECOM_SECRET: 'app-secret',
    WECOM_TOKEN: 'PartyXiaozhiToken',
    WECOM_ENCODING_AES_KEY: 'PartyXiaozhiTestEncodingAESKey0123456789abc',
    WECOM_API_BASE: wecomApi.url,
    WECOM_WEBHOOK_KEYS: 'robot-key-1',
  });
  const logger = pino({ level: 'info' }, new Writable({ write: (chunk, _enc, cb) => (logLines.push(String(chunk)), cb()) }));
  const conversation = createConversation({ db: database.db, qa: createStubAnswerer(), logger });
  conversation.registerButton('mtg:rsvp', () => ({ ack: { text: '已登记' } }));
  channels = createChannels(config.channels, { conversation, logger, retry: { baseDelayMs: 10 } });
  await channels.start();
  host = await hostRoutes(channels.routes);
});

afterAll(async () => {
  await channels.stop();
  await host.close();
  await Promise.all([tg.close(), wecomApi.close(), aibot.close()]);
  await database.close();
});

test('start-up logs the live channels; routes are plain handlers', () => {
  expect(channels.live).toEqual(['web', 'telegram', 'wecom-bot', 'wecom-app', 'wecom-webhook']);
  expect(logLines.join('')).toContain('channels live: web, telegram, wecom-bot, wecom-app, wecom-webhook');
  expect(channels.routes.map((r) => `${r.method} ${r.path}`).sort()).toEqual(['GET /wecom/callback', 'POST /api/chat', 'POST /telegram/webhook', 'POST /wecom/callback']);
});

test('a half-configured channel stops start-up naming what is missing', () => {
  expect(() => loadConfig({ WECOM_CORP_ID: 'ww1', WECOM_SECRET: 's' })).toThrow(ConfigError);
  expect(() => loadConfig({ WECOM_CORP_ID: 'ww1', WECOM_SECRET: 's' })).toThrow(/WECOM_AGENT_ID/);
});

test('web chat: POST /api/chat answers through the same pipeline with citations', async () => {
  const res = await fetch(`${host.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: '三会一课是什么', sessionId: 'sess-1' }) });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { replies: Array<{ kind: string; markdown: string; citations: Array<{ title: string }> }> };
  expect(body.replies).toHaveLength(1);
  expect(body.replies[0]!.kind).toBe('markdown');
  expect(body.replies[0]!.markdown).toContain('《中国共产党支部工作条例（试行）》第十九条');
  expect(body.replies[0]!.citations[0]!.title).toBe('中国共产党支部工作条例（试行）');
  const press = await fetch(`${host.url}/api/chat`, { method: 'POST', body: JSON.stringify({ button: 'mtg:rsvp:42:yes', sessionId: 'sess-1' }) });
  expect(await press.json()).toEqual({ replies: [], ack: { text: '已登记' } });
  const bad = await fetch(`${host.url}/api/chat`, { method: 'POST', body: JSON.stringify({ text: 'x', sessionId: '../etc' }) });
  expect(bad.status).toBe(400);
});

test('the deliverer routes a notice to each channel by chat address', async () => {
  const notice = { kind: 'markdown' as const, markdown: '**会议通知**：12月1日 14:00', fallback: '会议通知：12月1日 14:00' };
  const t = await channels.deliverer.deliver('telegram', 'telegram:-1001', notice, 'n1-tg');
  expect(t).toMatchObject({ channel: 'telegram', target: 'telegram:-1001', repeated: false });
  expect(tg.sent.at(-1)!.params).toMatchObject({ chat_id: '-1001', parse_mode: 'HTML' });
  await channels.deliverer.deliver('wecom-bot', 'wecom-bot:wrGROUP1', notice, 'n1-bot');
  expect(aibot.frames.at(-1)).toMatchObject({ cmd: 'aibot_send_msg', body: { chatid: 'wrGROUP1', msgtype: 'markdown' } });
  await channels.deliverer.deliver('wecom-app', 'zhangsan', notice, 'n1-app');
  expect(wecomApi.sent.at(-1)!.body).toMatchObject({ touser: 'zhangsan', msgtype: 'text' });
  await channels.deliverer.deliver('wecom-webhook', 'wecom-webhook:robot-key-1', notice, 'n1-robot');
  expect(wecomApi.sent.at(-1)).toMatchObject({ path: '/cgi-bin/webhook/send', body: { msgtype: 'markdown' } });
});

test('the same idempotency key is delivered once; unknown channels are a ChannelError', async () => {
  const before = tg.sent.length;
  const notice = { kind: 'text' as const, text: '只发一次' };
  const [a, b] = await Promise.all([
    channels.deliverer.deliver('telegram', '-1002', notice, 'once-1'),
    channels.deliverer.deliver('telegram', '-1002', notice, 'once-1'),
  ]);
  const c = await channels.deliverer.deliver('telegram', '-1002', notice, 'once-1');
  expect(tg.sent.length).toBe(before + 1);
  expect([a.repeated, b.repeated, c.repeated].filter(Boolean)).toHaveLength(2);
  await expect(channels.deliverer.deliver('sms', '138', notice, 'x')).rejects.toBeInstanceOf(ChannelError);
  await expect(channels.deliverer.deliver('telegram', '-1002', { kind: 'nonsense' } as never, 'bad-1')).rejects.toMatchObject({ retryable: false });
  await channels.deliverer.deliver('telegram', '-1003', '纯文本通知' as never, 'plain-1');
  expect(tg.sent.at(-1)!.params).toMatchObject({ chat_id: '-1003', text: '纯文本通知' });
});

test('refused credentials stop start-up with a ChannelAuthError naming the channel', async () => {
  const logger = pino({ level: 'silent' });
  const conversation = createConversation({ db: database.db, qa: createStubAnswerer(), logger });
  const base = { wecomBot: undefined, wecomApp: undefined, wecomApiBase: wecomApi.url, wecomWebhookKeys: [], telegram: undefined };
  const badTelegram = createChannels({ ...base, telegram: { token: '999:wrong', apiRoot: tg.url, webhookSecret: 'x' } }, { conversation, logger });
  await expect(badTelegram.start()).rejects.toThrow(ChannelAuthError);
  const badBot = createChannels({ ...base, wecomBot: { botId: 'aib-test-bot', secret: 'wrong', wsUrl: aibot.url } }, { conversation, logger });
  const err = await badBot.start().catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ChannelAuthError);
  expect((err as ChannelAuthError).channel).toBe('wecom-bot');
  await badBot.stop();
});

test('a channel that cannot reach its platform at boot is started again in the background and then answers', async () => {
  const logger = pino({ level: 'silent' });
  const conversation = createConversation({ db: database.db, qa: createStubAnswerer(), logger });
  const base = { wecomBot: undefined, wecomApp: undefined, wecomApiBase: wecomApi.url, wecomWebhookKeys: [], telegram: undefined };
  const getMes = () => tg.calls.filter((c) => c.method === 'getMe').length;
  // Four 502s exhaust the call's retries: start-up goes on without Telegram.
  tg.failNext('getMe', { httpStatus: 502 }, { httpStatus: 502 }, { httpStatus: 502 }, { httpStatus: 502 });
  const polling = createChannels({ ...base, telegram: { token: tg.token, apiRoot: tg.url, webhookSecret: undefined } }, { conversation, logger, retry: { baseDelayMs: 5 }, restart: { firstDelayMs: 50 } });
  const before = getMes();
  await polling.start();
  expect(getMes()).toBe(before + 4);
  try {
    await waitFor(() => getMes() > before + 4, 'the background restart', 5_000);
    const sent = tg.sent.length;
    tg.push(tgText({ chatId: 5005, fromId: 5005, text: '三会一课是什么？' }));
    await waitFor(() => tg.sent.slice(sent).some((c) => c.params.chat_id === 5005), 'the answer', 5_000);
  } finally {
    await polling.stop();
  }
});

