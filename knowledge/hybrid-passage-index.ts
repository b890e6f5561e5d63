/**
 * Adapts the hybrid BM25 + vector index to the `PassageIndex` port the index sync drives.
 *
 * Vectors: with a remote embedder the vectors are computed once at ingestion, stored in
 * chunks.embedding and reused on every rebuild (no second API call). The local embedder is fitted
 * (IDF) on the whole corpus at rebuild, so its vectors are not stored; they are recomputed, which
 * is fast and keeps a rebuild deterministic for the same database content.
 */
import type { Embeddings } from '@langchain/core/embeddings';
import { HybridIndex, passageEmbeddingText, type IndexablePassage } from './index/hybrid-index';
import { LocalEmbeddings } from './index/local-embedder';
import type { ExpandedQuery } from './index/query-expand';
import { analyzeQuestion, type QuestionAnalysis } from './index/rerank';
import type { PassageIndex } from './index-sync';
import type { Passage } from './store';

function indexable(p: Passage, useStored: boolean): IndexablePassage {
  return {
    id: p.id,
    documentId: p.documentId,
    title: p.title,
    article: p.article,
    headingPath: p.headingPath,
    text: p.text,
    ...(p.aliases ? { aliases: p.aliases } : {}),
    ...(useStored && p.embedding ? { embedding: p.embedding } : {}),
  };
}

export class HybridPassageIndex implements PassageIndex {
  private index: HybridIndex;
  private readonly local: boolean;

  constructor(private readonly embeddings: Embeddings) {
    this.local = embeddings instanceof LocalEmbeddings;
    this.index = HybridIndex.empty(embeddings);
  }

  get size(): number {
    return this.index.size;
  }

  /** Vectors to store with new chunks, or null when they are not worth storing (local embedder). */
  async embedForStorage(passages: Array<Pick<Passage, 'title' | 'article' | 'headingPath' | 'text'>>): Promise<Float32Array[] | null> {
    if (this.local || passages.length === 0) return null;
    const texts = passages.map((p) => passageEmbeddingText({ id: 0, documentId: 0, ...p }));
    return (await this.embeddings.embedDocuments(texts)).map((v) => Float32Array.from(v));
  }

  async reset(passages: Passage[]): Promise<void> {
    this.index = await HybridIndex.build(passages.map((p) => indexable(p, !this.local)), this.embeddings);
  }

  async replaceDocuments(documentIds: number[], passages: Passage[]): Promise<void> {
    for (const id of documentIds) this.index.removeDocument(id);
    await this.index.add(passages.map((p) => indexable(p, !this.local)));
  }

  async search(query: string | ExpandedQuery, k: number) {
    const r = await this.index.searchDetailed(query, k);
    return r.hits.map((h) => ({ id: h.passageId, score: h.score, lexical: h.bm25Norm, matched: h.matched, cosine: h.cosine, coverage: r.coverage }));
  }

  /** The question's focus words, expansions and answer type, weighted by this index's statistics (for reranking). */
  analyze(question: string): QuestionAnalysis {
    return analyzeQuestion(question, this.index.termStats());
  }

  save(dir: string, generation: number): Promise<void> {
    return this.index.save(dir, generation);
  }

  async load(dir: string, generation: number): Promise<boolean> {
    const loaded = await HybridIndex.load(dir, generation, this.embeddings);
    if (loaded) this.index = loaded;
    return loaded !== null;
  }
}
