/**
 * Text clean-up shared by all loaders, plus the PDF-specific repairs (page numbers, running
 * headers/footers, lines broken by the page layout).
 */

/** Options for {@link normalizeText}. */
export interface NormalizeOptions {
  /**
   * Text extracted from a PDF, pages separated by form feeds (`\f`): drop page-number lines and
   * running headers/footers, and re-join lines broken mid-sentence. Default false.
   */
  pdf?: boolean;
}

const CJK = '\\u2e80-\\u2fdf\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const CJK_PUNCT = '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2018-\\u201f\\u2026\\u2014\\u00b7';
/** Space between two CJK characters/punctuation marks: a PDF or typesetting artefact. */
const CJK_GAP_RE = new RegExp(`([${CJK}${CJK_PUNCT}])[ \\t]+(?=[${CJK}${CJK_PUNCT}])`, 'g');
/** Full-width punctuation that Chinese text keeps: ！（），：；？ */
const KEEP_FULLWIDTH = new Set([0xff01, 0xff08, 0xff09, 0xff0c, 0xff1a, 0xff1b, 0xff1f]);
const NUM = '[零〇一二两三四五六七八九十百千\\d]+';
/** "第一章 总则", "## 第三条 …", "附件2 …": the space after the marker is meaningful and must survive CJK_GAP_RE. */
const MARKER_SPACE_RE = new RegExp(
  `^((?:#{1,6}[ \\t]+)?(?:第${NUM}(?:编|部分|章|节|条(?:之[一二三四五六七八九十]+)?)|附件(?:${NUM})?|附录(?:${NUM})?))[ \\t]+`,
  'gm',
);

function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => {
    const c = ch.charCodeAt(0);
    return KEEP_FULLWIDTH.has(c) ? ch : String.fromCharCode(c - 0xfee0);
  });
}

/**
 * General clean-up: unify newlines; full-width ASCII letters, digits, symbols and the
 * ideographic space → half width (keeping Chinese punctuation ，。：；（）！？“”); Kangxi radicals and
 * compatibility ideographs (PDF extraction artefacts) → standard characters; remove zero-width
 * characters and spaces between Chinese characters ("党 支 部" → "党支部", Latin words keep theirs);
 * trim lines and collapse runs of blank lines. With `pdf: true`, also see {@link NormalizeOptions.pdf}.
 */
export function normalizeText(text: string, opts: NormalizeOptions = {}): string {
  let t = text.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n');
  t = t.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '');
  t = t.replace(/[\u2f00-\u2fdf\u2e80-\u2eff\uf900-\ufaff]/g, (ch) => ch.normalize('NFKC'));
  t = toHalfWidth(t).replace(/[\u3000\u00a0\u2002-\u200a\u202f\u205f\v]/g, ' ');
  // In PDF mode a form feed separates pages: keep it on a line of its own.
  t = t.replace(/\f/g, opts.pdf ? '\n\f\n' : '\n');
  t = t.replace(/[ \t]+/g, (s) => (s.includes('\t') ? '\t' : ' '));
  t = t.replace(/^[ \t]+|[ \t]+$/gm, '');
  t = t.replace(new RegExp(`第[ \\t]*(\\d+)[ \\t]*(编|章|节|条|款|页)`, 'g'), '第$1$2');
  t = t.replace(MARKER_SPACE_RE, '$1\u0001');
  t = t.replace(CJK_GAP_RE, '$1').replace(/\u0001/g, ' ');
  if (opts.pdf) t = repairPdfLayout(t);
  return t.replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
}

