/**
 * The offline answer: quote the most relevant article (or the sentences of it that carry the
 * asked fact) and cite it. No model involved, so it is fast and never says anything the handbooks
 * do not.
 *
 * Sentences (clauses split at 。；！？ and line breaks) are scored by the idf-weighted share of the
 * question's focus words they contain (expansion synonyms count: 投票 is answered by a clause about
 * 表决权), plus a bonus when they state the kind of fact asked (a number for 多久, 不得/应当 for
 * 能不能 …). A clause that refers back (这些委员会的委员…) is scored and quoted with the sentence it
 * refers to. A list is quoted with its items, or with each item's opening clause when the items are
 * too long to quote whole. The best clauses are quoted in their original order; a close second
 * article is quoted briefly as 另见.
 */
import type { Citation } from '../../core/qa';
import { withPlainForms, wordCover, type QuestionAnalysis } from '../index/rerank';
import { citeLabel, supersededNotice, toCitation } from './cite';
import type { RetrievedHit } from './types';

/**
 * Articles up to this length are quoted whole; longer ones are cut to their best clauses. At 300 the
 * clause choice cut articles of 300–400 characters whose answer sat in a list item or a later
 * paragraph (第九十四条's 经商办企业); 400 raised must_contain on eight of thirteen tuning sets, none lower.
 */
const QUOTE_WHOLE_MAX = 400;
/** Longest quote built from clauses (characters). */
const QUOTE_MAX = 300;
const MAX_SENTENCES = 4;
/** A further clause is quoted when it adds at least this share of the first clause's score. */
const KEEP_SHARE = 0.5;
/** Bonus for a clause stating the kind of fact asked (a number for 多久 …). */
const FACT_BONUS = 0.25;
/** Bonus (times the rule weight) for a clause with an expansion word (表决权 for 投票). */
const EXPANSION_BONUS = 0.3;
/** Longest quote of a list introduced by "…：". */
const LIST_MAX = 360;
/** The second article is quoted when its rerank score is this close to the first. */
const SECOND_GAP = 0.2;
/** Longest quote of the second article (up to two clauses: the fact often sits in the second). */
const SECOND_MAX = 160;

const CJK = /[\u4e00-\u9fff]/;
const ARTICLE_HEAD = /^第[一二三四五六七八九十百零〇\d]+条/;
const LIST_ITEM = /^[（(][一二三四五六七八九十]+[）)]/;
/** Questions asking for the items of a list: a list opener reached through one item is quoted with all items. */
const LIST_QUESTION = /哪几|哪些|有几(个|类|种|项|条)|几(类|种|项|个方面|大类|档)|都有(什么|啥)|包括(什么|啥)|分(哪|几)|(查|审|考察|考核|看|管)(什么|啥)|(内容|范围)(是)?(什么|啥)|[两三四五六七八九几](个|类|种|项|条|档|方面)[^，。？?]{0,4}(什么|啥|哪|是)/;
/**
 * A clause opening with a reference back ("这些委员会的委员…", "该…", "上述…") says what it is about
 * only together with the sentence before it: it is scored and quoted with that sentence.
 */
const ANAPHOR = /^(这些|这类|此类|该|上述|前述|其中|其)/;

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

/** Splits an article into sentences and clauses, keeping the terminal punctuation. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[。；！？!?])|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Clause scores by bigram overlap (used when no question analysis is available). */
function bigramScores(list: readonly string[], question: string): number[] {
  const q = bigrams(question);
  return list.map((s) => {
    const b = bigrams(s);
    let hit = 0;
    for (const g of q) if (b.has(g)) hit++;
    return hit / Math.sqrt(Math.max(b.size, 4));
  });
}

/**
 * Greedy clause choice: each step takes the clause adding the most *not yet quoted* focus-word
 * weight (so a two-part question gets both parts), plus a bonus for stating the asked kind of
 * fact until one quoted clause does. Stops when the gain falls well below the first pick's.
 */
