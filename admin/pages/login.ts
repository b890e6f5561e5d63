/**
 * Sign-in and sign-out. The login form has its own CSRF token (double-submit cookie) because there
 * is no session yet; attempts are rate limited per IP, and accounts lock after repeated failures.
 */
import { Router, type Request, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { createSession, deleteSession, DEFAULT_LOCKOUT, ensureFirstAdmin, randomToken, verifyLogin } from './accounts';
import { audit } from './audit';
import type { AdminSecurityOptions, PagesEnv } from './context';
import { fmtTime } from './format';
import { html } from './html';
import { barePage, errorPage } from './layout';
import { csrfGuard, handle, HttpError, LOGIN_CSRF_COOKIE, requireLogin, safeEqual, SESSION_COOKIE } from './middleware';

/** Only same-site admin paths are accepted as the post-login target. */
function safeNext(v: unknown): string {
  return typeof v === 'string' && /^\/admin(\/[^\s\\]*)?(\?[^\s\\]*)?$/.test(v) && !v.startsWith('//') ? v : '/admin';
}

function loginForm(token: string, o: { username?: string; error?: string; next?: string }): string {
  return barePage(
    '登录',
    html`<h1>管理员登录</h1>
<form method="post" action="/admin/login" class="form" novalidate>
  <input type="hidden" name="_csrf" value="${token}">
  <input type="hidden" name="next" value="${o.next ?? '/admin'}">
  ${o.error ? html`<p class="notice error" role="alert">${o.error}</p>` : ''}
  <label>用户名<input name="username" autocomplete="username" required maxlength="40" value="${o.username ?? ''}"></label>
  <label>密码<input name="password" type="password" autocomplete="current-password" required maxlength="72"></label>
  <button type="submit">登录</button>
</form>`,
  );
}

export function createLoginRouter(env: PagesEnv, sec: Required<Pick<AdminSecurityOptions, 'bcryptRounds' | 'sessionTtlMs'>> & AdminSecurityOptions, first?: { username: string; password: string }): Router {
  const router = Router();
  let bootstrapped: Promise<unknown> | undefined;
  const bootstrap = async () => {
    bootstrapped ??= ensureFirstAdmin(env.db, first, sec.bcryptRounds).then(
      (created) => {
        if (created) env.log.info({ username: first?.username }, 'first admin account created from ADMIN_USER');
      },
      (err) => {
        bootstrapped = undefined;
        throw err;
      },
    );
    await bootstrapped;
  };
  const cookieOpts = (req: Request) => ({
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: sec.secureCookies ?? req.secure,
    path: '/admin',
  });

  const showForm = (req: Request, res: Response, status: number, o: { username?: string; error?: string; next?: string }) => {
    const token = randomToken();
    res.cookie(LOGIN_CSRF_COOKIE, token, { ...cookieOpts(req), maxAge: 30 * 60 * 1000 });
    res.status(status).type('html').send(loginForm(token, o));
  };

  router.get(
    '/login',
    handle(async (req, res) => {
      await bootstrap();
      if (res.locals.adminCtx) return res.redirect(303, safeNext(req.query.next));
      showForm(req, res, 200, { next: safeNext(req.query.next) });
    }),
  );

  const rl = sec.loginRateLimit ?? { windowMs: 15 * 60 * 1000, max: 20 };
  const limiter = rateLimit({
    windowMs: rl.windowMs,
    limit: rl.max,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    // Only failed attempts count, so an office behind one address is not locked out by normal sign-ins.
    skipSuccessfulRequests: true,
    handler: (_req, res) => {
      res.status(429).type('html').send(errorPage(429, '登录尝试过于频繁，请稍后再试。'));
    },
  });

  router.post(
    '/login',
    limiter,
    handle(async (req, res) => {
      await bootstrap();
      const body = (req.body ?? {}) as Record<string, unknown>;
      const sent = typeof body._csrf === 'string' ? body._csrf : '';
      const cookie = (req.cookies as Record<string, string> | undefined)?.[LOGIN_CSRF_COOKIE] ?? '';
      if (!sent || !cookie || !safeEqual(sent, cookie)) throw new HttpError(403, '登录页面已过期或请求来源不明，请刷新登录页后重试。');
      const username = typeof body.username === 'string' ? body.username.trim().slice(0, 40) : '';
      const password = typeof body.password === 'string' ? body.password.slice(0, 200) : '';
      const next = safeNext(body.next);
      if (!username || !password) {
        showForm(req, res, 400, { username, next, error: '请输入用户名和密码。' });
        return;
      }
      const now = env.clock.now();
      const result = await verifyLogin(env.db, username, password, now, sec.lockout ?? DEFAULT_LOCKOUT);
      if (!result.ok) {
        if (result.reason === 'locked') {
          await audit(env.db, `login:${username}`, 'admin.login_locked', `admin_user:${result.userId}`, { until: result.until.toISOString() }, now);
          showForm(req, res, 423, { username, next, error: `登录失败次数过多，账号已临时锁定，请于 ${fmtTime(result.until, env.tz)} 后再试。` });
        } else {
          await audit(env.db, `login:${username}`, 'admin.login_failed', result.userId ? `admin_user:${result.userId}` : null, undefined, now);
          showForm(req, res, 401, { username, next, error: '用户名或密码错误。' });
        }
        return;
      }
      // A fresh session id on every sign-in (no fixation); the previous one, if any, ends.
      const previous = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
      if (previous) await deleteSession(env.db, previous);
      const s = await createSession(env.db, result.user.id, now, sec.sessionTtlMs);
      await audit(env.db, `admin:${result.user.username}`, 'admin.login', `admin_user:${result.user.id}`, undefined, now);
      res.clearCookie(LOGIN_CSRF_COOKIE, { path: '/admin' });
      res.cookie(SESSION_COOKIE, s.cookie, { ...cookieOpts(req), maxAge: sec.sessionTtlMs });
      res.redirect(303, next);
    }),
  );

  router.post(
    '/logout',
    requireLogin,
    csrfGuard,
    handle(async (req, res) => {
      const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
      if (cookie) await deleteSession(env.db, cookie);
      const c = res.locals.adminCtx as { admin: { username: string; id: number } };
      await audit(env.db, `admin:${c.admin.username}`, 'admin.logout', `admin_user:${c.admin.id}`, undefined, env.clock.now());
      res.clearCookie(SESSION_COOKIE, { path: '/admin' });
      res.redirect(303, '/admin/login');
    }),
  );
  return router;
}
