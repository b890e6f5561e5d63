/**
 * Structure-aware chunking: one chunk per article ("第X条"), never straddling two articles;
 * unnumbered sections (党章 总纲, handbook sections) become paragraph groups labelled with their
 * heading; anything longer than `maxChars` is split at item, then sentence boundaries.
 */
import type { LoadedDocument } from './loaders';
import { splitToSize } from './split';
import { type Heading, matchArticle, matchHeading } from './structure';

/** A passage to index, before it gets a document id and an embedding. */
export interface ChunkDraft {
  /** 0-based position in the document. */
  ord: number;
  /** The passage itself, e.g. "第十六条 …" (no title prefix; the retriever adds it). */
  text: string;
  /** Enclosing headings, outermost first: "第一编 总则 > 第二章 违纪与纪律处分"; "" at top level. */
  headingPath: string;
  /** "第十六条", or the heading ("总纲") for unnumbered sections, or null for text before any heading. */
  article: string | null;
}

/** Options for {@link chunkDocument}. */
export interface ChunkOptions {
  /** Longest chunk in characters before an article/section is split. Default {@link DEFAULT_MAX_CHARS}. */
  maxChars?: number;
}

/** Default chunk size limit: about one screen of Chinese text, and a comfortable embedding input. */
export const DEFAULT_MAX_CHARS = 600;

interface Unit {
  kind: 'article' | 'section';
  article: string | null;
  headingPath: string;
  paras: string[];
}

const LABEL_LINE_RE = /^>\s*[\u4e00-\u9fa5]{2,6}[：:]/;
const EDITORIAL_RE = /^[（(](?:来源|责编|编辑|责任编辑|校对|审核|作者)[：:][^）)]*[）)]$/;
const ISSUANCE_RE = /\d{4}\s*年.*(?:发布|印发|通过|修订|修正|修改|批准|施行)/;

/** Lines of the title/metadata header that are not content: title, "> 版本：…" labels, issuance notes. */
function isHeaderNoise(line: string, title: string): boolean {
  if (line.replace(/^#\s+/, '') === title) return true;
  if (LABEL_LINE_RE.test(line)) return true;
  return line.length <= 160 && ISSUANCE_RE.test(line) && !/[。；]$/.test(line);
}

/**
 * Split a loaded document into chunk drafts. Accepts any object with `text` and `title`, so
 * callers and tests can chunk text that did not come through a loader.
 */
export function chunkDocument(doc: Pick<LoadedDocument, 'text' | 'title'>, opts: ChunkOptions = {}): ChunkDraft[] {
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  const lines = doc.text.split('\n');
  const units: Unit[] = [];
  const stack: Heading[] = [];
  let current: Unit | null = null;
  let inHeader = true; // before the first heading or article
  let openParen = false; // inside a multi-line "（…发布）" issuance note in the header
  let lastArticle = 0;
  let headingSinceArticle = false;
  const path = () => stack.map((h) => h.text).join(' > ');

  for (const raw of lines) {
    const line = raw.trim();
    if (!line || EDITORIAL_RE.test(line)) continue;
    if (inHeader) {
      if (openParen) {
        openParen = !/[）)]$/.test(line);
        continue;
      }
      if (/^[（(]/.test(line) && ISSUANCE_RE.test(line)) {
        openParen = !/[）)]$/.test(line);
        continue;
      }
      if (isHeaderNoise(line, doc.title)) continue;
    }
    const article = matchArticle(line);
    if (
      article &&
      (article.num > lastArticle || (article.inserted && article.num === lastArticle) || (article.num === 1 && headingSinceArticle))
    ) {
      inHeader = false;
      lastArticle = article.num;
      headingSinceArticle = false;
      current = { kind: 'article', article: article.label, headingPath: path(), paras: [article.line] };
      units.push(current);
      continue;
    }
    const heading = matchHeading(line, current?.kind !== 'article');
    if (heading) {
      inHeader = false;
      headingSinceArticle = true;
      while (stack.length && stack[stack.length - 1]!.rank >= heading.rank) stack.pop();
      stack.push(heading);
      current = null;
      continue;
    }
    if (!current) {
      const top = stack[stack.length - 1];
      current = { kind: 'section', article: top ? top.text : null, headingPath: path(), paras: [] };
      units.push(current);
    }
    const paras = current.paras;
    // "第一条" alone on its line (common in DOCX): its text follows on the next line.
    if (current.kind === 'article' && paras.length === 1 && paras[0] === current.article) paras[0] = `${paras[0]} ${line}`;
    else paras.push(line);
  }

  const chunks: ChunkDraft[] = [];
  for (const unit of units) {
    if (!unit.paras.length) continue;
    for (const text of splitToSize(unit.paras, maxChars)) {
      chunks.push({ ord: chunks.length, text, headingPath: unit.headingPath, article: unit.article });
    }
  }
  return chunks;
}
