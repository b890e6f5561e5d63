/**
 * Session, CSRF and error middleware of the admin pages. Every state-changing request (anything but
 * GET/HEAD) must carry the session's CSRF token in the `_csrf` field or the `X-CSRF-Token` header;
 * multipart bodies are parsed first so their hidden field counts too.
 */
import { timingSafeEqual } from 'node:crypto';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import multer from 'multer';
import { NotFoundError, OutOfScopeError } from '../../core/members/scope';
import { loadSession } from './accounts';
import type { PagesEnv, RequestContext } from './context';
import { errorPage } from './layout';

export const SESSION_COOKIE = 'xz_admin';
export const LOGIN_CSRF_COOKIE = 'xz_login_csrf';

/** An error with an HTTP status and a Chinese message safe to show. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly userMessage: string,
  ) {
    super(userMessage);
    this.name = 'HttpError';
  }
}

export const forbidden = () => new HttpError(403, '您没有权限查看或修改这项内容（超出您管理的组织范围）。');
export const notFound = () => new HttpError(404, '没有找到这项内容，可能已被删除。');

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** True when the client wants JSON (XHR uploads and fetch calls). */
export function wantsJson(req: Request): boolean {
  return Boolean(req.get('x-csrf-token')) || req.is('application/json') === 'application/json' || (req.get('accept') ?? '').startsWith('application/json');
}

function cookieOf(req: Request, name: string): string | undefined {
  const v = (req.cookies as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' && v ? v : undefined;
}

/** Loads the session (if any) into `res.locals.adminCtx`. */
export function loadSessionMiddleware(env: PagesEnv, ttlMs: number): RequestHandler {
  return async (req, res, next) => {
    const cookie = cookieOf(req, SESSION_COOKIE);
    if (!cookie) return next();
    const s = await loadSession(env.db, cookie, env.clock.now(), ttlMs);
    if (s) {
      const c: RequestContext = { admin: s.principal, csrf: s.csrf };
      res.locals.adminCtx = c;
    }
    next();
  };
}

/** Sends unauthenticated visitors to the login page (or a 401 for JSON callers). */
export const requireLogin: RequestHandler = (req, res, next) => {
  if (res.locals.adminCtx) return next();
  if (wantsJson(req) || req.method !== 'GET') {
    if (wantsJson(req)) res.status(401).json({ error: { code: 'login_required', message: '登录已过期，请重新登录' } });
    else res.status(401).type('html').send(errorPage(401, '登录已过期，请重新登录。'));
    return;
  }
  const back = req.originalUrl.startsWith('/admin') ? req.originalUrl : '/admin';
  res.redirect(303, `/admin/login?next=${encodeURIComponent(back)}`);
};

/** Parses multipart bodies (files in memory) before the CSRF check, so the hidden field is seen. */
export function multipartParser(maxBytes: number): RequestHandler {
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: maxBytes, files: 10, fields: 20 } });
  const mb = Math.round(maxBytes / 1024 / 1024);
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD' || !req.is('multipart/form-data')) return next();
    upload.any()(req, res, (err: unknown) => {
      if (!err) return next();
      if (err instanceof multer.MulterError && err.code === 'LIMIT_FILE_SIZE') return next(new HttpError(413, `文件太大，上限为 ${mb} MB。`));
      if (err instanceof multer.MulterError) return next(new HttpError(400, '上传的表单格式不正确。'));
      next(new HttpError(400, '上传的表单格式不正确。'));
    });
  };
}

/** Refuses state-changing requests without the session's CSRF token (403). */
export const csrfGuard: RequestHandler = (req, res, next) => {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
  const c = res.locals.adminCtx as RequestContext | undefined;
  if (!c) return next();
  const body = req.body as Record<string, unknown> | undefined;
  const sent = req.get('x-csrf-token') ?? (typeof body?._csrf === 'string' ? body._csrf : '');
  if (!sent || !safeEqual(sent, c.csrf)) {
    next(new HttpError(403, '请求已失效或来源不明（缺少安全校验码）。请刷新页面后重试。'));
    return;
  }
  next();
};

/** Wraps an async handler so its rejection reaches the error handler. */
export function handle(fn: (req: Request, res: Response) => Promise<void>): RequestHandler {
  return (req, res, next) => {
    fn(req, res).catch(next);
  };
}

/** Renders errors as the Chinese error page (or JSON for XHR), logging the real cause. */
export function pagesErrorHandler(env: PagesEnv): ErrorRequestHandler {
  return (err, req, res, _next) => {
    let status = 500;
    let message = '服务器内部错误，请稍后再试。如果问题持续，请联系系统管理员。';
    if (err instanceof HttpError) {
      status = err.status;
      message = err.userMessage;
    } else if (err instanceof OutOfScopeError) {
      status = 403;
      message = forbidden().userMessage;
    } else if (err instanceof NotFoundError) {
      status = 404;
      message = notFound().userMessage;
    } else if (typeof err?.status === 'number' && err.status >= 400 && err.status < 500) {
      status = err.status;
      message = status === 413 ? '请求内容太大。' : '请求无效。';
    }
    if (status >= 500) env.log.error({ err, path: req.path }, 'admin page failed');
    else env.log.warn({ status, path: req.path, reason: err instanceof Error ? err.message : String(err) }, 'admin request refused');
    if (res.headersSent) return;
    if (wantsJson(req)) res.status(status).json({ error: { code: status === 403 ? 'forbidden' : 'error', message } });
    else res.status(status).type('html').send(errorPage(status, message));
  };
}
