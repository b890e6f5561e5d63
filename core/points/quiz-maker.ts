/**
 * Makes one quiz question from handbook passages, deterministically from a seed (member + day):
 * fill in a blanked key term, judge a statement true or false, or name the article a passage
 * comes from. Pure functions: no database, no clock.
 */
import { createHash } from 'node:crypto';
import { seededRandom } from '../seeded-random';

/** A handbook passage that carries an article (a chunk of the knowledge store). */
export interface QuizSource {
  chunkId: number;
  documentTitle: string;
  /** "第五条", "总纲", … */
  article: string;
  text: string;
}

export type QuizKind = 'fill' | 'judge' | 'which_article';

export interface QuizQuestion {
  kind: QuizKind;
  chunkId: number;
  /** The question as shown (zh-CN), options included. */
  prompt: string;
  /** The canonical answer: the blanked term, "对"/"错", or the article such as "第五条". */
  answer: string;
  /** Choices for buttons (judge: 对/错; which_article: A–D article names). */
  options: string[];
}

const CN_DIGITS = '零一二三四五六七八九';
const NUMBER_WITH_UNIT = /[零一二两三四五六七八九十百千\d]+(?:周岁|岁|年|个月|月|日|天|次|名|人|分之[一二三四五六七八九十]+)/g;
const ARTICLE_RE = /^第[零一二三四五六七八九十百千\d]+条(?:之[一二三四五六七八九十]+)?$/;

/** Terms worth blanking when a passage has no number; longest first so "民主集中制" beats "民主". */
const KEY_TERMS = [
  '习近平新时代中国特色社会主义思想', '全心全意为人民服务', '马克思列宁主义', '中国特色社会主义', '“三个代表”重要思想',
  '全国代表大会', '中央委员会', '纪律检查委员会', '民主集中制', '四项基本原则', '共产主义', '科学发展观', '邓小平理论',
  '毛泽东思想', '实事求是', '预备党员', '入党介绍人', '支部大会', '党员大会', '党小组', '党支部', '党组', '党旗', '党徽',
  '党费', '群众路线', '批评和自我批评', '从严治党', '组织生活', '三会一课', '民主评议', '入党积极分子', '发展对象',
  '政治标准', '党性', '党的纪律', '先锋队', '初心使命', '人民当家作主', '依法治国',
].sort((a, b) => b.length - a.length);

/** Terms that can stand in for one another in a false statement (same kind of thing). */
const DISTRACTOR_GROUPS: readonly string[][] = [
  ['全国代表大会', '中央委员会', '纪律检查委员会', '支部大会', '党员大会', '党小组', '党支部', '党组'],
  ['马克思列宁主义', '毛泽东思想', '邓小平理论', '“三个代表”重要思想', '科学发展观', '习近平新时代中国特色社会主义思想'],
  ['预备党员', '入党积极分子', '发展对象', '入党介绍人'],
  ['党旗', '党徽', '党费'],
  ['民主集中制', '群众路线', '批评和自我批评', '实事求是', '从严治党'],
];

/** A 32-bit seed from any strings (e.g. member id and day). */
export function seedOf(...parts: (string | number)[]): number {
  return createHash('sha256').update(parts.join('|')).digest().readUInt32BE(0);
}


function pick<T>(items: readonly T[], r: () => number): T {
  return items[Math.floor(r() * items.length) % items.length]!;
}

/** Chinese numeral (up to 9999, "两" allowed) → number; null when not a numeral. */
export function chineseToNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[零一二两三四五六七八九十百千]+$/.test(s)) return null;
  const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in units) {
      total += (digit || 1) * units[ch]!;
      digit = 0;
    } else {
      digit = ch === '两' ? 2 : CN_DIGITS.indexOf(ch);
    }
  }
  return total + digit;
}

/** Number (0–9999) → Chinese numeral as written in regulations ("十八", "一百二十"). */
export function numberToChinese(n: number): string {
  if (n === 0) return '零';
  const parts: string[] = [];
  const units = ['千', '百', '十', ''];
  const values = [1000, 100, 10, 1];
  let rest = n;
  let zero = false;
  values.forEach((v, i) => {
    const d = Math.floor(rest / v);
    rest %= v;
    if (d === 0) {
      if (parts.length) zero = true;
      return;
    }
    if (zero) parts.push('零');
    zero = false;
    parts.push((d === 1 && v === 10 && parts.length === 0 ? '' : CN_DIGITS[d]!) + units[i]!);
  });
  return parts.join('');
}

