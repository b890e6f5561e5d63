/**
 * 知识库: drag-and-drop upload of several files (XHR per file: upload progress, then the JSON
 * outcome once indexed), the list with version / chunk count / status, a chunk preview with the
 * citation each chunk produces, re-index and delete.
 */
import { eq } from 'drizzle-orm';
import { Router, type Request, type Response } from 'express';
import { documents } from '../../data/schema';
import { listOrganisations } from '../../core/members/organisations';
import { hasBundledAliases } from '../../knowledge/aliases';
import { IngestError, parseAndChunk } from '../../knowledge/ingest';
import { KnowledgeStore } from '../../knowledge/store';
import { actorOf, ctx, type PagesEnv, type RequestContext } from './context';
import { docAccess, documentFor, type DocumentRow } from './doc-access';
import { audit } from './audit';
import { fmtTime, intParam } from './format';
import { html, type SafeHtml } from './html';
import { csrfField, emptyState, page } from './layout';
import { forbidden, handle, HttpError } from './middleware';

const STATUS_LABEL: Record<string, string> = { pending: '等待中', indexing: '索引中', indexed: '已索引', failed: '失败' };

/** Multer hands over Latin-1 decoded names; browsers send UTF-8. */
function decodeFileName(name: string): string {
  const utf8 = Buffer.from(name, 'latin1').toString('utf8');
  return (utf8.includes('\uFFFD') ? name : utf8).replace(/[\\/]/g, '_').slice(0, 200);
}

/**
 * Where a document's aliases (member-style questions indexed with each passage, never shown to
 * members) come from: the bundled alias files, the configured model, or nowhere yet.
 */
function aliasState(title: string, waiting: number, modelWrites: boolean): string {
  if (hasBundledAliases(title)) return '随法规库提供';
  if (waiting === 0) return '已由模型生成';
  return modelWrites ? `模型生成中，还有 ${waiting} 段` : '未配置模型（设置 OPENAI_* 后自动生成）';
}

/** A passage's aliases, folded: admins check what the index matches, members never see them. */
function aliasList(aliases: string | undefined): SafeHtml | '' {
  const list = (aliases ?? '').split(/[;；]/).filter(Boolean);
  if (!list.length) return '';
  return html`<details class="aliases"><summary>检索用的口语问法（${list.length}，不展示给党员）</summary><ul>${list.map((a) => html`<li>${a}</li>`)}</ul></details>`;
}

async function orgNames(env: PagesEnv, c: RequestContext): Promise<Map<number, string>> {
  return new Map((await listOrganisations(env.db, c.admin.scope)).map((o) => [o.id, o.name]));
}

async function documentsTable(env: PagesEnv, c: RequestContext): Promise<SafeHtml> {
  const access = await docAccess(env.db, c.admin);
  const docs = (await env.knowledge.list()).filter((d) => access.canSee(d));
  if (!docs.length) return emptyState('知识库里还没有文档。', '把 PDF、Word（.docx）、Markdown、HTML 或文本文件拖到上方即可上传。');
  const names = await orgNames(env, c);
  return html`<div class="table-wrap"><table id="doc-table"><thead><tr><th>标题</th><th>文件</th><th>范围</th><th>版本</th><th>段落</th><th>状态</th><th>更新时间</th><th>操作</th></tr></thead><tbody>
${docs.map((d) => {
  const can = access.canChange(d);
  return html`<tr data-doc-id="${d.id}">
<td><a href="/admin/documents/${d.id}">${d.title}</a>${d.supersededBy ? html`<div class="hint">已被《${d.supersededBy}》取代</div>` : ''}</td>
<td class="mono">${d.fileName}</td>
<td>${d.orgId === null ? '全局' : (names.get(d.orgId) ?? `组织 ${d.orgId}`)}</td>
<td>第 ${d.version} 版</td><td>${d.chunkCount}</td>
<td><span class="status status-${d.status}">${STATUS_LABEL[d.status] ?? d.status}</span>${d.error ? html`<div class="field-error">${d.error}</div>` : ''}</td>
<td>${fmtTime(d.updatedAt, env.tz)}</td>
<td class="actions"><a href="/admin/documents/${d.id}">预览</a>
${can ? html`<form method="post" action="/admin/documents/${d.id}/delete" data-confirm="确定删除《${d.title}》吗？删除后无法恢复。">${csrfField(c)}<button type="submit" class="link danger">删除</button></form>` : ''}
</td></tr>`;
})}
</tbody></table></div>`;
}

