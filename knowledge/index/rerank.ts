/**
 * Second-stage reranking of the fused candidates with cheap, explainable features.
 *
 * First-stage BM25 ranks by summed term evidence, so a passage that repeats one generic word
 * (党员, 支部) can beat the article that holds every specific word of the question. The reranker
 * reads the candidate texts and scores how completely they cover the question's *focus words*:
 * content words after dropping question words, colloquial filler and jieba's guesses at unknown
 * text (车开, 得轻), weighted by idf. A colloquial word counts as covered when the passage has the
 * written form an expansion rule gives for it (投票 → 表决权, 酒席 → 婚丧喜庆), or its number in
 * Chinese numerals (2035年 → 二〇三五年). Further features: character bigrams, expansion words,
 * proximity, the kind of fact asked (每月 for 多久一次), the named article and regulation (党章第十条),
 * a member count the question states inside a range the passage sets (120个党员 → 100人以上).
 * The score is conservative (coverage and first-stage rank, see `DEFAULT_RERANK_WEIGHTS`); the same
 * analysis feeds the decline rule (knowledge/answer/support.ts) and the choice of quoted clauses
 * (knowledge/answer/extractive.ts). About 0.1–0.3 ms per question for 20 candidates.
 */
import { outOfScope } from '../scopes';
import { askingPart, withoutClosingRemark } from './asking-part';
import { documentsNamedIn, namesTitle } from './document-names';
import { expandQuery, functionCharShare, isFillerWord, type ExpandedQuery } from './query-expand';
import { cjkBigrams, getJieba, toChineseNumber, tokenizeParts } from './tokenizer';

/** Corpus statistics the reranker needs (see `HybridIndex.termStats`). */
export interface RerankStats {
  passages: number;
  df(term: string): number;
  idf(term: string): number;
}

/** One content word of the question with its weight. */
export interface FocusWord {
  term: string;
  /** idf in the corpus times the word's class factor (fillers weigh less). */
  weight: number;
  /** False when the corpus never uses the word (off-topic vocabulary, or a colloquial coinage). */
  known: boolean;
  /** A question word, colloquial filler, a name or a fragment of speech (weighed at `FILLER_FACTOR`). */
  filler: boolean;
  /** Shorter words jieba cut out of this one (partial credit when the whole word is absent). */
  parts: string[];
  /** Written forms an expansion rule gave for the phrase this word sits in (诸如 酒席 → 婚丧喜庆). */
  alts: string[];
}

/** The question as the reranker and the decline rule see it. */
export interface QuestionAnalysis {
  expanded: ExpandedQuery;
  focus: FocusWord[];
  bigrams: Array<{ term: string; weight: number }>;
  /** Expansion words with their rule weights. */
  expansion: Array<{ term: string; weight: number }>;
  /** `第X条` named in the question, if any. */
  articleRef: string | null;
  /** What kind of fact the question asks for (see `ANSWER_TYPES`). */
  answerTypes: RegExp[];
  /** idf of a word the corpus never uses (the weight scale of `focus`). */
  maxIdf: number;
  /** How many members the question says a body has (机关有120个党员 → 120), if it says so. */
  memberCount: number | null;
  /** Documents the question names (处分条例, 党章: ./document-names.ts). */
  namedDocuments: string[];
  /**
   * A story's closing question analysed on its own (./asking-part.ts), or a short question without the
   * remark after its question mark; null when there is neither.
   */
  asking: QuestionAnalysis | null;
}

/** A first-stage candidate with its text fields. */
export interface RerankCandidate {
  title: string;
  article: string | null;
  headingPath: string;
  text: string;
  /** Everyday phrasings of the passage (knowledge/aliases.ts). */
  aliases?: string;
  /** Fused first-stage score (rank-based). */
  score: number;
  /** Normalised BM25 score, 0–1. */
  bm25Norm: number;
  cosine: number;
}

