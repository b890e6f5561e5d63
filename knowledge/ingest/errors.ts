/**
 * Errors raised while turning an uploaded file into text. Each carries a stable `code` for the
 * admin UI / job status and a ready-to-show message in Chinese and English.
 */

/**
 * Why a file was rejected:
 * - `empty`: zero bytes.
 * - `unsupported_type`: not PDF, DOCX, HTML, Markdown or UTF-8/GB18030 text (images, executables, XLSX, plain ZIP, .doc …).
 * - `corrupt`: claims to be PDF/DOCX/text but cannot be read (truncated, broken structure, invalid encoding).
 * - `encrypted`: password-protected PDF or DOCX.
 * - `too_large`: larger than the configured byte limit.
 * - `no_text`: readable, but no usable text remains (e.g. a scanned PDF without a text layer).
 */
export type IngestErrorCode = 'empty' | 'unsupported_type' | 'corrupt' | 'encrypted' | 'too_large' | 'no_text';

const DEFAULT_MESSAGES: Record<IngestErrorCode, { zh: string; en: string }> = {
  empty: { zh: '文件为空', en: 'The file is empty' },
  unsupported_type: {
    zh: '不支持的文件类型，请上传 PDF、Word（.docx）、HTML、Markdown 或纯文本文件',
    en: 'Unsupported file type; please upload PDF, Word (.docx), HTML, Markdown or plain text',
  },
  corrupt: { zh: '文件已损坏或不完整，无法读取', en: 'The file is corrupt or incomplete and cannot be read' },
  encrypted: { zh: '文件已加密，无法读取，请去除密码后重新上传', en: 'The file is encrypted; remove the password and upload it again' },
  too_large: { zh: '文件过大', en: 'The file is too large' },
  no_text: {
    zh: '文件中没有可提取的文字（可能是扫描件或图片）',
    en: 'No text could be extracted from the file (it may be a scan or an image)',
  },
};

/** Optional detail appended to the default messages, e.g. the detected format ("PNG 图片" / "PNG image"). */
export interface IngestErrorDetail {
  zh: string;
  en: string;
}

/** A file could not be ingested; `messageZh` is what the uploader sees, `message` equals `messageEn`. */
export class IngestError extends Error {
  /** Machine-readable reason. */
  readonly code: IngestErrorCode;
  /** User-facing Chinese message. */
  readonly messageZh: string;
  /** English message (also `message`, for logs). */
  readonly messageEn: string;

  constructor(code: IngestErrorCode, detail?: IngestErrorDetail, options?: { cause?: unknown }) {
    const base = DEFAULT_MESSAGES[code];
    const messageZh = detail ? `${base.zh}（${detail.zh}）` : base.zh;
    const messageEn = detail ? `${base.en} (${detail.en})` : base.en;
    super(messageEn, options);
    this.name = 'IngestError';
    this.code = code;
    this.messageZh = messageZh;
    this.messageEn = messageEn;
  }
}
