/**
 * Ingestion entry point: uploaded bytes → loaded document → chunk drafts.
 */
import { type ChunkDraft, type ChunkOptions, chunkDocument } from './chunk';
import { IngestError } from './errors';
import { type LoadedDocument, type LoadOptions, loadDocument } from './loaders';

export { type ChunkDraft, type ChunkOptions, chunkDocument, DEFAULT_MAX_CHARS } from './chunk';
export { type DocumentType, detectDocumentType } from './detect-type';
export { IngestError, type IngestErrorCode } from './errors';
export { DEFAULT_MAX_BYTES, type LoadedDocument, type LoadOptions, loadDocument } from './loaders';
export type { DocumentMeta } from './metadata';
export { type NormalizeOptions, normalizeText } from './normalize';

/** Options for {@link parseAndChunk}: the byte limit of {@link LoadOptions} and the chunk size of {@link ChunkOptions}. */
export type ParseAndChunkOptions = LoadOptions & ChunkOptions;

/** A parsed upload: the document and its chunks (never empty). */
export interface ParsedDocument {
  doc: LoadedDocument;
  chunks: ChunkDraft[];
}

/**
 * Load, normalise and chunk an uploaded file.
 * @throws IngestError `empty`, `too_large`, `unsupported_type`, `corrupt`, `encrypted`, or `no_text`
 *   when no chunk with real text remains (e.g. a scanned PDF, or a file holding only a title).
 */
export async function parseAndChunk(buf: Buffer, fileName: string, opts: ParseAndChunkOptions = {}): Promise<ParsedDocument> {
  const doc = await loadDocument(buf, fileName, opts);
  const chunks = chunkDocument(doc, opts);
  // Require some letters or CJK characters: a PDF of scanned pages yields only page numbers or nothing.
  if (!chunks.some((c) => /[\p{L}\p{N}]/u.test(c.text))) throw new IngestError('no_text');
  return { doc, chunks };
}