/** Per-candidate features, each roughly 0–1. */
export interface RerankFeatures {
  /** idf-weighted share of the focus words the passage contains (partial credit for parts). */
  coverage: number;
  /** idf-weighted share of the question's character bigrams present. */
  bigrams: number;
  /** The same share among the passage's aliases only (member-style questions: how people ask). */
  aliasBigrams: number;
  /** Weighted share of the expansion words present. */
  expansion: number;
  /** Matched focus words close together: 1 when they sit within one short clause. */
  proximity: number;
  /** First-stage fused score over the best fused score. */
  firstStage: number;
  bm25Norm: number;
  cosine: number;
  /** 1 when the passage states the kind of fact asked (a frequency for 多久一次, a body for 谁批 …). */
  answerType: number;
  /** 0.5–1 when the question names this passage's article number (more when it names its regulation too). */
  articleMatch: number;
  /** log-length of the passage (long passages cover more by chance). */
  length: number;
  /** 1 when the passage states a member-count range (50人以上、100人以下, 不足7人) holding the question's count. */
  countMatch: number;
  /** 1 when the passage's document governs only settings the question does not name, more when it names another (knowledge/scopes.ts). */
  outOfScope: number;
  /** 1 when the question names the passage's document (按处分条例…, 党章里…: ./document-names.ts). */
  documentNamed: number;
}

/** Linear weights over `RerankFeatures`. */
export type RerankWeights = { [K in keyof RerankFeatures]: number };

/**
 * Weights: coverage and first-stage rank, with small nudges. Fitting all features on the paraphrase
 * set gave R@1 0.83 there but lost to the first stage on questions written by other people (0.61 vs
 * 0.64 on an independent set), so the reranker stays conservative: it mainly breaks near-ties of
 * the fused ranking in favour of the passage that holds the question's specific words. The
 * member-style question aliases earned one more: the question's character bigrams found among a
 * passage's aliases (0.4 raised R@1 on five of ten question sets and lowered none). Bigrams over the
 * passage text itself stay at 0: without aliases they cost R@1 on four sets.
 */
export const DEFAULT_RERANK_WEIGHTS: RerankWeights = {
  coverage: 0.5,
  bigrams: 0,
  aliasBigrams: 0.4,
  expansion: 0.1,
  proximity: 0,
  firstStage: 1,
  bm25Norm: 0,
  cosine: 0,
  answerType: 0.1,
  articleMatch: 2,
  length: 0,
  // 0.5 while it was 0/1; graded by fit (countInRange), 1 raised mean R@1 on the tuning sets 0.874→0.881, no set lost.
  countMatch: 1,
  // Chosen on the tuning sets: 0.1 moved held-out 5 R@1 0.750→0.767 and held-out 3 0.950→0.983, no set lost.
  // A question placed elsewhere (公司, 车间) scores ELSEWHERE (4, knowledge/scopes.ts): R@1 up on cases-dev,
  // cases-dev-2, held-out 4 and 7 (2 moved only the first two; 8 moved nothing more).
  outOfScope: -0.1,
  // 0.2: layman-dev R@1 +1 and held-out 8 decline precision +1, no set lost (0.1 moved nothing).
  documentNamed: 0.2,
};

const FILLER_FACTOR = 0.25;
/** A count (六七十个, 120多名): no regulation writes it so, yet it is no off-topic vocabulary either. */
export const COUNT_WORD = /^[0-9零〇一二两三四五六七八九十百千万几]+[个名人位多来余]*$/;
const PART_CREDIT = 0.7;
const ALT_CREDIT = 0.85;
const HELD_COUNT_CREDIT = 0.5;
/** Credit for an asked fact kind stated away from the question's main word. */
const ANSWER_ELSEWHERE = 0.5;

const NUM = '[0-9一二两三四五六七八九十百半]';
/** "How often": 多久…一次, 几次, 一年…几回. */
const FREQUENCY_QUESTION = /(多久|多长时间|隔多|几年|几个月|几天).{0,6}(一次|一回|1次)|几次|多少次|几回|频率|频次|每.{0,3}几|一年.{0,6}几/;

