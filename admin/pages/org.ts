/** 组织与党员: the organisation tree, members (list, add, edit), CSV import with per-row errors, Telegram bind codes. */
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { Router, type Request, type Response } from 'express';
import { bindCodes } from '../../data/schema';
import {
  createMember,
  createOrganisation,
  CSV_TEMPLATE,
  flattenTree,
  getMember,
  getOrganisation,
  importMembersCsv,
  listMembers,
  MEMBER_ROLES,
  organisationTree,
  renameOrganisation,
  updateMember,
  ValidationError,
  type CsvImportReport,
  type MemberListItem,
  type OrgNode,
} from '../../core/members';
import { issueBindCode } from '../../bot/identity';
import { actorOf, ctx, type PagesEnv } from './context';
import { audit } from './audit';
import { fmtTime, intParam, strParam } from './format';
import { html, type SafeHtml } from './html';
import { csrfField, emptyState, fieldError, page } from './layout';
import { handle } from './middleware';

type Values = Record<string, string>;
type Errors = Record<string, string> | undefined;

function orgOptions(nodes: OrgNode[], selected: string, blank?: string): SafeHtml {
  return html`${blank !== undefined ? html`<option value="">${blank}</option>` : ''}${flattenTree(nodes).map(
    (n) => html`<option value="${n.id}"${String(n.id) === selected ? html` selected` : ''}>${'　'.repeat(n.depth)}${n.name}</option>`,
  )}`;
}

function roleOptions(selected: string): SafeHtml {
  return html`${(Object.keys(MEMBER_ROLES) as (keyof typeof MEMBER_ROLES)[]).map(
    (k) => html`<option value="${k}"${k === selected ? html` selected` : ''}>${MEMBER_ROLES[k]}</option>`,
  )}`;
}

function treeHtml(nodes: OrgNode[], current: number | undefined): SafeHtml {
  if (!nodes.length) return html``;
  return html`<ul class="tree">${nodes.map(
    (n) =>
      html`<li><a href="/admin/org?orgId=${n.id}"${n.id === current ? html` class="active"` : ''}>${n.name}</a> <span class="hint">${n.memberCount} 人</span>${treeHtml(n.children, current)}</li>`,
  )}</ul>`;
}

function memberFields(tree: OrgNode[], v: Values, errors: Errors): SafeHtml {
  return html`
<label>姓名<input name="name" maxlength="40" value="${v.name ?? ''}">${fieldError(errors, 'name')}</label>
<label>所在组织<select name="orgId">${orgOptions(tree, v.orgId ?? '', '请选择')}</select>${fieldError(errors, 'orgId')}</label>
<label>身份<select name="role">${roleOptions(v.role ?? 'member')}</select>${fieldError(errors, 'role')}</label>
<label>党小组<input name="partyGroup" maxlength="40" value="${v.partyGroup ?? ''}">${fieldError(errors, 'partyGroup')}</label>
<label>手机号<input name="phone" inputmode="tel" maxlength="20" value="${v.phone ?? ''}">${fieldError(errors, 'phone')}</label>
<label>企业微信账号<input name="wecomUserId" maxlength="64" value="${v.wecomUserId ?? ''}">${fieldError(errors, 'wecomUserId')}</label>`;
}

const pick = (b: unknown, keys: string[]): Values => {
  const o = (b ?? {}) as Record<string, unknown>;
  return Object.fromEntries(keys.map((k) => [k, typeof o[k] === 'string' ? (o[k] as string) : ''])) as Values;
};
const MEMBER_KEYS = ['name', 'orgId', 'role', 'partyGroup', 'phone', 'wecomUserId'];

