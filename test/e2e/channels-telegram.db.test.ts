/**
 * Telegram, end to end: the real telegraf client against a local fake Bot API, in long-polling
 * mode and in webhook mode (routes on a plain http server, secret header checked).
 */
import { eq } from 'drizzle-orm';
import { createTelegramChannel, type TelegramChannel } from '../../bot/channels/telegram/adapter';
import { issueBindCode } from '../../bot/identity';
import { createConversation, type Conversation } from '../../bot/pipeline';
import { createLogger } from '../../core/logger';
import { members, organisations } from '../../data/schema';
import { createTestDatabase, type TestDatabase } from '../db';
import { hostRoutes, waitFor, type RouteHost } from '../fakes/http-host';
import { createStubAnswerer } from '../fakes/qa-stub';
import { postWebhook, startFakeTelegram, tgCallback, tgText, type FakeTelegram } from '../fakes/telegram-server';

// PGlite start-up and migrations can take seconds on a busy machine
jest.setTimeout(20_000);

let database: TestDatabase;
let conversation: Conversation;
let memberId: number;
const GROUP = -1001234567890;

const sentTo = (tg: FakeTelegram, chatId: number) => tg.sent.filter((c) => Number(c.params.chat_id) === chatId);
const textsTo = (tg: FakeTelegram, chatId: number) => sentTo(tg, chatId).map((c) => String(c.params.text));

beforeAll(async () => {
  database = await createTestDatabase();
  const [org] = await database.db.insert(organisations).values({ name: '第一支部' }).returning();
  const [m] = await database.db.insert(members).values({ orgId: org!.id, name: '张三' }).returning();
  memberId = m!.id;
  conversation = createConversation({
    db: database.db,
    qa: createStubAnswerer({
      text: (q) =>
        q.includes('长') ? '党支部要严格落实三会一课制度，坚持民主集中制。'.repeat(300) : q.includes('符号') ? '<b>不是标签</b> & 5 > 3 **重点**' : `关于“${q}”：三会一课是指定期召开支部党员大会、支部委员会、党小组会，按时上好党课。`,
    }),
    logger: createLogger('silent'),
  });
  conversation.registerCommand({ name: 'points', aliases: ['积分'], memberOnly: true, description: '查看我的积分', handler: (ctx) => ({ kind: 'text', text: `${ctx.member!.name}，您的积分是 10 分` }) });
  conversation.registerButton('mtg:rsvp', (ctx) => ({ ack: { text: '已登记参加' }, reply: { kind: 'text', text: `会议 ${ctx.parts[0]} 已登记` } }));
});

afterAll(async () => {
  await conversation.idle();
  await database.close();
});