/**
 * Question kinds and the text that answers them: [question pattern, answer pattern]. General
 * Chinese question forms, not tied to any article.
 */
export const ANSWER_TYPES: ReadonlyArray<readonly [RegExp, RegExp]> = [
  // how often
  [FREQUENCY_QUESTION, new RegExp(`每(年|月|季度|半年|周|${NUM}+年)|至少.{0,6}${NUM}次|${NUM}+次`)],
  // how long / deadline (not when the question is about frequency)
  [/^(?!.*(一次|一回|1次|几次|多少次|频率)).*(多久|多长|多少天|几天|几个月|几年|期限|时间)/, new RegExp(`${NUM}+(个)?(年|月|日|天|工作日|学时|小时|周)|期限|以内|日内|月内|年内|届满|任期`)],
  // how many people / what share
  [/多少人|几个人|几名|人数|多少个|多少名?党员|几个党员|比例|几成|过半|一半/, new RegExp(`${NUM}+(人|名)|半数|[0-9]+%|分之|以上`)],
  // which kinds / what items
  [/哪几类|哪几种|哪些类|分几类|几类|几种|哪几项|几项|哪几个|有哪些|包括哪些|包括什么|包括啥|都有啥|都有什么|有什么(权利|义务|职责|任务|条件|原则|程序|步骤|方式|内容|形式|标准)/, new RegExp(`分为|包括|下列|以下|${NUM}+(类|种|项|个方面)|：`)],
  // who decides / approves / leads
  [/谁|哪个部门|哪一级|哪级|由哪|归哪|批准|审批|点头|说了算|牵头/, /由.{1,16}(批准|决定|负责|审批|领导|主持)|批准|负责|牵头/],
  // the heaviest / highest of a kind ("最狠的处分是哪一档"): a passage that says which is 最高
  [/最(重|狠|严重|严厉|厉害|高)的?[^，。？,?]{0,3}(处分|处理|一档|一种|是哪)|(处分|处理)[^，。？,?]{0,6}最(重|狠|严重|严厉|厉害|高)/, /最高处分|是党内的最高/],
  // under whose leadership ("地方纪委受谁领导", "听谁的"): 在…领导下 answers, not who approves its officers
  [/(受|归|听)谁(的)?(领导|管)?|谁(来)?领导|领导.{0,2}是谁/, /领导下|双重领导|领导机关/],
  // from whom / from where (a body or office filled from a group)
  [/从哪|从什么|哪些人(里|中)|什么人(里|中)|哪里产生|怎么产生|如何产生/, /从.{1,24}(中|里)(产生|选|推)|产生/],
  // when it took effect
  [/什么时候|啥时候|哪天|何时|开始(施行|实行|执行)|生效/, /[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|起施行/],
  // what a term means: its definition ("基本路线是：", "主动交代，是指")
  [/(是啥|是什么|指什么|指啥|啥意思|什么意思|是指|含义|定义|怎么理解|咋理解)(?!时候|时间|处分|级别)/, /是指|指的是|是：|所称/],
  // can / may / must
  [/能不能|可不可以|可以|行不行|能否|允许|是不是.{0,6}(要|得)|算不算|会不会/, /不得|禁止|可以|应当|必须|不能|不宜|严禁|有权|权利/],
];

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff]/;

