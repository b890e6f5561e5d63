/** 概览: questions today / this week, answer and decline rates, top unanswered questions, attendance and compliance by branch. */
import { Router } from 'express';
import type { PagesEnv } from './context';
import { ctx } from './context';
import { pct } from './format';
import { html, jsonScript } from './html';
import { emptyState, page } from './layout';
import { handle } from './middleware';
import { attendanceByBranch, complianceByBranch, qaCounts, qaDaily, qaScopeCondition, startOfDay, startOfWeek, topUnanswered, type QaCounts } from './stats';

function rateCards(label: string, c: QaCounts) {
  const base = c.answered + c.declined;
  return html`<div class="stat"><div class="stat-label">${label}提问</div><div class="stat-value" data-testid="qa-${label === '今日' ? 'today' : 'week'}">${c.total}</div>
<div class="stat-sub">回答率 ${pct(c.answered, base)} · 拒答率 ${pct(c.declined, base)}</div></div>`;
}

export function createDashboardRouter(env: PagesEnv): Router {
  const router = Router();
  router.get(
    '/',
    handle(async (_req, res) => {
      const c = ctx(res);
      const now = env.clock.now();
      const scopeCond = await qaScopeCondition(env.db, c.admin.scope);
      const [today, week, daily, top, attendance, compliance] = await Promise.all([
        qaCounts(env.db, scopeCond, startOfDay(now, env.tz), new Date(now.getTime() + 1)),
        qaCounts(env.db, scopeCond, startOfWeek(now, env.tz), new Date(now.getTime() + 1)),
        qaDaily(env.db, scopeCond, now, env.tz),
        topUnanswered(env.db, scopeCond, now),
        attendanceByBranch(env.db, c.admin.scope, now),
        complianceByBranch(env.db, c.admin.scope, now, env.tz, env.extra.compliance),
      ]);
      const charts = {
        daily: { labels: daily.map((d) => d.day.slice(5)), answered: daily.map((d) => d.answered), declined: daily.map((d) => d.declined) },
        attendance: {
          labels: attendance.map((a) => a.orgName),
          rates: attendance.map((a) => (a.expected ? Math.round((a.checkedIn / a.expected) * 1000) / 10 : 0)),
        },
        compliance: {
          labels: compliance.map((b) => b.orgName),
          met: compliance.map((b) => b.met),
          unmet: compliance.map((b) => b.items.length - b.met),
        },
      };
      const body = html`
<section class="stats">
  ${rateCards('今日', today)}
  ${rateCards('本周', week)}
  <div class="stat"><div class="stat-label">本周未能回答</div><div class="stat-value">${week.declined}</div><div class="stat-sub">可在“问答记录”中补充问答</div></div>
</section>
<section class="grid2">
  <div class="card"><h2>近 14 天提问</h2>${daily.some((d) => d.answered + d.declined > 0) ? html`<div class="chart"><canvas id="chart-daily" aria-label="近14天提问数"></canvas></div>` : emptyState('近 14 天还没有提问。')}</div>
  <div class="card"><h2>未能回答的问题（近 30 天）</h2>
  ${
    top.length
      ? html`<ol class="top-list">${top.map((t) => html`<li><span>${t.question}</span> <span class="badge">${t.n} 次</span> <a href="/admin/qa/${t.lastId}/curate">补充答案</a></li>`)}</ol>`
      : emptyState('近 30 天没有未能回答的问题。')
  }</div>
</section>
<section class="grid2">
  <div class="card"><h2>各支部出勤率（近 90 天）</h2>
  ${
    attendance.length
      ? html`<div class="chart"><canvas id="chart-attendance" aria-label="各支部出勤率"></canvas></div>
<div class="table-wrap"><table><thead><tr><th>组织</th><th>会议</th><th>应到</th><th>签到</th><th>出勤率</th></tr></thead><tbody>
${attendance.map((a) => html`<tr><td>${a.orgName}</td><td>${a.meetings}</td><td>${a.expected}</td><td>${a.checkedIn}</td><td>${pct(a.checkedIn, a.expected)}</td></tr>`)}
</tbody></table></div>`
      : emptyState('近 90 天没有已召开的会议。', '会议在“会议”模块中创建并签到后，这里会显示出勤率。')
  }</div>
  <div class="card"><h2>各支部“三会一课”完成情况（本期）</h2>
  ${
    compliance.length
      ? html`<div class="chart"><canvas id="chart-compliance" aria-label="各支部完成情况"></canvas></div>
<div class="table-wrap"><table><thead><tr><th>支部</th><th>要求</th><th>期间</th><th>已开/应开</th><th>状态</th></tr></thead><tbody>
${compliance.map((b) =>
  b.items.map(
    (i, n) =>
      html`<tr>${n === 0 ? html`<td rowspan="${b.items.length}">${b.orgName}</td>` : ''}<td>${i.kindLabel}</td><td>${i.period}</td><td>${i.held}/${i.required}</td><td>${i.met ? html`<span class="ok-text">${i.stateLabel}</span>` : html`<span class="warn-text">${i.stateLabel}</span>`}</td></tr>`,
  ),
)}
</tbody></table></div>`
      : emptyState('还没有组织生活要求或支部。', '在会议模块中配置“三会一课”规则后，这里会显示每个支部的完成情况。')
  }</div>
</section>
${jsonScript('dashboard-data', charts)}`;
      res.type('html').send(page(c, { title: '概览', active: 'dashboard', body, scripts: ['chart.umd.js', 'dashboard.js'] }));
    }),
  );
  return router;
}
