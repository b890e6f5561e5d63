/** 管理员 (super only: accounts and roles) and 操作日志 (the audit log; org admins see their own actions). */
import { desc, eq } from 'drizzle-orm';
import { Router, type Response } from 'express';
import { auditLog } from '../../data/schema';
import { flattenTree, organisationTree, ValidationError } from '../../core/members';
import { ADMIN_ROLE_LABELS, createAdminUser, listAdminUsers, type AdminRole } from './accounts';
import { actorOf, ctx, type PagesEnv } from './context';
import { audit } from './audit';
import { fmtTime } from './format';
import { html } from './html';
import { csrfField, emptyState, fieldError, page } from './layout';
import { forbidden, handle } from './middleware';

export function createAdminUsersPages(env: PagesEnv, rounds: number): Router {
  const router = Router();

  const usersPage = async (res: Response, o: { status?: number; v?: Record<string, string>; e?: Record<string, string>; notice?: string } = {}) => {
    const c = ctx(res);
    const users = await listAdminUsers(env.db);
    const orgs = flattenTree(await organisationTree(env.db, c.admin.scope));
    const v = o.v ?? { role: 'org' };
    const body = html`
<section class="card"><div class="table-wrap"><table id="admin-table"><thead><tr><th>用户名</th><th>角色</th><th>管理范围</th><th>状态</th><th>创建时间</th></tr></thead><tbody>
${users.map(
  (u) => html`<tr><td>${u.username}</td><td>${ADMIN_ROLE_LABELS[u.role as AdminRole] ?? u.role}</td><td>${u.role === 'super' ? '全部' : (u.orgName ?? '（组织已删除）')}</td>
<td>${u.lockedUntil && u.lockedUntil > env.clock.now() ? html`<span class="warn-text">锁定至 ${fmtTime(u.lockedUntil, env.tz)}</span>` : '正常'}</td><td>${fmtTime(u.createdAt, env.tz)}</td></tr>`,
)}</tbody></table></div></section>
<section class="card"><h2>新建管理员</h2>
<form method="post" action="/admin/users" class="form" novalidate>${csrfField(c)}
  <label>用户名<input name="username" maxlength="40" autocomplete="off" value="${v.username ?? ''}">${fieldError(o.e, 'username')}</label>
  <label>初始密码<input name="password" type="password" maxlength="72" autocomplete="new-password">${fieldError(o.e, 'password')}</label>
  <label>角色<select name="role"><option value="org"${v.role !== 'super' ? html` selected` : ''}>组织管理员</option><option value="super"${v.role === 'super' ? html` selected` : ''}>超级管理员</option></select>${fieldError(o.e, 'role')}</label>
  <label>管理的组织（组织管理员）<select name="orgId"><option value="">请选择</option>${orgs.map((n) => html`<option value="${n.id}"${String(n.id) === v.orgId ? html` selected` : ''}>${'　'.repeat(n.depth)}${n.name}</option>`)}</select>${fieldError(o.e, 'orgId')}</label>
  <button type="submit">创建</button>
</form></section>`;
    res.status(o.status ?? 200).type('html').send(page(c, { title: '管理员', active: 'users', body, notice: o.notice ? { kind: 'ok', text: o.notice } : undefined }));
  };

  router.get(
    '/users',
    handle(async (req, res) => {
      if (ctx(res).admin.role !== 'super') throw forbidden();
      await usersPage(res, { notice: req.query.created ? '管理员已创建。' : undefined });
    }),
  );

  router.post(
    '/users',
    handle(async (req, res) => {
      if (ctx(res).admin.role !== 'super') throw forbidden();
      const b = (req.body ?? {}) as Record<string, unknown>;
      const v = { username: String(b.username ?? ''), role: String(b.role ?? ''), orgId: String(b.orgId ?? '') };
      try {
        const u = await createAdminUser(env.db, { ...v, password: b.password }, rounds);
        await audit(env.db, actorOf(res), 'admin_user.create', `admin_user:${u.id}`, { username: u.username, role: u.role, orgId: u.orgId }, env.clock.now());
        res.redirect(303, '/admin/users?created=1');
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        await usersPage(res, { status: 400, v, e: err.fields });
      }
    }),
  );

  router.get(
    '/audit',
    handle(async (_req, res) => {
      const c = ctx(res);
      const rows = await env.db
        .select()
        .from(auditLog)
        .where(c.admin.role === 'super' ? undefined : eq(auditLog.actor, actorOf(res)))
        .orderBy(desc(auditLog.id))
        .limit(200);
      const body = html`<section class="card">${
        c.admin.role === 'super' ? '' : html`<p class="hint">这里只显示您本人的操作。</p>`
      }${
        rows.length
          ? html`<div class="table-wrap"><table id="audit-table"><thead><tr><th>时间</th><th>操作人</th><th>操作</th><th>对象</th><th>详情</th></tr></thead><tbody>${rows.map(
              (r) => html`<tr><td class="nowrap">${fmtTime(r.createdAt, env.tz)}</td><td>${r.actor}</td><td class="mono">${r.action}</td><td class="mono">${r.target ?? ''}</td><td class="mono small">${r.detail ? JSON.stringify(r.detail).slice(0, 200) : ''}</td></tr>`,
            )}</tbody></table></div>`
          : emptyState('还没有操作记录。')
      }</section>`;
      res.type('html').send(page(c, { title: '操作日志', active: 'audit', body }));
    }),
  );
  return router;
}