/** Analyses a question for reranking and support checks. */
export function analyzeQuestion(question: string, stats: RerankStats, isAskingPart = false): QuestionAnalysis {
  const expanded = expandQuery(question);
  const maxIdf = stats.idf('\u0000');
  const parts = tokenizeParts(expanded.normalized);
  const words = [...new Set(parts.words)];
  const articleRef = words.find((w) => /^第.+条$/.test(w)) ?? null;
  // Words only jieba's HMM proposes (车开, 得轻, 年定) are guesses at unknown text, not vocabulary.
  const dictionaryWords = new Set(getJieba().cut(expanded.normalized, false));
  const focus: FocusWord[] = [];
  for (const w of words) {
    if (w === articleRef) continue;
    // Parts of a longer question word are credited through that word.
    if (words.some((o) => o.length > w.length && o.includes(w))) continue;
    const df = stats.df(w);
    const idf = df > 0 ? stats.idf(w) : maxIdf;
    const coined = df === 0 && CJK.test(w) && !dictionaryWords.has(w);
    const filler = isFillerWord(w) || coined || (df === 0 && functionCharShare(w) >= 0.5);
    const factor = filler ? FILLER_FACTOR : 1;
    const subs = words.filter((o) => o.length < w.length && w.includes(o));
    const alts = new Set<string>(numberForms(w));
    const at = occurrences(expanded.normalized, w);
    for (const f of expanded.fired) {
      if (f.hint) continue;
      // The rule explains this word when what it matched overlaps the word in the question.
      const overlaps = f.spans.some(([from, to]) => at.some((p) => p < to && p + w.length > from));
      if (overlaps || f.matched.some((m) => m.includes(w) || w.includes(m))) for (const a of f.add) if (a !== w) alts.add(a);
    }
    focus.push({ term: w, weight: idf * factor, known: df > 0, filler, parts: subs, alts: [...alts] });
  }
  const bigrams: QuestionAnalysis['bigrams'] = [];
  for (const b of new Set(cjkBigrams(expanded.normalized))) {
    const df = stats.df(b);
    if (df === 0) continue; // unknown bigrams rank nothing
    bigrams.push({ term: b, weight: stats.idf(b) });
  }
  const expansion = expanded.terms.filter((t) => t.origin === 'expansion').map((t) => ({ term: t.term, weight: t.weight }));
  const answerTypes = ANSWER_TYPES.filter(([q]) => q.test(expanded.normalized)).map(([, a]) => a);
  return {
    expanded,
    focus,
    bigrams,
    expansion,
    articleRef,
    answerTypes,
    maxIdf,
    memberCount: memberCount(expanded.normalized),
    namedDocuments: documentsNamedIn(expanded.normalized),
    asking: isAskingPart ? null : askingAnalysis(question, stats),
  };
}

/**
 * The closing question of a story, or a short question without the remark after its question mark,
 * analysed alone; null when the question is neither.
 */
function askingAnalysis(question: string, stats: RerankStats): QuestionAnalysis | null {
  const q = question.trim();
  const story = askingPart(q);
  if (story !== q) return analyzeQuestion(story, stats, true);
  // A short question with a remark after its question mark (…分哪几类？想做个学习卡片) is judged on the question too.
  const bare = q.replace(/[?？!！。.\s]+$/, '');
  const ask = withoutClosingRemark(bare);
  // A second question after it (…几点开始？是去陵园还是在会议室) is no remark.
  return ask === bare || bare.slice(ask.length).includes('还是') ? null : analyzeQuestion(ask, stats, true);
}

/** A number as written in Arabic or Chinese numerals; 一百零几 (a hundred and some) counts as just past the hundred. */
const NUMBER = '[0-9]+|[一二两三四五六七八九十百]+零?几|[一二两三四五六七八九十百零]+';
const COUNT = `(${NUMBER})`;
/** A body's size as people say it: 120个党员, 党员五六十个, 一百二十多名党员, 党员一百二十来人. */
const SIZE = `(?<n>${NUMBER})(?:(?<more>多|余)|来)?`;
const MEMBER_COUNT = [
  // A count that grew (党员从八十多人增加到一百一十人): the new count is the one asked about.
  new RegExp(`党员[^。？?]{0,12}?(?:增加到|增长到|发展到|涨到|扩大到|变成了?|达到了?)${SIZE}(?:个|名|人)`),
  // A count passed (党员过了一百个): more than the round number, like 一百多.
  new RegExp(`党员[^，。？,?]{0,6}?(?<over>过了|超过了?|超了|突破了?)${SIZE}(?:个|名|人)`),
  new RegExp(`${SIZE}(?:个|名|位)?(?:正式)?党员`),
  new RegExp(`党员(?:[^，。？,?0-9]{0,4}?(?:有了?|一共|总共|共|才|只有|达到|达))?${SIZE}(?:个|名|人)`),
];

