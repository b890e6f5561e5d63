/** WeCom group robots, end to end against the fake WeCom API: markdown, splitting, limits, keys kept out of logs. */
import { Writable } from 'node:stream';
import pino from 'pino';
import { createWecomWebhookChannel, type WecomWebhookChannel } from '../../bot/channels/wecom-webhook/adapter';
import { ChannelAuthError, ChannelRateLimitError } from '../../core/errors';
import { startFakeWecomApi, type FakeWecomApi } from '../fakes/wecom-api-server';

// PGlite start-up and migrations can take seconds on a busy machine
jest.setTimeout(20_000);

const KEY = 'robot-key-0123456789abcdef';
let api: FakeWecomApi;
let channel: WecomWebhookChannel;
const logLines: string[] = [];

beforeAll(async () => {
  api = await startFakeWecomApi({ webhookKeys: [KEY] });
  const logger = pino({ level: 'debug' }, new Writable({ write: (chunk, _enc, cb) => (logLines.push(String(chunk)), cb()) }));
  channel = createWecomWebhookChannel({ apiBase: api.url, keys: [KEY] }, { logger, retry: { baseDelayMs: 10 } });
});

afterAll(async () => {
  await api.close();
});

test('a Markdown notice is posted to the robot', async () => {
  await channel.deliver(KEY, { kind: 'markdown', markdown: '**会议通知**\n> 12月1日 14:00 支部党员大会', fallback: '会议通知' });
  expect(api.sent.at(-1)).toMatchObject({ path: '/cgi-bin/webhook/send', query: { key: KEY }, body: { msgtype: 'markdown', markdown: { content: expect.stringContaining('**会议通知**') } } });
});

test('over 4096 bytes is split at sentence ends, nothing lost', async () => {
  const before = api.sent.length;
  const ids = await channel.deliver(KEY, { kind: 'text', text: '请各位党员按时参加主题党日活动。'.repeat(300) });
  expect(ids.length).toBeGreaterThan(1);
  const parts = api.sent.slice(before).map((c) => (c.body!.markdown as { content: string }).content);
  for (const p of parts) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(4096);
  expect(parts.join('').split('主题党日活动').length - 1).toBe(300);
});

test('5xx is retried and the notice delivered once', async () => {
  api.failNext('/cgi-bin/webhook/send', { httpStatus: 503 });
  const before = api.sent.length;
  await channel.deliver(KEY, { kind: 'text', text: '重试通知' });
  expect(api.sent.length).toBe(before + 1);
});

test('over 20 messages a minute → ChannelRateLimitError with retryAfterMs; a bad key → ChannelAuthError; the key never logged', async () => {
  api.webhookPerMinute = api.sent.length + 1;
  await channel.deliver(KEY, { kind: 'text', text: '最后一条' });
  const err = await channel.deliver(KEY, { kind: 'text', text: '超限' }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ChannelRateLimitError);
  expect((err as ChannelRateLimitError).retryAfterMs).toBe(60_000);
  const bad = await channel.deliver('no-such-key-123456', { kind: 'text', text: 'x' }).catch((e: unknown) => e);
  expect(bad).toBeInstanceOf(ChannelAuthError);
  expect(logLines.join('')).not.toContain(KEY);
  expect(logLines.join('')).toContain('webhook send retry');
});
