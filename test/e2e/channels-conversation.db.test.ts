/** The conversation core through the fake channel: what a user sees for each kind of message. */
import { createConversation, type Conversation } from '../../bot/pipeline';
import { createFakeChannel, type FakeChannel } from '../../bot/channels/fake/adapter';
import { pruneInboundSeen } from '../../bot/dedupe';
import { issueBindCode } from '../../bot/identity';
import { createLogger } from '../../core/logger';
import { members, organisations } from '../../data/schema';
import { createTestDatabase, type TestDatabase } from '../db';
import { createStubAnswerer, type StubAnswerer } from '../fakes/qa-stub';

// PGlite start-up and migrations can take seconds on a busy machine
jest.setTimeout(20_000);

let database: TestDatabase;
let qa: StubAnswerer;
let conversation: Conversation;
let chat: FakeChannel;
let memberId: number;

beforeAll(async () => {
  database = await createTestDatabase();
  const [org] = await database.db.insert(organisations).values({ name: '第一支部' }).returning();
  const [m] = await database.db.insert(members).values({ orgId: org!.id, name: '张三', wecomUserId: 'zhangsan' }).returning();
  memberId = m!.id;
  qa = createStubAnswerer({
    delayMs: (q) => (q.includes('慢') ? 400 : 0),
    fail: (q) => q.includes('出错'),
  });
  conversation = createConversation({ db: database.db, qa, logger: createLogger('silent') });
  conversation.registerCommand({
    name: 'points',
    aliases: ['积分'],
    memberOnly: true,
    description: '查看我的积分',
    handler: (ctx) => ({ kind: 'text', text: `${ctx.member!.name}，您的积分是 10 分` }),
  });
  conversation.registerButton('mtg:rsvp', (ctx) => ({
    ack: { text: ctx.parts[1] === 'yes' ? '已登记参加' : '已登记请假' },
    reply: { kind: 'text', text: `会议 ${ctx.parts[0]} 已登记` },
  }));
  chat = createFakeChannel(conversation);
});

afterAll(async () => {
  await database.close();
});

test('帮助 and /help show the command list, including commands registered later', async () => {
  for (const text of ['帮助', '/help']) {
    const { shown } = await chat.say(text);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.text).toContain('/ask 问题（提问）');
    expect(shown[0]!.text).toContain('/points（积分） — 查看我的积分');
  }
});

test('free text in a private chat is a question with a cited answer', async () => {
  const { shown } = await chat.say('三会一课是什么？');
  expect(shown[0]!.text).toContain('三会一课是指');
  expect(shown[0]!.text).toContain('《中国共产党支部工作条例（试行）》第十九条');
  expect(qa.asked.at(-1)).toMatchObject({ question: '三会一课是什么？', ctx: { channel: 'fake', chatAddress: 'fake:u1' } });
});

test('提问 alias and /ask with no question', async () => {
  expect((await chat.say('提问 什么是党日')).shown[0]!.text).toContain('关于“什么是党日”');
  expect((await chat.say('/ask')).shown[0]!.text).toContain('请在命令后写上问题');
});

test('in a group only mentions, commands and replies to the bot are handled', async () => {
  const chatter = await chat.say({ kind: 'group', text: '今天中午吃什么', sender: 'u2' });
  expect(chatter).toMatchObject({ outcome: 'ignored', shown: [] });
  const alias = await chat.say({ kind: 'group', text: '帮助', sender: 'u2' });
  expect(alias.outcome).toBe('ignored');
  const mention = await chat.say({ kind: 'group', text: '三会一课是什么', mentionsBot: true, sender: 'u2' });
  expect(mention.shown[0]!.text).toContain('第十九条');
  const reply = await chat.say({ kind: 'group', text: '那党课呢', replyToBot: true, sender: 'u2' });
  expect(reply.shown[0]!.text).toContain('那党课呢');
  const otherBots = await chat.say({ kind: 'group', text: '/weather 北京', sender: 'u2' });
  expect(otherBots.outcome).toBe('ignored');
  const command = await chat.say({ kind: 'group', text: '/help', sender: 'u2' });
  expect(command.shown[0]!.text).toContain('请 @我');
});

test('an unknown command gets a short help, never silence', async () => {
  const { shown } = await chat.say('/frobnicate');
  expect(shown[0]!.text).toContain('没有“/frobnicate”这个命令');
  expect(shown[0]!.text).toContain('/help');
});

