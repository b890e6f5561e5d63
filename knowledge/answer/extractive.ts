/**
 * The offline answer: quote the most relevant article (or its most relevant sentences) and cite it.
 * No model involved, so it is fast and never says anything the handbooks do not.
 */
import type { Citation } from '../../core/qa';
import { citeLabel, supersededNotice, toCitation } from './cite';
import type { RetrievedHit } from './types';

/** Articles up to this length are quoted whole; longer ones are cut to their best sentences. */
const QUOTE_WHOLE_MAX = 260;
const MAX_SENTENCES = 3;

const CJK = /[\u4e00-\u9fff]/;

/** Character bigrams of the CJK runs, plus ASCII words/digits, as a set. */
export function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  const chars = [...text.replace(/[，。；：、！？“”‘’（）《》\s]/g, ' ')];
  for (let i = 0; i < chars.length - 1; i++) {
    const a = chars[i]!;
    const b = chars[i + 1]!;
    if (CJK.test(a) && CJK.test(b)) out.add(a + b);
  }
  for (const m of text.matchAll(/[A-Za-z0-9]+/g)) out.add(m[0].toLowerCase());
  return out;
}

/** Splits an article into sentences, keeping the terminal punctuation. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[。；！？!?])|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Picks the sentences of `text` that best cover the question, in their original order. */
export function bestSentences(text: string, question: string, max = MAX_SENTENCES): string {
  if (text.length <= QUOTE_WHOLE_MAX) return text;
  const q = bigrams(question);
  const list = sentences(text);
  const scored = list.map((s, i) => {
    const b = bigrams(s);
    let hit = 0;
    for (const g of q) if (b.has(g)) hit++;
    return { i, s, score: hit / Math.sqrt(Math.max(b.size, 4)) };
  });
  const top = [...scored].sort((a, b) => b.score - a.score || a.i - b.i).slice(0, max);
  if (top.every((t) => t.score === 0)) return list.slice(0, 2).join('');
  const keep = top.filter((t) => t.score > 0).sort((a, b) => a.i - b.i);
  // Keep the article number visible when the first sentence is dropped.
  const head = /^第[一二三四五六七八九十百零〇\d]+条/.exec(text)?.[0];
  const body = keep.map((t) => t.s).join('……');
  return head && !body.startsWith(head) ? `${head} ……${body}` : body;
}

export interface ExtractiveResult {
  text: string;
  citations: Citation[];
}

/**
 * Builds the answer from the top hits. `hits` are already judged as supporting the question,
 * best first; the first one is quoted, the next distinct article (if close) is cited as well.
 */
export function extractiveAnswer(question: string, hits: RetrievedHit[]): ExtractiveResult {
  const best = hits[0]!;
  const quote = bestSentences(best.passage.text, question);
  const lines: string[] = [];
  if (best.passage.superseded) lines.push(supersededNotice(best.passage));
  lines.push(`根据${citeLabel(best.passage)}：`);
  lines.push(`“${quote}”`);
  const citations = [toCitation(best.passage, quote)];
  const second = hits.find(
    (h, i) =>
      i > 0 &&
      h.score >= best.score * 0.85 &&
      (h.passage.documentId !== best.passage.documentId || h.passage.article !== best.passage.article) &&
      !h.passage.superseded,
  );
  if (second) {
    const q2 = bestSentences(second.passage.text, question, 2);
    lines.push(`另见${citeLabel(second.passage)}：“${q2}”`);
    citations.push(toCitation(second.passage, q2));
  }
  return { text: lines.join('\n'), citations };
}