export function createDocumentsPages(env: PagesEnv): Router {
  const router = Router();
  const store = new KnowledgeStore(env.db);
  const mb = Math.round(env.uploadMaxBytes / 1024 / 1024);

  router.get(
    '/documents/table',
    handle(async (_req, res) => {
      res.type('html').send((await documentsTable(env, ctx(res))).value);
    }),
  );

  router.get(
    '/documents',
    handle(async (req, res) => {
      const c = ctx(res);
      const orgs = c.admin.role === 'super' ? await listOrganisations(env.db, c.admin.scope) : [];
      const notice = req.query.deleted ? { kind: 'ok' as const, text: '文档已删除。' } : req.query.reindexed ? { kind: 'ok' as const, text: '索引已重建。' } : undefined;
      const body = html`
<section class="card">
  <h2>上传文档</h2>
  <form id="upload-form" class="upload" data-max-bytes="${env.uploadMaxBytes}">
    ${
      c.admin.role === 'super'
        ? html`<label>适用范围 <select name="orgId" id="upload-org"><option value="">全局（所有组织可见）</option>${orgs.map((o) => html`<option value="${o.id}">${o.name}</option>`)}</select></label>`
        : html`<p class="hint">上传的文档仅在“${c.admin.orgName ?? ''}”及其下级组织内管理。</p>`
    }
    <div id="drop-zone" class="drop-zone" tabindex="0">
      <p><strong>把文件拖到这里</strong>，或 <label class="file-pick">选择文件<input type="file" id="file-input" name="file" multiple accept=".pdf,.docx,.md,.markdown,.txt,.html,.htm"></label></p>
      <p class="hint">支持 PDF、Word（.docx）、Markdown、HTML、纯文本；可一次选择多个文件，每个不超过 ${mb} MB。</p>
    </div>
  </form>
  <ul id="upload-list" class="upload-list" aria-live="polite"></ul>
</section>
<section class="card">
  <h2>文档列表</h2>
  <div id="doc-table-box">${await documentsTable(env, c)}</div>
</section>`;
      res.type('html').send(page(c, { title: '知识库', active: 'documents', body, notice, scripts: ['documents.js'] }));
    }),
  );

  /** One file per request (the page sends them one by one to show per-file progress). */
  router.post(
    '/documents/upload',
    handle(async (req, res) => {
      const c = ctx(res);
      const files = (req.files as Express.Multer.File[] | undefined) ?? [];
      const file = files.find((f) => f.fieldname === 'file');
      if (!file) throw new HttpError(400, '请选择要上传的文件。');
      const fileName = decodeFileName(file.originalname);
      const body = (req.body ?? {}) as Record<string, unknown>;
      let orgId: number | null = null;
      let title: string | undefined;
      const targetId = intParam(body.documentId);
      if (targetId) {
        // A new version of an existing document keeps its title and scope.
        const target = await documentFor(env.db, c.admin, targetId, true);
        title = target.title;
        orgId = target.orgId;
      } else if (c.admin.role === 'super') {
        orgId = intParam(body.orgId) ?? null;
        if (orgId !== null && !(await orgNames(env, c)).has(orgId)) throw new HttpError(400, '所选组织不存在。');
      } else {
        orgId = c.admin.orgId;
        // Same title = new version of that document: an org admin must not overwrite another scope's document.
        const access = await docAccess(env.db, c.admin);
        const parsed = await parseAndChunk(file.buffer, fileName).catch((err: unknown) => {
          if (err instanceof IngestError) return undefined;
          throw err;
        });
        if (parsed) {
          const same = (await env.db.select().from(documents).where(eq(documents.title, parsed.doc.title)).limit(1))[0];
          if (same && !access.canChange(same)) {
            res.status(403).json({ error: { code: 'forbidden', message: `已有同名文档《${parsed.doc.title}》属于全局或其他组织，您不能覆盖它。` } });
            return;
          }
        }
      }
      try {
        const outcome = await env.knowledge.ingest(file.buffer, fileName, { orgId, ...(title ? { title } : {}) });
        const d = outcome.document;
        const access = await docAccess(env.db, c.admin);
        if (outcome.kind === 'unchanged' && !access.canSee(d)) {
          res.json({ outcome: 'unchanged', document: null, message: '内容与已有文档完全相同，未重复导入。' });
          return;
        }
        await audit(env.db, actorOf(res), outcome.kind === 'created' ? 'document.create' : outcome.kind === 'updated' ? 'document.update' : 'document.upload_unchanged', `document:${d.id}`, {
          title: d.title,
          fileName,
          version: d.version,
          chunks: d.chunkCount,
          orgId: d.orgId,
        }, env.clock.now());
        res.status(outcome.kind === 'created' ? 201 : 200).json({
          outcome: outcome.kind,
          document: { id: d.id, title: d.title, version: d.version, chunkCount: d.chunkCount, status: d.status, statusLabel: STATUS_LABEL[d.status] ?? d.status },
          message: outcome.kind === 'unchanged' ? `内容与《${d.title}》完全相同，未重复导入。` : undefined,
        });
      } catch (err) {
        if (err instanceof IngestError) {
          env.log.warn({ code: err.code, fileName }, 'admin upload rejected');
          res.status(err.code === 'too_large' ? 413 : err.code === 'unsupported_type' ? 415 : 422).json({ error: { code: err.code, message: err.messageZh } });
          return;
        }
        throw err;
      }
    }),
  );

  router.get(
    '/documents/:id',
    handle(async (req, res) => {
      const c = ctx(res);
      const d = await documentFor(env.db, c.admin, intParam(req.params.id), false);
      const access = await docAccess(env.db, c.admin);
      const passages = await store.chunksOf(d.id);
      const can = access.canChange(d);
      const waiting = await store.passagesAwaitingAliases(d.id);
      const body = html`
<section class="card">
  <dl class="meta">
    <dt>文件</dt><dd class="mono">${d.fileName}</dd>
    <dt>版本</dt><dd>第 ${d.version} 版</dd>
    <dt>状态</dt><dd><span class="status status-${d.status}">${STATUS_LABEL[d.status] ?? d.status}</span></dd>
    <dt>段落</dt><dd>${d.chunkCount}</dd>
    <dt>口语问法</dt><dd id="alias-state">${aliasState(d.title, waiting, env.extra.aliasWriting === true)}</dd>
    ${d.issuer ? html`<dt>发布机关</dt><dd>${d.issuer}</dd>` : ''}
    ${d.effectiveDate ? html`<dt>生效日期</dt><dd>${d.effectiveDate}</dd>` : ''}
    ${d.supersededBy ? html`<dt>已被取代</dt><dd>《${d.supersededBy}》</dd>` : ''}
    <dt>更新时间</dt><dd>${fmtTime(d.updatedAt, env.tz)}</dd>
  </dl>
  ${
    can
      ? html`<div class="row-actions">
  <form method="post" action="/admin/documents/${d.id}/reindex">${csrfField(c)}<button type="submit">重建索引</button></form>
  <form id="new-version" class="upload" data-document-id="${d.id}"><label class="file-pick button">上传新版本（重新解析并索引）<input type="file" id="file-input" name="file" accept=".pdf,.docx,.md,.markdown,.txt,.html,.htm"></label></form>
  <form method="post" action="/admin/documents/${d.id}/delete" data-confirm="确定删除《${d.title}》吗？">${csrfField(c)}<button type="submit" class="danger">删除文档</button></form>
</div>
<ul id="upload-list" class="upload-list" aria-live="polite"></ul>`
      : html`<p class="hint">这是全局文档，只有超级管理员可以修改。</p>`
  }
</section>
<section class="card">
  <h2>段落预览（${passages.length}）</h2>
  ${
    passages.length
      ? html`<ol class="chunks">${passages.map(
          (p) => html`<li><div class="cite">引用：《${p.title}》${p.article ?? ''}${p.superseded ? '（已被取代）' : ''}</div>${p.headingPath ? html`<div class="hint">${p.headingPath}</div>` : ''}<pre class="chunk-text">${p.text}</pre>${aliasList(p.aliases)}</li>`,
        )}</ol>`
      : emptyState('这个文档没有可检索的段落。')
  }
</section>`;
      res.type('html').send(page(c, { title: `《${d.title}》`, active: 'documents', body, scripts: ['documents.js'] }));
    }),
  );

  router.post(
    '/documents/:id/reindex',
    handle(async (req: Request, res: Response) => {
      const c = ctx(res);
      const d = await documentFor(env.db, c.admin, intParam(req.params.id), true);
      // Re-parse the stored upload; documents stored without their bytes fall back to rebuilding the index.
      const chunks = await env.knowledge.reindex(d.id);
      if (chunks === null) {
        if (!env.extra.rebuildIndex) throw new HttpError(400, '该文档没有保存原始文件，请上传新版本文件。');
        await env.extra.rebuildIndex();
      }
      await audit(env.db, actorOf(res), 'document.reindex', `document:${d.id}`, { title: d.title }, env.clock.now());
      res.redirect(303, `/admin/documents?reindexed=1`);
    }),
  );

  router.post(
    '/documents/:id/delete',
    handle(async (req, res) => {
      const c = ctx(res);
      const d: DocumentRow = await documentFor(env.db, c.admin, intParam(req.params.id), true);
      if (!(await docAccess(env.db, c.admin)).canChange(d)) throw forbidden();
      await env.knowledge.remove(d.id);
      await audit(env.db, actorOf(res), 'document.delete', `document:${d.id}`, { title: d.title, version: d.version }, env.clock.now());
      res.redirect(303, '/admin/documents?deleted=1');
    }),
  );
  return router;
}
