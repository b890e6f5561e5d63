/**
 * WeCom smart bot, end to end: the real @wecom/aibot-node-sdk WSClient against a local fake of the
 * long connection. Streams, cards and their clicks, welcome, proactive sends, reconnects.
 */
import { createWecomBotChannel, type WecomBotChannel } from '../../bot/channels/wecom-bot/adapter';
import { createConversation, type Conversation } from '../../bot/pipeline';
import { createLogger } from '../../core/logger';
import { createTestDatabase, type TestDatabase } from '../db';
import { waitFor } from '../fakes/http-host';
import { createStubAnswerer, type StubAnswerer } from '../fakes/qa-stub';
import { aibotCardClick, aibotText, startFakeAibot, type AibotFrame, type FakeAibot } from '../fakes/wecom-bot-server';

// PGlite start-up and migrations can take seconds on a busy machine
jest.setTimeout(20_000);

let database: TestDatabase;
let conversation: Conversation;
let qa: StubAnswerer;
let aibot: FakeAibot;
let channel: WecomBotChannel;

const streamsFor = (reqId: string) => aibot.frames.filter((f) => f.cmd === 'aibot_respond_msg' && f.headers.req_id === reqId);
const finals = (reqId: string) => streamsFor(reqId).filter((f) => (f.body?.stream as { finish?: boolean } | undefined)?.finish);
const content = (f: AibotFrame) => String((f.body?.stream as { content: string }).content);

beforeAll(async () => {
  database = await createTestDatabase();
  qa = createStubAnswerer({ delayMs: () => 30 });
  conversation = createConversation({ db: database.db, qa, logger: createLogger('silent') });
  conversation.registerButton('mtg:rsvp', (ctx) => ({ ack: { text: '已登记参加' }, reply: { kind: 'text', text: `会议 ${ctx.parts[0]} 已登记` } }));
  aibot = await startFakeAibot();
  channel = createWecomBotChannel(
    { botId: 'aib-test-bot', secret: 'bot-secret', wsUrl: aibot.url, heartbeatIntervalMs: 200, reconnectIntervalMs: 50 },
    { conversation, logger: createLogger('silent'), retry: { baseDelayMs: 20 } },
  );
  await channel.start();
});

afterAll(async () => {
  await conversation.idle();
  await channel.stop();
  await aibot.close();
  await database.close();
});

test('a single-chat question is streamed and finished with the cited answer on its req_id', async () => {
  const reqId = aibot.pushMessage(aibotText({ from: 'zhangsan', text: '三会一课是什么？' }));
  await waitFor(() => finals(reqId).length === 1, 5000, 'final stream frame');
  const frames = streamsFor(reqId);
  expect(frames.length).toBeGreaterThanOrEqual(2);
  const ids = new Set(frames.map((f) => (f.body!.stream as { id: string }).id));
  expect(ids.size).toBe(1);
  expect(content(finals(reqId)[0]!)).toContain('《中国共产党支部工作条例（试行）》第十九条');
});

test('👍/👎 on a streamed answer reaches the Q&A feedback of that answer', async () => {
  const reqId = aibot.pushMessage(aibotText({ from: 'zhangsan', text: '反馈测试' }));
  await waitFor(() => finals(reqId).length === 1, 5000, 'answer');
  const withFeedback = streamsFor(reqId).filter((f) => (f.body!.stream as { feedback?: { id: string } }).feedback);
  expect(withFeedback).toHaveLength(1);
  expect(withFeedback[0]).toBe(streamsFor(reqId)[0]);
  const id = (withFeedback[0]!.body!.stream as { feedback: { id: string } }).feedback.id;
  aibot.pushEvent({ msgid: 'EVT-FB-1', create_time: 1, chattype: 'single', from: { userid: 'zhangsan' }, event: { eventtype: 'feedback_event', feedback_event: { id, type: 2 } } });
  await waitFor(() => qa.feedbacks.length === 1, 4000, 'feedback');
  expect(qa.feedbacks[0]![1]).toBe(-1);
  expect(qa.feedbacks[0]![0]).toBeGreaterThan(0);
});

