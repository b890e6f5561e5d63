/** 管理员 (super only: accounts and roles) and 操作日志 (the audit log; org admins see their own actions). */
import { desc, eq } from 'drizzle-orm';
import { Router, type Response } from 'express';
import { auditLog } from '../../data/schema';
import { flattenTree, organisationTree, ValidationError } from '../../core/members';
import { ADMIN_ROLE_LABELS, checkPassword, createAdminUser, listAdminUsers, setPassword, unlockAdminUser, type AdminRole } from './accounts';
import { intParam } from './format';
import { SESSION_COOKIE } from './middleware';
import { actorOf, ctx, type PagesEnv } from './context';
import { audit } from './audit';
import { fmtTime } from './format';
import { html } from './html';
import { csrfField, emptyState, fieldError, page } from './layout';
import { forbidden, handle, notFound } from './middleware';

export function createAdminUsersPages(env: PagesEnv, rounds: number): Router {
  const router = Router();

  const usersPage = async (res: Response, o: { status?: number; v?: Record<string, string>; e?: Record<string, string>; notice?: string; resetFor?: number } = {}) => {
    const c = ctx(res);
    const users = await listAdminUsers(env.db);
    const orgs = flattenTree(await organisationTree(env.db, c.admin.scope));
    const v = o.v ?? { role: 'org' };
    const body = html`
<section class="card"><div class="table-wrap"><table id="admin-table"><thead><tr><th>用户名</th><th>角色</th><th>管理范围</th><th>状态</th><th>创建时间</th><th></th></tr></thead><tbody>
${users.map(
  (u) => html`<tr><td>${u.username}</td><td>${ADMIN_ROLE_LABELS[u.role as AdminRole] ?? u.role}</td><td>${u.role === 'super' ? '全部' : (u.orgName ?? '（组织已删除）')}</td>
<td>${
    u.lockedUntil && u.lockedUntil > env.clock.now()
      ? html`<span class="warn-text">锁定至 ${fmtTime(u.lockedUntil, env.tz)}</span> <form method="post" action="/admin/users/${u.id}/unlock" class="inline-form">${csrfField(c)}<button type="submit" class="small">解锁</button></form>`
      : '正常'
  }</td><td>${fmtTime(u.createdAt, env.tz)}</td>
<td>${u.id === c.admin.id ? html`<a href="/admin/account">修改密码</a>` : html`<details><summary>重置密码</summary><form method="post" action="/admin/users/${u.id}/password" class="form">${csrfField(c)}<label>新密码<input name="password" type="password" maxlength="72" autocomplete="new-password">${o.resetFor === u.id ? fieldError(o.e, 'password') : ''}</label><button type="submit" class="small">重置</button></form></details>`}</td></tr>`,
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
      const done = String(req.query.done ?? '');
      const notice = done === 'created' ? '管理员已创建。' : done === 'unlocked' ? '账号已解锁。' : done === 'reset' ? '密码已重置，该管理员需用新密码重新登录。' : undefined;
      await usersPage(res, { notice });
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
        res.redirect(303, '/admin/users?done=created');
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        await usersPage(res, { status: 400, v, e: err.fields });
      }
    }),
  );

  router.post(
    '/users/:id/unlock',
    handle(async (req, res) => {
      if (ctx(res).admin.role !== 'super') throw forbidden();
      const id = intParam(req.params.id);
      if (!id) throw notFound();
      await unlockAdminUser(env.db, id);
      await audit(env.db, actorOf(res), 'admin_user.unlock', `admin_user:${id}`, undefined, env.clock.now());
      res.redirect(303, '/admin/users?done=unlocked');
    }),
  );

  router.post(
    '/users/:id/password',
    handle(async (req, res) => {
      if (ctx(res).admin.role !== 'super') throw forbidden();
      const id = intParam(req.params.id);
      if (!id || !(await listAdminUsers(env.db)).some((u) => u.id === id)) throw notFound();
      try {
        await setPassword(env.db, id, String((req.body as Record<string, unknown>)?.password ?? ''), rounds);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        await usersPage(res, { status: 400, e: err.fields, resetFor: id });
        return;
      }
      await audit(env.db, actorOf(res), 'admin_user.password_reset', `admin_user:${id}`, undefined, env.clock.now());
      res.redirect(303, '/admin/users?done=reset');
    }),
  );

  const accountPage = (res: Response, o: { status?: number; e?: Record<string, string>; notice?: string } = {}) => {
    const c = ctx(res);
    const body = html`<section class="card"><h2>修改密码</h2>
<form method="post" action="/admin/account" class="form narrow-form" novalidate>${csrfField(c)}
  <label>当前密码<input name="current" type="password" autocomplete="current-password" maxlength="72">${fieldError(o.e, 'current')}</label>
  <label>新密码<input name="password" type="password" autocomplete="new-password" maxlength="72">${fieldError(o.e, 'password')}</label>
  <label>再次输入新密码<input name="confirm" type="password" autocomplete="new-password" maxlength="72">${fieldError(o.e, 'confirm')}</label>
  <button type="submit">保存</button>
</form><p class="hint">修改后，您在其他设备上的登录会失效。</p></section>`;
    res.status(o.status ?? 200).type('html').send(page(c, { title: '我的账号', active: 'account', body, notice: o.notice ? { kind: 'ok', text: o.notice } : undefined }));
  };

  router.get('/account', (req, res) => accountPage(res, { notice: req.query.done ? '密码已修改。' : undefined }));

  router.post(
    '/account',
    handle(async (req, res) => {
      const c = ctx(res);
      const b = (req.body ?? {}) as Record<string, unknown>;
      const current = String(b.current ?? '');
      const password = String(b.password ?? '');
      const errors: Record<string, string> = {};
      if (!(await checkPassword(env.db, c.admin.id, current))) errors.current = '当前密码不正确';
      if (password !== String(b.confirm ?? '')) errors.confirm = '两次输入的新密码不一致';
      if (password && password === current) errors.password = '新密码不能与当前密码相同';
      if (Object.keys(errors).length) return accountPage(res, { status: 400, e: errors });
      try {
        await setPassword(env.db, c.admin.id, password, rounds, (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE]);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        return accountPage(res, { status: 400, e: err.fields });
      }
      await audit(env.db, actorOf(res), 'admin_user.password_change', `admin_user:${c.admin.id}`, undefined, env.clock.now());
      res.redirect(303, '/admin/account?done=1');
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