export function createOrgPages(env: PagesEnv): Router {
  const router = Router();

  const orgPage = async (
    req: Request,
    res: Response,
    o: { status?: number; orgId?: number; orgForm?: { v: Values; e: Errors }; renameForm?: { v: Values; e: Errors }; memberForm?: { v: Values; e: Errors }; report?: CsvImportReport; notice?: string } = {},
  ) => {
    const c = ctx(res);
    const orgId = o.orgId ?? intParam(req.query.orgId);
    const q = strParam(req.query.q, 40);
    const tree = await organisationTree(env.db, c.admin.scope);
    const current = orgId ? flattenTree(tree).find((n) => n.id === orgId) : undefined;
    const list: MemberListItem[] = await listMembers(env.db, c.admin.scope, { orgId, q, includeInactive: req.query.inactive === '1' });
    const orgV = o.orgForm?.v ?? { parentId: orgId ? String(orgId) : '' };
    const memV = o.memberForm?.v ?? { orgId: orgId ? String(orgId) : '' };
    const body = html`
<div class="grid-side">
<section class="card">
  <h2>组织架构</h2>
  ${tree.length ? html`<p><a href="/admin/org"${orgId ? '' : html` class="active"`}>全部</a></p>${treeHtml(tree, orgId)}` : emptyState('还没有组织。', '先在下方新建一个党委或党支部。')}
  ${
    orgId && current
      ? html`<details${o.renameForm ? html` open` : ''}><summary>重命名“${current.name}”</summary>
  <form method="post" action="/admin/org/organisations/${orgId}/rename" class="form" novalidate>${csrfField(c)}
    <label>新名称<input name="name" maxlength="60" value="${o.renameForm?.v.name ?? current.name}">${fieldError(o.renameForm?.e, 'name')}</label>
    <button type="submit">保存名称</button>
  </form></details>`
      : ''
  }
  <details${o.orgForm ? html` open` : ''}><summary>新建组织</summary>
  <form method="post" action="/admin/org/organisations" class="form" novalidate>${csrfField(c)}
    <label>组织名称<input name="name" maxlength="60" value="${orgV.name ?? ''}">${fieldError(o.orgForm?.e, 'name')}</label>
    <label>上级组织<select name="parentId">${orgOptions(tree, orgV.parentId ?? '', c.admin.role === 'super' ? '（无，作为顶级组织）' : '请选择')}</select>${fieldError(o.orgForm?.e, 'parentId')}</label>
    <button type="submit">新建组织</button>
  </form></details>
</section>
<section class="card">
  <h2>党员（${list.length}）</h2>
  <form method="get" action="/admin/org" class="filters inline">
    ${orgId ? html`<input type="hidden" name="orgId" value="${orgId}">` : ''}
    <label>搜索<input name="q" value="${q}" placeholder="姓名、手机号或党小组"></label>
    <label class="check"><input type="checkbox" name="inactive" value="1"${req.query.inactive === '1' ? html` checked` : ''}> 含已停用</label>
    <button type="submit">查找</button>
  </form>
  ${
    list.length
      ? html`<div class="table-wrap"><table id="member-table"><thead><tr><th>姓名</th><th>组织</th><th>身份</th><th>党小组</th><th>手机号</th><th>企业微信</th><th>Telegram</th><th></th></tr></thead><tbody>
${list.map(
  (m) => html`<tr${m.active ? '' : html` class="inactive"`}><td>${m.name}${m.active ? '' : '（已停用）'}</td><td>${m.orgName}</td><td>${MEMBER_ROLES[m.role as keyof typeof MEMBER_ROLES] ?? m.role}</td><td>${m.partyGroup ?? ''}</td><td>${m.phone ?? ''}</td><td>${m.wecomUserId ?? ''}</td><td>${m.telegramUserId ? '已绑定' : '未绑定'}</td><td><a href="/admin/org/members/${m.id}">编辑</a></td></tr>`,
)}</tbody></table></div>`
      : emptyState('没有找到党员。', '可以逐个添加，也可以用 CSV 文件批量导入。')
  }
  <details${o.memberForm ? html` open` : ''}><summary>添加党员</summary>
  <form method="post" action="/admin/org/members" class="form" novalidate>${csrfField(c)}${memberFields(tree, memV, o.memberForm?.e)}<button type="submit">添加</button></form>
  </details>
  <details${o.report ? html` open` : ''} id="csv-import"><summary>CSV 批量导入</summary>
  <form method="post" action="/admin/org/import" enctype="multipart/form-data" class="form">${csrfField(c)}
    <p class="hint">第一行为表头：姓名、组织（名称或编号）、身份（党员/支委/书记）、党小组、手机号、企业微信账号。任何一行有错时整批不导入，请按下方报告修改后重新上传。<a href="/admin/org/members-template.csv">下载模板</a></p>
    <label>CSV 文件<input type="file" name="csv" accept=".csv,text/csv"></label>
    <label>或直接粘贴内容<textarea name="csvText" rows="4"></textarea></label>
    <button type="submit">导入</button>
  </form>
  ${o.report ? importReport(o.report) : ''}
  </details>
</section>
</div>`;
    res.status(o.status ?? 200).type('html').send(page(c, { title: '组织与党员', active: 'org', body, notice: o.notice ? { kind: 'ok', text: o.notice } : undefined }));
  };

  router.get(
    '/org',
    handle(async (req, res) => {
      const n = strParam(req.query.done, 20);
      const notice = n === 'org' ? '组织已创建。' : n === 'renamed' ? '组织已重命名。' : n === 'member' ? '党员已添加。' : n === 'updated' ? '党员信息已保存。' : undefined;
      await orgPage(req, res, { notice });
    }),
  );

  router.get('/org/members-template.csv', (_req, res) => {
    res.set('Content-Disposition', 'attachment; filename="members-template.csv"');
    res.type('text/csv; charset=utf-8').send(`\uFEFF${CSV_TEMPLATE}`);
  });

  router.post(
    '/org/organisations',
    handle(async (req, res) => {
      const c = ctx(res);
      const v = pick(req.body, ['name', 'parentId']);
      try {
        const org = await createOrganisation(env.db, { name: v.name, parentId: v.parentId }, c.admin.scope);
        await audit(env.db, actorOf(res), 'organisation.create', `organisation:${org.id}`, { name: org.name, parentId: org.parentId }, env.clock.now());
        res.redirect(303, `/admin/org?orgId=${org.id}&done=org`);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        await orgPage(req, res, { status: 400, orgForm: { v, e: err.fields } });
      }
    }),
  );

  router.post(
    '/org/organisations/:id/rename',
    handle(async (req, res) => {
      const c = ctx(res);
      const id = intParam(req.params.id) ?? 0;
      const before = await getOrganisation(env.db, id, c.admin.scope);
      const v = pick(req.body, ['name']);
      try {
        const org = await renameOrganisation(env.db, id, v.name, c.admin.scope);
        await audit(env.db, actorOf(res), 'organisation.rename', `organisation:${id}`, { before: before.name, after: org.name }, env.clock.now());
        res.redirect(303, `/admin/org?orgId=${id}&done=renamed`);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        await orgPage(req, res, { status: 400, orgId: id, renameForm: { v, e: err.fields } });
      }
    }),
  );

  router.post(
    '/org/members',
    handle(async (req, res) => {
      const c = ctx(res);
      const v = pick(req.body, MEMBER_KEYS);
      try {
        const m = await createMember(env.db, v, c.admin.scope);
        await audit(env.db, actorOf(res), 'member.create', `member:${m.id}`, { name: m.name, orgId: m.orgId }, env.clock.now());
        res.redirect(303, `/admin/org?orgId=${m.orgId}&done=member`);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        await orgPage(req, res, { status: 400, memberForm: { v, e: err.fields } });
      }
    }),
  );

  router.post(
    '/org/import',
    handle(async (req, res) => {
      const c = ctx(res);
      const files = (req.files as Express.Multer.File[] | undefined) ?? [];
      const file = files.find((f) => f.fieldname === 'csv' && f.size > 0);
      const pasted = typeof (req.body as Record<string, unknown>)?.csvText === 'string' ? ((req.body as Record<string, string>).csvText ?? '') : '';
      let text = file ? decodeCsv(file.buffer) : pasted;
      if (!text.trim()) {
        await orgPage(req, res, { status: 400, report: { rows: 0, created: 0, errors: [{ line: 1, message: '请选择 CSV 文件或粘贴内容' }] } });
        return;
      }
      text = text.slice(0, 2_000_000);
      const report = await importMembersCsv(env.db, text, c.admin.scope);
      await audit(env.db, actorOf(res), report.created ? 'member.import' : 'member.import_refused', null, { rows: report.rows, created: report.created, errors: report.errors.length }, env.clock.now());
      await orgPage(req, res, { status: report.errors.length ? 400 : 200, report, notice: report.created ? `已导入 ${report.created} 名党员。` : undefined });
    }),
  );

  const memberPage = async (res: Response, m: MemberListItem, o: { status?: number; v?: Values; e?: Errors; code?: { code: string; expiresAt: Date }; notice?: string } = {}) => {
    const c = ctx(res);
    const tree = await organisationTree(env.db, c.admin.scope);
    const v: Values = o.v ?? {
      name: m.name,
      orgId: String(m.orgId),
      role: m.role,
      partyGroup: m.partyGroup ?? '',
      phone: m.phone ?? '',
      wecomUserId: m.wecomUserId ?? '',
    };
    const codes = await env.db
      .select()
      .from(bindCodes)
      .where(and(eq(bindCodes.memberId, m.id), isNull(bindCodes.usedAt), gt(bindCodes.expiresAt, env.clock.now())))
      .orderBy(desc(bindCodes.expiresAt));
    const body = html`
<div class="grid2">
<section class="card">
  <h2>基本信息</h2>
  <form method="post" action="/admin/org/members/${m.id}" class="form" novalidate>${csrfField(c)}${memberFields(tree, v, o.e)}
    <label class="check"><input type="checkbox" name="active" value="true"${m.active ? html` checked` : ''}> 在册（取消勾选即停用）</label>
    <button type="submit">保存</button> <a href="/admin/org?orgId=${m.orgId}">返回</a>
  </form>
</section>
<section class="card">
  <h2>Telegram 绑定</h2>
  <p>${m.telegramUserId ? html`已绑定 Telegram 账号 <span class="mono">${m.telegramUserId}</span>。` : '尚未绑定 Telegram。'}</p>
  ${o.code ? html`<p class="bind-code">绑定码：<strong class="mono" id="bind-code">${o.code.code}</strong></p><p class="hint">请该党员在 Telegram 中向机器人发送 <span class="mono">/bind ${o.code.code}</span>，有效期至 ${fmtTime(o.code.expiresAt, env.tz)}，仅可使用一次。</p>` : ''}
  ${codes.length && !o.code ? html`<p class="hint">有 ${codes.length} 个未使用的绑定码，最晚 ${fmtTime(codes[0]!.expiresAt, env.tz)} 过期。</p>` : ''}
  <form method="post" action="/admin/org/members/${m.id}/bind-code">${csrfField(c)}<button type="submit">生成绑定码</button></form>
</section>
</div>`;
    res.status(o.status ?? 200).type('html').send(page(c, { title: m.name, active: 'org', body, notice: o.notice ? { kind: 'ok', text: o.notice } : undefined }));
  };

  router.get(
    '/org/members/:id',
    handle(async (req, res) => {
      const m = await getMember(env.db, intParam(req.params.id) ?? 0, ctx(res).admin.scope);
      await memberPage(res, m);
    }),
  );

  router.post(
    '/org/members/:id',
    handle(async (req, res) => {
      const c = ctx(res);
      const m = await getMember(env.db, intParam(req.params.id) ?? 0, c.admin.scope);
      const v = pick(req.body, MEMBER_KEYS);
      const active = (req.body as Record<string, unknown>)?.active === 'true';
      try {
        const u = await updateMember(env.db, m.id, { ...v, active }, c.admin.scope);
        await audit(env.db, actorOf(res), 'member.update', `member:${m.id}`, { before: { name: m.name, orgId: m.orgId, role: m.role, active: m.active }, after: { name: u.name, orgId: u.orgId, role: u.role, active: u.active } }, env.clock.now());
        res.redirect(303, `/admin/org?orgId=${u.orgId}&done=updated`);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        await memberPage(res, m, { status: 400, v, e: err.fields });
      }
    }),
  );

  router.post(
    '/org/members/:id/bind-code',
    handle(async (req, res) => {
      const c = ctx(res);
      const m = await getMember(env.db, intParam(req.params.id) ?? 0, c.admin.scope);
      const code = await issueBindCode(env.db, m.id, { clock: env.clock });
      await audit(env.db, actorOf(res), 'member.bind_code', `member:${m.id}`, { expiresAt: code.expiresAt.toISOString() }, env.clock.now());
      await memberPage(res, m, { code });
    }),
  );
  return router;
}

/** UTF-8 (with or without BOM); Excel in China often saves GB18030. */
function decodeCsv(buf: Buffer): string {
  const utf8 = buf.toString('utf8');
  if (!utf8.includes('\uFFFD')) return utf8;
  try {
    return new TextDecoder('gb18030').decode(buf);
  } catch {
    return utf8;
  }
}

function importReport(r: CsvImportReport): SafeHtml {
  if (!r.errors.length) return html`<p class="notice ok" role="status">共 ${r.rows} 行，已全部导入（${r.created} 名党员）。</p>`;
  return html`<div class="import-report" id="import-report"><p class="notice error" role="alert">共 ${r.rows} 行，发现 ${r.errors.length} 处错误，本次未导入任何数据。请修改后重新导入：</p>
<div class="table-wrap"><table><thead><tr><th>行号</th><th>字段</th><th>问题</th></tr></thead><tbody>
${r.errors.map((e) => html`<tr><td>第 ${e.line} 行</td><td>${e.field ?? ''}</td><td>${e.message}</td></tr>`)}
</tbody></table></div></div>`;
}
