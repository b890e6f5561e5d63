/**
 * Document metadata read from the text itself: the header block (blockquote "> 版本：…" lines,
 * "发布机关：…" / "生效日期：…" labels, the parenthetical issuance note such as
 * "（2024年1月18日中共中央政治局常委会会议审议批准 2024年2月5日中共中央发布）") and the closing
 * "本条例自…起施行" / "…同时废止" articles.
 */

/** Metadata of a loaded document; every field is optional because plain documents have none. */
export interface DocumentMeta {
  /** Issuing body, e.g. "中共中央", "中共中央办公厅", "中国共产党第二十次全国代表大会". */
  issuer?: string;
  /** Date the text took effect, ISO yyyy-mm-dd; only set when the text says it. */
  effectiveDate?: string;
  /** Title of the revision that replaced this text, e.g. "中国共产党纪律处分条例（2023年修订）". */
  supersededBy?: string;
  /** Title of the earlier version this text replaces, e.g. "中国共产党发展党员工作细则（2014年）". */
  supersedes?: string;
  /** The header's version statement as written, e.g. "2019年11月29日修订". */
  version?: string;
}

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function cnSmall(s: string): number {
  // 一 … 三十一
  if (!s.includes('十')) return CN_DIGITS[s] ?? NaN;
  const [tens, ones] = s.split('十');
  return (tens ? (CN_DIGITS[tens] ?? NaN) : 1) * 10 + (ones ? (CN_DIGITS[ones] ?? NaN) : 0);
}

function iso(y: number, m: number, d: number): string | undefined {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1900 && y <= 2200)) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DATE_SRC = '(\\d{4})\\s*年\\s*(?:(\\d{1,2})\\s*月\\s*(?:(\\d{1,2})\\s*日)?)?';
const CN_DATE_RE = /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/;

/** First date in `s` as ISO yyyy-mm-dd ("2018年10月1日", "2018-10-01", "二〇一八年十月一日"). */
export function parseChineseDate(s: string): string | undefined {
  let m = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = CN_DATE_RE.exec(s);
  if (m) return iso(Number([...m[1]!].map((c) => CN_DIGITS[c]).join('')), cnSmall(m[2]!), cnSmall(m[3]!));
  return undefined;
}

interface IssuanceEvent {
  year: number;
  date?: string;
  actor: string;
  verb: string;
}

const EVENT_RE = new RegExp(
  `(?:自\\s*)?${DATE_SRC}\\s*([\\u4e00-\\u9fa5]{0,24}?)(审议批准|批准|发布|印发|通过|修订|修正|修改|起施行|施行)`,
  'g',
);

function parseEvents(s: string): IssuanceEvent[] {
  const events: IssuanceEvent[] = [];
  for (const m of s.matchAll(EVENT_RE)) {
    const year = Number(m[1]);
    const date = m[2] && m[3] ? iso(year, Number(m[2]), Number(m[3])) : undefined;
    events.push({ year, date, actor: m[4] ?? '', verb: m[5]!.replace(/^起/, '') });
  }
  return events;
}

const HEADING_OR_ARTICLE_RE = /^(?:#{2,6}\s|第[零〇一二两三四五六七八九十百千\d]+(?:编|部分|章|节|条))/;
const LABEL_RE = /^(?:>\s*)?([\u4e00-\u9fa5]{2,6})[：:]\s*(.+)$/;
const ISSUER_LABELS = new Set(['发布机关', '发文机关', '制定机关', '印发机关', '发布单位', '发文单位']);
const DATE_LABELS = new Set(['生效日期', '施行日期', '实施日期', '生效时间', '施行时间', '实施时间']);
const VERSION_LABELS = new Set(['版本', '版本说明']);
const SUPERSEDED_RE = /已(?:经)?被(.{1,40}?)(?:所)?(?:取代|替代|代替|废止)/;
const SUPERSEDES_RE = /(?:^|[（(，,\s])(?:取代|替代|代替)(.{1,40}?)(?:[）)，,。]|$)/;

/** Header lines: from the top to the first chapter heading or article (title and source lines excluded). */
function headerLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines.slice(0, 60)) {
    if (HEADING_OR_ARTICLE_RE.test(line)) break;
    if (/^#\s/.test(line) || /^(?:>\s*)?(?:来源|出处|链接|责编|编辑)[：:]/.test(line)) continue;
    out.push(line);
  }
  return out;
}

/** "2023年修订版" → "<base>（2023年修订）"; "《X》（2023年修订）" → "X（2023年修订）"; otherwise as written. */
function versionTitle(ref: string, baseTitle: string): string {
  const named = /《([^》]+)》\s*([（(][^）)]*[）)])?/.exec(ref);
  if (named) return `${named[1]}${named[2] ? named[2].replace('(', '（').replace(')', '）') : ''}`;
  const year = /^(\d{4})年(修订|修正|修改)?(?:版|本|的版本)?$/.exec(ref.trim());
  if (year) return `${baseTitle}（${year[1]}年${year[2] ?? '修订'}）`;
  return ref.trim();
}

