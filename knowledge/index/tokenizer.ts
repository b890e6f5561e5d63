/**
 * Chinese tokenizer shared by indexing and querying (BM25 and the local embedder).
 *
 * Tokens of a text are:
 *  - jieba search-mode words (`cutForSearch`, HMM on) with the party user dictionary, without
 *    stopwords, punctuation and single CJK characters;
 *  - article references as one token with Chinese numerals (`第16条` → `第十六条`);
 *  - numbers with their unit (`1次`, `32学时`, `6个月`), so "每月开展1次" can match;
 *  - character bigrams of every CJK run (recall for paraphrases that jieba cuts differently),
 *    skipping bigrams that contain a sentence particle (的, 了, 吗 …).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { fnv1a } from './hash';
import { partyDictText } from './party-dict';

/** Bump when token output changes: persisted indexes built with another version are stale. */
export const TOKENIZER_VERSION = 2;

/** Version plus a fingerprint of the party dictionary: editing the dictionary also invalidates indexes. */
export const TOKENIZER_ID = `${TOKENIZER_VERSION}:${fnv1a(partyDictText()).toString(16)}`;

let jieba: Jieba | undefined;

/**
 * Dictionary words rarer than this (jieba's own corpus frequency) are left out: the 349k-word default
 * dictionary costs ≈ 36 MB resident, the 137k words at 5 or more ≈ 26 MB. Retrieval does not notice
 * (rare words fall back to HMM cuts and the character bigrams beside them; `npm run eval` unchanged).
 */
export const JIEBA_MIN_FREQUENCY = 5;

/**
 * jieba's default dictionary without its rarest words, read for construction only
 * (`@node-rs/jieba/dict` would also load the 6 MB IDF table and keep both buffers for the process's life).
 */
export function readJiebaDict(minFrequency = JIEBA_MIN_FREQUENCY): Buffer {
  const pkg = path.dirname(require.resolve('@node-rs/jieba/package.json'));
  const raw = fs.readFileSync(path.join(pkg, 'dict.txt'));
  return minFrequency > 0 ? keepFrequentLines(raw, minFrequency) : raw;
}

/** Lines `word frequency [tag]` whose frequency is at least `min`, scanned as bytes (no 5 MB string). */
export function keepFrequentLines(dict: Buffer, min: number): Buffer {
  const out = Buffer.allocUnsafe(dict.length);
  let written = 0;
  for (let start = 0; start < dict.length; ) {
    let end = dict.indexOf(0x0a, start);
    if (end === -1) end = dict.length;
    const space = dict.indexOf(0x20, start);
    let freq = 0;
    if (space !== -1 && space < end) for (let i = space + 1; i < end && dict[i]! >= 0x30 && dict[i]! <= 0x39; i++) freq = freq * 10 + dict[i]! - 0x30;
    if (freq >= min) written += dict.copy(out, written, start, Math.min(end + 1, dict.length));
    start = end + 1;
  }
  return out.subarray(0, written);
}

/** The process-wide jieba instance with the default and party dictionaries (lazy; ~0.3 s once). */
export function getJieba(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(readJiebaDict());
    jieba.loadDict(Buffer.from(partyDictText(), 'utf8'));
  }
  return jieba;
}

/** Function words and question words that carry no retrieval signal. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  '的', '了', '吗', '呢', '啊', '呀', '吧', '嘛', '哦', '么', '是', '在', '和', '与', '及', '或',
  '等', '对', '把', '被', '给', '从', '向', '于', '为', '以', '之', '其', '这', '那', '也', '都',
  '就', '还', '又', '并', '而', '但', '如果', '那么', '这个', '那个', '这些', '那些', '什么',
  '怎么', '怎样', '怎么样', '如何', '哪些', '哪个', '哪里', '为什么', '多少', '多久', '多长',
  '多长时间', '几次', '一下', '请问', '我们', '我', '你', '您', '他', '她', '它', '他们', '咱们',
  '大家', '自己', '可以', '能否', '能不能', '是否', '有没有', '要不要', '需要', '应该', '还能',
  '一个', '一些', '所以', '因为', '或者', '以及', '并且', '已经', '就是', '还是', '有关',
  '关于', '按照', '根据', '进行', '其中', '的话', '知道', '告诉', '一般', '搞', '弄', '问',
]);

/** Sentence particles: a bigram containing one of these is noise. */
const PARTICLES = new Set(['的', '了', '吗', '呢', '啊', '呀', '吧', '嘛', '哦', '么']);