/** 120, 五十, 一百二十, 五六十 (→ 50, the lower end); undefined for anything else. */
export function parseCount(s: string): number | undefined {
  if (/^[0-9]+$/.test(s)) return Number(s);
  const t = s.replace(/(?<=[百零])几$/, '一').replace(/两/g, '二').replace(/([一二三四五六七八九])[一二三四五六七八九](?=[十百])/g, '$1');
  const m = /^(?:([一二三四五六七八九])百零?)?(?:([一二三四五六七八九])?(十))?([一二三四五六七八九])?$/.exec(t);
  if (!m || t === '') return undefined;
  const d = (c: string | undefined): number => CN_DIGITS.indexOf(c ?? '〇');
  return (m[1] ? d(m[1]) * 100 : 0) + (m[3] ? (m[2] ? d(m[2]) : m[1] ? 0 : 1) * 10 : 0) + (m[4] ? d(m[4]) : 0);
}

/** The member count a question states, or null. */
function memberCount(q: string): number | null {
  for (const re of MEMBER_COUNT) {
    const m = re.exec(q);
    const n = m?.groups?.n !== undefined ? parseCount(m.groups.n) : undefined;
    // 一百多 and 过了一百 are more than a hundred: past a round number's "100人以下".
    if (n !== undefined && n > 1) return (m?.groups?.more || m?.groups?.over) && n % 10 === 0 ? n + 1 : n;
  }
  return null;
}

const RANGE = new RegExp(`${COUNT}人以上(?:、${COUNT}人以下)?|不足${COUNT}人`, 'g');

/**
 * How closely a member range the text states (M人以上[、K人以下], 不足M人) fits `n`: 1 for a closed
 * range that holds it, M/n for an open "M人以上" (a body of 120 fits 机关党员100人以上 far better than
 * 正式党员三人以上, which every branch meets), n/M for "不足M人"; the best fit in the text, 0 for none.
 */
function countInRange(n: number, text: string): number {
  let best = 0;
  for (const m of text.matchAll(RANGE)) {
    const lo = m[1] !== undefined ? parseCount(m[1]) : undefined;
    const hi = m[2] !== undefined ? parseCount(m[2]) : undefined;
    const below = m[3] !== undefined ? parseCount(m[3]) : undefined;
    if (lo !== undefined && n >= lo) best = Math.max(best, hi === undefined ? lo / n : n <= hi ? 1 : 0);
    if (below !== undefined && n < below) best = Math.max(best, n / below);
  }
  return best;
}

/** Start positions of `term` in `text`. */
function occurrences(text: string, term: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) out.push(at);
  return out;
}

const CN_DIGITS = '〇一二三四五六七八九';

/** How regulations write a number token of the question: 5年 → 五年, 2035年 → 二〇三五年. */
export function numberForms(term: string): string[] {
  const m = /^([0-9]+)(.*)$/.exec(term);
  if (!m) return [];
  const n = Number(m[1]);
  const unit = m[2] ?? '';
  const out = [`${toChineseNumber(n)}${unit}`];
  if (m[1]!.length === 4) out.push(`${[...m[1]!].map((d) => CN_DIGITS[Number(d)]).join('')}${unit}`);
  if (n === 2) out.push(`两${unit}`);
  return out;
}

/** The text a candidate is matched against: where it sits, then what it says. */
export function haystack(c: Pick<RerankCandidate, 'title' | 'article' | 'headingPath' | 'text'>): string {
  return `${c.title}\n${c.headingPath}\n${c.article ?? ''}\n${withPlainForms(c.text)}`;
}

/** Short bracketed alternatives in the regulations ("出国（境）团（组）", "县（旗）"). */
const BRACKET_ALT = /（[\u4e00-\u9fff]{1,2}）/g;

