/**
 * Line-level structure of Chinese regulations and handbooks: headings (编/部分/章/节, Markdown
 * `#`, 总纲/附则 …), article starts ("第十六条", "第12条", "第十六条之一") and numbered items.
 */

const CN_NUM: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Chinese (一百四十二, 十二, 一百零五) or Arabic numeral → number; NaN when malformed. */
export function parseNumeral(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in CN_NUM) digit = CN_NUM[ch]!;
    else if (ch in CN_UNIT) {
      total += (digit < 0 ? 1 : digit) * CN_UNIT[ch]!;
      digit = -1;
    } else return NaN;
  }
  return total + (digit > 0 ? digit : 0);
}

const NUM = '[零〇一二两三四五六七八九十百千]+|\\d+';
const ARTICLE_RE = new RegExp(`^第(${NUM})条(之[一二三四五六七八九十]+)?(?=$|\\s|[^\\s，。、；：,.;:])`);
const DIVISION_RE = new RegExp(`^第(?:${NUM})(编|部分|章|节)`);
const STANDALONE_HEADINGS = new Set(['总纲', '总则', '附则', '分则', '序言', '前言', '附件', '说明']);
const MD_HEADING_RE = /^(#{1,6})\s+(.+?)\s*#*$/;
const ENUM_HEADING_RE = /^(?:([一二三四五六七八九十]+)、|（([一二三四五六七八九十]+)）)\s*(\S.{0,28})$/;

const DIVISION_RANK: Record<string, number> = { 部分: 5, 编: 10, 章: 20, 节: 30 };
const HASH_RANK = [0, 5, 20, 30, 40, 50, 60];

/** A heading: `rank` orders nesting (smaller = outer): 部分 5, 编 10, 章/总纲 20, 节 30, "一、" 45, "（一）" 55. */
export interface Heading {
  text: string;
  rank: number;
}

/** An article start: "第十六条" (label), its number, and the line without Markdown `#`. */
export interface ArticleStart {
  label: string;
  num: number;
  /** True for inserted articles like "第十六条之一". */
  inserted: boolean;
  line: string;
}

/** Recognise "第X条 …" at line start (also as a Markdown heading "### 第一条"). */
export function matchArticle(line: string): ArticleStart | null {
  const stripped = line.replace(/^#{1,6}\s+/, '');
  const m = ARTICLE_RE.exec(stripped);
  if (!m) return null;
  const num = parseNumeral(m[1]!);
  if (!Number.isFinite(num) || num <= 0) return null;
  return { label: m[0], num, inserted: Boolean(m[2]), line: stripped };
}

/**
 * Recognise a heading line. Bare (non-Markdown) headings must be short and unpunctuated:
 * "第二章 违纪与纪律处分", "总纲"; "一、总体要求" / "（一）三会一课" count only when
 * `allowEnumerated` (i.e. outside an article, where they would be items).
 */
export function matchHeading(line: string, allowEnumerated: boolean): Heading | null {
  const md = MD_HEADING_RE.exec(line);
  if (md) {
    const text = md[2]!;
    const division = DIVISION_RE.exec(text);
    const rank = division ? DIVISION_RANK[division[1]!]! : STANDALONE_HEADINGS.has(text) ? 20 : HASH_RANK[md[1]!.length]!;
    return { text, rank };
  }
  if (line.length > 40 || /[。；，,;]/.test(line)) return null;
  const division = DIVISION_RE.exec(line);
  if (division) return { text: line, rank: DIVISION_RANK[division[1]!]! };
  if (STANDALONE_HEADINGS.has(line)) return { text: line, rank: 20 };
  if (allowEnumerated) {
    const e = ENUM_HEADING_RE.exec(line);
    if (e && !/[：:]$/.test(line)) return { text: line, rank: e[1] ? 45 : 55 };
  }
  return null;
}

/** Numbered item starts inside an article: 一、 （一） 1. 1、 （1） (1) ①. */
export const ITEM_START_RE = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\([一二三四五六七八九十\d]+\)|\d+[.、．](?!\d)|[①-⑳])/;