test('member-only commands ask unbound senders to bind; /bind with an issued code binds', async () => {
  const before = await chat.say({ text: '积分', sender: 'tg100' });
  expect(before.shown[0]!.text).toContain('需要先绑定');
  expect((await chat.say({ text: '/bind 000000', sender: 'tg100' })).shown[0]!.text).toContain('绑定码无效');
  // fake senders are not bindable; use the WeCom-style sender path through identity directly
  const { code } = await issueBindCode(database.db, memberId);
  expect(code).toMatch(/^\d{6}$/);
});

test('a button press is handled and acknowledged', async () => {
  const { acks, shown } = await chat.say({ button: 'mtg:rsvp:42:yes', kind: 'group', sender: 'u3' });
  expect(acks).toEqual([{ text: '已登记参加' }]);
  expect(shown[0]!.text).toBe('会议 42 已登记');
  const unknown = await chat.say({ button: 'nope:1' });
  expect(unknown.acks[0]!.text).toContain('失效');
});

test('the same platform message delivered three times is answered once', async () => {
  const results = await Promise.all([1, 2, 3].map(() => chat.say({ text: '重复的问题', messageId: 'dup-1' })));
  expect(results.map((r) => r.outcome).sort()).toEqual(['duplicate', 'duplicate', 'replied']);
  expect(results.flatMap((r) => r.shown)).toHaveLength(1);
});

test('messages of one chat are answered in arrival order, other chats in parallel', async () => {
  const order: string[] = [];
  const track = (p: Promise<{ shown: Array<{ text: string }> }>) => p.then((r) => order.push(r.shown[0]!.text.slice(0, 8)));
  await Promise.all([
    track(chat.say({ text: '慢问题一', sender: 'order' })),
    track(chat.say({ text: '快问题二', sender: 'order' })),
    track(chat.say({ text: '快问题三', sender: 'order' })),
  ]);
  expect(order).toEqual(['关于“慢问题一”', '关于“快问题二”', '关于“快问题三”']);
  const started = Date.now();
  await Promise.all([chat.say({ text: '慢A', sender: 'p1' }), chat.say({ text: '慢B', sender: 'p2' })]);
  // serial handling would take at least 800 ms
  expect(Date.now() - started).toBeLessThan(750);
});

test('a failing answerer gets a polite Chinese apology and the chat keeps working', async () => {
  const failed = await chat.say('这个会出错');
  expect(failed.outcome).toBe('failed');
  expect(failed.shown[0]!.text).toContain('抱歉');
  expect((await chat.say('正常问题')).shown[0]!.text).toContain('正常问题');
});

test('a streaming chat sees partial snapshots before the final answer', async () => {
  const streaming = createFakeChannel(conversation, { buttons: true, streaming: true, editing: true, markdown: true, maxTextChars: 4096 });
  const { shown } = await streaming.say('三会一课');
  expect(shown[0]!.partials!.length).toBeGreaterThanOrEqual(1);
  expect(shown[0]!.text).toContain('第十九条');
});

test('long answers are split at sentence ends, nothing lost', async () => {
  const longQa = createStubAnswerer({ text: () => '党支部要严格落实三会一课制度。'.repeat(400) });
  const conv = createConversation({ db: database.db, qa: longQa, logger: createLogger('silent') });
  const small = createFakeChannel(conv, { buttons: false, streaming: false, editing: false, markdown: false, maxTextBytes: 2048 });
  const { shown } = await small.say('长问题');
  expect(shown.length).toBeGreaterThan(3);
  for (const s of shown) expect(Buffer.byteLength(s.text)).toBeLessThanOrEqual(2048);
  for (const s of shown.slice(0, -1)) expect(s.text.endsWith('。')).toBe(true);
  expect(shown.map((s) => s.text).join('').split('三会一课制度').length - 1).toBe(400);
});

test('redelivery markers can be pruned by age; group chats the bot saw are remembered', async () => {
  const chatsSeen = await database.query<{ address: string }>("SELECT address FROM chats WHERE address LIKE 'fake:%'");
  expect(chatsSeen.map((c) => c.address)).toEqual(['fake:group1']);
  expect(await pruneInboundSeen(database.db, new Date(Date.now() - 3600_000))).toBe(0);
  expect(await pruneInboundSeen(database.db, new Date(Date.now() + 1000))).toBeGreaterThan(5);
});