/**
 * `text` plus, when it has bracketed alternatives, the same text without them, so 团组 and 出国团组
 * match "出国（境）团（组）" as people say it.
 */
export function withPlainForms(text: string): string {
  const plain = text.replace(BRACKET_ALT, '');
  return plain === text ? text : `${text}\n${plain}`;
}

/** 0–1 credit for one focus word in `hay`. */
export function wordCover(w: FocusWord, hay: string): number {
  if (hay.includes(w.term)) return 1;
  let best = 0;
  // Each further written form present adds a little: 买卖股票 and 证券 beat 证券 alone.
  let forms = 0;
  for (const a of w.alts) if (hay.includes(a)) forms++;
  if (forms > 0) best = Math.min(0.95, ALT_CREDIT + 0.05 * (forms - 1));
  for (const p of w.parts) if (hay.includes(p)) best = Math.max(best, PART_CREDIT * (p.length / w.term.length + 0.25));
  if (w.term.length >= 3 && CJK.test(w.term)) {
    let n = 0;
    let hit = 0;
    for (let i = 0; i + 1 < w.term.length; i++) {
      n++;
      if (hay.includes(w.term.slice(i, i + 2))) hit++;
    }
    best = Math.max(best, (PART_CREDIT * hit) / n);
  }
  return Math.min(1, best);
}

/**
 * What a word found only among a passage's aliases counts for coverage: aliases are guesses at how
 * people ask, so they lift a real paraphrase over the decline threshold but, alone, should not make
 * an off-topic question look answered.
 */
export const ALIAS_CREDIT = 0.5;

/** idf-weighted share of focus words covered in `hay`, or at `ALIAS_CREDIT` in `aliases` (0 when the question has none). */
export function focusCoverage(focus: readonly FocusWord[], hay: string, aliases = '', countsHeld = false): number {
  let all = 0;
  let got = 0;
  for (const w of focus) {
    all += w.weight;
    got += w.weight * Math.max(wordCover(w, hay), aliases ? ALIAS_CREDIT * wordCover(w, aliases) : 0, countsHeld && COUNT_WORD.test(w.term) ? HELD_COUNT_CREDIT : 0);
  }
  return all > 0 ? got / all : 0;
}

/** Shortest window (in characters) of `text` holding at least one occurrence of each term. */
function minimalSpan(text: string, terms: readonly string[]): number {
  const events: Array<[number, number, number]> = [];
  terms.forEach((t, k) => {
    for (let at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + 1)) events.push([at, at + t.length, k]);
  });
  if (terms.length <= 1) return terms.length ? terms[0]!.length : 0;
  events.sort((a, b) => a[0] - b[0]);
  const count = new Array<number>(terms.length).fill(0);
  let have = 0;
  let best = Infinity;
  let lo = 0;
  for (let hi = 0; hi < events.length; hi++) {
    if (count[events[hi]![2]]!++ === 0) have++;
    while (have === terms.length) {
      const end = Math.max(...events.slice(lo, hi + 1).map((e) => e[1]));
      best = Math.min(best, end - events[lo]![0]);
      if (--count[events[lo]![2]]! === 0) have--;
      lo++;
    }
  }
  return best;
}

