/**
 * The admin pages in headless Chromium (Debian `chromium` driven by playwright-core) against the
 * real app on 127.0.0.1:0 with the real knowledge service: log in, upload a DOCX by drag and drop
 * (plus a Markdown file by the picker) and watch both reach 已索引, find them in the list, preview
 * the chunks, ask about the DOCX in the web chat and see its citation, curate an unanswered
 * question, see an organisation admin refused on another subtree's page, see a form without its
 * CSRF token refused, and check the phone layout. Screenshots go to test-artifacts/screenshots/.
 * Runs on PGlite only (not named *.db.test.ts): it is about what a person sees, and the database
 * behaviour behind it runs on both databases in admin/pages/admin-pages.db.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ComplianceService } from '../../core/meetings/compliance';
import { jobs, meetingAttendees, meetings, newsItems, newsSources, outbox, pointsLedger, qaLog } from '../../data/schema';
import { ALL_ORGS, createMember } from '../../core/members';
import { createAdminHarness, ORG_ADMIN, SUPER, type AdminHarness } from './admin-harness';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = path.join(__dirname, '..', '..', 'test-artifacts', 'screenshots');
const DOC_TITLE = '青山社区党支部学习制度';
const haveChromium = fs.existsSync(CHROMIUM);
const maybe = haveChromium ? describe : describe.skip;

jest.setTimeout(120_000);

async function makeDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: DOC_TITLE, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
          new Paragraph({ text: '第一章 集中学习', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '第一条 青山社区党支部每月第二个星期五下午在社区活动室组织党员集中学习，每次不少于两小时。' }),
          new Paragraph({ text: '第二条 因病因事不能参加集中学习的党员，应当提前向支部书记请假，并在一周内自学补课。' }),
          new Paragraph({ text: '第二章 学习笔记', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '第三条 党员学习笔记每季度由支部组织委员检查一次，检查结果在支部党员大会上通报。' }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const MARKDOWN = `# 青山社区志愿服务办法

第一条 青山社区党员每月至少参加一次社区志愿服务。

第二条 志愿服务时长由社区党支部统一登记。
`;

async function seed(h: AdminHarness): Promise<void> {
  const db = h.database.db;
  const now = Date.now();
  const ago = (h: number) => new Date(now - h * 3600_000);
  await db.insert(qaLog).values([
    { question: '支委会多久开一次？', answer: '支委会一般每月召开一次。', citations: [{ title: '党支部工作手册（示例）', article: '第十条', snippet: '…' }], mode: 'extractive', declined: false, latencyMs: 35, channel: 'web', feedback: 1, orgId: h.orgs.east, createdAt: ago(1) },
    { question: '党费怎么交？', answer: '…', citations: [], mode: 'declined', declined: true, latencyMs: 20, channel: 'telegram', orgId: h.orgs.east, createdAt: ago(2) },
    { question: '党费怎么交？', answer: '…', citations: [], mode: 'declined', declined: true, latencyMs: 22, channel: 'wecom-bot', orgId: h.orgs.west, createdAt: ago(30) },
    { question: '入党积极分子怎么培养？', answer: '…', citations: [], mode: 'extractive', declined: false, latencyMs: 41, channel: 'wecom-bot', feedback: -1, orgId: h.orgs.west, createdAt: ago(50) },
    { question: '你好', answer: '您好！', citations: [], mode: 'greeting', declined: false, latencyMs: 1, channel: 'web', createdAt: ago(3) },
  ]);
  const m2 = await createMember(db, { orgId: h.orgs.eastGroup, name: '王小组', role: 'member' }, ALL_ORGS);
  const m3 = await createMember(db, { orgId: h.orgs.west, name: '赵西', role: 'member' }, ALL_ORGS);
  const [west] = await db.insert(meetings).values({ orgId: h.orgs.west, kind: 'committee_meeting', title: '西区支部十一月支委会', startsAt: ago(72), status: 'done', place: '西区会议室' }).returning();
  const [group] = await db.insert(meetings).values({ orgId: h.orgs.eastGroup, kind: 'group_meeting', title: '东区第一党小组学习会', startsAt: ago(96), status: 'done', place: '东区活动室' }).returning();
  await db.insert(meetings).values({ orgId: h.orgs.eastGroup, kind: 'theme_day', title: '主题党日：走访困难党员', startsAt: new Date(now + 5 * 86400_000), status: 'scheduled' });
  await db.insert(meetingAttendees).values([
    { meetingId: west!.id, memberId: h.members.westMember, rsvp: 'yes', checkedInAt: ago(72) },
    { meetingId: west!.id, memberId: m3.id, rsvp: 'leave', leaveReason: '出差' },
    { meetingId: group!.id, memberId: m2.id, rsvp: 'yes', checkedInAt: ago(96) },
  ]);
  const year = new Date().getFullYear();
  await db.insert(pointsLedger).values([
    { memberId: h.members.eastMember, orgId: h.orgs.east, category: 'learning', points: 5, reason: '每日一题', idempotencyKey: 'b-1', year },
    { memberId: h.members.westMember, orgId: h.orgs.west, category: 'org_life', points: 3, reason: '参加支委会', idempotencyKey: 'b-2', year },
  ]);
  const [src] = await db.insert(newsSources).values({ name: '共产党员网', url: 'https://www.12371.cn/rss.xml', lastFetchedAt: ago(2) }).returning();
  await db.insert(newsItems).values([
    { sourceId: src!.id, guid: 'n1', title: '深入学习贯彻党的二十届四中全会精神', link: 'https://www.12371.cn/a.shtml', summary: '各地党组织开展专题学习。', publishedAt: ago(5) },
    { sourceId: null, guid: 'n2', title: '关于开展主题党日活动的通知', summary: '请各支部按时组织。', publishedAt: ago(8) },
  ]);
  await db.insert(outbox).values([
    { key: 'o1', kind: 'reminder', channel: 'telegram', target: 'telegram:1', payload: {}, status: 'sent', sentAt: ago(4) },
    { key: 'o2', kind: 'reminder', channel: 'wecom-app', target: 'wecom-app:x', payload: {}, status: 'failed', lastError: 'errcode 60020: not allow to access from your ip' },
  ]);
  await db.insert(jobs).values({ queue: 'reminders', name: 'meeting-reminder', key: 'job-1', payload: {}, status: 'failed', attempts: 5, lastError: 'delivery failed: timeout' });
}

maybe('admin pages in Chromium', () => {
  let h: AdminHarness;
  let server: Server;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    const complianceHolder: { service?: ComplianceService } = {};
    h = await createAdminHarness({ extra: { compliance: { status: (o) => complianceHolder.service!.status(o) } } });
    complianceHolder.service = new ComplianceService({ db: h.database.db, clock: { now: () => new Date() }, timezone: 'Asia/Shanghai', delivery: { deliver: async () => {} } });
    await complianceHolder.service.seedDefaults();
    await seed(h);
    ({ server, baseUrl: base } = await h.listen());
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    void server;
    await h?.close();
  });

  async function signIn(context: BrowserContext, who: { username: string; password: string }, screenshot?: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${base}/admin`);
    await page.waitForURL(/\/admin\/login/);
    if (screenshot) await shot(page, screenshot);
    await page.fill('input[name=username]', who.username);
    await page.fill('input[name=password]', who.password);
    await Promise.all([page.waitForURL(`${base}/admin`), page.click('button[type=submit]')]);
    return page;
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

  test('a super admin logs in, uploads, previews, asks in the chat and curates an answer', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN' });
    const page = await signIn(context, SUPER, 'desktop-00-login');
    page.on('dialog', (d) => void d.accept());

    // 概览 with charts drawn by Chart.js
    await page.getByRole('heading', { name: '概览' }).waitFor();
    await page.waitForFunction(() => {
      const c = document.getElementById('chart-daily') as HTMLCanvasElement | null;
      return Boolean(c && c.width > 0 && (window as unknown as { Chart?: { getChart(x: unknown): unknown } }).Chart?.getChart(c));
    });
    expect(await page.textContent('[data-testid=qa-week]')).toMatch(/^\d+$/);
    await page.locator('text=党费怎么交？').first().waitFor();
    expect(await page.locator('#chart-compliance').count()).toBe(1);
    await shot(page, 'desktop-01-dashboard');

    // 知识库: a DOCX dropped on the zone, a Markdown file through the picker
    await page.click('nav >> text=知识库');
    await page.getByRole('heading', { name: '知识库' }).waitFor();
    const docx = await makeDocx();
    const dataTransfer = await page.evaluateHandle((bytes: number[]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], '学习制度.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
      return dt;
    }, [...docx]);
    await page.dispatchEvent('#drop-zone', 'drop', { dataTransfer });
    await page.setInputFiles('#file-input', { name: '志愿服务.md', mimeType: 'text/markdown', buffer: Buffer.from(MARKDOWN) });
    const items = page.locator('#upload-list .upload-item');
    await items.nth(1).waitFor();
    await page.locator('#upload-list .upload-item.done', { hasText: '学习制度.docx' }).waitFor();
    expect(await items.nth(0).locator('.upload-status').textContent()).toContain(`已索引（《${DOC_TITLE}》第 1 版`);
    await page.locator('#upload-list .upload-item.done', { hasText: '志愿服务.md' }).waitFor();
    // the list is refreshed after the uploads
    const row = page.locator('#doc-table tr', { hasText: DOC_TITLE });
    await row.waitFor();
    expect(await row.textContent()).toContain('已索引');
    expect(await row.textContent()).toContain('第 1 版');
    await shot(page, 'desktop-02-documents');

    // chunk preview with citations
    await row.locator(`a:text("${DOC_TITLE}")`).click();
    await page.locator('.chunks .cite', { hasText: `引用：《${DOC_TITLE}》第一条` }).waitFor();
    expect(await page.locator('.chunks li').count()).toBeGreaterThanOrEqual(3);
    await shot(page, 'desktop-03-document-preview');

    // the web chat at / answers from the new document with its citation
    const chat = await context.newPage();
    await chat.goto(`${base}/`);
    await chat.fill('#q', '青山社区党支部什么时候组织党员集中学习？');
    await chat.press('#q', 'Enter');
    const cite = chat.locator('.cites li', { hasText: `《${DOC_TITLE}》` }).first();
    await cite.waitFor({ timeout: 30_000 });
    expect(await cite.textContent()).toContain('第一条');
    await shot(chat, 'desktop-04-chat-citation');
    await chat.close();

    // 问答记录: filter declined, curate an answer for 党费怎么交？
    await page.goto(`${base}/admin/qa?declined=yes`);
    await page.locator('#qa-table tr', { hasText: '党费怎么交？' }).first().waitFor();
    expect(await page.locator('#qa-table tr', { hasText: '支委会多久开一次' }).count()).toBe(0);
    await shot(page, 'desktop-05-qa-log');
    await page.locator('#qa-table tr', { hasText: '党费怎么交？' }).first().locator('text=补充答案').click();
    await page.fill('textarea[name=answer]', '');
    await page.click('text=加入知识库');
    await page.locator('.field-error', { hasText: '请填写答案' }).waitFor();
    await page.fill('textarea[name=answer]', '党员按月交纳党费，由所在党支部收缴，也可以通过支部统一的线上渠道交纳。');
    await Promise.all([page.waitForURL(/\/admin\/documents\/\d+$/), page.click('text=加入知识库')]);
    await page.locator('.chunks .cite', { hasText: '《常见问题（管理员补充）》第一条' }).waitFor();
    const chat2 = await context.newPage();
    await chat2.goto(`${base}/`);
    await chat2.fill('#q', '党费怎么交？');
    await chat2.press('#q', 'Enter');
    await chat2.locator('.cites li', { hasText: '《常见问题（管理员补充）》' }).first().waitFor({ timeout: 30_000 });
    await chat2.close();

    // 组织与党员: CSV import with a per-row report, then a form without its CSRF token is refused
    await page.goto(`${base}/admin/org`);
    await page.click('text=CSV 批量导入');
    await page.setInputFiles('input[name=csv]', { name: 'members.csv', mimeType: 'text/csv', buffer: Buffer.from('姓名,组织,身份\n周一,西区支部,党员\n,西区支部,党员\n吴二,火星支部,党员\n') });
    await page.click('#csv-import button[type=submit]');
    await page.locator('#import-report', { hasText: '第 3 行' }).waitFor();
    expect(await page.locator('#import-report').textContent()).toContain('组织“火星支部”不存在');
    await shot(page, 'desktop-06-org-import-report');

    await page.click('text=添加党员');
    await page.fill('form[action="/admin/org/members"] input[name=name]', '无令牌提交');
    await page.selectOption('form[action="/admin/org/members"] select[name=orgId]', String(h.orgs.west));
    await page.evaluate(() => document.querySelector('form[action="/admin/org/members"] input[name=_csrf]')!.remove());
    const [refused] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/admin/org/members') && r.request().method() === 'POST'), page.click('form[action="/admin/org/members"] button[type=submit]')]);
    expect(refused.status()).toBe(403);
    await page.locator('text=缺少安全校验码').waitFor();
    await shot(page, 'desktop-07-csrf-refused');

    // the remaining pages render (with data or their empty states)
    for (const [p, name] of [['/admin/meetings', 'meetings'], ['/admin/points', 'points'], ['/admin/news', 'news'], ['/admin/channels', 'channels'], ['/admin/jobs', 'jobs'], ['/admin/org', 'org'], ['/admin/audit', 'audit']] as const) {
      const res = await page.goto(`${base}${p}`);
      expect({ p, status: res?.status() }).toEqual({ p, status: 200 });
      await shot(page, `desktop-08-${name}`);
    }
    expect(await page.content()).toContain('document.create');
    await context.close();
  });

  test("an organisation admin is refused on another subtree's page", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN' });
    const page = await signIn(context, ORG_ADMIN);
    const res = await page.goto(`${base}/admin/org/members/${h.members.westMember}`);
    expect(res?.status()).toBe(403);
    await page.getByRole('heading', { name: '无权访问' }).waitFor();
    expect(await page.content()).not.toContain('李西');
    await shot(page, 'desktop-09-org-admin-refused');
    await page.goto(`${base}/admin/org`);
    expect(await page.locator('#member-table').textContent()).toContain('张东');
    expect(await page.locator('#member-table').textContent()).not.toContain('李西');
    await context.close();
  });

  test('phone width: navigation scrolls, nothing overflows the page', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    const page = await signIn(context, SUPER, 'phone-login');
    for (const [p, name] of [['/admin', 'dashboard'], ['/admin/documents', 'documents'], ['/admin/qa', 'qa'], ['/admin/org', 'org']] as const) {
      await page.goto(`${base}${p}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect({ p, overflow }).toEqual({ p, overflow: 0 });
      await shot(page, `phone-${name}`);
    }
    await context.close();
  });
});
