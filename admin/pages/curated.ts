/**
 * Curated Q&A pairs added by admins from unanswered questions. The knowledge store keeps no original
 * bytes, so the pairs themselves live in the audit log (action `qa.curate`, one row per pair) and
 * the Markdown document "常见问题（管理员补充）" — one article per pair — is regenerated from them
 * and re-ingested on every addition (a new version replaces the old chunks).
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../data/db';
import { auditLog } from '../../data/schema';
import type { KnowledgeService } from '../../knowledge/service';
import type { SaveOutcome } from '../../knowledge/store';
import { ValidationError } from '../../core/members/scope';
import { audit } from './audit';
import { toChineseNumber } from '../../knowledge/index/tokenizer';

export const CURATED_TITLE = '常见问题（管理员补充）';
/** One line: newlines would start headings or new articles inside the generated Markdown. */
const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();

export interface CuratedPair {
  question: string;
  answer: string;
}

/** The Markdown document for a list of pairs. */
export function curatedMarkdown(title: string, pairs: CuratedPair[]): string {
  const lines = [`# ${title}`, '', '> 说明：管理员根据未能回答的提问补充的问答。', ''];
  pairs.forEach((p, i) => {
    lines.push(`第${toChineseNumber(i + 1)}条 问：${oneLine(p.question)}`, `答：${oneLine(p.answer)}`, '');
  });
  return lines.join('\n');
}

/** Title of the curated document of an organisation (global for super admins). */
export function curatedTitle(orgName: string | null): string {
  return orgName ? `${CURATED_TITLE.slice(0, -1)}·${orgName}）` : CURATED_TITLE;
}

/** Validates a pair from a form. */
export function validatePair(input: { question?: unknown; answer?: unknown }): CuratedPair {
  const question = typeof input.question === 'string' ? oneLine(input.question) : '';
  const answer = typeof input.answer === 'string' ? input.answer.trim() : '';
  const errors: Record<string, string> = {};
  if (!question) errors.question = '请填写问题';
  else if (question.length > 300) errors.question = '问题不超过 300 字';
  if (!answer) errors.answer = '请填写答案';
  else if (answer.length < 4) errors.answer = '答案太短，请写完整';
  else if (answer.length > 2000) errors.answer = '答案不超过 2000 字';
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return { question, answer };
}

/** Pairs recorded so far for a curated document title. */
export async function curatedPairs(db: Db, title: string): Promise<CuratedPair[]> {
  const rows = await db
    .select({ detail: auditLog.detail })
    .from(auditLog)
    .where(and(eq(auditLog.action, 'qa.curate'), sql`${auditLog.detail}->>'docTitle' = ${title}`))
    .orderBy(asc(auditLog.id));
  return rows.map((r) => r.detail as CuratedPair);
}

/** Records a pair (audit row) and re-ingests the curated document with all pairs. */
export async function addCuratedPair(
  deps: { db: Db; knowledge: KnowledgeService },
  o: { actor: string; pair: CuratedPair; orgId: number | null; orgName: string | null; logId: number | null; at: Date },
): Promise<SaveOutcome> {
  const title = curatedTitle(o.orgName);
  const pairs = [...(await curatedPairs(deps.db, title)), o.pair];
  const md = curatedMarkdown(title, pairs);
  const outcome = await deps.knowledge.ingest(Buffer.from(md, 'utf8'), `${title}.md`, { orgId: o.orgId, title });
  await audit(deps.db, o.actor, 'qa.curate', `document:${outcome.document.id}`, { ...o.pair, docTitle: title, orgId: o.orgId, logId: o.logId }, o.at);
  return outcome;
}
