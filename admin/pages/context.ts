/** The dependencies of the admin pages and the per-request context the middleware puts in `res.locals`. */
import type { Response } from 'express';
import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import type { Db } from '../../data/db';
import type { KnowledgeService } from '../../knowledge/service';
import type { AdminPrincipal, LockoutPolicy } from './accounts';
import type { ComplianceStatusSource } from './stats';
import type { NewsService } from '../../core/news/news-service';

/** Live state of one chat channel, as the channel adapters report it (optional). */
export interface ChannelStatus {
  /** "telegram", "wecom-bot", "wecom-app", "wecom-webhook", "web". */
  channel: string;
  /** Configured and running. */
  live: boolean;
  lastError?: string | null;
  lastErrorAt?: Date | null;
}

/** Optional hooks other modules offer; every page works without them. */
import type { JobRunner } from '../../jobs/contract';

export interface AdminPagesExtra {
  /** Rebuilds the in-memory search index from the stored passages (e.g. `() => knowledge.sync.init()`). */
  rebuildIndex?: () => Promise<void>;
  /** Which channels are configured and live. Without it the 渠道 page shows outbox statistics only. */
  channels?: () => ChannelStatus[] | Promise<ChannelStatus[]>;
  /** The meetings module's compliance status (`ComplianceService`); without it the dashboard counts meetings against compliance_rules itself. */
  compliance?: ComplianceStatusSource;
  /** The news module's service: with it super admins post announcements and add / switch sources on the 新闻 page. */
  news?: Pick<NewsService, 'addSource' | 'updateSource' | 'postAnnouncement'>;
  /** Retries a failed job through the job runner. Without it the page resets the row of the embedded runner. */
  retryJob?: (id: number) => Promise<boolean>;
  /** The job runner (BullMQ or embedded): with it the 任务 page shows its counts and failures and retries through it. */
  jobs?: Pick<JobRunner, 'counts' | 'failed' | 'retry'>;
  /** True when a model writes aliases for uploaded documents (OPENAI_* set): the document page then says how many passages wait. */
  aliasWriting?: boolean;
}

/** Security knobs (defaults suit production; tests shorten them). */
export interface AdminSecurityOptions {
  /** bcrypt cost. Default 10. */
  bcryptRounds?: number;
  /** Session lifetime (sliding). Default 8 hours. */
  sessionTtlMs?: number;
  /** Lockout after failed logins. Default 5 failures → 15 minutes. */
  lockout?: LockoutPolicy;
  /** Login attempts per IP per window. Default 20 per 15 minutes. */
  loginRateLimit?: { windowMs: number; max: number };
  /** Send cookies with `Secure`. Default: when the request came over HTTPS. */
  secureCookies?: boolean;
}

/** What `createAdminPages` needs. */
export interface AdminPagesDeps {
  db: Db;
  knowledge: KnowledgeService;
  log: Logger;
  /** First super admin, created when admin_users is empty (ADMIN_USER / ADMIN_PASSWORD). */
  adminUser?: { username: string; password: string } | undefined;
  clock?: Clock;
  /** APP_TIMEZONE. Default Asia/Shanghai. */
  timezone?: string;
  /** Largest document upload (UPLOAD_MAX_BYTES). Default 20 MB. */
  uploadMaxBytes?: number;
  security?: AdminSecurityOptions;
  extra?: AdminPagesExtra;
}

/** Resolved deps shared by the page routers. */
export interface PagesEnv {
  db: Db;
  knowledge: KnowledgeService;
  log: Logger;
  clock: Clock;
  tz: string;
  uploadMaxBytes: number;
  extra: AdminPagesExtra;
}

/** The signed-in admin and the session's CSRF token. */
export interface RequestContext {
  admin: AdminPrincipal;
  csrf: string;
}

/** The context set by the session middleware (only on routes behind `requireLogin`). */
export function ctx(res: Response): RequestContext {
  const c = res.locals.adminCtx as RequestContext | undefined;
  if (!c) throw new Error('admin context missing (route not behind requireLogin)');
  return c;
}

/** "admin:<username>" for the audit log. */
export function actorOf(res: Response): string {
  return `admin:${ctx(res).admin.username}`;
}
