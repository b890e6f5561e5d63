/** Shapes shared by the answer builders. */
import type { RerankFeatures } from '../index/rerank';
import type { Passage } from '../store';

/** A retrieved passage with the signals the decline rule needs. */
export interface RetrievedHit {
  passage: Passage;
  /** Fused rank score (higher is better). */
  score: number;
  /** Share of the query's weighted terms the passage contains, 0..1 (BM25 side). */
  lexical: number;
  /** Share of the question's own words present in the passage, 0..1. */
  matched: number;
  /** Cosine similarity of query and passage embeddings, -1..1 (vector side). */
  cosine: number;
  /** Share of the question's words known to the index, 0..1. */
  coverage: number;
  /** Second-stage score (see knowledge/index/rerank.ts); absent when the hit was not reranked. */
  rerankScore?: number;
  /** The reranker's features of this hit. */
  features?: RerankFeatures;
}