/** Lower-cases, drops whitespace and punctuation, turns Chinese numerals into digits. */
export function normalizeAnswer(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .replace(/[零一二两三四五六七八九十百千]+/g, (m) => {
      const n = chineseToNumber(m);
      return n === null ? m : String(n);
    });
}

const TRUE_WORDS = new Set(['对', '正确', '是', '√', 't', 'true', 'y', 'yes']);
const FALSE_WORDS = new Set(['错', '错误', '否', '不对', '×', 'x', 'f', 'false', 'n', 'no']);

/** True when `given` answers `question` correctly (tolerant of punctuation, numerals, option letters). */
export function isCorrect(question: Pick<QuizQuestion, 'kind' | 'answer' | 'options'>, given: string): boolean {
  const raw = given.normalize('NFKC').trim().toLowerCase();
  if (question.kind === 'judge') {
    const word = raw.replace(/[\s。.!！]/g, '');
    if (TRUE_WORDS.has(word)) return question.answer === '对';
    if (FALSE_WORDS.has(word)) return question.answer === '错';
    return false;
  }
  if (question.kind === 'which_article') {
    const letter = /^[a-d]$/.exec(raw.replace(/[\s.、。]/g, ''));
    if (letter) return question.options[letter[0].charCodeAt(0) - 97] === question.answer;
    const want = normalizeAnswer(question.answer).replace(/^第|条$/g, '');
    const got = normalizeAnswer(raw).replace(/^第|条$/g, '');
    return got !== '' && got === want;
  }
  const got = normalizeAnswer(raw);
  const want = normalizeAnswer(question.answer);
  if (got === '') return false;
  // "十八岁" may be answered "18" or "十八": the number alone is enough.
  const number = /^\d+/.exec(want);
  return got === want || (number !== null && got === number[0]);
}

/** The passage's body without its leading article number ("第五条 …" → "…"). */
function body(source: QuizSource): string {
  return source.text.replace(/^\s*第[零一二三四五六七八九十百千\d]+条(?:之[一二三四五六七八九十]+)?[\s　]*/, '').replace(/\s+/g, ' ').trim();
}

/** Splits into sentences (keeping the full stop) of a readable length. */
function sentences(text: string): string[] {
  return (text.match(/[^。；！？]+[。；！？]?/g) ?? []).map((s) => s.trim()).filter((s) => s.length >= 12 && s.length <= 160);
}

interface Term {
  sentence: string;
  term: string;
  numeric: boolean;
}

/** Key terms that are also the start of a longer word: "党组" in "党组织" is not the term 党组. */
const LONGER_WORD: Record<string, RegExp> = { 党组: /^织/, 共产主义: /^青年团/, 党支部: /^委员会|^书记/, 党小组: /^长/ };

/** True when `term` occurs in `sentence` as itself, not only as the start of a longer word. */
function standsAlone(sentence: string, term: string): boolean {
  const longer = LONGER_WORD[term];
  for (let i = sentence.indexOf(term); i >= 0; i = sentence.indexOf(term, i + 1)) {
    if (!longer || !longer.test(sentence.slice(i + term.length))) return true;
  }
  return false;
}

/** Replaces the first stand-alone occurrence of `term`. */
function replaceTerm(sentence: string, term: string, by: string): string {
  const longer = LONGER_WORD[term];
  for (let i = sentence.indexOf(term); i >= 0; i = sentence.indexOf(term, i + 1)) {
    if (!longer || !longer.test(sentence.slice(i + term.length))) return sentence.slice(0, i) + by + sentence.slice(i + term.length);
  }
  return sentence;
}

function termsOf(text: string): Term[] {
  const out: Term[] = [];
  for (const sentence of sentences(text)) {
    for (const m of sentence.matchAll(NUMBER_WITH_UNIT)) out.push({ sentence, term: m[0], numeric: true });
    for (const t of KEY_TERMS) if (standsAlone(sentence, t)) out.push({ sentence, term: t, numeric: false });
  }
  return out;
}

function cite(s: QuizSource): string {
  return `《${s.documentTitle}》${s.article}`;
}

