/**
 * Chat commands of the points feature:
 *   /积分            my balance per category and this year's total
 *   /排行            my branch's top 10 and my own rank (ties share a rank: 1, 2, 2, 4)
 *   /积分明细        my last entries
 *   /答题 [答案]     today's quiz question, or answer it (buttons for 对/错 and A–D: quiz:ans:<member>:<day>:<choice>)
 *   /加分 姓名 分数 理由   书记 grants 先锋模范 points to a member of the branch
 * Handlers return replies; `PointsError` becomes a zh-CN message.
 */
import { and, eq } from 'drizzle-orm';
import type { CardReply, Reply, TextReply } from '../../core/conversation';
import type { PointAwards } from '../../core/points/awards';
import type { PointsLedger } from '../../core/points/ledger';
import type { DailyQuiz, QuizAnswerOutcome, QuizView } from '../../core/points/quiz';
import { CATEGORY_LABELS, POINT_CATEGORIES, PointsError, type LedgerEntry } from '../../core/points/types';
import { zonedDay } from '../../core/points/zoned';
import type { Db } from '../../data/db';
import { members, organisations } from '../../data/schema';
import type { ButtonResult, CommandContext, HandlerResult } from '../commands';
import type { Conversation } from '../pipeline';

export interface PointsCommandDeps {
  db: Db;
  ledger: PointsLedger;
  quiz: DailyQuiz;
  awards: PointAwards;
  /** APP_TIMEZONE, for dates in /积分明细. */
  timezone: string;
}

/** zh-CN texts of the points commands. */
export const pointsText = {
  descPoints: '查看我的积分',
  descRank: '本支部积分排行',
  descDetail: '我最近的积分记录',
  descQuiz: '每日答题，答对得教育学习积分',
  descGrant: '书记授予先锋模范积分：/加分 姓名 分数 理由',
  balanceTitle: (name: string, year: number) => `${name}同志 ${year} 年积分`,
  total: '合计',
  rankTitle: (org: string, year: number) => `${org} ${year} 年积分排行（前 10 名）`,
  rankNone: '本支部今年还没有人获得积分。',
  myRank: (rank: number, count: number, total: number) => `我的排名：第 ${rank} 名（共 ${count} 人），${total} 分`,
  detailTitle: '最近的积分记录：',
  detailNone: '还没有积分记录。参加组织生活、每日答题都可以获得积分。',
  quizNone: '题库暂未就绪（还没有导入党内法规文档），请稍后再试。',
  quizAnsweredRight: '今天的题已经答对了，明天再来！',
  quizAnsweredWrong: '今天的题已经答过了，明天再来！',
  quizRight: (points: number) => (points > 0 ? `回答正确！获得教育学习积分 ${points} 分。` : '回答正确！'),
  quizWrong: (answer: string) => `很遗憾，回答错误。正确答案：${answer}。明天再来挑战！`,
  quizStale: '这道题已经过期了，请发送 /答题 获取今天的题目。',
  quizNotYours: '这是其他同志的题目，请发送 /答题 获取您自己的题目。',
  grantUsage: '用法：/加分 姓名 分数 理由，例如：/加分 张三 5 带头参加抗洪抢险',
  grantNoMember: (name: string) => `本支部没有找到名为“${name}”的党员。`,
  grantAmbiguous: (name: string) => `本支部有多位名为“${name}”的党员，请在管理后台授予。`,
  grantOk: (name: string, points: number, reason: string) => `已为${name}同志记先锋模范积分 ${points} 分（${reason}）。`,
  errors: {
    forbidden: '只有本支部书记或管理员可以授予先锋模范积分。',
    invalid: '输入有误：',
    member_not_found: '没有找到这位党员。',
  },
} as const;

const text = (t: string): TextReply => ({ kind: 'text', text: t });

function signed(n: number): string {
  return n > 0 ? `+${n}` : `${n}`;
}

function entryLine(e: LedgerEntry, timezone: string): string {
  const day = zonedDay(e.createdAt, timezone).slice(5);
  return `${day} ${CATEGORY_LABELS[e.category]} ${signed(e.points)} ${e.reason}`;
}

function errorReply(err: unknown): TextReply {
  if (err instanceof PointsError) {
    if (err.code === 'forbidden') return text(pointsText.errors.forbidden);
    if (err.code === 'member_not_found') return text(pointsText.errors.member_not_found);
    return text(`${pointsText.errors.invalid}${err.message}`);
  }
  throw err;
}

/** The quiz as a card with answer buttons (对/错, A–D), or text for fill-in questions. */
export function quizReply(view: QuizView, memberId: number): Reply {
  if (view.answered) return text(view.answered.correct ? pointsText.quizAnsweredRight : pointsText.quizAnsweredWrong);
  if (view.options.length === 0) return text(view.prompt);
  const buttons =
    view.kind === 'judge'
      ? [
          { label: '对', payload: `quiz:ans:${memberId}:${view.day}:t` },
          { label: '错', payload: `quiz:ans:${memberId}:${view.day}:f` },
        ]
      : view.options.map((o, i) => ({ label: `${String.fromCharCode(65 + i)}. ${o}`, payload: `quiz:ans:${memberId}:${view.day}:${String.fromCharCode(97 + i)}` }));
  const card: CardReply = { kind: 'card', title: '每日答题', body: view.prompt, buttons, fallback: view.prompt };
  return card;
}

