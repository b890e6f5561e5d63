/**
 * Documents that govern only some organisations: the 党和国家机关基层组织工作条例 applies to party
 * organisations in state organs, so its articles on elections, members' meetings or approvals are
 * not the answer for a workshop, village or company branch even when they share every word. A
 * question that names none of a scoped document's settings (机关, 局, 处室 …) ranks that document's
 * passages a little lower (knowledge/index/rerank.ts). One entry per document title in
 * data/scopes.json; documents without an entry apply everywhere.
 */
import fs from 'node:fs';
import path from 'node:path';

const SCOPES_FILE = path.join(__dirname, '..', 'data', 'scopes.json');

interface Scope {
  appliesTo: string;
  questionWords: string[];
}

let scopes: Map<string, Scope> | undefined;

function load(): Map<string, Scope> {
  if (!scopes) {
    const raw = fs.existsSync(SCOPES_FILE) ? (JSON.parse(fs.readFileSync(SCOPES_FILE, 'utf8')) as Record<string, Scope>) : {};
    scopes = new Map(Object.entries(raw));
  }
  return scopes;
}

/** True when `title` is a scoped document and the question names none of its settings. */
export function outOfScope(title: string, normalizedQuestion: string): boolean {
  const scope = load().get(title);
  return scope !== undefined && !scope.questionWords.some((w) => normalizedQuestion.includes(w));
}
