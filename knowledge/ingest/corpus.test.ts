/**
 * Ingestion of the real regulation corpus: every article becomes its own chunk(s) with the right
 * citation, nothing straddles two articles, no text is lost, and the metadata is right per file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunkDocument } from './chunk';
import { type LoadedDocument, loadDocument } from './loaders';
import { matchArticle, parseNumeral } from './structure';

const DIR = '/work/shared/corpus/regulations';
const files = readdirSync(DIR).filter((f) => f.endsWith('.md')).sort();

const EXPECTED: Record<string, { articles: number; meta: LoadedDocument['meta'] }> = {
  '中国共产党党员教育管理工作条例.md': {
    articles: 46,
    meta: { issuer: '中共中央', effectiveDate: '2019-05-06', version: '2019年5月6日起施行（中共中央印发）' },
  },
  '中国共产党党和国家机关基层组织工作条例.md': {
    articles: 43,
    // The 2019 revision "自发布之日起施行", but its publication date is not in the text.
    meta: { issuer: '中共中央', supersedes: '中国共产党党和国家机关基层组织工作条例（2010年）', version: '2019年11月29日修订' },
  },
  '中国共产党发展党员工作细则.md': {
    articles: 44,
    meta: {
      issuer: '中共中央办公厅',
      effectiveDate: '2026-05-11',
      supersedes: '中国共产党发展党员工作细则（2014年）',
      version: '2014年发布，2026年4月2日修订、2026年5月11日中共中央办公厅发布的修订版',
    },
  },
  '中国共产党章程.md': {
    articles: 55,
    meta: {
      issuer: '中国共产党第二十次全国代表大会',
      effectiveDate: '2022-10-22',
      version: '中国共产党第二十次全国代表大会部分修改，2022年10月22日通过',
    },
  },
  '中国共产党纪律处分条例（2018年修订）.md': {
    articles: 142,
    meta: {
      effectiveDate: '2018-10-01',
      supersededBy: '中国共产党纪律处分条例（2023年修订）',
      version: '2018年修订版，自2018年10月1日起施行',
    },
  },
  '党史学习教育工作条例.md': {
    articles: 34,
    meta: { issuer: '中共中央', effectiveDate: '2024-02-05', version: '2024年2月5日中共中央发布' },
  },
};

/** Independent reading of the source: each article's number and the `## ` headings above it. */
function expectedCitations(source: string): Map<number, string> {
  const out = new Map<number, string>();
  let part = '';
  let chapter = '';
  for (const line of source.split('\n')) {
    const h = /^## (.+)$/.exec(line);
    if (h) {
      const text = h[1]!.replace(/ (?=[\u4e00-\u9fff])/g, (m, i: number) => (i === h[1]!.search(/ /) ? m : ''));
      if (/^第.+编/.test(text)) [part, chapter] = [text, ''];
      else chapter = text;
      continue;
    }
    const a = /^第([一二三四五六七八九十百零〇]+)条/.exec(line);
    if (a) out.set(parseNumeral(a[1]!), [part, chapter].filter(Boolean).join(' > '));
  }
  return out;
}