export function quizOutcomeText(o: QuizAnswerOutcome): string {
  switch (o.status) {
    case 'correct':
      return pointsText.quizRight(o.awarded);
    case 'wrong':
      return pointsText.quizWrong(o.answer);
    case 'already_answered':
      return o.correct ? pointsText.quizAnsweredRight : pointsText.quizAnsweredWrong;
    case 'no_question':
      return pointsText.quizNone;
  }
}

/** Registers /积分, /排行, /积分明细, /答题, /加分 and the quiz answer buttons. */
export function registerPointsCommands(conversation: Pick<Conversation, 'registerCommand' | 'registerButton'>, deps: PointsCommandDeps): void {
  const { db, ledger, quiz, awards, timezone } = deps;

  conversation.registerCommand({
    name: 'points',
    aliases: ['积分'],
    description: pointsText.descPoints,
    memberOnly: true,
    handler: async (ctx: CommandContext): Promise<HandlerResult> => {
      const member = ctx.member!;
      const b = await ledger.balance(member.id);
      const lines = POINT_CATEGORIES.map((c) => `${CATEGORY_LABELS[c]}：${b.byCategory[c]} 分`);
      return text([pointsText.balanceTitle(member.name, b.year), ...lines, `${pointsText.total}：${b.total} 分`].join('\n'));
    },
  });

  conversation.registerCommand({
    name: 'rank',
    aliases: ['排行', '积分排行'],
    description: pointsText.descRank,
    memberOnly: true,
    handler: async (ctx): Promise<HandlerResult> => {
      const member = ctx.member!;
      const year = ledger.currentYear();
      const rows = await ledger.ranking(member.orgId, year);
      const org = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, member.orgId)).limit(1);
      const top = rows.filter((r) => r.total !== 0).slice(0, 10);
      const me = rows.find((r) => r.memberId === member.id);
      const lines = [pointsText.rankTitle(org[0]?.name ?? '本支部', year)];
      if (top.length === 0) lines.push(pointsText.rankNone);
      else lines.push(...top.map((r) => `${r.rank}. ${r.name} ${r.total} 分`));
      if (me) lines.push('', pointsText.myRank(me.rank, rows.length, me.total));
      return text(lines.join('\n'));
    },
  });

  conversation.registerCommand({
    name: 'pointlog',
    aliases: ['积分明细'],
    description: pointsText.descDetail,
    memberOnly: true,
    handler: async (ctx): Promise<HandlerResult> => {
      const entries = await ledger.entries(ctx.member!.id, 10);
      if (entries.length === 0) return text(pointsText.detailNone);
      return text([pointsText.detailTitle, ...entries.map((e) => entryLine(e, timezone))].join('\n'));
    },
  });

  conversation.registerCommand({
    name: 'quiz',
    aliases: ['答题', '每日答题'],
    usage: '/答题',
    description: pointsText.descQuiz,
    memberOnly: true,
    handler: async (ctx): Promise<HandlerResult> => {
      const member = ctx.member!;
      if (ctx.args) return text(quizOutcomeText(await quiz.answer(member.id, ctx.args)));
      const view = await quiz.today(member.id);
      return view ? quizReply(view, member.id) : text(pointsText.quizNone);
    },
  });

  conversation.registerButton(
    'quiz:ans',
    async (ctx): Promise<ButtonResult> => {
      const [owner, day, choice] = ctx.parts;
      if (!owner || !day || !choice) return { ack: { text: ctx.locale.unknownButton } };
      // Each member has their own question; a card shown in a group answers only its owner's.
      if (Number(owner) !== ctx.member!.id) return { ack: { text: pointsText.quizNotYours } };
      if (day !== zonedDay(ctx.clock.now(), timezone)) return { ack: { text: pointsText.quizStale } };
      const answer = choice === 't' ? '对' : choice === 'f' ? '错' : choice.toUpperCase();
      const outcome = await quiz.answer(ctx.member!.id, answer);
      const said = quizOutcomeText(outcome);
      const shown = ctx.msg.chatKind === 'group' ? `${ctx.member!.name}：${said}` : said;
      return { ack: { text: outcome.status === 'correct' ? '回答正确' : outcome.status === 'wrong' ? '回答错误' : '已作答' }, reply: text(shown) };
    },
    { memberOnly: true },
  );

  conversation.registerCommand({
    name: 'grant',
    aliases: ['加分'],
    usage: '/加分 姓名 分数 理由',
    description: pointsText.descGrant,
    memberOnly: true,
    handler: async (ctx): Promise<HandlerResult> => {
      const m = /^(\S+)\s+(\d{1,3})\s+([\s\S]+)$/.exec(ctx.args);
      if (!m) return text(pointsText.grantUsage);
      const [, name, pts, reason] = m;
      const granter = ctx.member!;
      const found = await db
        .select({ id: members.id })
        .from(members)
        .where(and(eq(members.orgId, granter.orgId), eq(members.name, name!), eq(members.active, true)));
      if (found.length === 0) return text(pointsText.grantNoMember(name!));
      if (found.length > 1) return text(pointsText.grantAmbiguous(name!));
      try {
        const result = await awards.grantVanguard({
          memberId: found[0]!.id,
          points: Number(pts),
          reason: reason!.trim(),
          grantor: { kind: 'member', memberId: granter.id },
          // A redelivered chat message must not grant twice.
          requestId: `${ctx.msg.channel}:${ctx.msg.platformMessageId}`,
        });
        return text(pointsText.grantOk(name!, result.entry.points, result.entry.reason));
      } catch (err) {
        return errorReply(err);
      }
    },
  });
}