function pickClauses(list: readonly string[], a: QuestionAnalysis, max: number, limit: number): number[] {
  const total = a.focus.reduce((s, w) => s + w.weight, 0) || 1;
  const anaphoric = list.map((s, i) => i > 0 && ANAPHOR.test(s) && !/[:：]$/.test(list[i - 1]!));
  // Focus words are looked for in the clause with the sentence it refers back to; the fact kind and
  // expansion words only in the clause itself.
  const context = list.map((s, i) => (anaphoric[i] ? list[i - 1]! + s : s));
  const covers = context.map((s) => withPlainForms(s)).map((s) => a.focus.map((w) => wordCover(w, s)));
  const facts = list.map((s) => a.answerTypes.some((re) => re.test(s)));
  const exps = list.map((s) => a.expansion.reduce((m, e) => (s.includes(e.term) ? Math.max(m, e.weight) : m), 0));
  const have = a.focus.map(() => 0);
  const keep: number[] = [];
  const size = (i: number): number => list[i]!.length + (anaphoric[i] && !keep.includes(i - 1) ? list[i - 1]!.length : 0);
  let haveFact = false;
  let first = 0;
  let length = 0;
  let picks = 0;
  while (picks++ < max) {
    let best = -1;
    let bestGain = 0;
    list.forEach((s, i) => {
      if (keep.includes(i) || (keep.length > 0 && length + size(i) > limit)) return;
      let gain = 0;
      // New evidence counts fully, repeated evidence half: a second clause on the same point still helps.
      a.focus.forEach((w, k) => (gain += (w.weight * (Math.max(0, covers[i]![k]! - have[k]!) + 0.5 * Math.min(covers[i]![k]!, have[k]!))) / total));
      if (!haveFact && facts[i]) gain += FACT_BONUS;
      if (keep.length === 0) gain += EXPANSION_BONUS * exps[i]!;
      // Very short clauses (headings, "（一）…") say little on their own.
      if (s.length < 8) gain *= 0.5;
      if (gain > bestGain) {
        bestGain = gain;
        best = i;
      }
    });
    if (best < 0 || (keep.length > 0 && bestGain < first * KEEP_SHARE)) break;
    if (keep.length === 0) first = bestGain;
    length += size(best);
    if (anaphoric[best] && !keep.includes(best - 1)) keep.push(best - 1);
    keep.push(best);
    haveFact ||= facts[best]!;
    covers[best]!.forEach((c, k) => (have[k] = Math.max(have[k]!, c)));
  }
  return keep;
}

