/** 渠道 (which channels are live, delivery counts, last error) and 任务 (queues, failures, retry). */
import { and, desc, eq, sql } from 'drizzle-orm';
import { Router } from 'express';
import { jobs, outbox } from '../../data/schema';
import { actorOf, ctx, type ChannelStatus, type PagesEnv } from './context';
import { audit } from './audit';
import { clip, fmtTime, intParam } from './format';
import { html } from './html';
import { csrfField, emptyState, page } from './layout';
import { forbidden, handle, HttpError, notFound } from './middleware';

const CHANNEL_LABEL: Record<string, string> = {
  telegram: 'Telegram',
  'wecom-bot': '企业微信智能机器人',
  'wecom-app': '企业微信自建应用',
  'wecom-webhook': '企业微信群机器人',
  web: '网页问答',
};
const JOB_STATUS: Record<string, string> = { waiting: '等待', active: '执行中', completed: '已完成', failed: '失败', cancelled: '已取消' };

export function createOpsPages(env: PagesEnv): Router {
  const router = Router();

  router.get(
    '/channels',
    handle(async (_req, res) => {
      const c = ctx(res);
      let live: ChannelStatus[] | undefined;
      let liveError = false;
      if (env.extra.channels) {
        try {
          live = await env.extra.channels();
        } catch (err) {
          env.log.warn({ err }, 'channel status unavailable');
          liveError = true;
        }
      }
      const stats = await env.db
        .select({
          channel: outbox.channel,
          sent: sql<number>`count(*) filter (where ${outbox.status} = 'sent')::int`,
          failed: sql<number>`count(*) filter (where ${outbox.status} = 'failed')::int`,
          queued: sql<number>`count(*) filter (where ${outbox.status} = 'queued')::int`,
          lastSent: sql<Date | null>`max(${outbox.sentAt})`,
        })
        .from(outbox)
        .groupBy(outbox.channel);
      const lastErrors = await env.db
        .selectDistinctOn([outbox.channel], { channel: outbox.channel, lastError: outbox.lastError, at: outbox.createdAt })
        .from(outbox)
        .where(sql`${outbox.lastError} is not null`)
        .orderBy(outbox.channel, desc(outbox.id));
      const errOf = new Map(lastErrors.map((e) => [e.channel, e]));
      const body = html`
<section class="card"><h2>渠道状态</h2>${
        live?.length
          ? html`<div class="table-wrap"><table id="channel-table"><thead><tr><th>渠道</th><th>状态</th><th>最近错误</th></tr></thead><tbody>${live.map(
              (l) => html`<tr><td>${CHANNEL_LABEL[l.channel] ?? l.channel}</td><td>${l.live ? html`<span class="ok-text">运行中</span>` : html`<span class="warn-text">未启用</span>`}</td><td>${l.lastError ? html`${clip(l.lastError, 100)}${l.lastErrorAt ? html` <span class="hint">${fmtTime(l.lastErrorAt, env.tz)}</span>` : ''}` : '无'}</td></tr>`,
            )}</tbody></table></div>`
          : emptyState(liveError ? '暂时无法获取渠道运行状态。' : '没有渠道运行状态信息。', '渠道的配置见部署说明；下方是各渠道的消息投递统计。')
      }</section>
<section class="card"><h2>消息投递（发件箱）</h2>${
        stats.length
          ? html`<div class="table-wrap"><table><thead><tr><th>渠道</th><th>已发送</th><th>待发送</th><th>失败</th><th>最近发送</th><th>最近错误</th></tr></thead><tbody>${stats.map((s) => {
              const e = errOf.get(s.channel);
              return html`<tr><td>${CHANNEL_LABEL[s.channel] ?? s.channel}</td><td>${s.sent}</td><td>${s.queued}</td><td>${Number(s.failed) ? html`<span class="warn-text">${s.failed}</span>` : 0}</td><td>${s.lastSent ? fmtTime(new Date(s.lastSent), env.tz) : '—'}</td><td>${e?.lastError ? html`${clip(e.lastError, 100)} <span class="hint">${fmtTime(e.at, env.tz)}</span>` : '无'}</td></tr>`;
            })}</tbody></table></div>`
          : emptyState('还没有发出过消息。')
      }</section>`;
      res.type('html').send(page(c, { title: '渠道', active: 'channels', body }));
    }),
  );

  router.get(
    '/jobs',
    handle(async (req, res) => {
      const c = ctx(res);
      const byQueue = new Map<string, Record<string, number>>();
      let failed: Array<{ id: string; queue: string; name: string; attempts: string; error: string | null; at: Date | undefined }>;
      if (env.extra.jobs) {
        // Whatever runner is configured (BullMQ or embedded) answers for itself.
        for (const [name, c] of Object.entries(await env.extra.jobs.counts())) byQueue.set(name, { waiting: c.waiting + c.delayed, active: c.active, completed: c.completed, failed: c.failed });
        failed = (await env.extra.jobs.failed({ limit: 50 })).map((j) => ({ id: j.id, queue: j.name, name: j.key, attempts: String(j.attempts), error: j.error, at: j.failedAt }));
      } else {
        const queues = await env.db
          .select({ queue: jobs.queue, status: jobs.status, n: sql<number>`count(*)::int` })
          .from(jobs)
          .groupBy(jobs.queue, jobs.status)
          .orderBy(jobs.queue);
        for (const q of queues) byQueue.set(q.queue, { ...byQueue.get(q.queue), [q.status]: Number(q.n) });
        failed = (await env.db.select().from(jobs).where(eq(jobs.status, 'failed')).orderBy(desc(jobs.updatedAt)).limit(50)).map((j) => ({
          id: String(j.id),
          queue: j.queue,
          name: j.name,
          attempts: `${j.attempts}/${j.maxAttempts}`,
          error: j.lastError,
          at: j.updatedAt,
        }));
      }
      const super_ = c.admin.role === 'super';
      const body = html`
<section class="card"><h2>队列</h2>${
        byQueue.size
          ? html`<div class="table-wrap"><table id="queue-table"><thead><tr><th>队列</th>${Object.values(JOB_STATUS).map((l) => html`<th>${l}</th>`)}</tr></thead><tbody>${[...byQueue].map(
              ([q, s]) => html`<tr><td class="mono">${q}</td>${Object.keys(JOB_STATUS).map((k) => html`<td>${s[k] ?? 0}</td>`)}</tr>`,
            )}</tbody></table></div>`
          : emptyState('没有任务记录。', '使用 Redis（BullMQ）运行任务时，队列详情请查看 BullMQ 的监控工具。')
      }</section>
<section class="card"><h2>失败的任务</h2>${
        failed.length
          ? html`<div class="table-wrap"><table><thead><tr><th>队列</th><th>任务</th><th>尝试</th><th>错误</th><th>时间</th><th></th></tr></thead><tbody>${failed.map(
              (j) => html`<tr><td class="mono">${j.queue}</td><td class="mono">${j.name}</td><td>${j.attempts}</td><td>${clip(j.error, 120)}</td><td class="nowrap">${j.at ? fmtTime(j.at, env.tz) : '—'}</td>
<td>${super_ ? html`<form method="post" action="/admin/jobs/${encodeURIComponent(j.id)}/retry">${csrfField(c)}<button type="submit" class="small">重试</button></form>` : ''}</td></tr>`,
            )}</tbody></table></div>`
          : emptyState('没有失败的任务。')
      }</section>`;
      const notice = req.query.retried ? { kind: 'ok' as const, text: '任务已重新排队。' } : undefined;
      res.type('html').send(page(c, { title: '任务', active: 'jobs', body, notice }));
    }),
  );

  router.post(
    '/jobs/:id/retry',
    handle(async (req, res) => {
      const c = ctx(res);
      if (c.admin.role !== 'super') throw forbidden();
      const raw = String(req.params.id ?? '');
      if (!/^[\w:.@-]{1,200}$/.test(raw)) throw notFound();
      const id = intParam(raw);
      let ok: boolean;
      if (env.extra.jobs) ok = await env.extra.jobs.retry(raw);
      else if (!id) throw notFound();
      else if (env.extra.retryJob) ok = await env.extra.retryJob(id);
      else {
        const now = env.clock.now();
        const rows = await env.db
          .update(jobs)
          .set({ status: 'waiting', runAt: now, attempts: 0, lockedBy: null, lockedUntil: null, updatedAt: now })
          .where(and(eq(jobs.id, id), eq(jobs.status, 'failed')))
          .returning({ id: jobs.id });
        ok = rows.length > 0;
      }
      if (!ok) throw new HttpError(409, '这个任务已不在失败状态，无需重试。');
      await audit(env.db, actorOf(res), 'job.retry', `job:${raw}`, undefined, env.clock.now());
      res.redirect(303, '/admin/jobs?retried=1');
    }),
  );
  return router;
}