test('a group @mention is answered in the group (mention stripped from the question)', async () => {
  const reqId = aibot.pushMessage(aibotText({ from: 'lisi', chatId: 'wrGROUP1', text: '@党小智 什么是主题党日' }));
  await waitFor(() => finals(reqId).length === 1, 5000, 'group answer');
  expect(content(finals(reqId)[0]!)).toContain('关于“什么是主题党日”');
});

test('the same msgid delivered three times → one answer', async () => {
  const body = aibotText({ from: 'wangwu', text: '重复消息', msgid: 'MSG-DUP-1' });
  const reqs = [aibot.pushMessage(body), aibot.pushMessage(body), aibot.pushMessage(body)];
  await waitFor(() => reqs.some((r) => finals(r).length > 0), 5000, 'answer');
  await new Promise((r) => setTimeout(r, 200));
  expect(reqs.map((r) => finals(r).length).reduce((a, b) => a + b)).toBe(1);
});

test('a proactive card; its click is handled and the card updated on the event req_id', async () => {
  await channel.deliver('wrGROUP1', {
    kind: 'card',
    title: '支部党员大会',
    body: '12月1日 14:00',
    buttons: [{ label: '参加', payload: 'mtg:rsvp:42:yes' }, { label: '请假', payload: 'mtg:rsvp:42:no' }],
    cardId: 'mtg_42_rsvp',
    fallback: '支部党员大会',
  });
  const sent = aibot.frames.filter((f) => f.cmd === 'aibot_send_msg').at(-1)!;
  expect(sent.body).toMatchObject({ chatid: 'wrGROUP1', msgtype: 'template_card' });
  const card = sent.body!.template_card as { task_id: string; button_list: Array<{ key: string }> };
  expect(card.button_list[0]!.key).toBe('mtg:rsvp:42:yes');
  const evt = aibot.pushEvent(aibotCardClick({ from: 'zhangsan', chatId: 'wrGROUP1', eventKey: 'mtg:rsvp:42:yes', taskId: card.task_id }));
  await waitFor(() => aibot.frames.some((f) => f.cmd === 'aibot_respond_update_msg' && f.headers.req_id === evt), 4000, 'card update within 5 s');
  const update = aibot.frames.find((f) => f.cmd === 'aibot_respond_update_msg')!;
  expect(update.body).toMatchObject({ response_type: 'update_template_card', template_card: { task_id: card.task_id, main_title: { desc: '已登记参加' } } });
  await waitFor(
    () => aibot.frames.some((f) => f.cmd === 'aibot_send_msg' && JSON.stringify(f.body).includes('会议 42 已登记')),
    4000,
    'click reply',
  );
});

test('enter_chat gets the welcome text', async () => {
  const evt = aibot.pushEvent({ msgid: 'EVT-ENTER-1', create_time: 1, chattype: 'single', from: { userid: 'newbie' }, event: { eventtype: 'enter_chat' } });
  await waitFor(() => aibot.frames.some((f) => f.cmd === 'aibot_respond_welcome_msg' && f.headers.req_id === evt), 4000, 'welcome');
  const frame = aibot.frames.find((f) => f.cmd === 'aibot_respond_welcome_msg')!;
  expect(JSON.stringify(frame.body)).toContain('党小智');
});

test('a failed ack ("system busy") is retried and the notice delivered once', async () => {
  aibot.failNext('aibot_send_msg', -1, -1);
  const ids = await channel.deliver('zhangsan', { kind: 'markdown', markdown: '**会议通知**：明天开会', fallback: '会议通知：明天开会' });
  expect(ids).toHaveLength(1);
  const attempts = aibot.frames.filter((f) => f.cmd === 'aibot_send_msg' && JSON.stringify(f.body).includes('明天开会'));
  expect(attempts).toHaveLength(3);
});

test('after the connection drops the SDK reconnects and answers again', async () => {
  const before = aibot.connections;
  aibot.drop();
  await aibot.waitForConnections(before + 1, 5000);
  const reqId = aibot.pushMessage(aibotText({ from: 'zhaoliu', text: '重连之后的问题' }));
  await waitFor(() => finals(reqId).length === 1, 5000, 'answer after reconnect');
  expect(channel.connected).toBe(true);
});
