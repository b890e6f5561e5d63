/**
 * Builds the whole HTTP app with the admin pages as main.ts wires it (real database, real knowledge
 * service, real members API), plus helpers to seed organisations, members and admin accounts.
 */
import type { Server } from 'node:http';
import request from 'supertest';
import { createApp } from '../../admin/app';
import { createAdminPages, createAdminUser, type AdminPagesDeps } from '../../admin/pages';
import { membersApiRouters } from '../../admin/routes/members';
import { systemClock, type Clock } from '../../core/clock';
import { createNews } from '../../core/news';
import { createLogger } from '../../core/logger';
import { ALL_ORGS, createMember, createOrganisation } from '../../core/members';
import { createKnowledge } from '../../knowledge/create';
import { createChannels, createConversation } from '../../bot';
import { loadConfig } from '../../core/config';
import type { KnowledgeService } from '../../knowledge/service';
import { createTestDatabase, type TestDatabase } from '../db';

export const API_TOKEN = 'admin-api-token-0123456789abcdef';
export const SUPER = { username: 'root', password: 'root-password-1' };
export const ORG_ADMIN = { username: 'east-admin', password: 'east-password-1' };

export interface AdminHarness {
  database: TestDatabase;
  knowledge: KnowledgeService;
  app: ReturnType<typeof createApp>;
  orgs: { committee: number; east: number; eastGroup: number; west: number };
  members: { eastMember: number; westMember: number };
  close(): Promise<void>;
  listen(): Promise<{ server: Server; baseUrl: string }>;
}

/**
 * Tree: 机关党委 → 东区支部 → 东区第一党小组; 机关党委 → 西区支部. The org admin manages 东区支部.
 */
export async function createAdminHarness(opts: { clock?: Clock; security?: AdminPagesDeps['security']; extra?: AdminPagesDeps['extra'] } = {}): Promise<AdminHarness> {
  const database = await createTestDatabase();
  // Refusals are logged as warnings by design; the tests assert them, so keep the output quiet.
  const log = createLogger('error');
  const { service: knowledge, sync } = await createKnowledge({ embeddings: undefined, llm: undefined }, database.db, log, { checkIntervalMs: 0 });
  const committee = await createOrganisation(database.db, { name: '机关党委', parentId: null }, ALL_ORGS);
  const east = await createOrganisation(database.db, { name: '东区支部', parentId: committee.id }, ALL_ORGS);
  const eastGroup = await createOrganisation(database.db, { name: '东区第一党小组', parentId: east.id }, ALL_ORGS);
  const west = await createOrganisation(database.db, { name: '西区支部', parentId: committee.id }, ALL_ORGS);
  const eastMember = await createMember(database.db, { orgId: east.id, name: '张东', role: 'member' }, ALL_ORGS);
  const westMember = await createMember(database.db, { orgId: west.id, name: '李西', role: 'secretary' }, ALL_ORGS);
  const news = createNews({ db: database.db, clock: opts.clock ?? systemClock, timezone: 'Asia/Shanghai', logger: log, deliver: async () => ({ created: false }) });
  const pages = createAdminPages({
    db: database.db,
    knowledge,
    log,
    adminUser: SUPER,
    ...(opts.clock ? { clock: opts.clock } : {}),
    timezone: 'Asia/Shanghai',
    uploadMaxBytes: 5 * 1024 * 1024,
    // Many sign-ins per test file; the rate limit itself has its own test.
    security: { bcryptRounds: 4, loginRateLimit: { windowMs: 60_000, max: 1000 }, ...opts.security },
    extra: { rebuildIndex: () => sync.init(), news: news.service, ...opts.extra },
  });
  // The chat page at / talks to the web channel of the conversation core, as in main.ts.
  const conversation = createConversation({ db: database.db, qa: knowledge, logger: log });
  const channels = createChannels(loadConfig({}).channels, { conversation, logger: log });
  const app = createApp({
    knowledge,
    log,
    channelRoutes: channels.routes,
    adminToken: API_TOKEN,
    uploadMaxBytes: 5 * 1024 * 1024,
    isReady: () => true,
    apiRouters: membersApiRouters({ db: database.db, log }),
    pageRouters: [{ path: '/admin', router: pages }],
  });
  // The first super admin is created from ADMIN_USER on an empty table, so the org admin comes after it.
  await request(app).get('/admin/login').expect(200);
  await createAdminUser(database.db, { ...ORG_ADMIN, role: 'org', orgId: east.id }, 4);
  let server: Server | undefined;
  return {
    database,
    knowledge,
    app,
    orgs: { committee: committee.id, east: east.id, eastGroup: eastGroup.id, west: west.id },
    members: { eastMember: eastMember.id, westMember: westMember.id },
    async listen() {
      server = await new Promise<Server>((resolve) => {
        const s = app.listen(0, '127.0.0.1', () => resolve(s));
      });
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      return { server, baseUrl: `http://127.0.0.1:${port}` };
    },
    async close() {
      if (server) await new Promise<void>((r) => server!.close(() => r()));
      await knowledge.drain();
      await database.close();
    },
  };
}

/** Reads the hidden CSRF field of a page. */
export function csrfOf(htmlText: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(htmlText);
  if (!m) throw new Error('no CSRF field on the page');
  return m[1]!;
}

/** Logs in with a supertest agent (keeps cookies); returns the agent and the session's CSRF token. */
export async function login(app: AdminHarness['app'], who: { username: string; password: string }) {
  const agent = request.agent(app);
  const form = await agent.get('/admin/login').expect(200);
  const res = await agent.post('/admin/login').type('form').send({ _csrf: csrfOf(form.text), username: who.username, password: who.password, next: '/admin' });
  if (res.status !== 303) throw new Error(`login failed: ${res.status} ${res.text.slice(0, 200)}`);
  const home = await agent.get('/admin').expect(200);
  return { agent, csrf: csrfOf(home.text) };
}
