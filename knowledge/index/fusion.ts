/**
 * Weighted reciprocal rank fusion of the BM25 and vector result lists.
 *
 * RRF only uses ranks, so its score says nothing about absolute support; each fused hit therefore
 * also carries the calibrated signals of its sources (normalised BM25 score, matched share of
 * query words, cosine similarity) for the decline logic.
 */
import type { Bm25Hit } from './bm25';
import type { VectorHit } from './vectors';

/** Fusion knobs. */
export interface FusionOptions {
  /** RRF constant, default 60. */
  k?: number;
  /** Weight of the BM25 list, default 1. */
  bm25Weight?: number;
  /** Weight of the vector list, default 1. */
  vectorWeight?: number;
}

/** One fused result. Ranks are 1-based; a missing rank means the list did not return the passage. */
export interface FusedHit {
  /** Passage (chunk) id. */
  id: number;
  /** Σ weight / (k + rank) over the lists. */
  score: number;
  bm25Rank?: number;
  vectorRank?: number;
  /** Raw BM25 score (from the BM25 list). */
  bm25Score?: number;
  /** BM25 score / the query's reference score, 0–1 (see `Bm25Hit.norm`). */
  bm25Norm?: number;
  /** Share of the query words present in the passage, 0–1 (see `Bm25Hit.matched`). */
  matched?: number;
  /** Cosine similarity from the vector list. */
  cosine?: number;
}

/** Fuses the lists (each best first) and returns the top `limit` fused hits, best first. */
export function reciprocalRankFusion(
  bm25: readonly Bm25Hit[],
  vectors: readonly VectorHit[],
  limit: number,
  options: FusionOptions = {},
): FusedHit[] {
  const k = options.k ?? 60;
  const wb = options.bm25Weight ?? 1;
  const wv = options.vectorWeight ?? 1;
  const byId = new Map<number, FusedHit>();
  const get = (id: number): FusedHit => {
    let h = byId.get(id);
    if (!h) byId.set(id, (h = { id, score: 0 }));
    return h;
  };
  bm25.forEach((b, i) => {
    const h = get(b.id);
    if (h.bm25Rank !== undefined) return;
    h.bm25Rank = i + 1;
    h.bm25Score = b.score;
    h.bm25Norm = b.norm;
    h.matched = b.matched;
    h.score += wb / (k + i + 1);
  });
  vectors.forEach((v, i) => {
    const h = get(v.id);
    if (h.vectorRank !== undefined) return;
    h.vectorRank = i + 1;
    h.cosine = v.cosine;
    h.score += wv / (k + i + 1);
  });
  return [...byId.values()]
    .sort((a, b) => b.score - a.score || (a.bm25Rank ?? Infinity) - (b.bm25Rank ?? Infinity) || a.id - b.id)
    .slice(0, limit);
}
