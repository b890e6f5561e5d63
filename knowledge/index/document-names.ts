/**
 * Regulations a question names: 《…》, or a run of Chinese ending in 准则/条例/细则 with no function
 * characters (管机关党建的条例 names no document). 规定 and 办法 are left out, being verbs and everyday
 * nouns as often (党章规定, 想办法). A name matches a title in short form too (纪律条例, 发展党员细则:
 * its characters in the title's order), and it may open with a word of the sentence (这版纪律处分条例):
 * any tail of four characters or more counts. Read by the reranker (prefer the named document) and the
 * decline rule (a named document the library does not hold).
 */
import { functionCharShare } from './query-expand';

const DOCUMENT_KIND = /准则|条例|细则/g;

/** The name ending in the kind word at `end`: the Chinese characters before it up to a function character. */
function documentNameAt(q: string, end: number): string {
  let start = end;
  while (start > 0 && /[\u4e00-\u9fff]/.test(q[start - 1]!) && functionCharShare(q[start - 1]!) === 0) start--;
  return q.slice(start, end);
}

/** A document described, not named: 按新条例, 依照老条例, 现行准则, 这个机关党建条例 (one in view). */
const DESCRIBED = /^(按照?|依照|依据|根据|照)?(新|老|旧|现行|最新|原来的?|以前的?)?(准则|条例|细则)$|(新|老|旧|现行|最新)(准则|条例|细则)$|^(有的|有些|某些|一些)?(违纪行为|违规行为|行为)(条例|细则)$|^(这种|这样|那种|这些|那些)?(做法|情况|事情|事儿)(条例|准则|细则)$/;
/** Words before a name that point at a document in view rather than name one (这个机关党建条例). */
const POINTING = /(这个|那个|这部|那部|这份|该)$/;

/** Document names in the question, four characters or longer (a bare 条例 names none). */
export function documentNamesIn(normalizedQuestion: string): string[] {
  const names = [...normalizedQuestion.matchAll(/《([^》]{2,40})》/g)].map((m) => m[1]!);
  for (const m of normalizedQuestion.matchAll(DOCUMENT_KIND)) {
    const name = documentNameAt(normalizedQuestion, m.index + m[0].length);
    if (!POINTING.test(normalizedQuestion.slice(0, m.index + m[0].length - name.length))) names.push(name);
  }
  return names.filter((n) => n.length >= 4 && !DESCRIBED.test(n));
}

/** True when the characters of `short` appear in `long` in order. */
export function isAbbreviationOf(short: string, long: string): boolean {
  let at = 0;
  for (const ch of short) {
    at = long.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** Tails that name a kind of document, not one document (支部工作条例 is no 党员教育管理工作条例). */
const GENERIC_TAIL = /^(工作|管理|实施|暂行|试行)(条例|细则|规定|办法|准则)$/;

/** The tails of `name` that may stand for a title (四 characters or more, more than a kind of document). */
export function nameTails(name: string): string[] {
  return Array.from({ length: Math.max(0, name.length - 3) }, (_v, k) => name.slice(k).replace(/[（）()]/g, '')).filter((t) => !GENERIC_TAIL.test(t));
}

/** True when `name` stands for `title` (纪律条例 → 中国共产党纪律处分条例（2018年修订）). */
export function namesTitle(name: string, title: string): boolean {
  return nameTails(name).some((t) => isAbbreviationOf(t, title));
}

/** Names people give a document without a kind word: 党章 for the 章程. */
const SHORT_NAMES: ReadonlyArray<readonly [RegExp, string]> = [[/党章/, '中国共产党章程']];

/**
 * The documents a question names, for ranking: `documentNamesIn` plus the short names (党章). The
 * decline rule reads `documentNamesIn` alone: a question saying 党章 is answered from any document
 * that retells it.
 */
export function documentsNamedIn(normalizedQuestion: string): string[] {
  const short = SHORT_NAMES.filter(([re]) => re.test(normalizedQuestion)).map(([, title]) => title);
  return [...documentNamesIn(normalizedQuestion), ...short];
}
