/** The page frame: navigation, header with the signed-in admin, flash message, and the error page. */
import { html, raw, type SafeHtml } from './html';
import { ADMIN_ROLE_LABELS } from './accounts';
import type { RequestContext } from './context';

/** Navigation entries (path under /admin, label). */
export const NAV: { key: string; href: string; label: string; superOnly?: boolean }[] = [
  { key: 'dashboard', href: '/admin', label: '概览' },
  { key: 'documents', href: '/admin/documents', label: '知识库' },
  { key: 'qa', href: '/admin/qa', label: '问答记录' },
  { key: 'org', href: '/admin/org', label: '组织与党员' },
  { key: 'meetings', href: '/admin/meetings', label: '会议' },
  { key: 'points', href: '/admin/points', label: '积分' },
  { key: 'news', href: '/admin/news', label: '新闻' },
  { key: 'channels', href: '/admin/channels', label: '渠道' },
  { key: 'jobs', href: '/admin/jobs', label: '任务' },
  { key: 'users', href: '/admin/users', label: '管理员', superOnly: true },
  { key: 'audit', href: '/admin/audit', label: '操作日志' },
];

function head(title: string): SafeHtml {
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · 党小智管理后台</title>
<link rel="stylesheet" href="/admin/static/admin.css">
</head>`;
}

export interface PageOptions {
  title: string;
  active: string;
  body: SafeHtml;
  /** Flash message shown on top (e.g. after a redirect). */
  notice?: { kind: 'ok' | 'error'; text: string } | undefined;
  /** Extra scripts under /admin/static. */
  scripts?: string[];
}

/** A full page for a signed-in admin. */
export function page(c: RequestContext, o: PageOptions): string {
  const nav = NAV.filter((n) => !n.superOnly || c.admin.role === 'super').map(
    (n) => html`<a href="${n.href}"${n.key === o.active ? raw(' class="active" aria-current="page"') : ''}>${n.label}</a>`,
  );
  const who = c.admin.role === 'super' ? ADMIN_ROLE_LABELS.super : `${ADMIN_ROLE_LABELS.org}（${c.admin.orgName ?? '未知组织'}）`;
  return html`${head(o.title)}
<body data-csrf="${c.csrf}">
<header class="top">
  <a class="brand" href="/admin">党小智 · 管理后台</a>
  <a class="who" href="/admin/account" title="我的账号">${c.admin.username} · ${who}</a>
  <form method="post" action="/admin/logout" class="logout"><input type="hidden" name="_csrf" value="${c.csrf}"><button type="submit" class="link">退出</button></form>
</header>
<div class="shell">
  <nav class="side" aria-label="主菜单">${nav}</nav>
  <main>
    <h1>${o.title}</h1>
    ${o.notice ? html`<p class="notice ${o.notice.kind}" role="status">${o.notice.text}</p>` : ''}
    ${o.body}
  </main>
</div>
${['admin.js', ...(o.scripts ?? [])].map((s) => html`<script src="/admin/static/${s}"></script>`)}
</body>
</html>`.value;
}

/** A page without navigation (login, errors before sign-in). */
export function barePage(title: string, body: SafeHtml): string {
  return html`${head(title)}
<body class="bare">
<main class="narrow">
  <div class="brand-box">党小智 · 管理后台</div>
  <div class="bare-card">${body}</div>
</main>
</body>
</html>`.value;
}

/** The error page: a Chinese message and a way back, never a stack trace. */
export function errorPage(status: number, message: string): string {
  const title = status === 403 ? '无权访问' : status === 404 ? '页面不存在' : status === 429 ? '请求过于频繁' : status === 401 ? '请重新登录' : status >= 500 ? '出错了' : '请求无效';
  return barePage(
    title,
    html`<h1>${title}</h1><p class="error-text">${message}</p><p><a href="/admin">返回管理后台首页</a></p>`,
  );
}

/** A hidden CSRF field for forms. */
export function csrfField(c: RequestContext): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${c.csrf}">`;
}

/** An error message next to a form field. */
export function fieldError(errors: Record<string, string> | undefined, field: string): SafeHtml | '' {
  const m = errors?.[field];
  return m ? html`<span class="field-error" role="alert">${m}</span>` : '';
}

/** "No data yet" block. */
export function emptyState(text: string, hint?: string): SafeHtml {
  return html`<div class="empty"><p>${text}</p>${hint ? html`<p class="hint">${hint}</p>` : ''}</div>`;
}