/** Picks the clauses of `text` that best answer the question, in their original order. */
export function bestSentences(text: string, question: string, max = MAX_SENTENCES, a?: QuestionAnalysis, limit = QUOTE_MAX, wholeMax = QUOTE_WHOLE_MAX): string {
  if (text.length <= wholeMax) return text;
  const list = sentences(text);
  let keep: number[];
  if (a && a.focus.length > 0) {
    keep = pickClauses(list, a, max, limit);
  } else {
    const scores = bigramScores(list, question);
    const order = list.map((_s, i) => i).sort((x, y) => scores[y]! - scores[x]! || x - y);
    keep = order.slice(0, max).filter((i) => scores[i]! > 0);
  }
  if (keep.length === 0) return list.slice(0, 2).join('');
  const picked = [...keep];
  // A list item ("（三）买卖股票…") is quoted after the sentence that opens its list, which says what
  // the items are about (in the discipline rules: which penalty they carry).
  for (const i of [...keep]) {
    if (!LIST_ITEM.test(list[i]!)) continue;
    let j = i - 1;
    while (j >= 0 && LIST_ITEM.test(list[j]!)) j--;
    if (j < 0 || !/[:：]$/.test(list[j]!)) continue;
    // The opening sentence may span several clauses joined by "；".
    let from = j;
    while (from > 0 && /；$/.test(list[from - 1]!) && !LIST_ITEM.test(list[from - 1]!)) from--;
    for (let k = from; k <= j; k++) if (!keep.includes(k)) keep.push(k);
  }
  // A clause that opens a list ("主要任务是：") is quoted with its items.
  // When the items are too long to quote whole, their opening clauses ("（三）学史崇德。") are quoted
  // instead, so every item is named.
  for (const i of [...keep]) {
    if (!/[:：]$/.test(list[i]!) || !(picked.includes(i) || LIST_QUESTION.test(question))) continue;
    let length = keep.reduce((sum, k) => sum + list[k]!.length, 0);
    const heads: number[] = [];
    for (let j = i + 1; j < list.length && !(/[:：]$/.test(list[j]!) && !LIST_ITEM.test(list[j]!)); j++) if (LIST_ITEM.test(list[j]!)) heads.push(j);
    const whole = heads.length > 0 ? list.slice(i + 1, heads[heads.length - 1]! + 1).reduce((sum, t) => sum + t.length, 0) : 0;
    if (heads.length > 1 && length + whole > LIST_MAX) {
      for (const j of heads) {
        if (keep.includes(j) || length + list[j]!.length > LIST_MAX) continue;
        keep.push(j);
        length += list[j]!.length;
      }
      continue;
    }
    for (let j = i + 1; j < list.length && length + list[j]!.length <= LIST_MAX; j++) {
      if (keep.includes(j)) continue;
      keep.push(j);
      length += list[j]!.length;
    }
  }
  // A list run on in one sentence ("主要内容是：A的情况；B的表现；……。") is quoted to its full stop
  // when the question asks for the items.
  if (LIST_QUESTION.test(question)) {
    for (const i of [...keep]) {
      if (!/[:：][^:：]+；$/.test(list[i]!)) continue;
      let length = keep.reduce((sum, k) => sum + list[k]!.length, 0);
      for (let j = i + 1; j < list.length && /；$/.test(list[j - 1]!) && length + list[j]!.length <= LIST_MAX; j++) {
        if (keep.includes(j)) continue;
        keep.push(j);
        length += list[j]!.length;
      }
    }
  }
  keep.sort((x, y) => x - y);
  // Join neighbours directly and mark gaps, so the quote reads as the article does.
  let body = '';
  keep.forEach((i, n) => {
    const gap = n > 0 && i !== keep[n - 1]! + 1;
    body += (gap ? '……' : '') + list[i]!;
  });
  // Keep the article number visible when the first sentence is dropped.
  const head = ARTICLE_HEAD.exec(text)?.[0];
  return head && !body.startsWith(head) ? `${head} ……${body}` : body;
}

export interface ExtractiveResult {
  text: string;
  citations: Citation[];
}

/**
 * Builds the answer from the top hits. `hits` are already judged as supporting the question,
 * best first; the first one is quoted, the next distinct article (if close) is quoted briefly too.
 */
export function extractiveAnswer(question: string, hits: RetrievedHit[], analysis?: QuestionAnalysis): ExtractiveResult {
  const best = hits[0]!;
  const quote = bestSentences(best.passage.text, question, MAX_SENTENCES, analysis);
  const lines: string[] = [];
  if (best.passage.superseded) lines.push(supersededNotice(best.passage));
  lines.push(`根据${citeLabel(best.passage)}：`);
  lines.push(`“${quote}”`);
  const citations = [toCitation(best.passage, quote)];
  const close = (h: RetrievedHit): boolean =>
    best.rerankScore !== undefined && h.rerankScore !== undefined ? h.rerankScore >= best.rerankScore - SECOND_GAP : h.score >= best.score * 0.85;
  const second = hits.find(
    (h, i) =>
      i > 0 &&
      close(h) &&
      (h.passage.documentId !== best.passage.documentId || h.passage.article !== best.passage.article) &&
      (!h.passage.superseded || best.passage.superseded),
  );
  if (second) {
    const q2 = bestSentences(second.passage.text, question, 2, analysis, SECOND_MAX, SECOND_MAX);
    lines.push(`另见${citeLabel(second.passage)}：“${q2}”`);
    citations.push(toCitation(second.passage, q2));
  }
  return { text: lines.join('\n'), citations };
}
