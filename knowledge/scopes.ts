/**
 * Documents that govern only some organisations: the 党和国家机关基层组织工作条例 applies to party
 * organisations in state organs, so its articles on elections, members' meetings or approvals are
 * not the answer for a workshop, village or company branch even when they share every word. A
 * question that names none of a scoped document's settings (机关, 局, 处室 …) ranks that document's
 * passages a little lower, and one that names another setting (公司, 车间, 村 …) lower still
 * (knowledge/index/rerank.ts). The 党史学习教育工作条例 is scoped the same way to questions that speak of
 * history (党史, 学史, 红色, 革命 …): its "每年至少组织1次以党史为主要内容的…主题党日" is no answer to
 * how often a 主题党日 is held. One entry per document title in
 * data/scopes.json; documents without an entry apply everywhere.
 */
import fs from 'node:fs';
import path from 'node:path';

const SCOPES_FILE = path.join(__dirname, '..', 'data', 'scopes.json');

interface Scope {
  appliesTo: string;
  /** Words that place a question in the document's settings (机关, 处室 …). */
  questionWords: string[];
  /** Words that place it elsewhere (公司, 车间, 村 …): the document is then plainly not the answer. */
  elsewhereWords?: string[];
}

let scopes: Map<string, Scope> | undefined;

function load(): Map<string, Scope> {
  if (!scopes) {
    const raw = fs.existsSync(SCOPES_FILE) ? (JSON.parse(fs.readFileSync(SCOPES_FILE, 'utf8')) as Record<string, Scope>) : {};
    scopes = new Map(Object.entries(raw));
  }
  return scopes;
}

/** How far a question sits outside a scoped document's settings: 0 inside (or unscoped), 1 naming none, `ELSEWHERE` naming another. */
export const ELSEWHERE = 4;

/** 0 when `title` applies to the question's setting; 1 when it is scoped and the question names none of its settings; `ELSEWHERE` when the question names a setting outside it (公司, 车间). */
export function outOfScope(title: string, normalizedQuestion: string): number {
  const scope = load().get(title);
  if (scope === undefined) return 0;
  const elsewhere = scope.elsewhereWords ?? [];
  // 公司 holds 司 (a ministry's department): the setting words are read with the other settings taken out.
  const rest = elsewhere.reduce((q, w) => q.split(w).join('，'), normalizedQuestion);
  if (scope.questionWords.some((w) => rest.includes(w))) return 0;
  return rest !== normalizedQuestion ? ELSEWHERE : 1;
}