const PAGE_NUMBER_RES = [
  /^[-－—–·•\s]*\d{1,4}[-－—–·•\s]*$/, // "3", "- 3 -", "— 3 —", "·3·"
  /^第\d{1,4}页(?:[,，/ ]*共\d{1,4}页)?$/, // "第3页", "第3页 共12页"
  /^\d{1,4}\s*\/\s*\d{1,4}$/, // "3/12"
  /^(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i, // "Page 3 of 12"
  /^--\s*\d+\s+of\s+\d+\s*--$/, // pdf-parse's default page joiner
];

function isPageNumberLine(line: string): boolean {
  return PAGE_NUMBER_RES.some((re) => re.test(line));
}

/** Lines seen near the top or bottom of at least half the pages (≥ 3 pages), digits ignored. */
function runningLines(pages: string[][]): Set<string> {
  const found = new Set<string>();
  if (pages.length < 3) return found;
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edge = new Set([...lines.slice(0, 3), ...lines.slice(-3)].map(runningKey));
    for (const key of edge) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const min = Math.max(3, Math.ceil(pages.length / 2));
  for (const [key, n] of counts) if (n >= min) found.add(key);
  return found;
}

function runningKey(line: string): string {
  return line.replace(/\d+/g, '#').replace(/\s+/g, '');
}

const SENTENCE_END_RE = /[。！？；：….!?;:」』”’）)】]$/;
const STRUCTURE_START_RE = new RegExp(
  `^(?:#{1,6}\\s|(?:总纲|总则|附则|分则|序言|前言)$|第${NUM}(?:编|部分|章|节|条)|（${NUM}）|\\(${NUM}\\)|[一二三四五六七八九十]+、|\\d+[.、．]\\s*\\S|[①-⑳]|[-•·*]\\s|>)`,
);
const HEADING_LINE_RE = new RegExp(`^(?:#{1,6}\\s|第${NUM}(?:编|部分|章|节)(?:\\s|$))`);
const CONTINUATION_START_RE = /^[a-z，、,.;；）)」』”]/;

/**
 * Join a line broken by the page width to the next one, with a space only between Latin words:
 * "a members" + "meeting" → "a members meeting", but "2026年5月1" + "1日" → "2026年5月11日".
 */
function joinBroken(a: string, b: string): string {
  const latinEnd = /(?:^|[\s,.;:!?)])[A-Za-z0-9'’-]+[,.;:!?)]?$/.test(a);
  const latinStart = /^[A-Za-z0-9(]/.test(b) && !new RegExp(`^[A-Za-z0-9]+[${CJK}]`).test(b);
  return latinEnd && latinStart ? `${a} ${b}` : a + b;
}

function repairPdfLayout(text: string): string {
  const pages = text.split('\n\f\n').map((p) => p.replace(/^\n+|\n+$/g, '').split('\n'));
  const running = runningLines(pages.map((p) => p.filter((l) => l !== '')));
  const lines: string[] = [];
  let keptFirstRunning = false;
  for (const page of pages) {
    for (const line of page) {
      if (line !== '' && isPageNumberLine(line)) continue;
      if (line !== '' && running.has(runningKey(line))) {
        // A running header that is also the document's first line is its title: keep that one.
        if (keptFirstRunning || lines.some((l) => l !== '')) continue;
        keptFirstRunning = true;
      }
      lines.push(line);
    }
  }
  // "Full" lines reach the right margin; a shorter line ended on purpose (title, last line of a paragraph).
  // The margin is measured on lines without final punctuation: mostly wrapped lines, all equally long.
  const long = lines.filter((l) => l.length > 10);
  const unterminated = long.filter((l) => !SENTENCE_END_RE.test(l));
  const lengths = (unterminated.length >= 3 ? unterminated : long).map((l) => l.length).sort((x, y) => x - y);
  const typical = lengths.length ? lengths[Math.floor(lengths.length * 0.9)]! : Infinity;
  const out: string[] = [];
  let prevPhysical = ''; // the previous line as laid out, before any joining
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (
      prev &&
      line &&
      !SENTENCE_END_RE.test(prev) &&
      !HEADING_LINE_RE.test(prev) &&
      !STRUCTURE_START_RE.test(line) &&
      (prevPhysical.length >= typical * 0.75 || CONTINUATION_START_RE.test(line) || /[，、,]$/.test(prev))
    ) {
      out[out.length - 1] = joinBroken(prev, line);
    } else {
      out.push(line);
    }
    prevPhysical = line;
  }
  return out.join('\n');
}