function makeFill(s: QuizSource, r: () => number): QuizQuestion | null {
  const terms = termsOf(body(s));
  if (terms.length === 0) return null;
  const t = pick(terms, r);
  const blanked = replaceTerm(t.sentence, t.term, '（    ）');
  return {
    kind: 'fill',
    chunkId: s.chunkId,
    prompt: `填空题（出自${cite(s)}）：\n${blanked}\n\n回复“/答题 答案”作答。`,
    answer: t.term,
    options: [],
  };
}

/** A plausible wrong version of a term: another number, or another key term. */
function distort(t: Term, r: () => number): string | null {
  if (t.numeric) {
    const m = /^([零一二两三四五六七八九十百千\d]+)(.*)$/.exec(t.term);
    if (!m) return null;
    const n = chineseToNumber(m[1]!);
    if (n === null) return null;
    const changed = n <= 1 ? n + 1 : r() < 0.5 ? n + 1 : n - 1;
    const written = /^\d+$/.test(m[1]!) ? String(changed) : numberToChinese(changed);
    return written + m[2]!;
  }
  const group = DISTRACTOR_GROUPS.find((g) => g.includes(t.term)) ?? [];
  const others = group.filter((k) => k !== t.term && !t.sentence.includes(k));
  return others.length ? pick(others, r) : null;
}

function makeJudge(s: QuizSource, r: () => number): QuizQuestion | null {
  const terms = termsOf(body(s));
  if (terms.length === 0) return null;
  const t = pick(terms, r);
  const truthful = r() < 0.5;
  let statement = t.sentence;
  if (!truthful) {
    const wrong = distort(t, r);
    if (!wrong) return null;
    statement = replaceTerm(t.sentence, t.term, wrong);
  }
  return {
    kind: 'judge',
    chunkId: s.chunkId,
    prompt: `判断题：根据${cite(s)}，下面的说法对吗？\n${statement}\n\n回复“/答题 对”或“/答题 错”。`,
    answer: truthful ? '对' : '错',
    options: ['对', '错'],
  };
}

function makeWhichArticle(s: QuizSource, all: QuizSource[], r: () => number): QuizQuestion | null {
  if (!ARTICLE_RE.test(s.article)) return null;
  const siblings = [...new Set(all.filter((o) => o.documentTitle === s.documentTitle && ARTICLE_RE.test(o.article) && o.article !== s.article).map((o) => o.article))];
  if (siblings.length < 3) return null;
  const text = body(s);
  if (text.length < 10) return null;
  const distractors: string[] = [];
  while (distractors.length < 3) {
    const candidate = pick(siblings, r);
    if (!distractors.includes(candidate)) distractors.push(candidate);
  }
  const order = (a: string) => chineseToNumber(/^第([^条]+)条/.exec(a)?.[1] ?? '') ?? 0;
  const options = [s.article, ...distractors].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  const excerpt = text.length > 90 ? `${text.slice(0, 90)}……` : text;
  const letters = options.map((o, i) => `${String.fromCharCode(65 + i)}. ${o}`).join('\n');
  return {
    kind: 'which_article',
    chunkId: s.chunkId,
    prompt: `选择题：下面这段话出自《${s.documentTitle}》的哪一条？\n“${excerpt}”\n${letters}\n\n回复“/答题 A”等选项作答。`,
    answer: s.article,
    options,
  };
}

/**
 * The question for `seed` from `sources` (any order; sorted by chunk id here so the result does
 * not depend on query order). Returns null when no passage yields a question.
 */
export function makeQuestion(sources: QuizSource[], seed: number): QuizQuestion | null {
  const pool = [...sources].sort((a, b) => a.chunkId - b.chunkId);
  if (pool.length === 0) return null;
  const r = seededRandom(seed);
  const start = Math.floor(r() * pool.length);
  const kinds: QuizKind[] = ['fill', 'judge', 'which_article'];
  const firstKind = Math.floor(r() * kinds.length);
  // Walk from the drawn passage until one yields a question (bounded: a few dozen passages).
  for (let step = 0; step < Math.min(pool.length, 50); step++) {
    const s = pool[(start + step) % pool.length]!;
    for (let k = 0; k < kinds.length; k++) {
      const kind = kinds[(firstKind + k) % kinds.length]!;
      const q = kind === 'fill' ? makeFill(s, r) : kind === 'judge' ? makeJudge(s, r) : makeWhichArticle(s, pool, r);
      if (q) return q;
    }
  }
  return null;
}
