/** 会议, 积分, 新闻: read-only views of what those modules store, limited to the admin's subtree. */
import { and, asc, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import { Router, type Response } from 'express';
import { meetingAttendees, meetings, members, newsItems, newsSources, organisations, pointsLedger } from '../../data/schema';
import { orgIdsInScope } from '../../core/members/organisations';
import { isMeetingKind, meetingKindLabel } from '../../core/meetings/kinds';
import { toWallClock } from '../../core/zoned-time';
import { CATEGORY_LABELS, isPointCategory } from '../../core/points/types';
import { MEMBER_ROLES } from '../../core/members/members';
import { actorOf, ctx, type PagesEnv } from './context';
import { audit } from './audit';
import { NewsError } from '../../core/news/types';
import { clip, fmtTime, intParam, strParam } from './format';
import { html } from './html';
import { csrfField, emptyState, fieldError, page } from './layout';
import { forbidden, handle, notFound } from './middleware';

const MEETING_STATUS: Record<string, string> = { draft: '草稿', scheduled: '已安排', cancelled: '已取消', done: '已召开' };
const RSVP: Record<string, string> = { pending: '未回复', yes: '参加', leave: '请假' };
type Values = Record<string, string>;
type Errors = Record<string, string> | undefined;
const pickStrings = (b: unknown, keys: string[]): Values => {
  const o = (b ?? {}) as Record<string, unknown>;
  return Object.fromEntries(keys.map((k) => [k, typeof o[k] === 'string' ? (o[k] as string).slice(0, 2000) : ''])) as Values;
};
const kindLabel = (k: string) => (isMeetingKind(k) ? meetingKindLabel(k) : k);

export function createActivityPages(env: PagesEnv): Router {
  const router = Router();

  router.get(
    '/meetings',
    handle(async (_req, res) => {
      const c = ctx(res);
      const ids = await orgIdsInScope(env.db, c.admin.scope);
      const rows = ids.length
        ? await env.db
            .select({
              m: meetings,
              orgName: organisations.name,
              expected: sql<number>`(select count(*)::int from ${meetingAttendees} a where a.meeting_id = ${meetings.id})`,
              yes: sql<number>`(select count(*)::int from ${meetingAttendees} a where a.meeting_id = ${meetings.id} and a.rsvp = 'yes')`,
              checkedIn: sql<number>`(select count(*)::int from ${meetingAttendees} a where a.meeting_id = ${meetings.id} and a.checked_in_at is not null)`,
            })
            .from(meetings)
            .innerJoin(organisations, eq(organisations.id, meetings.orgId))
            .where(inArray(meetings.orgId, ids))
            .orderBy(desc(meetings.startsAt))
            .limit(200)
        : [];
      const body = html`<section class="card">${
        rows.length
          ? html`<div class="table-wrap"><table id="meeting-table"><thead><tr><th>时间</th><th>组织</th><th>类型</th><th>主题</th><th>状态</th><th>应到</th><th>报名参加</th><th>签到</th></tr></thead><tbody>
${rows.map(
  (r) => html`<tr><td class="nowrap">${fmtTime(r.m.startsAt, env.tz)}</td><td>${r.orgName}</td><td>${kindLabel(r.m.kind)}</td><td><a href="/admin/meetings/${r.m.id}">${r.m.title}</a></td><td>${MEETING_STATUS[r.m.status] ?? r.m.status}</td><td>${r.expected}</td><td>${r.yes}</td><td>${r.checkedIn}</td></tr>`,
)}</tbody></table></div>`
          : emptyState('还没有会议。', '支部书记可以在企业微信或 Telegram 中用“开会”命令安排会议。')
      }</section>`;
      res.type('html').send(page(c, { title: '会议', active: 'meetings', body }));
    }),
  );

  router.get(
    '/meetings/:id',
    handle(async (req, res) => {
      const c = ctx(res);
      const id = intParam(req.params.id);
      if (!id) throw notFound();
      const row = (await env.db.select({ m: meetings, orgName: organisations.name }).from(meetings).innerJoin(organisations, eq(organisations.id, meetings.orgId)).where(eq(meetings.id, id)).limit(1))[0];
      if (!row) throw notFound();
      if (!(await orgIdsInScope(env.db, c.admin.scope)).includes(row.m.orgId)) throw forbidden();
      const att = await env.db
        .select({ a: meetingAttendees, name: members.name, role: members.role })
        .from(meetingAttendees)
        .innerJoin(members, eq(members.id, meetingAttendees.memberId))
        .where(eq(meetingAttendees.meetingId, id))
        .orderBy(asc(members.name));
      const m = row.m;
      const body = html`<section class="card"><dl class="meta">
<dt>组织</dt><dd>${row.orgName}</dd><dt>类型</dt><dd>${kindLabel(m.kind)}</dd><dt>时间</dt><dd>${fmtTime(m.startsAt, env.tz)}${m.endsAt ? html` – ${fmtTime(m.endsAt, env.tz)}` : ''}</dd>
<dt>地点</dt><dd>${m.place ?? m.onlineLink ?? '未定'}</dd><dt>状态</dt><dd>${MEETING_STATUS[m.status] ?? m.status}</dd>
${m.agenda ? html`<dt>议程</dt><dd class="pre">${m.agenda}</dd>` : ''}${m.minutes ? html`<dt>纪要</dt><dd class="pre">${m.minutes}</dd>` : ''}
</dl></section>
<section class="card"><h2>参会人员（${att.length}）</h2>${
        att.length
          ? html`<div class="table-wrap"><table><thead><tr><th>姓名</th><th>身份</th><th>回复</th><th>请假事由</th><th>签到</th></tr></thead><tbody>${att.map(
              (a) => html`<tr><td>${a.name}</td><td>${MEMBER_ROLES[a.role as keyof typeof MEMBER_ROLES] ?? a.role}</td><td>${RSVP[a.a.rsvp] ?? a.a.rsvp}</td><td>${a.a.leaveReason ?? ''}</td><td>${a.a.checkedInAt ? fmtTime(a.a.checkedInAt, env.tz) : '未签到'}</td></tr>`,
            )}</tbody></table></div>`
          : emptyState('这次会议没有应到人员。')
      }</section>`;
      res.type('html').send(page(c, { title: m.title, active: 'meetings', body }));
    }),
  );

  router.get(
    '/points',
    handle(async (_req, res) => {
      const c = ctx(res);
      const ids = await orgIdsInScope(env.db, c.admin.scope);
      const year = toWallClock(env.clock.now(), env.tz).year;
      const totals = ids.length
        ? await env.db
            .select({
              memberId: pointsLedger.memberId,
              name: members.name,
              orgName: organisations.name,
              category: pointsLedger.category,
              points: sql<number>`sum(${pointsLedger.points})::int`,
            })
            .from(pointsLedger)
            .innerJoin(members, eq(members.id, pointsLedger.memberId))
            .innerJoin(organisations, eq(organisations.id, members.orgId))
            .where(and(inArray(pointsLedger.orgId, ids), eq(pointsLedger.year, year)))
            .groupBy(pointsLedger.memberId, members.name, organisations.name, pointsLedger.category)
        : [];
      const byMember = new Map<number, { name: string; orgName: string; total: number; cats: Record<string, number> }>();
      for (const t of totals) {
        const e = byMember.get(t.memberId) ?? { name: t.name, orgName: t.orgName, total: 0, cats: {} };
        e.total += Number(t.points);
        e.cats[t.category] = (e.cats[t.category] ?? 0) + Number(t.points);
        byMember.set(t.memberId, e);
      }
      const ranking = [...byMember.values()].sort((a, b) => b.total - a.total);
      const recent = ids.length
        ? await env.db
            .select({ e: pointsLedger, name: members.name })
            .from(pointsLedger)
            .innerJoin(members, eq(members.id, pointsLedger.memberId))
            .where(and(inArray(pointsLedger.orgId, ids), gte(pointsLedger.year, year - 1)))
            .orderBy(desc(pointsLedger.id))
            .limit(50)
        : [];
      const cat = (k: string) => (isPointCategory(k) ? CATEGORY_LABELS[k] : k);
      const body = html`
<section class="card"><h2>${year} 年积分排行</h2>${
        ranking.length
          ? html`<div class="table-wrap"><table id="points-table"><thead><tr><th>名次</th><th>姓名</th><th>组织</th><th>学习</th><th>组织生活</th><th>先锋作用</th><th>合计</th></tr></thead><tbody>${ranking.map(
              (r, i) => html`<tr><td>${i + 1}</td><td>${r.name}</td><td>${r.orgName}</td><td>${r.cats.learning ?? 0}</td><td>${r.cats.org_life ?? 0}</td><td>${r.cats.vanguard ?? 0}</td><td><strong>${r.total}</strong></td></tr>`,
            )}</tbody></table></div>`
          : emptyState('今年还没有积分记录。', '参加会议、每日一题等会自动记分。')
      }</section>
<section class="card"><h2>最近记录</h2>${
        recent.length
          ? html`<div class="table-wrap"><table><thead><tr><th>时间</th><th>姓名</th><th>类别</th><th>分值</th><th>事由</th><th>操作人</th></tr></thead><tbody>${recent.map(
              (r) => html`<tr><td class="nowrap">${fmtTime(r.e.createdAt, env.tz)}</td><td>${r.name}</td><td>${cat(r.e.category)}</td><td>${r.e.points > 0 ? `+${r.e.points}` : r.e.points}</td><td>${r.e.reason}${r.e.reversesId ? '（冲正）' : ''}</td><td>${r.e.grantedBy ?? '系统'}</td></tr>`,
            )}</tbody></table></div>`
          : emptyState('没有积分记录。')
      }</section>`;
      res.type('html').send(page(c, { title: '积分', active: 'points', body }));
    }),
  );

  const newsPage = async (res: Response, o: { status?: number; ann?: { v: Values; e: Errors }; src?: { v: Values; e: Errors }; notice?: string } = {}) => {
    const c = ctx(res);
    const sources = await env.db.select().from(newsSources).orderBy(asc(newsSources.id));
    const items = await env.db.select().from(newsItems).orderBy(desc(newsItems.publishedAt)).limit(50);
    const names = new Map(sources.map((s) => [s.id, s.name]));
    const manage = Boolean(env.extra.news) && c.admin.role === 'super';
    const body = html`
${
  manage
    ? html`<div class="grid2">
<section class="card"><h2>发布公告</h2>
<form method="post" action="/admin/news/announcements" class="form" novalidate>${csrfField(c)}
  <label>标题<input name="title" maxlength="120" value="${o.ann?.v.title ?? ''}">${fieldError(o.ann?.e, 'title')}</label>
  <label>内容<textarea name="body" rows="3" maxlength="2000">${o.ann?.v.body ?? ''}</textarea>${fieldError(o.ann?.e, 'body')}</label>
  <label>链接（可选）<input name="link" maxlength="500" value="${o.ann?.v.link ?? ''}">${fieldError(o.ann?.e, 'link')}</label>
  <button type="submit">发布</button>
</form><p class="hint">公告会排在每日新闻摘要的最前面。</p></section>
<section class="card"><h2>添加新闻来源</h2>
<form method="post" action="/admin/news/sources" class="form" novalidate>${csrfField(c)}
  <label>名称<input name="name" maxlength="60" value="${o.src?.v.name ?? ''}">${fieldError(o.src?.e, 'name')}</label>
  <label>RSS / Atom 地址<input name="url" maxlength="500" inputmode="url" value="${o.src?.v.url ?? ''}">${fieldError(o.src?.e, 'url')}</label>
  <button type="submit">添加</button>
</form></section>
</div>`
    : ''
}
<section class="card"><h2>新闻来源</h2>${
      sources.length
        ? html`<div class="table-wrap"><table id="source-table"><thead><tr><th>名称</th><th>地址</th><th>状态</th><th>上次抓取</th><th>最近错误</th>${manage ? html`<th></th>` : ''}</tr></thead><tbody>${sources.map(
            (s) => html`<tr><td>${s.name}</td><td class="mono">${clip(s.url, 60)}</td><td>${s.enabled ? '启用' : '停用'}</td><td>${fmtTime(s.lastFetchedAt, env.tz) || '从未'}</td><td>${s.lastError ? html`<span class="warn-text">${clip(s.lastError, 80)}</span>` : '无'}</td>
${manage ? html`<td><form method="post" action="/admin/news/sources/${s.id}/${s.enabled ? 'disable' : 'enable'}">${csrfField(c)}<button type="submit" class="small">${s.enabled ? '停用' : '启用'}</button></form></td>` : ''}</tr>`,
          )}</tbody></table></div>`
        : emptyState('还没有配置新闻来源。')
    }</section>
<section class="card"><h2>最新条目</h2>${
      items.length
        ? html`<ul class="news">${items.map(
            (i) => html`<li><span class="hint">${fmtTime(i.publishedAt, env.tz)} · ${i.sourceId ? (names.get(i.sourceId) ?? '') : '公告'}</span><br>${i.link && /^https?:\/\//.test(i.link) ? html`<a href="${i.link}" rel="noopener noreferrer" target="_blank">${i.title}</a>` : i.title}${i.summary ? html`<div class="hint">${clip(i.summary, 120)}</div>` : ''}</li>`,
          )}</ul>`
        : emptyState('还没有新闻。')
    }</section>`;
    res.status(o.status ?? 200).type('html').send(page(c, { title: '新闻', active: 'news', body, notice: o.notice ? { kind: 'ok', text: o.notice } : undefined }));
  };

  router.get(
    '/news',
    handle(async (req, res) => {
      const done = strParam(req.query.done, 20);
      await newsPage(res, { notice: done === 'announced' ? '公告已发布。' : done === 'source' ? '新闻来源已添加。' : done === 'toggled' ? '新闻来源已更新。' : undefined });
    }),
  );

  const newsAdmin = (res: Response) => {
    const news = env.extra.news;
    if (!news || ctx(res).admin.role !== 'super') throw forbidden();
    return news;
  };

  router.post(
    '/news/announcements',
    handle(async (req, res) => {
      const news = newsAdmin(res);
      const v = pickStrings(req.body, ['title', 'body', 'link']);
      const e: Record<string, string> = {};
      if (!v.title.trim()) e.title = '请填写公告标题';
      else if (v.title.length > 120) e.title = '标题不超过 120 字';
      if (v.link.trim() && !/^https?:\/\/\S+$/.test(v.link.trim())) e.link = '链接须以 http:// 或 https:// 开头';
      if (Object.keys(e).length) return newsPage(res, { status: 400, ann: { v, e } });
      try {
        const item = await news.postAnnouncement({ title: v.title.trim(), body: v.body.trim(), link: v.link.trim() || null, by: ctx(res).admin.username });
        await audit(env.db, actorOf(res), 'news.announce', `news_item:${item.id}`, { title: item.title }, env.clock.now());
      } catch (err) {
        if (!(err instanceof NewsError)) throw err;
        return newsPage(res, { status: 400, ann: { v, e: { title: err.message } } });
      }
      res.redirect(303, '/admin/news?done=announced');
    }),
  );

  router.post(
    '/news/sources',
    handle(async (req, res) => {
      const news = newsAdmin(res);
      const v = pickStrings(req.body, ['name', 'url']);
      const e: Record<string, string> = {};
      if (!v.name.trim()) e.name = '请填写名称';
      if (!v.url.trim()) e.url = '请填写订阅地址';
      if (Object.keys(e).length) return newsPage(res, { status: 400, src: { v, e } });
      try {
        const s = await news.addSource({ name: v.name.trim(), url: v.url.trim() });
        await audit(env.db, actorOf(res), 'news.source_add', `news_source:${s.id}`, { name: s.name, url: s.url }, env.clock.now());
      } catch (err) {
        if (!(err instanceof NewsError)) throw err;
        return newsPage(res, { status: 400, src: { v, e: { url: err.message } } });
      }
      res.redirect(303, '/admin/news?done=source');
    }),
  );

  router.post(
    '/news/sources/:id/:action',
    handle(async (req, res) => {
      const news = newsAdmin(res);
      const id = intParam(req.params.id);
      if (!id || (req.params.action !== 'enable' && req.params.action !== 'disable')) throw notFound();
      const enabled = req.params.action === 'enable';
      try {
        await news.updateSource(id, { enabled });
      } catch (err) {
        if (err instanceof NewsError && err.code === 'not_found') throw notFound();
        throw err;
      }
      await audit(env.db, actorOf(res), enabled ? 'news.source_enable' : 'news.source_disable', `news_source:${id}`, undefined, env.clock.now());
      res.redirect(303, '/admin/news?done=toggled');
    }),
  );
  return router;
}