const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff]+/g;
const CJK_CHAR = /^[\u3400-\u4dbf\u4e00-\u9fff]$/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const ARTICLE_REF = /第([0-9一二三四五六七八九十百零〇两]+)条/g;
const NUMBER_UNIT = /([0-9]+)\s*(个月|学时|小时|周岁|次|年|月|天|日|周|人|名|个|项|届)/g;
// Chinese-numeral counts ("一次", "两年") give the same token as "1次" / "2年".
const CN_COUNT_WORD = /^[一二两三四五六七八九十]{1,3}(个月|学时|次|年|天|周)$/;
const CN_NUMBER_UNIT = /(?<![第一二三四五六七八九十百两])([一二两三四五六七八九十]{1,3})(个月|学时|次|年|天|周)/g;

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Writes 0–9999 in Chinese numerals the way regulations number articles (16 → 十六, 105 → 一百零五). */
export function toChineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n);
  if (n < 10) return DIGITS[n]!;
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i]!;
    if (d === 0) {
      zero = out.length > 0;
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[d]! + unit;
  });
  // 一十六 → 十六 only for 10–19.
  return n >= 10 && n < 20 ? out.replace(/^一十/, '十') : out;
}

/** Parses 一..九十九 (and 两); undefined for anything else. */
export function parseChineseNumber(s: string): number | undefined {
  const d = (c: string | undefined): number => (c === '两' ? 2 : DIGITS.indexOf(c ?? ''));
  if (/^[一二两三四五六七八九]$/.test(s)) return d(s);
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (!m) return undefined;
  return (m[1] ? d(m[1]) : 1) * 10 + (m[2] ? d(m[2]) : 0);
}

/** `第16条` / `第十六条` → `第十六条` (the article-number token). */
export function normalizeArticleRef(ref: string): string {
  return ref.replace(ARTICLE_REF, (_m, num: string) =>
    /^[0-9]+$/.test(num) ? `第${toChineseNumber(Number(num))}条` : `第${num.replace('两', '二')}条`,
  );
}

function keepWord(w: string): boolean {
  if (STOPWORDS.has(w)) return false;
  if (!WORD_CHAR.test(w)) return false; // punctuation, spaces
  if (w.length === 1 && CJK_CHAR.test(w)) return false; // single characters: bigrams cover them
  if (/^[0-9]{1,2}$/.test(w)) return false; // bare small numbers; number+unit tokens carry them
  if (CN_COUNT_WORD.test(w)) return false; // 一次 / 两年: the number+unit token (1次, 2年) carries them
  return true;
}

/** jieba search-mode words of `text` (stopwords, punctuation and single CJK characters removed). */
export function wordTokens(text: string): string[] {
  const out: string[] = [];
  for (const w of getJieba().cutForSearch(text, true)) {
    const t = w.trim().toLowerCase();
    if (t && keepWord(t)) out.push(t);
  }
  return out;
}

/** Character bigrams of each CJK run of `text`, without particle and stopword bigrams. */
export function cjkBigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(CJK_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) {
      const a = run[i]!;
      const b = run[i + 1]!;
      if (PARTICLES.has(a) || PARTICLES.has(b) || STOPWORDS.has(a + b)) continue;
      out.push(a + b);
    }
  }
  return out;
}

/** Article references and number+unit tokens of `text`. */
export function specialTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ARTICLE_REF)) out.push(normalizeArticleRef(m[0]));
  for (const m of text.matchAll(NUMBER_UNIT)) out.push(`${Number(m[1])}${m[2]}`);
  for (const m of text.matchAll(CN_NUMBER_UNIT)) {
    const n = parseChineseNumber(m[1]!);
    if (n !== undefined) out.push(`${n}${m[2]}`);
  }
  return out;
}

/** Tokens of a text split by origin; `tokenize` is their concatenation. */
export interface TokenParts {
  /** jieba words and special tokens (article refs, number+unit). */
  words: string[];
  /** CJK character bigrams. */
  bigrams: string[];
}

/** Tokenizes `text` keeping word tokens and bigrams apart (the query side weighs them differently). */
export function tokenizeParts(text: string): TokenParts {
  const clean = text.normalize('NFKC');
  // Article numbers become one token; their characters would only add noise bigrams (照第, 百零 …).
  const rest = clean.replace(ARTICLE_REF, ' ');
  return { words: [...specialTokens(clean), ...wordTokens(rest)], bigrams: cjkBigrams(rest) };
}

/** Index/query tokens of `text`: words + special tokens + CJK bigrams (duplicates kept = term frequency). */
export function tokenize(text: string): string[] {
  const { words, bigrams } = tokenizeParts(text);
  return words.concat(bigrams);
}