describe('long polling', () => {
  let tg: FakeTelegram;
  let channel: TelegramChannel;

  beforeAll(async () => {
    tg = await startFakeTelegram();
    channel = createTelegramChannel(
      { token: tg.token, apiRoot: tg.url, webhookSecret: undefined },
      { conversation, logger: createLogger('silent'), retry: { baseDelayMs: 20 } },
    );
    await channel.start();
  });
  afterAll(async () => {
    await channel.stop();
    await tg.close();
  });

  test('private question → cited answer in that chat, HTML', async () => {
    tg.push(tgText({ chatId: 1001, fromId: 1001, text: '三会一课是什么？' }));
    await waitFor(() => sentTo(tg, 1001).length === 1, 5000, 'answer');
    const [call] = sentTo(tg, 1001);
    expect(call!.params.parse_mode).toBe('HTML');
    expect(String(call!.params.text)).toContain('《中国共产党支部工作条例（试行）》第十九条');
    expect(String(call!.params.text)).toContain('<b>依据</b>');
  });

  test('group: chatter ignored; @mention, /ask@bot and replies to the bot answered; /cmd@otherbot ignored', async () => {
    tg.push(tgText({ chatId: GROUP, fromId: 1002, text: '大家中午好' }));
    tg.push(tgText({ chatId: GROUP, fromId: 1002, text: '/ask@other_bot 三会一课' }));
    tg.push(tgText({ chatId: GROUP, fromId: 1002, text: '@xiaozhi_test_bot 什么是主题党日' }));
    tg.push(tgText({ chatId: GROUP, fromId: 1002, text: '/ask@xiaozhi_test_bot 什么是党小组会' }));
    tg.push(tgText({ chatId: GROUP, fromId: 1002, text: '那党课呢', replyToBot: true }));
    await waitFor(() => sentTo(tg, GROUP).length === 3, 5000, 'three group answers');
    await new Promise((r) => setTimeout(r, 150));
    const texts = textsTo(tg, GROUP);
    expect(texts).toHaveLength(3);
    expect(texts[0]).toContain('关于“什么是主题党日”');
    expect(texts[1]).toContain('关于“什么是党小组会”');
    expect(texts[2]).toContain('关于“那党课呢”');
    expect(sentTo(tg, GROUP)[0]!.params.reply_parameters).toMatchObject({ message_id: expect.any(Number) });
  });

  test('a button press is handled and the callback query answered', async () => {
    tg.push(tgCallback({ chatId: GROUP, fromId: 1002, data: 'mtg:rsvp:42:yes', id: 'cbq-1' }));
    await waitFor(() => tg.calls.some((c) => c.method === 'answerCallbackQuery'), 5000, 'answerCallbackQuery');
    expect(tg.calls.find((c) => c.method === 'answerCallbackQuery')!.params).toMatchObject({ callback_query_id: 'cbq-1', text: '已登记参加' });
    await waitFor(() => textsTo(tg, GROUP).includes('会议 42 已登记'), 5000, 'button reply');
  });

  test('/bind with an issued code links the Telegram user; member-only commands then work', async () => {
    tg.push(tgText({ chatId: 2001, fromId: 2001, text: '积分' }));
    await waitFor(() => sentTo(tg, 2001).length === 1, 5000, 'bind hint');
    expect(textsTo(tg, 2001)[0]).toContain('需要先绑定');
    const { code } = await issueBindCode(database.db, memberId);
    tg.push(tgText({ chatId: 2001, fromId: 2001, text: `/bind ${code}` }));
    tg.push(tgText({ chatId: 2001, fromId: 2001, text: '/points' }));
    await waitFor(() => sentTo(tg, 2001).length === 3, 5000, 'bind + points');
    expect(textsTo(tg, 2001)[1]).toContain('绑定成功，张三同志');
    expect(textsTo(tg, 2001)[2]).toContain('张三，您的积分是 10 分');
    const [row] = await database.db.select().from(members).where(eq(members.id, memberId));
    expect(row!.telegramUserId).toBe('2001');
    tg.push(tgText({ chatId: 2002, fromId: 2002, text: `/bind ${code}` }));
    await waitFor(() => sentTo(tg, 2002).length === 1, 5000, 'reuse rejected');
    expect(textsTo(tg, 2002)[0]).toContain('绑定码无效');
  });

  test('HTML special characters are escaped; answers over 4096 characters are split', async () => {
    tg.push(tgText({ chatId: 3001, fromId: 3001, text: '符号问题' }));
    await waitFor(() => sentTo(tg, 3001).length === 1, 5000, 'escaped answer');
    expect(textsTo(tg, 3001)[0]).toContain('&lt;b&gt;不是标签&lt;/b&gt; &amp; 5 &gt; 3 <b>重点</b>');
    tg.push(tgText({ chatId: 3002, fromId: 3002, text: '长问题' }));
    await waitFor(() => sentTo(tg, 3002).length >= 2, 5000, 'split answer');
    await new Promise((r) => setTimeout(r, 100));
    const parts = textsTo(tg, 3002);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(4096);
    expect(parts.join('').split('三会一课制度').length - 1).toBe(300);
  });

  test('429 retry_after is honoured and 5xx retried; each answer delivered once', async () => {
    tg.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 1', retry_after: 1 }, { httpStatus: 502 });
    tg.push(tgText({ chatId: 4001, fromId: 4001, text: '限流测试' }));
    await waitFor(() => sentTo(tg, 4001).length === 1, 8000, 'answer after 429');
    const attempts = tg.calls.filter((c) => c.method === 'sendMessage' && Number(c.params.chat_id) === 4001);
    expect(attempts).toHaveLength(3);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(990);
    await new Promise((r) => setTimeout(r, 200));
    expect(sentTo(tg, 4001)).toHaveLength(1);
  });
});

describe('webhook', () => {
  const SECRET = 'wh-secret_123';
  let tg: FakeTelegram;
  let channel: TelegramChannel;
  let host: RouteHost;

  beforeAll(async () => {
    tg = await startFakeTelegram();
    channel = createTelegramChannel({ token: tg.token, apiRoot: tg.url, webhookSecret: SECRET }, { conversation, logger: createLogger('silent') });
    await channel.start();
    host = await hostRoutes(channel.routes);
  });
  afterAll(async () => {
    await channel.stop();
    await host.close();
    await tg.close();
  });

  test('bad or missing secret → 403, nothing processed', async () => {
    const update = { update_id: 9001, ...tgText({ chatId: 5001, fromId: 5001, text: '没有密钥' }) };
    expect((await postWebhook(`${host.url}/telegram/webhook`, update, 'wrong')).status).toBe(403);
    expect((await postWebhook(`${host.url}/telegram/webhook`, update, undefined)).status).toBe(403);
    await new Promise((r) => setTimeout(r, 100));
    expect(sentTo(tg, 5001)).toHaveLength(0);
  });

  test('an update is acknowledged at once and answered; the same update three times → one reply', async () => {
    const update = { update_id: 9002, ...tgText({ chatId: 5002, fromId: 5002, text: '三会一课' }) };
    const results = await Promise.all([1, 2, 3].map(() => postWebhook(`${host.url}/telegram/webhook`, update, SECRET)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    await waitFor(() => sentTo(tg, 5002).length === 1, 5000, 'answer');
    await conversation.idle();
    expect(sentTo(tg, 5002)).toHaveLength(1);
    expect(textsTo(tg, 5002)[0]).toContain('第十九条');
  });
});