describe.each(files)('%s', (file) => {
  let doc: LoadedDocument;
  let source: string;
  beforeAll(async () => {
    source = readFileSync(join(DIR, file), 'utf8');
    doc = await loadDocument(Buffer.from(source), file);
  });

  it('has the right title and metadata', () => {
    expect(doc.type).toBe('markdown');
    expect(doc.title).toBe(file.replace(/\.md$/, ''));
    expect(doc.meta).toEqual(EXPECTED[file]!.meta);
  });

  it('gives every article, in order, its own chunks with the right citation', () => {
    const chunks = chunkDocument(doc);
    const citations = expectedCitations(source);
    const articleChunks = chunks.filter((c) => c.article?.match(/^第.+条$/));
    const numbers = [...new Set(articleChunks.map((c) => parseNumeral(c.article!.slice(1, -1))))];
    expect(numbers).toEqual(Array.from({ length: EXPECTED[file]!.articles }, (_, i) => i + 1));
    expect(citations.size).toBe(EXPECTED[file]!.articles);
    for (const c of articleChunks) {
      const n = parseNumeral(c.article!.slice(1, -1));
      expect(c.headingPath).toBe(citations.get(n));
      // The first part starts with its own marker; no part contains another article's start.
      const starts = c.text.split('\n').map(matchArticle).filter(Boolean);
      expect(starts.every((s) => s!.label === c.article)).toBe(true);
    }
    for (const label of new Set(articleChunks.map((c) => c.article))) {
      expect(articleChunks.find((c) => c.article === label)!.text.startsWith(`${label} `)).toBe(true);
    }
    expect(chunks.map((c) => c.ord)).toEqual(chunks.map((_, i) => i));
    expect(Math.max(...chunks.map((c) => c.text.length))).toBeLessThanOrEqual(600);
  });

  it('loses no body text and adds no header, title or editorial lines', () => {
    const chunks = chunkDocument(doc);
    const all = chunks.map((c) => c.text).join('').replace(/\n/g, '');
    const isHeaderOrEditorial = (l: string) =>
      /^(#|>|[（(]\d{4}年|[（(](来源|责编)|中国共产党第二十次全国代表大会部分修改|2024年2月5日中共中央发布）)/.test(l);
    const body = doc.text.split('\n').filter((l) => l && !isHeaderOrEditorial(l));
    expect(body.some((l) => l.startsWith('（一）'))).toBe(true);
    for (const line of body) expect(all).toContain(line);
    expect(all).not.toMatch(/版本：|来源：|责编|提交 a73197e4a216/);
    expect(chunks[0]!.text).not.toContain(doc.title);
  });
});

describe('corpus specifics', () => {
  const load = (name: string) => loadDocument(readFileSync(join(DIR, name)), name);

  it('党章: 总纲 paragraphs become chunks labelled 总纲, chapters keep their names', async () => {
    const chunks = chunkDocument(await load('中国共产党章程.md'));
    const zonggang = chunks.filter((c) => c.article === '总纲');
    expect(zonggang.length).toBeGreaterThanOrEqual(10);
    expect(zonggang.every((c) => c.headingPath === '总纲')).toBe(true);
    expect(zonggang[0]!.text).toMatch(/^中国共产党是中国工人阶级的先锋队/);
    expect(chunks.find((c) => c.article === '第一条')!.headingPath).toBe('第一章 党员');
    expect(chunks.find((c) => c.article === '第四十八条')!.headingPath).toBe('第九章 党组');
    // No chunk for the adoption note between the version line and 总纲.
    expect(chunks.some((c) => c.text.startsWith('中国共产党第二十次全国代表大会部分修改'))).toBe(false);
  });

  it('纪律处分条例: 编 > 章 paths, and the last article keeps its second paragraph', async () => {
    const chunks = chunkDocument(await load('中国共产党纪律处分条例（2018年修订）.md'));
    expect(chunks.find((c) => c.article === '第一条')!.headingPath).toBe('第一编 总则 > 第一章 指导思想、原则和适用范围');
    expect(chunks.find((c) => c.article === '第四十四条')!.headingPath).toBe('第二编 分则 > 第六章 对违反政治纪律行为的处分');
    const last = chunks[chunks.length - 1]!;
    expect(last).toMatchObject({ article: '第一百四十二条', headingPath: '第三编 附则' });
    expect(last.text).toContain('本条例施行前，已结案的案件');
  });

  it('trailing editorial lines are dropped; continuation paragraphs stay with their article', async () => {
    const jiguan = chunkDocument(await load('中国共产党党和国家机关基层组织工作条例.md'));
    expect(jiguan[jiguan.length - 1]!.text).toBe('第四十三条 本条例自发布之日起施行。');
    const dangshi = chunkDocument(await load('党史学习教育工作条例.md'));
    expect(dangshi[dangshi.length - 1]!.text).toBe('第三十四条 本条例自发布之日起施行。');
    const fazhan = chunkDocument(await load('中国共产党发展党员工作细则.md'));
    const form = fazhan.find((c) => c.text.includes('《入党积极分子培养考察登记表》、《预备党员教育考察登记表》的式样'))!;
    expect(form.article).toBe('第四十二条');
  });

  it('chunks the whole corpus well under a second', async () => {
    const docs = await Promise.all(files.map(load));
    const started = performance.now();
    const total = docs.reduce((n, d) => n + chunkDocument(d).length, 0);
    const ms = performance.now() - started;
    expect(total).toBeGreaterThan(364);
    expect(ms).toBeLessThan(1000);
  });
});

describe('the same regulations printed as PDFs', () => {
  it.each(files)('%s yields the same chunks and metadata as its Markdown source', async (name) => {
    const { makePdf } = await import('../../test/fixtures/ingest/make-pdf');
    const { parseAndChunk } = await import('./index');
    const source = readFileSync(join(DIR, name), 'utf8');
    const title = name.replace(/\.md$/, '');
    // Typeset: 36 characters a line, 38 lines a page, running header and "- n -" footer.
    const lines: string[] = [];
    for (const l of source.split('\n')) {
      if (!l || l.startsWith('>')) continue;
      const text = l.replace(/^#+\s*/, '');
      for (let i = 0; i < text.length; i += 36) lines.push(text.slice(i, i + 36));
    }
    const pages: string[][] = [];
    for (let i = 0; i < lines.length; i += 38) pages.push([title, ...lines.slice(i, i + 38), `- ${pages.length + 1} -`]);
    const fromPdf = await parseAndChunk(makePdf({ pages }), `${title}.pdf`);
    const fromMd = await parseAndChunk(Buffer.from(source), name);
    expect(fromPdf.doc.title).toBe(title);
    // "> 版本：…" lines are the corpus's own notes and are not printed, so the PDF may know less
    // (党员教育管理工作条例's issuer, 纪律处分条例's successor), never something different.
    expect(fromMd.doc.meta).toMatchObject(fromPdf.doc.meta);
    expect(fromPdf.doc.meta.effectiveDate).toBe(name.includes('基层组织') ? undefined : fromMd.doc.meta.effectiveDate);
    // Same articles with the same text and citation. A wrap that happens to fall right after "。"
    // is indistinguishable from a paragraph end, so unnumbered sections may group paragraphs
    // differently: compare their text per label.
    const byLabel = (cs: typeof fromMd.chunks) => {
      const m = new Map<string, string>();
      for (const c of cs) {
        const key = `${c.article} | ${c.headingPath}`;
        m.set(key, (m.get(key) ?? '') + c.text.replace(/\n/g, ''));
      }
      return m;
    };
    expect(byLabel(fromPdf.chunks)).toEqual(byLabel(fromMd.chunks));
    expect(Math.max(...fromPdf.chunks.map((c) => c.text.length))).toBeLessThanOrEqual(600);
  });
});
