/**
 * Admin pages logic through HTTP (supertest) on a real database: login and first admin, lockout,
 * rate limit, CSRF refusal, sessions, organisation-subtree scoping, audit rows, validation, CSV import,
 * bind codes, the members bearer API and the error page.
 */
import { and, eq } from 'drizzle-orm';
import request from 'supertest';
import { createApp } from '../app';
import { createLogger } from '../../core/logger';
import { adminUsers, auditLog, bindCodes, documents, jobs, meetings, members, newsSources, pointsLedger, qaLog } from '../../data/schema';
import { createAdminHarness, csrfOf, login, API_TOKEN, ORG_ADMIN, SUPER, type AdminHarness } from '../../test/e2e/admin-harness';
import { KnowledgeStore } from '../../knowledge/store';
import { createAdminPages } from '.';

let h: AdminHarness;
let now = new Date('2026-11-26T02:00:00Z');
const clock = { now: () => now };

jest.setTimeout(30_000);

beforeAll(async () => {
  h = await createAdminHarness({ clock });
});
afterAll(() => h.close());

const auditRows = (action: string) => h.database.db.select().from(auditLog).where(eq(auditLog.action, action));

describe('sign-in', () => {
  test('pages need a session: redirect to the login page', async () => {
    const res = await request(h.app).get('/admin/org').expect(303);
    expect(res.headers.location).toBe('/admin/login?next=%2Fadmin%2Forg');
  });

  test('the first admin comes from ADMIN_USER/ADMIN_PASSWORD, stored as a bcrypt hash with role super', async () => {
    await request(h.app).get('/admin/login').expect(200);
    const rows = await h.database.db.select().from(adminUsers).where(eq(adminUsers.username, SUPER.username));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.role).toBe('super');
    expect(rows[0]!.passwordHash).toMatch(/^\$2[aby]\$/);
    expect(rows[0]!.passwordHash).not.toContain(SUPER.password);
  });

  test('login page: helmet headers, a login CSRF cookie that is httpOnly and SameSite=Lax', async () => {
    const res = await request(h.app).get('/admin/login').expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/xz_login_csrf=.*HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(res.text).toContain('管理员登录');
  });

  test('a successful login sets an httpOnly SameSite=Lax session cookie, stores the session and audits it', async () => {
    const agent = request.agent(h.app);
    const form = await agent.get('/admin/login');
    const res = await agent.post('/admin/login').type('form').send({ _csrf: csrfOf(form.text), username: SUPER.username, password: SUPER.password, next: '/admin/qa' }).expect(303);
    expect(res.headers.location).toBe('/admin/qa');
    expect(String(res.headers['set-cookie'])).toMatch(/xz_admin=[^;]+;.*HttpOnly.*SameSite=Lax/);
    const sessions = await h.database.query<{ n: number }>('SELECT count(*)::int AS n FROM admin_sessions');
    expect(sessions[0]!.n).toBeGreaterThan(0);
    expect((await auditRows('admin.login')).some((r) => r.actor === 'admin:root')).toBe(true);
    const page = await agent.get('/admin/qa').expect(200);
    expect(page.text).toContain('问答记录');
  });

  test('an open redirect target is ignored', async () => {
    const agent = request.agent(h.app);
    const form = await agent.get('/admin/login');
    const res = await agent.post('/admin/login').type('form').send({ _csrf: csrfOf(form.text), ...SUPER, next: '//evil.example/x' }).expect(303);
    expect(res.headers.location).toBe('/admin');
  });

  test('login without the form token is refused with 403', async () => {
    const res = await request(h.app).post('/admin/login').type('form').send({ username: SUPER.username, password: SUPER.password }).expect(403);
    expect(res.text).toContain('请刷新登录页后重试');
    expect(res.headers['set-cookie'] ?? []).not.toEqual(expect.arrayContaining([expect.stringMatching(/^xz_admin=/)]));
  });

  test('five wrong passwords lock the account for 15 minutes, even against the right password', async () => {
    const agent = request.agent(h.app);
    const attempt = async (password: string) => {
      const form = await agent.get('/admin/login');
      return agent.post('/admin/login').type('form').send({ _csrf: csrfOf(form.text), username: ORG_ADMIN.username, password });
    };
    for (let i = 0; i < 4; i++) {
      const r = await attempt('wrong-password');
      expect(r.status).toBe(401);
      expect(r.text).toContain('用户名或密码错误');
    }
    const fifth = await attempt('wrong-password');
    expect(fifth.status).toBe(423);
    expect(fifth.text).toContain('账号已临时锁定');
    expect((await attempt(ORG_ADMIN.password)).status).toBe(423);
    expect((await auditRows('admin.login_failed')).length).toBeGreaterThanOrEqual(4);
    expect((await auditRows('admin.login_locked')).length).toBeGreaterThanOrEqual(2);

    now = new Date(now.getTime() + 15 * 60 * 1000 + 1000);
    const ok = await attempt(ORG_ADMIN.password);
    expect(ok.status).toBe(303);
  });

  test('the login form is rate limited per address', async () => {
    const log = createLogger('error');
    const pages = createAdminPages({ db: h.database.db, knowledge: h.knowledge, log, security: { bcryptRounds: 4, loginRateLimit: { windowMs: 60_000, max: 3 } } });
    const app = createApp({ knowledge: h.knowledge, log, adminToken: undefined, uploadMaxBytes: 1024, isReady: () => true, pageRouters: [{ path: '/admin', router: pages }] });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await request(app).post('/admin/login').type('form').send({ username: 'x', password: 'y' })).status);
    expect(statuses.slice(0, 3)).toEqual([403, 403, 403]);
    expect(statuses[3]).toBe(429);
  });

  test('logout ends the session in the database', async () => {
    const { agent, csrf } = await login(h.app, SUPER);
    await agent.post('/admin/logout').type('form').send({ _csrf: csrf }).expect(303);
    const res = await agent.get('/admin').expect(303);
    expect(res.headers.location).toContain('/admin/login');
  });

  test('an expired session is refused', async () => {
    const { agent } = await login(h.app, SUPER);
    now = new Date(now.getTime() + 9 * 3600 * 1000);
    await agent.get('/admin').expect(303);
  });
});

