/**
 * Points and news commands through the conversation pipeline: a WeCom-style sender (bound member)
 * sends /积分, /排行, /积分明细, /答题, /加分, /新闻, /订阅新闻 …; we assert what the chat shows.
 */
import { randomUUID } from 'node:crypto';
import { renderFake, type FakeShown } from '../../bot/channels/fake/render';
import { FAKE_CAPABILITIES } from '../../bot/channels/fake/adapter';
import { registerNewsCommands } from '../../bot/commands/news';
import { registerPointsCommands } from '../../bot/commands/points';
import { createConversation, type Conversation } from '../../bot/pipeline';
import type { Clock } from '../../core/clock';
import type { ButtonAck, InboundMessage, ReplySink } from '../../core/conversation';
import { createLogger } from '../../core/logger';
import { createFeedFetcher } from '../../core/news/feed-fetcher';
import { createNewsService, type NewsService } from '../../core/news/news-service';
import { createPointAwards } from '../../core/points/awards';
import { loadHandbook } from '../../core/points/handbook-fixture';
import { createPointsLedger, type PointsLedger } from '../../core/points/ledger';
import { createDailyQuiz } from '../../core/points/quiz';
import { createPointRules } from '../../core/points/rules';
import { openTestDatabases, type TestDatabases } from '../../core/points/test-databases';
import { members, organisations } from '../../data/schema';
import { createStubAnswerer } from '../fakes/qa-stub';

// jest.config's testTimeout sits in the project entries, where Jest 30 ignores it (default 5 s).
jest.setTimeout(30_000);

const TZ = 'Asia/Shanghai';
let dbs: TestDatabases;
let conversation: Conversation;
let ledger: PointsLedger;
let news: NewsService;
const ids: Record<string, number> = {};
const clock: Clock & { at: Date } = { at: new Date('2026-11-26T02:00:00Z'), now: () => clock.at };

beforeAll(async () => {
  dbs = await openTestDatabases();
  const db = dbs.main.db;
  const [org] = await db.insert(organisations).values({ name: '机关第一党支部' }).returning();
  const rows = await db
    .insert(members)
    .values([
      { orgId: org!.id, name: '王书记', role: 'secretary', wecomUserId: 'wang' },
      { orgId: org!.id, name: '张三', wecomUserId: 'zhangsan' },
      { orgId: org!.id, name: '李四', wecomUserId: 'lisi' },
      { orgId: org!.id, name: '赵六' },
    ])
    .returning({ id: members.id, name: members.name });
  for (const r of rows) ids[r.name] = r.id;
  await loadHandbook(db);
  const logger = createLogger('silent');
  ledger = createPointsLedger({ db, clock, timezone: TZ });
  const rules = createPointRules({ db });
  await rules.seedDefaults();
  const quiz = createDailyQuiz({ db, clock, timezone: TZ, ledger, rules });
  const awards = createPointAwards({ db, ledger, rules, logger });
  news = createNewsService({ db, clock, logger, fetcher: createFeedFetcher() });
  conversation = createConversation({ db, qa: createStubAnswerer(), logger, clock });
  registerPointsCommands(conversation, { db, ledger, quiz, awards, timezone: TZ });
  registerNewsCommands(conversation, { news, timezone: TZ });
});

afterAll(() => dbs.close());

async function say(sender: string, input: string | { button: string }, kind: 'group' | 'private' = 'private'): Promise<{ shown: FakeShown[]; acks: ButtonAck[] }> {
  const shown: FakeShown[] = [];
  const acks: ButtonAck[] = [];
  const sink: ReplySink = {
    capabilities: FAKE_CAPABILITIES,
    send: async (reply) => void shown.push(...(await renderFake(reply, FAKE_CAPABILITIES))),
    acknowledge: async (ack) => void acks.push(ack),
  };
  const msg: InboundMessage = {
    channel: 'wecom-bot',
    chatAddress: kind === 'group' ? 'wecom-bot:wrGROUP1' : `wecom-bot:${sender}`,
    chatKind: kind,
    senderId: `wecom-bot:${sender}`,
    text: typeof input === 'string' ? input : '',
    mentionsBot: false,
    button: typeof input === 'string' ? undefined : { payload: input.button },
    platformMessageId: randomUUID(),
    receivedAt: clock.now(),
    raw: null,
  };
  await conversation.handle(msg, sink);
  return { shown, acks };
}

const first = async (sender: string, input: string | { button: string }, kind: 'group' | 'private' = 'private') => (await say(sender, input, kind)).shown[0]!;

test('/积分 shows the balance per category and the year total', async () => {
  await ledger.award({ memberId: ids['张三']!, category: 'org_life', points: 2, reason: '参加会议：支部党员大会', idempotencyKey: 'c:1' });
  await ledger.award({ memberId: ids['张三']!, category: 'vanguard', points: 5, reason: '志愿服务', idempotencyKey: 'c:2' });
  const shown = await first('zhangsan', '/积分');
  expect(shown.text).toBe(['张三同志 2026 年积分', '教育学习：0 分', '组织生活：2 分', '先锋模范：5 分', '合计：7 分'].join('\n'));
  // Unbound senders are asked to bind first.
  expect((await first('stranger', '/积分')).text).toContain('绑定');
});

