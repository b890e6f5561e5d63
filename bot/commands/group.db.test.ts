import { eq } from 'drizzle-orm';
import { FAKE_CAPABILITIES } from '../channels/fake/adapter';
import { renderFake, type FakeShown } from '../channels/fake/render';
import { createConversation } from '../pipeline';
import type { InboundMessage, ReplySink } from '../../core/conversation';
import { createLogger } from '../../core/logger';
import { chats, members, organisations } from '../../data/schema';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { createStubAnswerer } from '../../test/fakes/qa-stub';
import { registerGroupCommands } from './group';

let database: TestDatabase;
let seq = 0;
let orgId: number;

beforeAll(async () => {
  database = await createTestDatabase();
  orgId = (await database.db.insert(organisations).values({ name: '第一党支部', path: '/1/' }).returning())[0]!.id;
  await database.db.insert(members).values([
    { orgId, name: '王书记', role: 'secretary', telegramUserId: '2001' },
    { orgId, name: '李党员', role: 'member', telegramUserId: '2002' },
  ]);
});
afterAll(() => database.close());

async function say(sender: string, text: string, chatKind: 'group' | 'private' = 'group'): Promise<string> {
  const conversation = createConversation({ db: database.db, qa: createStubAnswerer(), logger: createLogger('warn') });
  registerGroupCommands(conversation);
  const shown: FakeShown[] = [];
  const sink: ReplySink = { capabilities: FAKE_CAPABILITIES, send: async (r) => void shown.push(...(await renderFake(r, FAKE_CAPABILITIES))), acknowledge: async () => undefined };
  const msg: InboundMessage = {
    channel: 'telegram',
    chatAddress: chatKind === 'group' ? 'telegram:-100777' : `telegram:${sender}`,
    chatKind,
    senderId: `telegram:${sender}`,
    text,
    mentionsBot: false,
    platformMessageId: `m${++seq}`,
    receivedAt: new Date(),
    raw: null,
  };
  await conversation.handle(msg, sink);
  return shown.map((s) => s.text).join('\n');
}

test('a secretary binds the group to the branch; others are told why not', async () => {
  expect(await say('2002', '/绑定本群')).toContain('只有支部书记或支委');
  expect(await say('2001', '/绑定本群', 'private')).toContain('请在支部的群聊里');
  expect(await say('9999', '/绑定本群')).toMatch(/绑定|bind/);
  const bound = await say('2001', '/绑定本群');
  expect(bound).toContain('已将本群绑定到“第一党支部”');
  const row = (await database.db.select().from(chats).where(eq(chats.address, 'telegram:-100777')))[0];
  expect(row?.orgId).toBe(orgId);
});
