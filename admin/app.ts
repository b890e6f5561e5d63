/**
 * The Express app factory (no listen): health, the web chat page, the Q&A and upload APIs,
 * channel webhooks and the feature routers. main.ts composes it; tests drive it with supertest.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type ErrorRequestHandler, type Router } from 'express';
import helmet from 'helmet';
import type { Logger } from '../core/logger';
import type { KnowledgeService } from '../knowledge/service';
import { requireBearer } from './auth';
import { sendError } from './http-errors';
import { createAskRouter } from './routes/ask';
import { createDocumentsRouter } from './routes/documents';

/** A plain Node handler a channel exposes (channels do not import express). */
export interface ChannelRoute {
  method: 'GET' | 'POST';
  path: string;
  handler: (req: IncomingMessage & { body?: unknown }, res: ServerResponse) => void | Promise<void>;
  /** Raw body wanted (e.g. XML callbacks): the handler reads the stream itself. */
  rawBody?: boolean;
}

export interface AppDeps {
  knowledge: KnowledgeService;
  log: Logger;
  adminToken: string | undefined;
  uploadMaxBytes: number;
  /** True once migrations ran and the index is loaded. */
  isReady: () => boolean;
  channelRoutes?: ChannelRoute[];
  /** Prometheus text exposition, mounted at /metrics. */
  metrics?: () => Promise<{ contentType: string; body: string }>;
  /** Feature routers behind the bearer token, e.g. { path: '/api/meetings', router }. */
  apiRouters?: Array<{ path: string; router: Router }>;
  /** Routers mounted as they are (they bring their own auth), e.g. the admin pages. */
  pageRouters?: Array<{ path: string; router: Router }>;
}

const CHAT_PAGE = fs.readFileSync(path.join(__dirname, 'views', 'chat.html'), 'utf8');

export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');

  // Channel callbacks come first: they need their raw bodies and their own auth (signatures, secrets).
  for (const route of deps.channelRoutes ?? []) {
    const body = route.rawBody ? [] : [express.json({ limit: '1mb' })];
    const handler: express.RequestHandler = async (req, res, next) => {
      try {
        await route.handler(req, res);
      } catch (err) {
        next(err);
      }
    };
    if (route.method === 'GET') app.get(route.path, ...body, handler);
    else app.post(route.path, ...body, handler);
  }

  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'script-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] },
      },
    }),
  );
  app.use(express.json({ limit: '64kb' }));
  app.use(express.urlencoded({ extended: false, limit: '256kb' }));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res) => {
    if (deps.isReady()) res.json({ status: 'ready' });
    else res.status(503).json({ status: 'starting' });
  });
  if (deps.metrics) {
    const metrics = deps.metrics;
    app.get('/metrics', async (_req, res) => {
      const m = await metrics();
      res.type(m.contentType).send(m.body);
    });
  }
  app.get('/', (_req, res) => {
    res.type('html').send(CHAT_PAGE);
  });

  app.use('/api', createAskRouter(deps.knowledge));
  const bearer = requireBearer(deps.adminToken);
  app.use('/api/documents', bearer, createDocumentsRouter({ knowledge: deps.knowledge, maxBytes: deps.uploadMaxBytes, log: deps.log }));
  for (const r of deps.apiRouters ?? []) app.use(r.path, bearer, r.router);
  for (const r of deps.pageRouters ?? []) app.use(r.path, r.router);

  app.use('/api', (_req, res) => {
    sendError(res, 404, 'not_found', '接口不存在', 'No such endpoint');
  });

  const onError: ErrorRequestHandler = (err, req, res, _next) => {
    const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status >= 500) deps.log.error({ err, path: req.path }, 'request failed');
    else deps.log.warn({ path: req.path, message: err?.message }, 'bad request');
    if (res.headersSent) return;
    if (status === 400 && err?.type === 'entity.parse.failed') {
      sendError(res, 400, 'bad_json', '请求体不是合法的 JSON', 'Request body is not valid JSON');
    } else if (status === 413) {
      sendError(res, 413, 'too_large', '请求体太大', 'Request body too large');
    } else if (status < 500) {
      sendError(res, status, 'bad_request', '请求无效', 'Bad request');
    } else {
      sendError(res, 500, 'internal', '服务器内部错误，请稍后再试', 'Internal server error');
    }
  };
  app.use(onError);
  return app;
}
