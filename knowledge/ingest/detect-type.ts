/**
 * Decide what an uploaded file is from its bytes (the file name only breaks the tie between
 * Markdown and plain text), and reject what we cannot ingest before any parser runs.
 */
import { decodeText } from './decode-text';
import { IngestError } from './errors';
import { listZipEntries } from './zip-entries';

/** Formats the ingestion pipeline can read. */
export type DocumentType = 'pdf' | 'docx' | 'markdown' | 'text' | 'html';

/** What {@link sniffDocument} found: the type and, for text formats, the decoded text. */
export interface SniffResult {
  type: DocumentType;
  /** Decoded text for html/markdown/text; undefined for pdf/docx. */
  text?: string;
}

const BINARY_MAGICS: Array<{ bytes: number[]; offset?: number; zh: string; en: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], zh: 'PNG 图片', en: 'PNG image' },
  { bytes: [0xff, 0xd8, 0xff], zh: 'JPEG 图片', en: 'JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], zh: 'GIF 图片', en: 'GIF image' },
  { bytes: [0x57, 0x45, 0x42, 0x50], offset: 8, zh: 'WebP 图片', en: 'WebP image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], zh: 'TIFF 图片', en: 'TIFF image' },
  { bytes: [0x1f, 0x8b], zh: 'gzip 压缩包', en: 'gzip archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], zh: '7z 压缩包', en: '7z archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], zh: 'RAR 压缩包', en: 'RAR archive' },
  { bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, zh: '音视频文件', en: 'audio/video file' },
  { bytes: [0x4d, 0x5a], zh: '可执行程序', en: 'executable' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], zh: '可执行程序', en: 'executable' },
];

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buf: Buffer, bytes: number[], offset = 0): boolean {
  if (buf.length < offset + bytes.length) return false;
  return bytes.every((b, i) => buf[offset + i] === b);
}

function unsupported(zh: string, en: string): IngestError {
  return new IngestError('unsupported_type', { zh, en });
}

function sniffPdf(buf: Buffer): SniffResult {
  // Readers look for %%EOF near the end; without it the file was cut off in transfer.
  if (!buf.subarray(Math.max(0, buf.length - 4096)).includes('%%EOF')) {
    throw new IngestError('corrupt', { zh: 'PDF 文件不完整', en: 'truncated PDF' });
  }
  return { type: 'pdf' };
}

function sniffZip(buf: Buffer): SniffResult {
  const entries = listZipEntries(buf);
  if (!entries) {
    // Without a readable directory, only the local entry names say whether this was meant to be a Word file.
    if (buf.includes('word/') || buf.includes('[Content_Types].xml')) {
      throw new IngestError('corrupt', { zh: 'Word 文件不完整', en: 'truncated or broken DOCX' });
    }
    throw unsupported('损坏的 ZIP 压缩包', 'broken ZIP archive');
  }
  const has = (name: string) => entries.includes(name);
  if (has('word/document.xml')) return { type: 'docx' };
  if (has('xl/workbook.xml')) throw unsupported('Excel 表格', 'Excel workbook');
  if (has('ppt/presentation.xml')) throw unsupported('PowerPoint 演示文稿', 'PowerPoint presentation');
  if (has('content.xml') && has('mimetype')) throw unsupported('OpenDocument 文件，请另存为 .docx', 'OpenDocument file; save as .docx');
  throw unsupported('ZIP 压缩包', 'ZIP archive');
}

function sniffOle(buf: Buffer): never {
  // Password-protected .docx/.xlsx are OLE containers holding an "EncryptedPackage" stream.
  if (buf.includes(Buffer.from('EncryptedPackage', 'utf16le'))) {
    throw new IngestError('encrypted', { zh: '加密的 Office 文档', en: 'encrypted Office document' });
  }
  throw unsupported('旧版 Word/Excel（.doc/.xls），请另存为 .docx', 'legacy .doc/.xls; save as .docx');
}

const HTML_START_RE = /^(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html|head|body|title|meta|p|div|h[1-6]|article|section|table|span|br)\b/i;
const HTML_ANYWHERE_RE = /<(?:html|body)\b[^>]*>/i;
const MD_HEADING_RE = /^#{1,6}[ \t]+\S/m;
const MD_LIST_RE = /^[ \t]*[-*+][ \t]+\S.*$/gm;
const MD_OTHER_RE = /^(?:```|>[ \t]+\S|\|.*\|[ \t]*$)/m;

/** Classify decoded text as HTML, Markdown or plain text. */
export function classifyText(text: string, fileName: string): 'html' | 'markdown' | 'text' {
  const head = text.slice(0, 4096).replace(/^(?:\s|<!--[\s\S]*?-->)+/, '');
  if (HTML_START_RE.test(head) || HTML_ANYWHERE_RE.test(head)) return 'html';
  if (/\.(?:md|markdown)$/i.test(fileName)) return 'markdown';
  if (MD_HEADING_RE.test(text) || MD_OTHER_RE.test(text) || (text.match(MD_LIST_RE)?.length ?? 0) >= 2) return 'markdown';
  return 'text';
}

/**
 * Detect the type and decode text formats in one pass.
 * @throws IngestError `empty`, `unsupported_type`, `corrupt` or `encrypted`.
 */
export function sniffDocument(buf: Buffer, fileName: string): SniffResult {
  if (buf.length === 0) throw new IngestError('empty');
  const pdfAt = buf.subarray(0, 1024).indexOf('%PDF-');
  if (pdfAt >= 0) return sniffPdf(buf);
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04]) || startsWith(buf, [0x50, 0x4b, 0x05, 0x06])) return sniffZip(buf);
  if (startsWith(buf, OLE_MAGIC)) sniffOle(buf);
  for (const m of BINARY_MAGICS) {
    // MZ is only two letters: a text file may start with them, so it is checked after decoding.
    if (m.bytes.length > 2 && startsWith(buf, m.bytes, m.offset)) throw unsupported(m.zh, m.en);
  }
  const decoded = decodeText(buf);
  if (!decoded.ok) {
    const magic = BINARY_MAGICS.find((m) => startsWith(buf, m.bytes, m.offset));
    if (magic) throw unsupported(magic.zh, magic.en);
    if (decoded.reason === 'binary') throw unsupported('无法识别的二进制文件', 'unrecognised binary file');
    throw unsupported('文本编码无法识别，请另存为 UTF-8', 'text encoding not recognised; save as UTF-8');
  }
  return { type: classifyText(decoded.text, fileName), text: decoded.text };
}

/**
 * Decide a file's type by its content: `%PDF-` → pdf; a ZIP holding word/document.xml → docx;
 * UTF-8 (or GB18030/UTF-16 with BOM) text → html when it looks like markup, markdown when it has
 * Markdown headings/lists or the name ends in .md, otherwise text.
 * @throws IngestError `empty` (0 bytes), `unsupported_type` (images, executables, XLSX, plain or broken
 *   ZIP, legacy .doc, undecodable text), `corrupt` (truncated PDF or DOCX), `encrypted` (password-protected
 *   Office file).
 *   Encrypted or internally broken PDFs are only found when parsing (see `loadDocument`).
 */
export function detectDocumentType(buf: Buffer, fileName: string): DocumentType {
  return sniffDocument(buf, fileName).type;
}
