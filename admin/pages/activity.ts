/** 会议, 积分, 新闻: read-only views of what those modules store, limited to the admin's subtree. */
import { and, asc, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import { Router } from 'express';
import { meetingAttendees, meetings, members, newsItems, newsSources, organisations, pointsLedger } from '../../data/schema';
import { orgIdsInScope } from '../../core/members/organisations';
import { isMeetingKind, meetingKindLabel } from '../../core/meetings/kinds';
import { toWallClock } from '../../core/meetings/zoned-time';
import { CATEGORY_LABELS, isPointCategory } from '../../core/points/types';
import { MEMBER_ROLES } from '../../core/members/members';
import { ctx, type PagesEnv } from './context';
import { clip, fmtTime, intParam } from './format';
import { html } from './html';
import { emptyState, page } from './layout';
import { forbidden, handle, notFound } from './middleware';

const MEETING_STATUS: Record<string, string> = { draft: '草稿', scheduled: '已安排', cancelled: '已取消', done: '已召开' };
const RSVP: Record<string, string> = { pending: '未回复', yes: '参加', leave: '请假' };
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

  router.get(
    '/news',
    handle(async (_req, res) => {
      const c = ctx(res);
      const sources = await env.db.select().from(newsSources).orderBy(asc(newsSources.id));
      const items = await env.db.select().from(newsItems).orderBy(desc(newsItems.publishedAt)).limit(50);
      const names = new Map(sources.map((s) => [s.id, s.name]));
      const body = html`
<section class="card"><h2>新闻来源</h2>${
        sources.length
          ? html`<div class="table-wrap"><table><thead><tr><th>名称</th><th>地址</th><th>状态</th><th>上次抓取</th><th>最近错误</th></tr></thead><tbody>${sources.map(
              (s) => html`<tr><td>${s.name}</td><td class="mono">${clip(s.url, 60)}</td><td>${s.enabled ? '启用' : '停用'}</td><td>${fmtTime(s.lastFetchedAt, env.tz) || '从未'}</td><td>${s.lastError ? html`<span class="warn-text">${clip(s.lastError, 80)}</span>` : '无'}</td></tr>`,
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
      res.type('html').send(page(c, { title: '新闻', active: 'news', body }));
    }),
  );
  return router;
}
