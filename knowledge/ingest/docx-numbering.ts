/**
 * Word's automatic numbering ("第%1条", "（%1）", "%1.") is not text: mammoth drops it, and an
 * auto-numbered regulation would lose every "第X条". This pass renders each numbered paragraph's
 * label from numbering.xml and writes it into document.xml as ordinary text before mammoth runs.
 */
import { readZipEntry, replaceZipEntries } from './zip-entries';

interface Level {
  start: number;
  fmt: string;
  text: string;
}

interface Numbering {
  /** abstractNumId → levels by ilvl */
  abstract: Map<string, Level[]>;
  /** numId → abstractNumId and per-level start overrides */
  nums: Map<string, { abstractId: string; overrides: Map<number, number> }>;
}

const attr = (xml: string, tag: string): string | undefined =>
  new RegExp(`<w:${tag}\\b[^>]*?w:val="([^"]*)"`).exec(xml)?.[1];

function parseNumbering(xml: string): Numbering {
  const abstract = new Map<string, Level[]>();
  for (const m of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels: Level[] = [];
    for (const l of m[2]!.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      levels[Number(l[1])] = { start: Number(attr(l[2]!, 'start') ?? 1), fmt: attr(l[2]!, 'numFmt') ?? 'decimal', text: attr(l[2]!, 'lvlText') ?? '' };
    }
    abstract.set(m[1]!, levels);
  }
  const nums: Numbering['nums'] = new Map();
  for (const m of xml.matchAll(/<w:num\b[^>]*w:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const abstractId = attr(m[2]!, 'abstractNumId');
    if (abstractId === undefined) continue;
    const overrides = new Map<number, number>();
    for (const o of m[2]!.matchAll(/<w:lvlOverride\b[^>]*w:ilvl="(\d)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = attr(o[2]!, 'startOverride');
      if (start !== undefined) overrides.set(Number(o[1]), Number(start));
    }
    nums.set(m[1]!, { abstractId, overrides });
  }
  return { abstract, nums };
}

const CN_DIGITS = '零一二三四五六七八九';
const TIANGAN = '甲乙丙丁戊己庚辛壬癸';

function chinese(n: number): string {
  if (n <= 0 || n >= 10000) return String(n);
  const s = String(n);
  let out = '';
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i]);
    const pos = s.length - 1 - i;
    if (d === 0) {
      zero = true;
      continue;
    }
    if (zero && out) out += '零';
    zero = false;
    out += (d === 1 && pos === 1 && i === 0 ? '' : CN_DIGITS[d]) + ['', '十', '百', '千'][pos];
  }
  return out;
}

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, r] of table) while (n >= v) [out, n] = [out + r, n - v];
  return out;
}

/** Render a counter in a Word number format (the common ones; others fall back to decimal). */
export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
      return chinese(n);
    case 'ideographTraditional':
      return TIANGAN[(n - 1) % 10] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'upperLetter':
      return String.fromCharCode(65 + ((n - 1) % 26));
    case 'lowerLetter':
      return String.fromCharCode(97 + ((n - 1) % 26));
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'decimalZero':
      return String(n).padStart(2, '0');
    default:
      return String(n);
  }
}

function styleNumbering(stylesXml: string | undefined): Map<string, { numId: string; ilvl: number }> {
  const out = new Map<string, { numId: string; ilvl: number }>();
  if (!stylesXml) return out;
  for (const m of stylesXml.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(m[2]!)?.[1];
    const numId = numPr && attr(numPr, 'numId');
    if (numId) out.set(m[1]!, { numId, ilvl: Number(attr(numPr, 'ilvl') ?? 0) });
  }
  return out;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Return the DOCX with every auto-numbered paragraph's label written as text ("第一条 …"); the
 * input itself when it has no (non-bullet) numbering.
 */
export function materializeDocxNumbering(docx: Buffer): Buffer {
  const numberingXml = readZipEntry(docx, 'word/numbering.xml')?.toString('utf8');
  const documentXml = readZipEntry(docx, 'word/document.xml')?.toString('utf8');
  if (!numberingXml || !documentXml) return docx;
  const numbering = parseNumbering(numberingXml);
  const byStyle = styleNumbering(readZipEntry(docx, 'word/styles.xml')?.toString('utf8'));
  const counters = new Map<string, number[]>();
  const seenNums = new Set<string>();
  let changed = false;
  const out = documentXml.replace(/<w:p\b[^>]*\/>|<w:p\b[^>]*>[\s\S]*?<\/w:p>/g, (p) => {
    if (p.endsWith('/>') && !p.includes('</w:p>')) return p; // empty <w:p/>
    const pPr = /^<w:p\b[^>]*>\s*(<w:pPr>[\s\S]*?<\/w:pPr>)/.exec(p)?.[1] ?? '';
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(pPr)?.[1];
    const styled = byStyle.get(attr(pPr, 'pStyle') ?? '');
    const numId = numPr ? attr(numPr, 'numId') : styled?.numId;
    const ilvl = numPr ? Number(attr(numPr, 'ilvl') ?? 0) : (styled?.ilvl ?? 0);
    const num = numId && numId !== '0' ? numbering.nums.get(numId) : undefined;
    const levels = num && numbering.abstract.get(num.abstractId);
    const level = levels?.[ilvl];
    if (!num || !levels || !level || level.fmt === 'bullet' || level.fmt === 'none' || !level.text) return p;
    // Word continues a list across num instances of one abstract definition unless one restarts it.
    const counter = counters.get(num.abstractId) ?? [];
    if (!seenNums.has(numId!)) {
      seenNums.add(numId!);
      for (const [l, start] of num.overrides) counter[l] = start - 1;
    }
    counter[ilvl] = (counter[ilvl] ?? level.start - 1) + 1;
    counter.length = ilvl + 1; // deeper levels restart
    counters.set(num.abstractId, counter);
    const label = level.text.replace(/%([1-9])/g, (_m, d: string) => {
      const i = Number(d) - 1;
      const lv = levels[i];
      return formatNumber(counter[i] ?? lv?.start ?? 1, lv?.fmt ?? 'decimal');
    });
    changed = true;
    const run = `<w:r><w:t xml:space="preserve">${escapeXml(label)} </w:t></w:r>`;
    return pPr ? p.replace(pPr, pPr + run) : p.replace(/^<w:p\b[^>]*>/, (open) => open + run);
  });
  return changed ? replaceZipEntries(docx, new Map([['word/document.xml', Buffer.from(out, 'utf8')]])) : docx;
}