function issuerFrom(header: string, events: IssuanceEvent[]): string | undefined {
  let issuer: string | undefined;
  for (const e of events) {
    if ((e.verb === '发布' || e.verb === '印发') && e.actor && !/会议$/.test(e.actor)) issuer = e.actor;
  }
  const paren = [...header.matchAll(/[（(]([\u4e00-\u9fa5]{2,20}?)(?:印发|发布)[）)]/g)].pop();
  if (paren) issuer = paren[1];
  const congress = /(中国共产党第[一二三四五六七八九十]+次全国代表大会)/.exec(header);
  if (!issuer && congress) issuer = congress[1];
  return issuer;
}

function effectiveFrom(header: string, body: string, events: IssuanceEvent[]): string | undefined {
  const started = events.filter((e) => e.verb === '施行' && e.date).pop();
  if (started) return started.date;
  const clause = new RegExp(`本[\\u4e00-\\u9fa5]{0,4}自${DATE_SRC}起(?:施行|生效|实施)`).exec(body);
  if (clause?.[2] && clause[3]) return iso(Number(clause[1]), Number(clause[2]), Number(clause[3]));
  if (/自(?:发布|印发)之日起(?:施行|生效|实施)/.test(body)) {
    const published = events.filter((e) => (e.verb === '发布' || e.verb === '印发') && e.date).pop();
    const revisedLater = events.some((e) => e.verb === '修订' && published && e.year > Number(published.date!.slice(0, 4)));
    // "2019年修订" with no later 发布 date: the revision's publication date is not in the text.
    if (published && !revisedLater) return published.date;
    return undefined;
  }
  const adopted = events.filter((e) => e.verb === '通过' && e.date).pop();
  // A party congress's amendment of the constitution takes effect on adoption.
  if (adopted && /全国代表大会/.test(header)) return adopted.date;
  return undefined;
}

function supersedesFrom(header: string, body: string, events: IssuanceEvent[], baseTitle: string): string | undefined {
  const stated = SUPERSEDES_RE.exec(header.replace(SUPERSEDED_RE, ''));
  if (stated) return versionTitle(stated[1]!, baseTitle);
  const repealed = new RegExp(`(?:${DATE_SRC}[^《。]{0,20})?《([^》]+)》[^。]{0,10}同时废止`).exec(body);
  if (repealed) return repealed[1] ? `${repealed[4]}（${repealed[1]}年）` : repealed[4];
  const revision = events.filter((e) => e.verb === '修订' || e.verb === '修正' || e.verb === '修改').pop();
  if (!revision) return undefined;
  const earlier = events.filter((e) => e.year < revision.year && /发布|印发|修订|修正|修改|通过/.test(e.verb)).pop();
  if (!earlier) return undefined;
  return `${baseTitle}（${earlier.year}年${earlier.verb === '修订' || earlier.verb === '修正' ? earlier.verb : ''}）`;
}

/** Read issuer, effective date, supersession and version statement from a normalised document text. */
export function extractMetadata(text: string, title: string): DocumentMeta {
  const lines = text.split('\n');
  const header = headerLines(lines);
  const meta: DocumentMeta = {};
  let labelledIssuer: string | undefined;
  let labelledDate: string | undefined;
  for (const line of header) {
    const m = LABEL_RE.exec(line);
    if (!m) continue;
    const [, label, value] = m as unknown as [string, string, string];
    if (ISSUER_LABELS.has(label)) labelledIssuer = value.trim();
    else if (DATE_LABELS.has(label)) labelledDate = parseChineseDate(value);
    else if (VERSION_LABELS.has(label)) meta.version = value.replace(/[（(]注意[：:][^）)]*[）)]/, '').trim();
  }
  const headerText = header.map((l) => l.replace(/^>\s*/, '')).join(' ');
  const baseTitle = title.replace(/\s*[（(][^（）()]*[)）]\s*$/, '');
  const superseded = SUPERSEDED_RE.exec(headerText);
  if (superseded) meta.supersededBy = versionTitle(superseded[1]!, baseTitle);
  // Supersession notes mention other versions' dates; they are not events of this text.
  const eventText = headerText.replace(/[（(]注意[：:][^）)]*[）)]/g, '').replace(new RegExp(SUPERSEDED_RE.source, 'g'), '');
  const events = parseEvents(eventText);
  const issuer = labelledIssuer ?? issuerFrom(eventText, events);
  if (issuer) meta.issuer = issuer;
  const effective = labelledDate ?? effectiveFrom(eventText, text, events);
  if (effective) meta.effectiveDate = effective;
  const supersedes = supersedesFrom(eventText, text, events, baseTitle);
  if (supersedes) meta.supersedes = supersedes;
  return meta;
}
