/** Retrieval and answer metrics for the eval. */

export interface RankedCase {
  /** 1-based rank of the first hit, or null when no returned item is a hit. */
  rank: number | null;
}

export function recallAt(cases: RankedCase[], k: number): number {
  if (!cases.length) return 0;
  return cases.filter((c) => c.rank !== null && c.rank <= k).length / cases.length;
}

export function mrr(cases: RankedCase[]): number {
  if (!cases.length) return 0;
  return cases.reduce((s, c) => s + (c.rank ? 1 / c.rank : 0), 0) / cases.length;
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx]!;
}

/** Precision and recall of declining, where `shouldDecline` is the gold label. */
export function declineScores(cases: Array<{ shouldDecline: boolean; declined: boolean }>): { precision: number; recall: number } {
  const declined = cases.filter((c) => c.declined);
  const gold = cases.filter((c) => c.shouldDecline);
  const both = cases.filter((c) => c.declined && c.shouldDecline);
  return {
    precision: declined.length ? both.length / declined.length : gold.length ? 0 : 1,
    recall: gold.length ? both.length / gold.length : 1,
  };
}

export const round = (x: number, digits = 3): number => Math.round(x * 10 ** digits) / 10 ** digits;
