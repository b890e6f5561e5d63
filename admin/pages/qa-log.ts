/** 问答记录: the Q&A log with filters (date, channel, declined, feedback); curate an answer for an unanswered question. */
import { and, desc, eq, gte, isNull, lt, type SQL } from 'drizzle-orm';
import { Router, type Response } from 'express';
import type { DeclineReason } from '../../core/qa';
import { qaLog } from '../../data/schema';
import { ValidationError } from '../../core/members/scope';
import { fromWallClock } from '../../core/zoned-time';
import { actorOf, ctx, type PagesEnv } from './context';
import { addCuratedPair, curatedTitle, validatePair } from './curated';
import { clip, fmtTime, intParam, strParam } from './format';
import { html } from './html';
import { csrfField, emptyState, fieldError, page } from './layout';
import { forbidden, handle, notFound } from './middleware';
import { qaScopeCondition } from './stats';

const PAGE_SIZE = 50;
const MODE_LABEL: Record<string, string> = { greeting: '寒暄', llm: '模型回答', extractive: '摘录回答', declined: '未能回答' };

/** Why a question went unanswered, for the secretary deciding what to add to the knowledge base. */
const DECLINE_REASON_LABEL: Record<DeclineReason, string> = {
  'no-passage': '知识库为空',
  'task-request': '写作/翻译等请求',
  'answer-kind': '库中没有此类信息（人名、金额、年份等）',
  'no-such-article': '所问条款不存在',
  'nothing-to-look-up': '问题没有实质内容',
  'weak-support': '找到的条文与问题相关度不足',
  'model-no-support': '模型判断条文不能回答',
};

function parseDay(s: string, tz: string, endOfDay = false): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return undefined;
  const d = fromWallClock({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: 0, minute: 0 }, tz);
  return endOfDay ? new Date(d.getTime() + 86400000) : d;
}

