/**
 * Documents and chunks in the database. Every change is one transaction that also bumps the
 * knowledge generation, so other processes notice it and no reader ever sees half a document.
 */
import { createHash } from 'node:crypto';
import { and, asc, eq, getTableColumns, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../data/db';
import { chunks, documents, knowledgeGeneration } from '../data/schema';
import { indexedAliases } from './aliases';
import type { Passage as IndexedPassage } from './index/bm25';

/** A chunk ready to store: text, citation and its embedding. */
export interface StoredChunkInput {
  ord: number;
  text: string;
  headingPath: string;
  article: string | null;
  embedding: Float32Array | null;
}

export interface DocumentInput {
  title: string;
  fileName: string;
  mime: string;
  content: Buffer;
  issuer?: string | undefined;
  effectiveDate?: string | undefined;
  supersededBy?: string | undefined;
  orgId?: number | null | undefined;
  chunks: StoredChunkInput[];
}

/** A document without its uploaded bytes (lists never load the blobs). */
export type DocumentRow = Omit<typeof documents.$inferSelect, 'content'>;

const { content: _content, ...summaryColumns } = getTableColumns(documents);

/** What a save did: a new document, a new version of an existing one, or nothing (same content). */
export type SaveOutcome = { kind: 'created' | 'updated' | 'unchanged'; document: DocumentRow };

/** A passage as the retriever and the answerer see it: the indexed fields plus lifecycle and vector. */
export interface Passage extends IndexedPassage {
  superseded: boolean;
  supersededBy: string | null;
  embedding: Float32Array | null;
}

export function contentHash(buf: Buffer): string {
  return createHash('sha256').update(buf).digest('hex');
}

export function encodeEmbedding(v: Float32Array): Buffer {
  return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
}

export function decodeEmbedding(b: Buffer | null): Float32Array | null {
  if (!b || b.length === 0) return null;
  const copy = Buffer.from(b); // aligned copy
  return new Float32Array(copy.buffer, copy.byteOffset, copy.byteLength / 4);
}

async function bumpGeneration(tx: Tx): Promise<number> {
  const rows = await tx
    .insert(knowledgeGeneration)
    .values({ id: 1, generation: 1 })
    .onConflictDoUpdate({
      target: knowledgeGeneration.id,
      set: { generation: sql`${knowledgeGeneration.generation} + 1`, updatedAt: new Date() },
    })
    .returning({ generation: knowledgeGeneration.generation });
  return rows[0]!.generation;
}

/**
 * Serialises the writers of documents and their passages for the rest of the transaction: two
 * uploads of one title, or an upload and the alias writer, never interleave.
 */
async function lockKnowledgeWriters(tx: Tx): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(4242)`);
}

async function insertChunks(tx: Tx, documentId: number, input: StoredChunkInput[]): Promise<void> {
  for (let i = 0; i < input.length; i += 500) {
    const batch = input.slice(i, i + 500).map((c) => ({
      documentId,
      ord: c.ord,
      text: c.text,
      headingPath: c.headingPath,
      article: c.article,
      embedding: c.embedding ? encodeEmbedding(c.embedding) : null,
    }));
    if (batch.length) await tx.insert(chunks).values(batch);
  }
}

export class KnowledgeStore {
  constructor(private readonly db: Db) {}

  /** The current generation stamp (0 on an empty store). */
  async generation(): Promise<number> {
    const rows = await this.db.select({ g: knowledgeGeneration.generation }).from(knowledgeGeneration);
    return rows[0]?.g ?? 0;
  }

  /**
   * Saves a document. Same title and same content = unchanged; same title and new content = a new
   * version whose chunks replace the old ones atomically; the same content under another title is
   * reported as that existing document (no duplicate).
   */
  async save(input: DocumentInput): Promise<SaveOutcome> {
    const hash = contentHash(input.content);
    return this.db.transaction(async (tx) => {
      await lockKnowledgeWriters(tx);
      const sameContent = await tx.select(summaryColumns).from(documents).where(eq(documents.contentHash, hash)).limit(1);
      if (sameContent[0]) return { kind: 'unchanged' as const, document: sameContent[0] };

      const existing = await tx.select(summaryColumns).from(documents).where(eq(documents.title, input.title)).limit(1);
      const now = new Date();
      const fields = {
        fileName: input.fileName,
        mime: input.mime,
        contentHash: hash,
        status: 'indexed',
        error: null,
        issuer: input.issuer ?? null,
        effectiveDate: input.effectiveDate ?? null,
        supersededBy: input.supersededBy ?? null,
        orgId: input.orgId ?? null,
        chunkCount: input.chunks.length,
        sizeBytes: input.content.length,
        content: input.content,
        updatedAt: now,
      };
      let doc: DocumentRow;
      let kind: 'created' | 'updated';
      if (existing[0]) {
        await tx.delete(chunks).where(eq(chunks.documentId, existing[0].id));
        const updated = await tx
          .update(documents)
          .set({ ...fields, version: existing[0].version + 1 })
          .where(eq(documents.id, existing[0].id))
          .returning(summaryColumns);
        doc = updated[0]!;
        kind = 'updated';
      } else {
        const inserted = await tx.insert(documents).values({ title: input.title, ...fields }).returning(summaryColumns);
        doc = inserted[0]!;
        kind = 'created';
      }
      await insertChunks(tx, doc.id, input.chunks);
      await bumpGeneration(tx);
      return { kind, document: doc };
    });
  }

  /** The uploaded bytes of a document (null for documents stored before bytes were kept). */
  async content(id: number): Promise<{ content: Buffer | null; fileName: string; title: string } | undefined> {
    const rows = await this.db
      .select({ content: documents.content, fileName: documents.fileName, title: documents.title })
      .from(documents)
      .where(eq(documents.id, id));
    return rows[0];
  }

  /** Replaces a document's chunks in one transaction (re-indexing the same content). */
  async replaceChunks(id: number, input: StoredChunkInput[]): Promise<DocumentRow | undefined> {
    return this.db.transaction(async (tx) => {
      const updated = await tx
        .update(documents)
        .set({ chunkCount: input.length, status: 'indexed', error: null, updatedAt: new Date() })
        .where(eq(documents.id, id))
        .returning(summaryColumns);
      if (!updated[0]) return undefined;
      await tx.delete(chunks).where(eq(chunks.documentId, id));
      await insertChunks(tx, id, input);
      await bumpGeneration(tx);
      return updated[0];
    });
  }

  /** Deletes a document and its chunks. Returns false when it did not exist. */
  async delete(id: number): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const gone = await tx.delete(documents).where(eq(documents.id, id)).returning({ id: documents.id });
      if (gone.length === 0) return false;
      await bumpGeneration(tx);
      return true;
    });
  }

  /**
   * The next document (lowest id) with passages no model has written aliases for yet, with those
   * passages; undefined when none is waiting.
   */
  async awaitingAliases(): Promise<{ document: DocumentRow; passages: Array<Pick<Passage, 'id' | 'article' | 'headingPath' | 'text'>> } | undefined> {
    const next = await this.db
      .select({ id: chunks.documentId })
      .from(chunks)
      .where(isNull(chunks.generatedAliases))
      .orderBy(asc(chunks.documentId))
      .limit(1);
    if (!next[0]) return undefined;
    const document = await this.get(next[0].id);
    if (!document) return undefined;
    const passages = await this.db
      .select({ id: chunks.id, article: chunks.article, headingPath: chunks.headingPath, text: chunks.text })
      .from(chunks)
      .where(and(eq(chunks.documentId, document.id), isNull(chunks.generatedAliases)))
      .orderBy(asc(chunks.ord));
    return { document, passages };
  }

  /** How many of a document's passages still wait for model-written aliases. */
  async passagesAwaitingAliases(documentId: number): Promise<number> {
    const rows = await this.db
      .select({ n: sql<number>`count(*)::int` })
      .from(chunks)
      .where(and(eq(chunks.documentId, documentId), isNull(chunks.generatedAliases)));
    return rows[0]?.n ?? 0;
  }

  /**
   * Stores model-written aliases (chunk id → phrases joined by "；", '' for none) in one
   * transaction that bumps the generation, so every process re-indexes the document. Returns false,
   * storing nothing, when the document has meanwhile been replaced by another version or deleted.
   */
  async saveGeneratedAliases(documentId: number, version: number, byChunk: ReadonlyMap<number, string>): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      await lockKnowledgeWriters(tx);
      const touched = await tx
        .update(documents)
        .set({ updatedAt: new Date() })
        .where(and(eq(documents.id, documentId), eq(documents.version, version)))
        .returning({ id: documents.id });
      if (!touched[0]) return false;
      for (const [chunkId, phrases] of byChunk) {
        await tx.update(chunks).set({ generatedAliases: phrases }).where(and(eq(chunks.id, chunkId), eq(chunks.documentId, documentId)));
      }
      await bumpGeneration(tx);
      return true;
    });
  }

  async list(): Promise<DocumentRow[]> {
    return this.db.select(summaryColumns).from(documents).orderBy(asc(documents.id));
  }

  async get(id: number): Promise<DocumentRow | undefined> {
    return (await this.db.select(summaryColumns).from(documents).where(eq(documents.id, id)).limit(1))[0];
  }

  /** Marks documents whose title is named as superseded by `supersededBy` (lifecycle links). */
  async markSuperseded(titles: string[], supersededBy: string): Promise<void> {
    if (!titles.length) return;
    await this.db.transaction(async (tx) => {
      await tx.update(documents).set({ supersededBy, updatedAt: new Date() }).where(inArray(documents.title, titles));
      await bumpGeneration(tx);
    });
  }

  /** Document id → version, for incremental index refresh. */
  async versions(): Promise<Map<number, number>> {
    const rows = await this.db.select({ id: documents.id, v: documents.version, u: documents.updatedAt }).from(documents);
    // updatedAt participates so metadata-only changes (superseded) also refresh.
    return new Map(rows.map((r) => [r.id, r.v * 1e13 + r.u.getTime()]));
  }

  /** All passages of the given documents (or all), with their document's citation data. */
  async passages(documentIds?: number[]): Promise<Passage[]> {
    const where = documentIds ? inArray(chunks.documentId, documentIds) : undefined;
    const rows = await this.db
      .select({
        id: chunks.id,
        documentId: chunks.documentId,
        title: documents.title,
        article: chunks.article,
        headingPath: chunks.headingPath,
        text: chunks.text,
        supersededBy: documents.supersededBy,
        embedding: chunks.embedding,
        generatedAliases: chunks.generatedAliases,
      })
      .from(chunks)
      .innerJoin(documents, and(eq(documents.id, chunks.documentId)))
      .where(where)
      .orderBy(asc(chunks.documentId), asc(chunks.ord));
    return rows.map(({ generatedAliases, ...r }) => ({
      ...r,
      aliases: indexedAliases(r.title, r.article, r.headingPath, r.text, generatedAliases),
      superseded: r.supersededBy !== null,
      embedding: decodeEmbedding(r.embedding),
    }));
  }

  async chunksOf(documentId: number): Promise<Passage[]> {
    return this.passages([documentId]);
  }
}