describe('CSRF', () => {
  test('a state-changing request without or with a wrong token is refused with 403 and changes nothing', async () => {
    const { agent, csrf } = await login(h.app, SUPER);
    const before = (await h.database.db.select().from(members)).length;
    const none = await agent.post('/admin/org/members').type('form').send({ name: '无令牌', orgId: String(h.orgs.east), role: 'member' }).expect(403);
    expect(none.text).toContain('缺少安全校验码');
    expect(none.text).not.toMatch(/at \w+ \(/); // no stack trace
    await agent.post('/admin/org/members').type('form').send({ _csrf: 'forged', name: '假令牌', orgId: String(h.orgs.east) }).expect(403);
    await agent.post('/admin/org/members').set('X-CSRF-Token', 'forged').send({ name: '假令牌', orgId: h.orgs.east }).expect(403);
    expect((await h.database.db.select().from(members)).length).toBe(before);
    // multipart bodies are checked too
    await agent.post('/admin/org/import').field('csvText', '姓名,组织\n王五,东区支部').expect(403);
    await agent.post('/admin/org/members').type('form').send({ _csrf: csrf, name: '有令牌', orgId: String(h.orgs.east), role: 'member' }).expect(303);
    expect((await h.database.db.select().from(members)).length).toBe(before + 1);
  });

  test('a token of another session does not work', async () => {
    const a = await login(h.app, SUPER);
    const b = await login(h.app, SUPER);
    expect(a.csrf).not.toBe(b.csrf);
    await a.agent.post('/admin/org/members').type('form').send({ _csrf: b.csrf, name: '串号', orgId: String(h.orgs.east) }).expect(403);
  });
});

describe('organisation admin scope', () => {
  let agent: ReturnType<typeof request.agent>;
  let csrf: string;
  beforeAll(async () => {
    ({ agent, csrf } = await login(h.app, ORG_ADMIN));
  });

  test('sees the own subtree only', async () => {
    const page = await agent.get('/admin/org').expect(200);
    expect(page.text).toContain('张东');
    expect(page.text).toContain('东区第一党小组');
    expect(page.text).not.toContain('李西');
    expect(page.text).not.toContain('西区支部');
  });

  test("another subtree's member, organisation, meeting and document pages are refused", async () => {
    const m = await agent.get(`/admin/org/members/${h.members.westMember}`).expect(403);
    expect(m.text).toContain('无权访问');
    expect(m.text).not.toContain('李西');
    await agent.get(`/admin/org?orgId=${h.orgs.west}`).expect(403);
    const [meeting] = await h.database.db
      .insert(meetings)
      .values({ orgId: h.orgs.west, kind: 'committee_meeting', title: '西区支委会', startsAt: new Date('2026-11-20T06:00:00Z'), status: 'done' })
      .returning();
    await agent.get(`/admin/meetings/${meeting!.id}`).expect(403);
    const list = await agent.get('/admin/meetings').expect(200);
    expect(list.text).not.toContain('西区支委会');
    const [doc] = await h.database.db
      .insert(documents)
      .values({ title: '西区内部资料', fileName: 'w.md', mime: 'text/markdown', contentHash: 'w1', orgId: h.orgs.west, status: 'indexed' })
      .returning();
    await agent.get(`/admin/documents/${doc!.id}`).expect(403);
    await agent.post(`/admin/documents/${doc!.id}/delete`).type('form').send({ _csrf: csrf }).expect(403);
    expect(await h.database.db.select().from(documents).where(eq(documents.id, doc!.id))).toHaveLength(1);
    expect((await agent.get('/admin/documents').expect(200)).text).not.toContain('西区内部资料');
  });

  test('cannot change or create members in another subtree', async () => {
    await agent.post(`/admin/org/members/${h.members.westMember}`).type('form').send({ _csrf: csrf, name: '改名', orgId: String(h.orgs.west) }).expect(403);
    const west = await h.database.db.select().from(members).where(eq(members.id, h.members.westMember));
    expect(west[0]!.name).toBe('李西');
    await agent.post('/admin/org/members').type('form').send({ _csrf: csrf, name: '越权', orgId: String(h.orgs.west), role: 'member' }).expect(403);
    await agent.post(`/admin/org/members/${h.members.eastMember}`).type('form').send({ _csrf: csrf, name: '张东', orgId: String(h.orgs.west) }).expect(403);
    await agent.post(`/admin/org/members/${h.members.westMember}/bind-code`).type('form').send({ _csrf: csrf }).expect(403);
    expect(await h.database.db.select().from(members).where(eq(members.name, '越权'))).toHaveLength(0);
  });

  test('global documents are readable but not changeable', async () => {
    const [doc] = await h.database.db
      .insert(documents)
      .values({ title: '全局手册', fileName: 'g.md', mime: 'text/markdown', contentHash: 'g1', orgId: null, status: 'indexed' })
      .returning();
    const view = await agent.get(`/admin/documents/${doc!.id}`).expect(200);
    expect(view.text).toContain('只有超级管理员可以修改');
    await agent.post(`/admin/documents/${doc!.id}/delete`).type('form').send({ _csrf: csrf }).expect(403);
  });

  test("points of another subtree are not shown; the admin pages for super only are refused", async () => {
    await h.database.db.insert(pointsLedger).values([
      { memberId: h.members.westMember, orgId: h.orgs.west, category: 'learning', points: 7, reason: '西区学习', idempotencyKey: 'w-1', year: 2026 },
      { memberId: h.members.eastMember, orgId: h.orgs.east, category: 'learning', points: 3, reason: '东区学习', idempotencyKey: 'e-1', year: 2026 },
    ]);
    const page = await agent.get('/admin/points').expect(200);
    expect(page.text).toContain('东区学习');
    expect(page.text).not.toContain('西区学习');
    await agent.get('/admin/users').expect(403);
  });

  test('refusals do not write audit rows for changes that did not happen', async () => {
    const rows = await h.database.db.select().from(auditLog).where(and(eq(auditLog.actor, `admin:${ORG_ADMIN.username}`), eq(auditLog.action, 'member.update')));
    expect(rows).toHaveLength(0);
  });
});

describe('members pages', () => {
  let agent: ReturnType<typeof request.agent>;
  let csrf: string;
  beforeAll(async () => {
    ({ agent, csrf } = await login(h.app, SUPER));
  });

  test('validation messages appear next to the fields, with the entered values kept', async () => {
    const res = await agent.post('/admin/org/members').type('form').send({ _csrf: csrf, name: '', orgId: '', phone: 'abc', partyGroup: '一组' }).expect(400);
    expect(res.text).toMatch(/<span class="field-error" role="alert">请填写姓名<\/span>/);
    expect(res.text).toContain('请选择所在组织');
    expect(res.text).toContain('手机号格式不正确');
    expect(res.text).toContain('value="一组"');
  });

  test('a change writes who, what and when to the audit log', async () => {
    await agent.post('/admin/org/members').type('form').send({ _csrf: csrf, name: '审计测试', orgId: String(h.orgs.west), role: 'committee' }).expect(303);
    const m = (await h.database.db.select().from(members).where(eq(members.name, '审计测试')))[0]!;
    const row = (await auditRows('member.create')).find((r) => r.target === `member:${m.id}`);
    expect(row).toMatchObject({ actor: 'admin:root', detail: { name: '审计测试', orgId: h.orgs.west } });
    expect(row!.createdAt.getTime()).toBe(now.getTime());
  });

  test('user text is escaped', async () => {
    await agent.post('/admin/org/members').type('form').send({ _csrf: csrf, name: '<script>x</script>', orgId: String(h.orgs.west) }).expect(303);
    const page = await agent.get(`/admin/org?orgId=${h.orgs.west}`).expect(200);
    expect(page.text).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(page.text).not.toContain('<script>x</script>');
  });

  test('CSV import: a per-row error report and nothing written; a clean file imports every row', async () => {
    const bad = '姓名,组织,身份,手机号\r\n王一,东区支部,党员,13800000001\r\n,东区支部,党员,\r\n赵三,不存在支部,党员,\r\n钱四,西区支部,队长,12ab\r\n';
    const res = await agent.post('/admin/org/import').field('_csrf', csrf).attach('csv', Buffer.from(bad), 'm.csv').expect(400);
    expect(res.text).toContain('本次未导入任何数据');
    expect(res.text).toMatch(/第 3 行<\/td><td>姓名<\/td><td>请填写姓名/);
    expect(res.text).toContain('组织“不存在支部”不存在');
    expect(res.text).toMatch(/第 5 行<\/td><td>身份/);
    expect(res.text).toMatch(/第 5 行<\/td><td>手机号/);
    expect(await h.database.db.select().from(members).where(eq(members.name, '王一'))).toHaveLength(0);

    const good = '\uFEFF姓名,组织,身份,党小组\n王一,东区支部,党员,第一组\n"钱,四",西区支部,书记,\n';
    const ok = await agent.post('/admin/org/import').field('_csrf', csrf).attach('csv', Buffer.from(good), 'm.csv').expect(200);
    expect(ok.text).toContain('已导入 2 名党员');
    expect(await h.database.db.select().from(members).where(eq(members.name, '钱,四'))).toHaveLength(1);
    expect((await auditRows('member.import')).length).toBe(1);
  });

  test('an organisation admin importing into another subtree gets a row error', async () => {
    const east = await login(h.app, ORG_ADMIN);
    const res = await east.agent.post('/admin/org/import').field('_csrf', east.csrf).field('csvText', '姓名,组织\n孙五,西区支部\n').expect(400);
    expect(res.text).toContain('不在您管理的范围内');
  });

  test('a Telegram bind code is issued and shown', async () => {
    const res = await agent.post(`/admin/org/members/${h.members.eastMember}/bind-code`).type('form').send({ _csrf: csrf }).expect(200);
    const code = /id="bind-code">(\d{6})</.exec(res.text)![1]!;
    const rows = await h.database.db.select().from(bindCodes).where(eq(bindCodes.code, code));
    expect(rows[0]!.memberId).toBe(h.members.eastMember);
  });

  test('an unknown page is a Chinese error page, not a stack trace', async () => {
    const res = await agent.get('/admin/no-such-page').expect(404);
    expect(res.text).toContain('页面不存在');
    await agent.get('/admin/org/members/999999').expect(404);
  });

  test('every page renders with its empty states', async () => {
    for (const path of ['/admin', '/admin/documents', '/admin/qa', '/admin/meetings', '/admin/points', '/admin/news', '/admin/channels', '/admin/jobs', '/admin/users', '/admin/audit']) {
      const res = await agent.get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
    }
    expect((await agent.get('/admin/news')).text).toContain('还没有配置新闻来源');
    expect((await agent.get('/admin/jobs')).text).toContain('没有失败的任务');
  });
});

describe('documents and curated answers', () => {
  const md = (title: string, body: string) => Buffer.from(`# ${title}\n\n第一条 ${body}\n`);

  test('the admin pages send a CSP without inline scripts', async () => {
    const { agent } = await login(h.app, SUPER);
    const res = await agent.get('/admin/documents').expect(200);
    expect(res.headers['content-security-policy']).toContain("script-src 'self';");
    expect(res.headers['content-security-policy']).not.toContain('unsafe-inline\'; style');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  test("an organisation admin uploads into the own organisation and cannot overwrite a global document", async () => {
    const sup = await login(h.app, SUPER);
    const g = await sup.agent.post('/admin/documents/upload').set('X-CSRF-Token', sup.csrf).attach('file', md('全局学习制度', '党员每月学习一次。'), 'g.md').expect(201);
    expect(g.body.document).toMatchObject({ title: '全局学习制度', version: 1, statusLabel: '已索引' });
    const east = await login(h.app, ORG_ADMIN);
    await east.agent.post('/admin/documents/upload').attach('file', md('东区细则', '东区每周学习。'), 'e.md').expect(403);
    const own = await east.agent.post('/admin/documents/upload').set('X-CSRF-Token', east.csrf).attach('file', md('东区细则', '东区每周学习一次。'), 'e.md').expect(201);
    const row = (await h.database.db.select().from(documents).where(eq(documents.id, own.body.document.id)))[0]!;
    expect(row.orgId).toBe(h.orgs.east);
    const over = await east.agent.post('/admin/documents/upload').set('X-CSRF-Token', east.csrf).attach('file', md('全局学习制度', '改写全局内容。'), 'x.md').expect(403);
    expect(over.body.error.message).toContain('不能覆盖');
    const global = (await h.database.db.select().from(documents).where(eq(documents.id, g.body.document.id)))[0]!;
    expect(global.version).toBe(1);
    const bad = await east.agent.post('/admin/documents/upload').set('X-CSRF-Token', east.csrf).attach('file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'x.png').expect(415);
    expect(bad.body.error.message).toContain('不支持的文件类型');
    expect((await auditRows('document.create')).filter((r) => r.actor === `admin:${ORG_ADMIN.username}`)).toHaveLength(1);
  });

  test('re-index rebuilds the index and is audited; delete removes the document', async () => {
    const sup = await login(h.app, SUPER);
    const up = await sup.agent.post('/admin/documents/upload').set('X-CSRF-Token', sup.csrf).attach('file', md('待删除文档', '这是一条测试规定。'), 'd.md').expect(201);
    const id = up.body.document.id as number;
    await sup.agent.post(`/admin/documents/${id}/reindex`).type('form').send({ _csrf: sup.csrf }).expect(303);
    expect((await auditRows('document.reindex')).some((r) => r.target === `document:${id}`)).toBe(true);
    const preview = await sup.agent.get(`/admin/documents/${id}`).expect(200);
    expect(preview.text).toContain('引用：《待删除文档》第一条');
    await sup.agent.post(`/admin/documents/${id}/delete`).type('form').send({ _csrf: sup.csrf }).expect(303);
    expect(await h.database.db.select().from(documents).where(eq(documents.id, id))).toHaveLength(0);
    expect((await auditRows('document.delete')).some((r) => r.target === `document:${id}`)).toBe(true);
  });

  test('a document page says where its aliases come from and lists them folded under each passage', async () => {
    const sup = await login(h.app, SUPER);
    const up = await sup.agent.post('/admin/documents/upload').set('X-CSRF-Token', sup.csrf).attach('file', md('活动室借用办法', '借用活动室应当提前一天登记。'), 'r.md').expect(201);
    const id = up.body.document.id as number;
    const before = await sup.agent.get(`/admin/documents/${id}`).expect(200);
    expect(before.text).toContain('未配置模型（设置 OPENAI_* 后自动生成）');
    expect(before.text).not.toContain('检索用的口语问法');

    const store = new KnowledgeStore(h.database.db);
    const passages = await store.chunksOf(id);
    expect(await store.passagesAwaitingAliases(id)).toBe(passages.length);
    await store.saveGeneratedAliases(id, up.body.document.version as number, new Map(passages.map((p) => [p.id, '想借开会的屋子要打招呼吗；用完要收拾吗'])));
    const after = await sup.agent.get(`/admin/documents/${id}`).expect(200);
    expect(after.text).toContain('已由模型生成');
    expect(after.text).toContain('检索用的口语问法（2，不展示给党员）');
    expect(after.text).toContain('<li>想借召开会议的屋子要打招呼吗</li>');
  });

  test('the Q&A log says why a question went unanswered', async () => {
    const sup = await login(h.app, SUPER);
    const task = await h.knowledge.ask('帮我写一篇入党申请书', { channel: 'web' });
    expect(task).toMatchObject({ declined: true, declineReason: 'task-request' });
    const row = (await h.database.db.select().from(qaLog).where(eq(qaLog.id, task.logId!)))[0]!;
    expect(row.declineReason).toBe('task-request');
    const page = await sup.agent.get('/admin/qa?declined=yes').expect(200);
    expect(page.text).toContain('帮我写一篇入党申请书');
    expect(page.text).toContain('写作/翻译等请求');
  });

  test('a curated answer becomes an article of 常见问题（管理员补充） and the question is then answered', async () => {
    const sup = await login(h.app, SUPER);
    const first = await h.knowledge.ask('党员证丢失后怎样补办？', { channel: 'web' });
    // (whether the first answer declined depends on the retrieval thresholds; the flow is the same)
    const form = await sup.agent.get(`/admin/qa/${first.logId}/curate`).expect(200);
    expect(form.text).toContain('党员证丢失后怎样补办？');
    const empty = await sup.agent.post(`/admin/qa/${first.logId}/curate`).type('form').send({ _csrf: sup.csrf, question: '党员证丢失后怎样补办？', answer: '' }).expect(400);
    expect(empty.text).toContain('请填写答案');
    const answer = '党员证丢失后，应当向所在党支部书面说明情况，由党支部报上级党委组织部门补办。';
    const res = await sup.agent.post(`/admin/qa/${first.logId}/curate`).type('form').send({ _csrf: sup.csrf, question: '党员证丢失后怎样补办？', answer }).expect(303);
    expect(res.headers.location).toMatch(/^\/admin\/documents\/\d+$/);
    const again = await h.knowledge.ask('党员证丢失后怎样补办？', { channel: 'web' });
    expect(again.declined).toBe(false);
    expect(again.citations[0]).toMatchObject({ title: '常见问题（管理员补充）', article: '第一条' });
    // a second pair keeps the first one (a new version with two articles)
    const second = await h.knowledge.ask('党员转正需要哪些材料？', { channel: 'web' });
    await sup.agent.post(`/admin/qa/${second.logId}/curate`).type('form').send({ _csrf: sup.csrf, question: '党员转正需要哪些材料？', answer: '需要本人转正申请、党小组意见和支部大会决议。' }).expect(303);
    const doc = (await h.database.db.select().from(documents).where(eq(documents.title, '常见问题（管理员补充）')))[0]!;
    expect(doc).toMatchObject({ version: 2, chunkCount: 2, orgId: null });
    expect((await auditRows('qa.curate')).length).toBe(2);
  });
});

describe('accounts', () => {
  test('a super admin creates an org admin (validated), resets a password and lifts a lockout; all audited', async () => {
    const sup = await login(h.app, SUPER);
    const bad = await sup.agent.post('/admin/users').type('form').send({ _csrf: sup.csrf, username: 'x', password: 'short', role: 'org', orgId: '' }).expect(400);
    expect(bad.text).toContain('用户名为 3–40 个字母');
    expect(bad.text).toContain('密码至少 8 位');
    expect(bad.text).toContain('组织管理员必须指定所管理的组织');
    await sup.agent.post('/admin/users').type('form').send({ _csrf: sup.csrf, username: 'west-admin', password: 'west-password-1', role: 'org', orgId: String(h.orgs.west) }).expect(303);
    const west = await login(h.app, { username: 'west-admin', password: 'west-password-1' });
    expect((await west.agent.get('/admin/org').expect(200)).text).toContain('李西');
    const user = (await h.database.db.select().from(adminUsers).where(eq(adminUsers.username, 'west-admin')))[0]!;
    await h.database.db.update(adminUsers).set({ lockedUntil: new Date(now.getTime() + 600_000) }).where(eq(adminUsers.id, user.id));
    await sup.agent.post(`/admin/users/${user.id}/unlock`).type('form').send({ _csrf: sup.csrf }).expect(303);
    await sup.agent.post(`/admin/users/${user.id}/password`).type('form').send({ _csrf: sup.csrf, password: 'new-west-password' }).expect(303);
    // the reset ends the admin's sessions
    await west.agent.get('/admin/org').expect(303);
    await login(h.app, { username: 'west-admin', password: 'new-west-password' });
    for (const action of ['admin_user.create', 'admin_user.unlock', 'admin_user.password_reset']) expect((await auditRows(action)).length).toBeGreaterThan(0);
  });

  test('an admin changes the own password: wrong current password and mismatch are shown next to the fields', async () => {
    const me = await login(h.app, ORG_ADMIN);
    const other = await login(h.app, ORG_ADMIN);
    const bad = await me.agent.post('/admin/account').type('form').send({ _csrf: me.csrf, current: 'nope', password: 'another-password', confirm: 'different' }).expect(400);
    expect(bad.text).toContain('当前密码不正确');
    expect(bad.text).toContain('两次输入的新密码不一致');
    await me.agent.post('/admin/account').type('form').send({ _csrf: me.csrf, current: ORG_ADMIN.password, password: 'east-password-2', confirm: 'east-password-2' }).expect(303);
    await me.agent.get('/admin').expect(200); // this session stays
    await other.agent.get('/admin').expect(303); // the other one ends
    await me.agent.post('/admin/account').type('form').send({ _csrf: me.csrf, current: 'east-password-2', password: ORG_ADMIN.password, confirm: ORG_ADMIN.password }).expect(303);
  });

  test('organisations are renamed inside the scope only', async () => {
    const east = await login(h.app, ORG_ADMIN);
    const bad = await east.agent.post(`/admin/org/organisations/${h.orgs.eastGroup}/rename`).type('form').send({ _csrf: east.csrf, name: '' }).expect(400);
    expect(bad.text).toContain('请填写组织名称');
    await east.agent.post(`/admin/org/organisations/${h.orgs.west}/rename`).type('form').send({ _csrf: east.csrf, name: '改名' }).expect(403);
    await east.agent.post(`/admin/org/organisations/${h.orgs.eastGroup}/rename`).type('form').send({ _csrf: east.csrf, name: '东区第一党小组' }).expect(303);
    expect((await auditRows('organisation.rename')).length).toBe(1);
  });
});

describe('news', () => {
  test('a super admin posts an announcement and manages sources; errors show next to the fields; org admins only read', async () => {
    const sup = await login(h.app, SUPER);
    const bad = await sup.agent.post('/admin/news/announcements').type('form').send({ _csrf: sup.csrf, title: '', link: 'ftp://x' }).expect(400);
    expect(bad.text).toContain('请填写公告标题');
    expect(bad.text).toContain('链接须以 http:// 或 https:// 开头');
    await sup.agent.post('/admin/news/announcements').type('form').send({ _csrf: sup.csrf, title: '关于开展主题党日的通知', body: '请各支部本周内完成。' }).expect(303);
    const badUrl = await sup.agent.post('/admin/news/sources').type('form').send({ _csrf: sup.csrf, name: '测试源', url: 'javascript:alert(1)' }).expect(400);
    expect(badUrl.text).toContain('订阅源只支持 http/https 地址');
    await sup.agent.post('/admin/news/sources').type('form').send({ _csrf: sup.csrf, name: '测试源', url: 'https://example.org/feed.xml' }).expect(303);
    const src = (await h.database.db.select().from(newsSources))[0]!;
    await sup.agent.post(`/admin/news/sources/${src.id}/disable`).type('form').send({ _csrf: sup.csrf }).expect(303);
    expect((await h.database.db.select().from(newsSources))[0]!.enabled).toBe(false);
    const page = await sup.agent.get('/admin/news').expect(200);
    expect(page.text).toContain('关于开展主题党日的通知');
    for (const action of ['news.announce', 'news.source_add', 'news.source_disable']) expect((await auditRows(action)).length).toBe(1);
    const east = await login(h.app, ORG_ADMIN);
    const view = await east.agent.get('/admin/news').expect(200);
    expect(view.text).not.toContain('发布公告');
    await east.agent.post('/admin/news/announcements').type('form').send({ _csrf: east.csrf, title: '越权公告' }).expect(403);
  });
});

describe('jobs', () => {
  test('a super admin retries a failed job (audited); an organisation admin may not', async () => {
    const [job] = await h.database.db.insert(jobs).values({ queue: 'reminders', name: 'meeting-reminder', key: 'retry-1', payload: {}, status: 'failed', attempts: 5, lastError: 'timeout' }).returning();
    const east = await login(h.app, ORG_ADMIN);
    const page = await east.agent.get('/admin/jobs').expect(200);
    expect(page.text).toContain('timeout');
    expect(page.text).not.toContain(`/admin/jobs/${job!.id}/retry`);
    await east.agent.post(`/admin/jobs/${job!.id}/retry`).type('form').send({ _csrf: east.csrf }).expect(403);
    const sup = await login(h.app, SUPER);
    await sup.agent.post(`/admin/jobs/${job!.id}/retry`).type('form').send({ _csrf: sup.csrf }).expect(303);
    const row = (await h.database.db.select().from(jobs).where(eq(jobs.id, job!.id)))[0]!;
    expect(row).toMatchObject({ status: 'waiting', attempts: 0 });
    expect((await auditRows('job.retry')).map((r) => r.target)).toContain(`job:${job!.id}`);
    await sup.agent.post(`/admin/jobs/${job!.id}/retry`).type('form').send({ _csrf: sup.csrf }).expect(409);
  });
});

describe('members bearer API', () => {
  test('needs the token and audits as api-token', async () => {
    await request(h.app).get('/api/members').expect(401);
    const list = await request(h.app).get('/api/organisations').set('Authorization', `Bearer ${API_TOKEN}`).expect(200);
    expect(list.body.organisations.map((o: { name: string }) => o.name)).toContain('东区第一党小组');
    const bad = await request(h.app).post('/api/members').set('Authorization', `Bearer ${API_TOKEN}`).send({ orgId: h.orgs.east }).expect(400);
    expect(bad.body.error.fields.name).toBe('请填写姓名');
    const made = await request(h.app).post('/api/members').set('Authorization', `Bearer ${API_TOKEN}`).send({ orgId: h.orgs.east, name: '接口党员', role: '支委' }).expect(201);
    expect(made.body.member.role).toBe('committee');
    const rows = (await auditRows('member.create')).filter((r) => r.actor === 'api-token');
    expect(rows.some((r) => r.target === `member:${made.body.member.id}`)).toBe(true);
    const imp = await request(h.app).post('/api/members/import').set('Authorization', `Bearer ${API_TOKEN}`).type('text/csv').send('姓名,组织\n,东区支部\n').expect(422);
    expect(imp.body.errors[0]).toMatchObject({ line: 2, field: '姓名' });
    const code = await request(h.app).post(`/api/members/${made.body.member.id}/bind-code`).set('Authorization', `Bearer ${API_TOKEN}`).expect(201);
    expect(code.body.code).toMatch(/^\d{6}$/);
  });
});
