/**
 * The admin pages under /admin: one router with its own cookies, sessions, CSRF guard and error
 * page. `createApp` mounts it as a page router (it brings its own auth; the bearer API is separate).
 */
import fs from 'node:fs';
import path from 'node:path';
import cookieParser from 'cookie-parser';
import express, { Router } from 'express';
import { systemClock } from '../../core/clock';
import type { AdminPagesDeps, PagesEnv } from './context';
import { createLoginRouter } from './login';
import { csrfGuard, loadSessionMiddleware, multipartParser, notFound, pagesErrorHandler, requireLogin } from './middleware';
import { createDashboardRouter } from './dashboard';
import { createDocumentsPages } from './documents';
import { createQaPages } from './qa-log';
import { createOrgPages } from './org';
import { createActivityPages } from './activity';
import { createOpsPages } from './ops';
import { createAdminUsersPages } from './users';

export type { AdminPagesDeps, AdminPagesExtra, ChannelStatus } from './context';
export { createAdminUser } from './accounts';

const ADMIN_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "object-src 'none'",
].join('; ');

const STATIC_DIR = path.join(__dirname, '..', 'static');

function chartJsPath(): string | undefined {
  try {
    const p = path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.js');
    return fs.existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

/** Builds the /admin router. Mount it at `/admin`. */
export function createAdminPages(deps: AdminPagesDeps): Router {
  const env: PagesEnv = {
    db: deps.db,
    knowledge: deps.knowledge,
    log: deps.log,
    clock: deps.clock ?? systemClock,
    tz: deps.timezone ?? 'Asia/Shanghai',
    uploadMaxBytes: deps.uploadMaxBytes ?? 20 * 1024 * 1024,
    extra: deps.extra ?? {},
  };
  const sec = { bcryptRounds: 10, sessionTtlMs: 8 * 3600 * 1000, ...deps.security };
  const router = Router();

  const chart = chartJsPath();
  if (chart) router.get('/static/chart.umd.js', (_req, res) => res.sendFile(chart, { maxAge: '1d' }));
  router.use('/static', express.static(STATIC_DIR, { maxAge: '1h', index: false }));

  router.use((_req, res, next) => {
    // Admin pages hold personal data: never cache them, never frame them.
    res.set('Cache-Control', 'no-store');
    res.set('X-Frame-Options', 'DENY');
    // Stricter than the app-wide policy: the admin pages run no inline script at all.
    res.set('Content-Security-Policy', ADMIN_CSP);
    next();
  });
  router.use(cookieParser());
  router.use(loadSessionMiddleware(env, sec.sessionTtlMs));
  router.use(createLoginRouter(env, sec, deps.adminUser));

  router.use(requireLogin);
  router.use(multipartParser(env.uploadMaxBytes));
  router.use(csrfGuard);
  router.use(createDashboardRouter(env));
  router.use(createDocumentsPages(env));
  router.use(createQaPages(env));
  router.use(createOrgPages(env));
  router.use(createActivityPages(env));
  router.use(createOpsPages(env));
  router.use(createAdminUsersPages(env, sec.bcryptRounds));
  router.use((_req, _res, next) => next(notFound()));
  router.use(pagesErrorHandler(env));
  return router;
}