test('/答题 shows today\'s question; a correct answer earns points once; /积分明细 lists it', async () => {
  const q = await first('lisi', '/答题');
  expect(q.text.length).toBeGreaterThan(10);
  const row = await dbs.main.db.query.quizAttempts.findFirst({ where: (t, { eq }) => eq(t.memberId, ids['李四']!) });
  const view = q.buttons;
  for (const b of view) expect(b.payload).toMatch(new RegExp(`^quiz:ans:${ids['李四']}:2026-11-26:[a-dtf]$`));
  let answer: { button: string } | string;
  if (view.length === 2) answer = { button: view[row!.answer === '对' ? 0 : 1]!.payload };
  else if (view.length === 4) answer = { button: view.find((b) => b.label.endsWith(row!.answer))!.payload };
  else answer = `/答题 ${row!.answer}`;
  // Someone else pressing 李四's card in the group answers nothing.
  const other = await say('zhangsan', { button: `quiz:ans:${ids['李四']}:2026-11-26:a` }, 'group');
  expect(other.acks[0]!.text).toContain('其他同志的题目');
  expect(other.shown).toHaveLength(0);
  const reply = await say('lisi', answer, typeof answer === 'string' ? 'private' : 'group');
  expect(reply.shown[0]!.text).toContain('回答正确！获得教育学习积分 1 分。');
  expect((await first('lisi', `/答题 ${row!.answer}`)).text).toBe('今天的题已经答对了，明天再来！');
  // A button from yesterday's card no longer answers.
  const stale = await say('lisi', { button: `quiz:ans:${ids['李四']}:2026-11-25:a` }, 'group');
  expect(stale.acks[0]!.text).toContain('过期');
  const detail = await first('lisi', '/积分明细');
  expect(detail.text).toBe(['最近的积分记录：', '11-26 教育学习 +1 每日答题（2026-11-26）答对'].join('\n'));
});

test('/加分 by the secretary grants vanguard points; others are refused; /排行 ranks with ties', async () => {
  expect((await first('zhangsan', '/加分 李四 3 帮扶困难群众')).text).toBe('只有本支部书记或管理员可以授予先锋模范积分。');
  expect((await first('wang', '/加分 无名氏 3 帮扶')).text).toContain('没有找到');
  expect((await first('wang', '/加分 李四')).text).toContain('用法');
  expect((await first('wang', '/加分 李四 6 帮扶困难群众')).text).toBe('已为李四同志记先锋模范积分 6 分（帮扶困难群众）。');
  // 张三 7, 李四 1 + 6 = 7, 王书记 0, 赵六 0 → 1, 1, 3, 3
  const rank = await first('wang', '/排行');
  expect(rank.text).toBe(['机关第一党支部 2026 年积分排行（前 10 名）', '1. 张三 7 分', '1. 李四 7 分', '', '我的排名：第 3 名（共 4 人），0 分'].join('\n'));
});

test('/订阅新闻, /推送时间, /取消订阅 in a group; /新闻 shows the latest five', async () => {
  expect((await first('zhangsan', '/订阅新闻')).text).toContain('群聊');
  expect((await first('zhangsan', '/新闻', 'group')).text).toContain('暂时还没有新闻');
  expect((await first('zhangsan', '/订阅新闻', 'group')).text).toContain('每天 08:00 推送到本群');
  expect((await first('zhangsan', '/订阅新闻', 'group')).text).toContain('已订阅');
  expect((await first('zhangsan', '/推送时间 7:30', 'group')).text).toBe('好的，本群的党建头条改为每天 07:30 推送。');
  expect((await first('zhangsan', '/推送时间 25:30', 'group')).text).toContain('用法');
  expect(await news.subscribedChats()).toEqual([expect.objectContaining({ address: 'wecom-bot:wrGROUP1', channel: 'wecom-bot', digestTime: '07:30' })]);
  for (let i = 1; i <= 6; i++) {
    clock.at = new Date(Date.UTC(2026, 10, 26, 2, i));
    await news.postAnnouncement({ title: `公告${i}`, link: `https://example.cn/${i}`, by: 'admin:root' });
  }
  const latest = await first('zhangsan', '/新闻', 'group');
  expect(latest.text.split('\n')).toEqual([
    '**党建头条 · 最新五条**',
    '1. 【公告】[公告6](https://example.cn/6)（11-26）',
    '2. 【公告】[公告5](https://example.cn/5)（11-26）',
    '3. 【公告】[公告4](https://example.cn/4)（11-26）',
    '4. 【公告】[公告3](https://example.cn/3)（11-26）',
    '5. 【公告】[公告2](https://example.cn/2)（11-26）',
  ]);
  expect((await first('zhangsan', '/取消订阅', 'group')).text).toContain('已取消订阅');
  expect((await first('zhangsan', '/取消订阅', 'group')).text).toContain('没有订阅');
  expect(await news.subscribedChats()).toEqual([]);
});