export function createQaPages(env: PagesEnv): Router {
  const router = Router();

  router.get(
    '/qa',
    handle(async (req, res) => {
      const c = ctx(res);
      const f = {
        from: strParam(req.query.from, 10),
        to: strParam(req.query.to, 10),
        channel: strParam(req.query.channel, 40),
        declined: strParam(req.query.declined, 3),
        feedback: strParam(req.query.feedback, 4),
      };
      const p = intParam(req.query.page) ?? 1;
      const scopeCond = await qaScopeCondition(env.db, c.admin.scope);
      const conds: (SQL | undefined)[] = [scopeCond];
      const from = parseDay(f.from, env.tz);
      const to = parseDay(f.to, env.tz, true);
      const errors: Record<string, string> = {};
      if (f.from && !from) errors.from = '日期格式应为 2026-01-31';
      if (f.to && !to) errors.to = '日期格式应为 2026-01-31';
      if (from) conds.push(gte(qaLog.createdAt, from));
      if (to) conds.push(lt(qaLog.createdAt, to));
      if (f.channel) conds.push(eq(qaLog.channel, f.channel));
      if (f.declined === 'yes') conds.push(eq(qaLog.declined, true));
      if (f.declined === 'no') conds.push(eq(qaLog.declined, false));
      if (f.feedback === 'up') conds.push(eq(qaLog.feedback, 1));
      if (f.feedback === 'down') conds.push(eq(qaLog.feedback, -1));
      if (f.feedback === 'none') conds.push(isNull(qaLog.feedback));
      const rows = await env.db
        .select()
        .from(qaLog)
        .where(and(...conds))
        .orderBy(desc(qaLog.id))
        .limit(PAGE_SIZE + 1)
        .offset((p - 1) * PAGE_SIZE);
      const more = rows.length > PAGE_SIZE;
      const channels = (await env.db.selectDistinct({ ch: qaLog.channel }).from(qaLog).where(scopeCond)).map((r) => r.ch).sort();
      const qs = (n: number) => new URLSearchParams({ ...f, page: String(n) }).toString();
      const opt = (v: string, cur: string, label: string) => html`<option value="${v}"${v === cur ? html` selected` : ''}>${label}</option>`;
      const body = html`
<form method="get" action="/admin/qa" class="filters card">
  <label>起始日期<input type="date" name="from" value="${f.from}">${fieldError(errors, 'from')}</label>
  <label>截止日期<input type="date" name="to" value="${f.to}">${fieldError(errors, 'to')}</label>
  <label>渠道<select name="channel">${opt('', f.channel, '全部')}${channels.map((ch) => opt(ch, f.channel, ch))}</select></label>
  <label>是否回答<select name="declined">${opt('', f.declined, '全部')}${opt('yes', f.declined, '未能回答')}${opt('no', f.declined, '已回答')}</select></label>
  <label>反馈<select name="feedback">${opt('', f.feedback, '全部')}${opt('up', f.feedback, '有帮助')}${opt('down', f.feedback, '没帮助')}${opt('none', f.feedback, '无反馈')}</select></label>
  <button type="submit">筛选</button>
</form>
<section class="card">
${
  rows.length
    ? html`<div class="table-wrap"><table id="qa-table"><thead><tr><th>时间</th><th>渠道</th><th>问题</th><th>回答</th><th>方式</th><th>反馈</th><th>用时</th><th></th></tr></thead><tbody>
${rows.slice(0, PAGE_SIZE).map(
  (r) => html`<tr class="${r.declined ? 'declined' : ''}"><td class="nowrap">${fmtTime(r.createdAt, env.tz)}</td><td>${r.channel}</td><td>${r.question}</td>
<td title="${r.answer}">${clip(r.answer, 80)}${(r.citations as { title: string; article: string | null }[]).map((ci) => html`<div class="cite">《${ci.title}》${ci.article ?? ''}</div>`)}</td>
<td>${MODE_LABEL[r.mode] ?? r.mode}${r.declineReason ? html`<div class="reason">${DECLINE_REASON_LABEL[r.declineReason as DeclineReason] ?? r.declineReason}</div>` : ''}</td><td>${r.feedback === 1 ? '👍' : r.feedback === -1 ? '👎' : ''}</td><td>${r.latencyMs} ms</td>
<td>${r.declined || r.feedback === -1 ? html`<a href="/admin/qa/${r.id}/curate">补充答案</a>` : ''}</td></tr>`,
)}
</tbody></table></div>
<p class="pager">${p > 1 ? html`<a href="/admin/qa?${qs(p - 1)}">上一页</a>` : ''} 第 ${p} 页 ${more ? html`<a href="/admin/qa?${qs(p + 1)}">下一页</a>` : ''}</p>`
    : emptyState('没有符合条件的问答记录。', '成员在网页、企业微信或 Telegram 中提问后，记录会出现在这里。')
}
</section>`;
      res.type('html').send(page(c, { title: '问答记录', active: 'qa', body }));
    }),
  );

  const loadRow = async (res: Response, id: number | undefined) => {
    if (!id) throw notFound();
    const row = (await env.db.select().from(qaLog).where(eq(qaLog.id, id)).limit(1))[0];
    if (!row) throw notFound();
    const scopeCond = await qaScopeCondition(env.db, ctx(res).admin.scope);
    if (scopeCond) {
      const visible = await env.db.select({ id: qaLog.id }).from(qaLog).where(and(scopeCond, eq(qaLog.id, id)));
      if (!visible.length) throw forbidden();
    }
    return row;
  };

  const curateForm = (res: Response, row: typeof qaLog.$inferSelect, values: { question: string; answer: string }, errors?: Record<string, string>) => {
    const c = ctx(res);
    const title = curatedTitle(c.admin.role === 'super' ? null : c.admin.orgName);
    const body = html`
<section class="card">
  <p>原始提问（${fmtTime(row.createdAt, env.tz)}，${row.channel}）：<strong>${row.question}</strong></p>
  <p class="hint">保存后，这组问答会作为一条写入知识库文档《${title}》，并立即可被检索和引用。</p>
  <form method="post" action="/admin/qa/${row.id}/curate" class="form" novalidate>
    ${csrfField(c)}
    <label>问题<input name="question" maxlength="300" value="${values.question}">${fieldError(errors, 'question')}</label>
    <label>答案<textarea name="answer" rows="6" maxlength="2000">${values.answer}</textarea>${fieldError(errors, 'answer')}</label>
    <button type="submit">加入知识库</button> <a href="/admin/qa">取消</a>
  </form>
</section>`;
    return page(c, { title: '补充问答', active: 'qa', body });
  };

  router.get(
    '/qa/:id/curate',
    handle(async (req, res) => {
      const row = await loadRow(res, intParam(req.params.id));
      res.type('html').send(curateForm(res, row, { question: row.question, answer: '' }));
    }),
  );

  router.post(
    '/qa/:id/curate',
    handle(async (req, res) => {
      const c = ctx(res);
      const row = await loadRow(res, intParam(req.params.id));
      const body = (req.body ?? {}) as Record<string, unknown>;
      try {
        const pair = validatePair(body);
        const outcome = await addCuratedPair(
          { db: env.db, knowledge: env.knowledge },
          {
            actor: actorOf(res),
            pair,
            orgId: c.admin.role === 'super' ? null : c.admin.orgId,
            orgName: c.admin.role === 'super' ? null : c.admin.orgName,
            logId: row.id,
            at: env.clock.now(),
          },
        );
        res.redirect(303, `/admin/documents/${outcome.document.id}`);
      } catch (err) {
        if (err instanceof ValidationError) {
          res.status(400).type('html').send(curateForm(res, row, { question: String(body.question ?? ''), answer: String(body.answer ?? '') }, err.fields));
          return;
        }
        throw err;
      }
    }),
  );
  return router;
}