/** Features of one candidate; `topScore` is the best fused score of the list. */
export function rerankFeatures(a: QuestionAnalysis, c: RerankCandidate, topScore: number, weights?: RerankWeights): RerankFeatures {
  const own = haystack(c);
  const countMatch = a.memberCount !== null ? countInRange(a.memberCount, c.text) : 0;
  // A passage whose range holds the question's count (50人以上、100人以下 for 六十来个) covers the count word.
  const coverage = focusCoverage(a.focus, own, c.aliases, countMatch > 0);
  // Ranking features read the aliases as part of the passage.
  const hay = c.aliases ? `${own}\n${c.aliases}` : own;
  let bAll = 0;
  let bGot = 0;
  let aliasGot = 0;
  for (const b of a.bigrams) {
    bAll += b.weight;
    // Each bigram is looked for once in the aliases and, only when absent there, in the text.
    const inAliases = c.aliases !== undefined && c.aliases.includes(b.term);
    if (inAliases) aliasGot += b.weight;
    if (inAliases || own.includes(b.term)) bGot += b.weight;
  }
  let eAll = 0;
  let eGot = 0;
  for (const e of a.expansion) {
    eAll += e.weight;
    if (hay.includes(e.term)) eGot += e.weight;
  }
  const matched = a.focus.filter((w) => w.known && w.weight > 0 && c.text.includes(w.term)).map((w) => w.term);
  let proximity = 0;
  // The span search is the costliest feature: skipped when it does not count.
  if (weights && weights.proximity === 0) proximity = 0;
  else if (matched.length >= 2) {
    const span = minimalSpan(c.text, matched);
    const tight = matched.reduce((s, t) => s + t.length, 0) + 12 * (matched.length - 1);
    proximity = Math.min(1, tight / Math.max(span, 1));
  } else if (matched.length === 1) proximity = 0.5;
  return {
    coverage,
    bigrams: bAll > 0 ? bGot / bAll : 0,
    aliasBigrams: bAll > 0 ? aliasGot / bAll : 0,
    expansion: eAll > 0 ? eGot / eAll : 0,
    proximity,
    firstStage: topScore > 0 ? c.score / topScore : 0,
    bm25Norm: c.bm25Norm,
    cosine: c.cosine,
    answerType: answerTypeScore(a, c.text),
    // The named article; among equal numbers, the one in the regulation the question names (党章第十条).
    articleMatch: a.articleRef && c.article === a.articleRef ? 0.5 + 0.5 * focusCoverage(a.focus, c.title) : 0,
    length: Math.log(1 + c.text.length / 200),
    countMatch,
    outOfScope: outOfScope(c.title, a.expanded.normalized),
    documentNamed: a.namedDocuments.some((n) => namesTitle(n, c.title)) ? 1 : 0,
  };
}

/**
 * Share of the asked fact kinds the passage states, counted fully when stated in a sentence that also
 * names the question's heaviest content word (每月 beside 主题党日), half when stated elsewhere.
 */
function answerTypeScore(a: QuestionAnalysis, text: string): number {
  if (!a.answerTypes.length) return 0;
  const key = a.focus.filter((w) => w.known).reduce<FocusWord | null>((m, w) => (!m || w.weight > m.weight ? w : m), null);
  const sentences = key ? text.split(/(?<=[。；！？\n])/).filter((t) => wordCover(key, t) >= 0.85) : [];
  let got = 0;
  for (const re of a.answerTypes) {
    if (sentences.some((t) => re.test(t))) got += 1;
    else if (re.test(text)) got += ANSWER_ELSEWHERE;
  }
  return got / a.answerTypes.length;
}

/** Linear score of the features. */
export function rerankScore(f: RerankFeatures, w: RerankWeights = DEFAULT_RERANK_WEIGHTS): number {
  let s = 0;
  for (const k of Object.keys(w) as Array<keyof RerankFeatures>) s += w[k] * f[k];
  return s;
}

/** Reorders `candidates` (first-stage order) by the reranker; stable for equal scores. */
export function rerank<C extends RerankCandidate>(
  a: QuestionAnalysis,
  candidates: readonly C[],
  weights: RerankWeights = DEFAULT_RERANK_WEIGHTS,
): Array<C & { rerankScore: number; features: RerankFeatures }> {
  const top = candidates.reduce((m, c) => Math.max(m, c.score), 0);
  return candidates
    .map((c, i) => {
      const features = rerankFeatures(a, c, top, weights);
      return { c: { ...c, rerankScore: rerankScore(features, weights), features }, i };
    })
    .sort((x, y) => y.c.rerankScore - x.c.rerankScore || x.i - y.i)
    .map((x) => x.c);
}
