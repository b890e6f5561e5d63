/**
 * Telegram streaming: a slow answer appears as it grows (one message, edited), and the final text
 * with its citation replaces it; a fast answer is one message with no edits.
 */
import { createTelegramChannel, type TelegramChannel } from '../../bot/channels/telegram/adapter';
import { createConversation, type Conversation } from '../../bot/pipeline';
import { createLogger } from '../../core/logger';
import { createTestDatabase, type TestDatabase } from '../db';
import { waitFor } from '../fakes/http-host';
import { createStubAnswerer } from '../fakes/qa-stub';
import { startFakeTelegram, tgText, type FakeTelegram } from '../fakes/telegram-server';

jest.setTimeout(20_000);

let database: TestDatabase;
let conversation: Conversation;
let tg: FakeTelegram;
let channel: TelegramChannel;

beforeAll(async () => {
  database = await createTestDatabase();
  conversation = createConversation({
    db: database.db,
    qa: createStubAnswerer({ delayMs: (q) => (q.includes('慢') ? 2600 : 0) }),
    logger: createLogger('silent'),
  });
  tg = await startFakeTelegram();
  channel = createTelegramChannel({ token: tg.token, apiRoot: tg.url, webhookSecret: undefined }, { conversation, logger: createLogger('silent'), retry: { baseDelayMs: 20 } });
  await channel.start();
});
afterAll(async () => {
  await channel.stop();
  await tg.close();
  await conversation.idle();
  await database.close();
});

const callsTo = (chatId: number, method: string) => tg.calls.filter((c) => c.method === method && Number(c.params.chat_id) === chatId);

test('a slow answer is sent as it grows, then replaced by the final cited text', async () => {
  tg.push(tgText({ chatId: 3001, fromId: 3001, text: '慢慢说说三会一课' }));
  await waitFor(() => callsTo(3001, 'editMessageText').some((c) => String(c.params.text).includes('第十九条')), 8000, 'final edit');
  const sends = callsTo(3001, 'sendMessage');
  expect(sends).toHaveLength(1);
  expect(String(sends[0]!.params.text)).toMatch(/ …$/);
  const finalEdit = callsTo(3001, 'editMessageText').at(-1)!;
  expect(finalEdit.params.parse_mode).toBe('HTML');
  expect(String(finalEdit.params.text)).toContain('《中国共产党支部工作条例（试行）》第十九条');
});

test('a fast answer is one message, no edits', async () => {
  tg.push(tgText({ chatId: 3002, fromId: 3002, text: '三会一课是什么' }));
  await waitFor(() => callsTo(3002, 'sendMessage').length === 1, 5000, 'answer');
  await new Promise((r) => setTimeout(r, 300));
  expect(callsTo(3002, 'editMessageText')).toHaveLength(0);
  expect(String(callsTo(3002, 'sendMessage')[0]!.params.text)).toContain('第十九条');
});
