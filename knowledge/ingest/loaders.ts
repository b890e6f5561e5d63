/**
 * Loaders: bytes → {@link LoadedDocument} (title, normalised text, metadata) for PDF (pdf-parse),
 * DOCX (mammoth), HTML, Markdown and plain text.
 */
import path from 'node:path';
// pdf-parse and mammoth are loaded on first use: together they cost ~40 MB of RSS that a service
// answering questions never needs until someone uploads a PDF or a DOCX.
type Mammoth = typeof import('mammoth');
type PdfParseModule = typeof import('pdf-parse');
const loadMammoth = (): Mammoth => require('mammoth') as Mammoth;
const loadPdfParse = (): PdfParseModule => require('pdf-parse') as PdfParseModule;
import { type DocumentType, sniffDocument } from './detect-type';
import { materializeDocxNumbering } from './docx-numbering';
import { IngestError } from './errors';
import { htmlToText } from './html-to-text';
import { type DocumentMeta, extractMetadata } from './metadata';
import { normalizeText } from './normalize';

/** A document read from an upload, ready for chunking. */
export interface LoadedDocument {
  /** Document title (first `#` heading, `<title>`/`<h1>`, DOCX heading, first line, or the file name). */
  title: string;
  /** Normalised text; headings as Markdown `#` lines, title line and header block included. */
  text: string;
  /** Detected format. */
  type: DocumentType;
  /** Issuer, effective date and supersession read from the text. */
  meta: DocumentMeta;
}

/** Options for {@link loadDocument}. */
export interface LoadOptions {
  /** Reject files larger than this many bytes with `too_large`. Default 20 MiB. */
  maxBytes?: number;
}

/** Default upload limit: 20 MiB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const MAX_TITLE_CHARS = 80;

/** The file name's last path segment without extension; used only as a display title. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const title = base.replace(/\.[^.]*$/, '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return title || '未命名文档';
}

function cleanTitle(s: string | undefined): string | undefined {
  const t = s?.replace(/^#+\s*/, '').replace(/\s+#+$/, '').trim();
  return t && t.length <= MAX_TITLE_CHARS ? t : undefined;
}

/** First `# ` heading, else first heading of any level (DOCX), else first non-empty line that reads like a title. */
function titleFromText(text: string, preferHeading: boolean): string | undefined {
  const lines = text.split('\n');
  const h1 = lines.find((l) => /^#\s+\S/.test(l));
  if (h1) return cleanTitle(h1);
  if (preferHeading) {
    const h = lines.find((l) => /^#{1,6}\s+\S/.test(l));
    if (h) return cleanTitle(h);
  }
  const first = lines.find((l) => l.trim() !== '' && !/^>/.test(l));
  if (!first || /^第[零〇一二两三四五六七八九十百千\d]+条/.test(first) || /[。；]$/.test(first)) return undefined;
  return cleanTitle(first);
}

/** "中国共产党章程--新闻报道-人民网" → "中国共产党章程". */
function cleanHtmlTitle(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const first = title.split(/\s*(?:--|——|[|｜_]|\s-\s|-(?=[^-]*网))\s*/)[0]?.trim();
  return cleanTitle(first && first.length >= 4 ? first : title);
}

/** Strip Markdown inline syntax that would hide article markers ("**第一条**") or add noise (links, images). */
function stripMarkdownInline(md: string): string {
  return md
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2');
}

let pdfjsDataDirs: { cMapUrl: string; standardFontDataUrl: string } | null | undefined;

/**
 * pdf.js needs its CMap files to extract text set in non-embedded CJK fonts (e.g. STSong-Light
 * with UniGB-UCS2-H, common in Chinese office PDFs); without them such pages come out empty.
 */
function pdfjsData(): { cMapUrl: string; standardFontDataUrl: string } | null {
  if (pdfjsDataDirs === undefined) {
    try {
      const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
      pdfjsDataDirs = { cMapUrl: `${root}/cmaps/`, standardFontDataUrl: `${root}/standard_fonts/` };
    } catch {
      pdfjsDataDirs = null;
    }
  }
  return pdfjsDataDirs;
}

async function readPdf(buf: Buffer): Promise<string> {
  // Copy: pdf.js may transfer (detach) the array it is given.
  const { PDFParse } = loadPdfParse();
  const parser = new PDFParse({ data: new Uint8Array(buf), verbosity: 0, cMapPacked: true, ...pdfjsData() });
  try {
    const result = await parser.getText({ pageJoiner: '' });
    return result.pages.map((p) => p.text).join('\f');
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    if (name === 'PasswordException') throw new IngestError('encrypted', { zh: '加密的 PDF', en: 'password-protected PDF' }, { cause: err });
    throw new IngestError('corrupt', { zh: 'PDF 无法解析', en: 'PDF could not be parsed' }, { cause: err });
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

const DOCX_STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='标题'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

async function readDocx(buf: Buffer): Promise<string> {
  let input = buf;
  try {
    input = materializeDocxNumbering(buf);
  } catch {
    // Unusual numbering or packaging: read the text without automatic numbers rather than fail.
  }
  const mammoth = loadMammoth();
  try {
    const result = await mammoth.convertToHtml(
      { buffer: input },
      { styleMap: DOCX_STYLE_MAP, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    return result.value;
  } catch (err) {
    throw new IngestError('corrupt', { zh: 'Word 文档无法解析', en: 'DOCX could not be parsed' }, { cause: err });
  }
}

/**
 * Read an uploaded file: detect its type by content, extract and normalise the text, find the
 * title and metadata.
 * @throws IngestError `empty`, `too_large`, `unsupported_type`, `corrupt`, `encrypted`.
 */
export async function loadDocument(buf: Buffer, fileName: string, opts: LoadOptions = {}): Promise<LoadedDocument> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (buf.length > maxBytes) {
    const limit = maxBytes >= 1024 * 1024 ? `${+(maxBytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(maxBytes / 1024)} KB`;
    throw new IngestError('too_large', { zh: `上限 ${limit}`, en: `limit ${limit}` });
  }
  const sniffed = sniffDocument(buf, fileName);
  let text: string;
  let title: string | undefined;
  switch (sniffed.type) {
    case 'pdf':
      text = normalizeText(await readPdf(buf), { pdf: true });
      title = titleFromText(text, false);
      break;
    case 'docx': {
      text = normalizeText(htmlToText(await readDocx(buf)).text);
      title = titleFromText(text, true);
      break;
    }
    case 'html': {
      const html = htmlToText(sniffed.text!);
      text = normalizeText(html.text);
      title = cleanTitle(html.firstH1 && html.htmlTitle?.includes(html.firstH1) ? html.firstH1 : undefined) ??
        cleanHtmlTitle(html.htmlTitle) ??
        titleFromText(text, true);
      break;
    }
    case 'markdown':
      text = normalizeText(stripMarkdownInline(sniffed.text!));
      title = titleFromText(text, false);
      break;
    case 'text':
      text = normalizeText(sniffed.text!);
      title = titleFromText(text, false);
      break;
  }
  title = title ? normalizeText(title).replace(/\s+/g, ' ') : titleFromFileName(fileName);
  return { title, text, type: sniffed.type, meta: extractMetadata(text, title) };
}
