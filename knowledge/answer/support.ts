/**
 * The decline rule: is the best passage strong enough support to answer from?
 * Thresholds are tuned with `npm run eval` on the paraphrase set (see knowledge/eval).
 */
import type { RetrievedHit } from './types';

export interface SupportThresholds {
  /** Minimum share of the question's weighted terms found in the passage. */
  minLexical: number;
  /** Minimum cosine similarity. */
  minCosine: number;
  /** Either signal alone above this is enough. */
  strongLexical: number;
  strongCosine: number;
}

export const DEFAULT_THRESHOLDS: SupportThresholds = {
  minLexical: 0.3,
  minCosine: 0.2,
  strongLexical: 0.6,
  strongCosine: 0.55,
};

/** True when the hit is good enough to answer from. */
export function isSupported(hit: RetrievedHit | undefined, t: SupportThresholds = DEFAULT_THRESHOLDS): boolean {
  if (!hit) return false;
  if (hit.lexical >= t.strongLexical || hit.cosine >= t.strongCosine) return true;
  return hit.lexical >= t.minLexical && hit.cosine >= t.minCosine;
}

/**
 * Orders hits so current text comes first: a superseded passage stays on top only when no current
 * passage is nearly as relevant.
 */
export function preferCurrent(hits: RetrievedHit[]): RetrievedHit[] {
  const top = hits[0];
  if (!top || !top.passage.superseded) return hits;
  // Fused scores are rank-based, so compare the lexical support instead.
  const current = hits.find((h) => !h.passage.superseded && h.lexical >= top.lexical * 0.9);
  if (!current) return hits;
  return [current, ...hits.filter((h) => h !== current)];
}
