/**
 * In-memory inverted-index BM25 over passages, fast enough for 100,000 chunks.
 *
 * Postings per term are typed arrays (passage slot, weighted term frequency) in insertion
 * order, so a query touches only the postings of its own terms; scores accumulate in a reused
 * Float64Array and a size-k heap picks the top hits. Long, low-idf posting lists are skipped
 * once they cannot change the top k (MaxScore-style pruning; exact scores for the hits). Removal is a tombstone plus exact document
 * frequency bookkeeping (a per-slot forward list of term ids); dead postings are compacted once
 * they exceed a quarter of the index, and always before serialisation.
 *
 * Fields are weighted into one bag of words (BM25F-lite): text 1, heading path, title (the
 * regulation name) and the article number (`第十六条`) with their own weights, so "纪律处分条例
 * 第十二条" lands on that article.
 */
import { decodeSnapshot, encodeSnapshot, type Bm25Snapshot } from './bm25-snapshot';
import { PostingList } from './postings';
import type { WeightedTerm } from './query-expand';
import { tokenize } from './tokenizer';
import { TopK } from './top-k';

export type { Bm25Snapshot } from './bm25-snapshot';

/** The passage shape every index in this folder takes (a chunk row of the knowledge store). */
export interface Passage {
  /** Chunk id (unique, integer). */
  id: number;
  /** Id of the source document; `removeDocument` removes all of its passages. */
  documentId: number;
  /** Document title, e.g. 中国共产党章程. */
  title: string;
  /** Article number such as 第七条, or null for text outside articles. */
  article: string | null;
  /** Chapter/section path, e.g. "第一章 党员". */
  headingPath: string;
  /** The passage text. */
  text: string;
  /** Everyday phrasings of what the passage says (knowledge/aliases.ts), indexed but never shown. */
  aliases?: string;
}

/** Field weights of the bag of words; defaults in `DEFAULT_FIELD_WEIGHTS`. */
export interface FieldWeights {
  text: number;
  heading: number;
  title: number;
  article: number;
  aliases: number;
}

/** Defaults tuned on knowledge/eval/paraphrase.jsonl (see tune-retrieval.ts). */
export const DEFAULT_FIELD_WEIGHTS: FieldWeights = { text: 1, heading: 0.5, title: 0.3, article: 3, aliases: 0.5 };

/** BM25 parameters. */
export interface Bm25Options {
  /** Term-frequency saturation, default 1.2. */
  k1?: number;
  /** Length normalisation, default 0.75. */
  b?: number;
  fieldWeights?: Partial<FieldWeights>;
  /** Posting lists longer than this get a pruning check before scoring, default 2048 (Infinity = exhaustive). */
  pruneMinPostings?: number;
}

/** One BM25 result. */
export interface Bm25Hit {
  /** Passage (chunk) id. */
  id: number;
  /** Raw BM25 score (sum over query terms of weight·idf·saturated tf). */
  score: number;
  /** `score / maxScore(query)` clamped to [0, 1]: 1 ≈ every query term present (see `maxScore`). */
  norm: number;
  /** Share of the query's own word weight (not bigrams/expansions) present in this passage, 0–1. */
  matched: number;
}

/** A query term: plain token (weight 1, counts as a query word) or a weighted term. */
export type QueryTerm = string | WeightedTerm;

interface MergedTerm {
  tid: number;
  weight: number;
  /** Weight contributed by the query's own words (for `Bm25Hit.matched`). */
  wordWeight: number;
  isQuery: boolean;
}

/** Total weight of the query's own words (plain strings count 1). */
function wordWeightOf(query: readonly QueryTerm[]): number {
  let w = 0;
  for (const q of query) {
    if (typeof q === 'string') w += 1;
    else if (q.origin === 'word') w += q.weight;
  }
  return w;
}

/** The k-th highest accumulator value among the touched slots (0 when fewer than k). */
function kthBest(touched: Int32Array, nt: number, acc: Float64Array, k: number): number {
  if (nt < k) return 0;
  const top = new TopK(k);
  for (let i = 0; i < nt; i++) top.push(touched[i]!, acc[touched[i]!]!);
  return top.min();
}

/** Inverted-index BM25; see the file comment. */
export class Bm25Index {
  readonly k1: number;
  readonly b: number;
  readonly fieldWeights: FieldWeights;
  private readonly pruneMinPostings: number;

  private termIds = new Map<string, number>();
  private terms: string[] = [];
  private df: number[] = [];
  private postings: PostingList[] = [];

  /** Per slot (insertion position): passage id, document id, weighted length, liveness, term ids. */
  private passageIds: number[] = [];
  private documentIds: number[] = [];
  private lengths: number[] = [];
  private alive = new Uint8Array(1024);
  private forward: (Int32Array | null)[] = [];
  private slotOf = new Map<number, number>();
  private slotsOfDocument = new Map<number, Set<number>>();
  private live = 0;
  private dead = 0;

  private normK = new Float64Array(0);
  private normDirty = true;
  private acc = new Float64Array(0);
  private touched = new Int32Array(0);

  constructor(options: Bm25Options = {}) {
    this.k1 = options.k1 ?? 1.2;
    this.b = options.b ?? 0.75;
    this.fieldWeights = { ...DEFAULT_FIELD_WEIGHTS, ...options.fieldWeights };
    this.pruneMinPostings = options.pruneMinPostings ?? 2048;
  }

  /** Number of live passages. */
  get size(): number {
    return this.live;
  }

  /** True when passage `id` is indexed. */
  has(id: number): boolean {
    return this.slotOf.has(id);
  }

  /** Ids of the live passages of `documentId`. */
  passagesOf(documentId: number): number[] {
    return [...(this.slotsOfDocument.get(documentId) ?? [])].map((s) => this.passageIds[s]!);
  }

  /** Indexes a passage (replacing an earlier passage with the same id). */
  add(p: Passage): void {
    const bag = new Map<string, number>();
    let length = 0;
    const put = (text: string, w: number): void => {
      if (w <= 0 || !text) return;
      const tokens = tokenize(text);
      for (const t of tokens) bag.set(t, (bag.get(t) ?? 0) + w);
      length += tokens.length * w;
    };
    const fw = this.fieldWeights;
    put(p.text, fw.text);
    put(p.headingPath, fw.heading);
    put(p.title, fw.title);
    put(p.article ?? '', fw.article);
    put(p.aliases ?? '', fw.aliases);
    if (this.slotOf.has(p.id)) this.removeSlot(this.slotOf.get(p.id)!);
    const slot = this.pushSlot(p.id, p.documentId, Math.max(length, 1));
    const fwd = new Int32Array(bag.size);
    let i = 0;
    for (const [term, tf] of bag) {
      let tid = this.termIds.get(term);
      if (tid === undefined) {
        tid = this.terms.length;
        this.termIds.set(term, tid);
        this.terms.push(term);
        this.df.push(0);
        this.postings.push(new PostingList());
      }
      this.postings[tid]!.push(slot, tf);
      this.df[tid]!++;
      fwd[i++] = tid;
    }
    this.forward[slot] = fwd;
  }

  private pushSlot(id: number, documentId: number, length: number): number {
    const slot = this.passageIds.length;
    this.passageIds.push(id);
    this.documentIds.push(documentId);
    this.lengths.push(length);
    this.forward.push(null);
    if (slot >= this.alive.length) {
      const grown = new Uint8Array(this.alive.length * 2);
      grown.set(this.alive);
      this.alive = grown;
    }
    this.alive[slot] = 1;
    this.slotOf.set(id, slot);
    let set = this.slotsOfDocument.get(documentId);
    if (!set) this.slotsOfDocument.set(documentId, (set = new Set()));
    set.add(slot);
    this.live++;
    this.normDirty = true;
    return slot;
  }

  /** Removes every passage of `documentId`; returns how many were removed. */
  removeDocument(documentId: number): number {
    const slots = [...(this.slotsOfDocument.get(documentId) ?? [])];
    for (const s of slots) this.removeSlot(s);
    this.maybeCompact();
    return slots.length;
  }

  /** Removes one passage by id; returns whether it was present. */
  removePassage(id: number): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    this.removeSlot(slot);
    this.maybeCompact();
    return true;
  }

  private removeSlot(slot: number): void {
    if (!this.alive[slot]) return;
    this.alive[slot] = 0;
    for (const tid of this.forward[slot] ?? []) this.df[tid]!--;
    this.forward[slot] = null;
    this.slotOf.delete(this.passageIds[slot]!);
    const doc = this.documentIds[slot]!;
    const set = this.slotsOfDocument.get(doc);
    set?.delete(slot);
    if (set && set.size === 0) this.slotsOfDocument.delete(doc);
    this.live--;
    this.dead++;
    this.normDirty = true;
  }

  private maybeCompact(): void {
    if (this.dead > 1000 && this.dead > this.passageIds.length / 4) this.compact();
  }

  /** Drops removed passages from the postings and renumbers slots (order kept). */
  compact(): void {
    if (this.dead === 0) return;
    const n = this.passageIds.length;
    const remap = new Int32Array(n).fill(-1);
    let next = 0;
    for (let s = 0; s < n; s++) if (this.alive[s]) remap[s] = next++;
    const keep = <T>(arr: T[]): T[] => arr.filter((_v, s) => remap[s]! >= 0);
    const ids = keep(this.passageIds);
    const docs = keep(this.documentIds);
    const lengths = keep(this.lengths);
    const forward = keep(this.forward);
    for (const p of this.postings) p.compact(remap);
    this.passageIds = [];
    this.documentIds = [];
    this.lengths = [];
    this.forward = [];
    this.alive.fill(0);
    this.slotOf.clear();
    this.slotsOfDocument.clear();
    this.live = 0;
    this.dead = 0;
    ids.forEach((id, s) => {
      this.pushSlot(id, docs[s]!, lengths[s]!);
      this.forward[s] = forward[s]!;
    });
  }

  /** Number of live passages containing `term` (0 when unknown). */
  documentFrequency(term: string): number {
    const tid = this.termIds.get(term);
    return tid === undefined ? 0 : this.df[tid]!;
  }

  /** Robertson/Lucene idf (always positive). */
  idf(df: number): number {
    return Math.log(1 + (this.live - df + 0.5) / (df + 0.5));
  }

  private merge(query: readonly QueryTerm[]): MergedTerm[] {
    const byTid = new Map<number, MergedTerm>();
    for (const q of query) {
      const t = typeof q === 'string' ? { term: q, weight: 1, origin: 'word' as const } : q;
      const tid = this.termIds.get(t.term);
      if (tid === undefined || this.df[tid] === 0 || t.weight <= 0) continue;
      const wordWeight = t.origin === 'word' ? t.weight : 0;
      const had = byTid.get(tid);
      if (had) {
        had.weight += t.weight;
        had.wordWeight += wordWeight;
        had.isQuery ||= t.origin !== 'expansion';
      } else byTid.set(tid, { tid, weight: t.weight, wordWeight, isQuery: t.origin !== 'expansion' });
    }
    return [...byTid.values()];
  }

  /**
   * Reference score of a query: Σ weight·idf over the query's own terms (words and bigrams, not
   * expansions) that occur in the index, plus the query words the index has never seen at the
   * highest idf (a question about 高铁票 is not supported by a passage that only shares 北京).
   * A passage containing each known term once at average length scores about the known part;
   * `Bm25Hit.norm` is the hit's score divided by the whole.
   */
  maxScore(query: readonly QueryTerm[]): number {
    let max = 0;
    for (const m of this.merge(query)) if (m.isQuery) max += m.weight * this.idf(this.df[m.tid]!);
    return max + this.unknownWordWeight(query) * this.idf(0);
  }

  /** Summed weight of the query words (origin `word`) absent from the index. */
  private unknownWordWeight(query: readonly QueryTerm[]): number {
    let w = 0;
    for (const q of query) {
      const t = typeof q === 'string' ? { term: q, weight: 1, origin: 'word' } : q;
      if (t.origin !== 'word') continue;
      const tid = this.termIds.get(t.term);
      if (tid === undefined || this.df[tid] === 0) w += t.weight;
    }
    return w;
  }

  /** Share (0–1) of the query's word weight whose terms occur anywhere in the index. */
  coverage(query: readonly QueryTerm[]): number {
    let all = 0;
    let known = 0;
    for (const q of query) {
      if (typeof q !== 'string' && q.origin !== 'word') continue;
      const t = typeof q === 'string' ? q : q.term;
      const w = typeof q === 'string' ? 1 : q.weight;
      all += w;
      const tid = this.termIds.get(t);
      if (tid !== undefined && this.df[tid]! > 0) known += w;
    }
    return all === 0 ? 0 : known / all;
  }

  private ensureBuffers(): void {
    const n = this.passageIds.length;
    if (this.acc.length < n) {
      const cap = Math.max(1024, n * 2);
      this.acc = new Float64Array(cap);
      this.touched = new Int32Array(cap);
      this.normK = new Float64Array(cap);
      this.normDirty = true;
    }
    if (this.normDirty) {
      // Recomputed, not kept incrementally: no float drift after many add/remove cycles.
      let total = 0;
      for (let s = 0; s < n; s++) if (this.alive[s]) total += this.lengths[s]!;
      const avg = this.live > 0 ? total / this.live : 1;
      for (let s = 0; s < n; s++) this.normK[s] = this.k1 * (1 - this.b + (this.b * this.lengths[s]!) / avg);
      this.normDirty = false;
    }
  }

  /** Top `k` passages for the query terms, best first. */
  search(query: readonly QueryTerm[], k: number): Bm25Hit[] {
    const merged = this.merge(query);
    if (merged.length === 0 || k <= 0) return [];
    this.ensureBuffers();
    const { acc, touched, normK, alive } = this;
    const k1p1 = this.k1 + 1;
    let max = 0;
    // Term-at-a-time with MaxScore-style pruning: terms in descending order of their upper bound
    // (weight·idf·(k1+1), since tf/(tf+K) < 1). Before a long posting list, once the bounds of
    // all remaining terms are small next to what was scored, the current k-th score θ is taken;
    // if the remaining terms cannot lift an unseen passage to θ, only the passages that still
    // can reach it are scored further. Scores of the returned hits stay exact.
    const terms = merged.map((m) => {
      const idf = this.idf(this.df[m.tid]!);
      if (m.isQuery) max += m.weight * idf;
      return { m, wq: m.weight * idf * k1p1 };
    });
    max += this.unknownWordWeight(query) * this.idf(0);
    terms.sort((a, b) => b.wq - a.wq);
    const rest = new Float64Array(terms.length + 1);
    for (let i = terms.length - 1; i >= 0; i--) rest[i] = rest[i + 1]! + terms[i]!.wq;
    let nt = 0;
    let candidates: Int32Array | null = null;
    let checks = 0;
    let ti = 0;
    for (; ti < terms.length; ti++) {
      const { m, wq } = terms[ti]!;
      const list = this.postings[m.tid]!;
      if (nt >= k && list.length > this.pruneMinPostings && checks < 2 && rest[ti]! < rest[0]! - rest[ti]!) {
        checks++;
        const theta = kthBest(touched, nt, acc, k);
        if (rest[ti]! < theta) {
          candidates = this.candidatesAbove(theta - rest[ti]!, nt);
          break;
        }
      }
      const { slots, tfs, length } = list;
      for (let i = 0; i < length; i++) {
        const s = slots[i]!;
        if (!alive[s]) continue;
        const tf = tfs[i]!;
        if (acc[s] === 0) touched[nt++] = s;
        acc[s] += (wq * tf) / (tf + normK[s]!);
      }
    }
    if (candidates) for (; ti < terms.length; ti++) this.scoreCandidates(candidates, terms[ti]!.m.tid, terms[ti]!.wq);
    const top = new TopK(k);
    if (candidates) for (const s of candidates) top.push(s, acc[s]!);
    else for (let i = 0; i < nt; i++) top.push(touched[i]!, acc[touched[i]!]!);
    const picked = top.sorted();
    for (let i = 0; i < nt; i++) acc[touched[i]!] = 0;
    const wordTotal = wordWeightOf(query);
    return picked.map(({ item: s, score }) => ({
      id: this.passageIds[s]!,
      score,
      norm: max > 0 ? Math.min(1, score / max) : 0,
      matched: wordTotal > 0 ? Math.min(1, this.matchedWeight(merged, s) / wordTotal) : 0,
    }));
  }

  /** Touched slots whose accumulated score is at least `min`, ascending. */
  private candidatesAbove(min: number, nt: number): Int32Array {
    const keep: number[] = [];
    for (let i = 0; i < nt; i++) if (this.acc[this.touched[i]!]! >= min) keep.push(this.touched[i]!);
    return Int32Array.from(keep).sort();
  }

  /** Adds one term's contribution to the candidate slots (binary search or a merge walk). */
  private scoreCandidates(candidates: Int32Array, tid: number, wq: number): void {
    const { slots, tfs, length } = this.postings[tid]!;
    const { acc, normK } = this;
    if (candidates.length * 16 < length) {
      const list = this.postings[tid]!;
      for (const s of candidates) {
        const at = list.find(s);
        if (at >= 0) acc[s] += (wq * tfs[at]!) / (tfs[at]! + normK[s]!);
      }
      return;
    }
    // Both ascending: walk them together.
    let i = 0;
    for (const s of candidates) {
      while (i < length && slots[i]! < s) i++;
      if (i < length && slots[i] === s) acc[s] += (wq * tfs[i]!) / (tfs[i]! + normK[s]!);
    }
  }

  /** Query word weight present in slot `s` (for `Bm25Hit.matched`; only run for the k hits). */
  private matchedWeight(merged: readonly MergedTerm[], s: number): number {
    let w = 0;
    for (const m of merged) if (m.wordWeight > 0 && this.postings[m.tid]!.find(s) >= 0) w += m.wordWeight;
    return w;
  }

  /** BM25 score and matched word share of one passage (zeros when absent); binary search in postings. */
  scoreOf(query: readonly QueryTerm[], id: number): { score: number; matched: number } {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return { score: 0, matched: 0 };
    this.ensureBuffers();
    let score = 0;
    let word = 0;
    for (const m of this.merge(query)) {
      const list = this.postings[m.tid]!;
      const at = list.find(slot);
      if (at < 0) continue;
      const tf = list.tfs[at]!;
      score += (m.weight * this.idf(this.df[m.tid]!) * (this.k1 + 1) * tf) / (tf + this.normK[slot]!);
      word += m.wordWeight;
    }
    const total = wordWeightOf(query);
    return { score, matched: total > 0 ? Math.min(1, word / total) : 0 };
  }

  /** Compacts and serialises the index (postings and ids only, no passage texts). */
  toSnapshot(): Bm25Snapshot {
    this.compact();
    const offsets = new Int32Array(this.terms.length + 1);
    let total = 0;
    for (let t = 0; t < this.terms.length; t++) {
      offsets[t] = total;
      total += this.postings[t]!.length;
    }
    offsets[this.terms.length] = total;
    const slots = new Int32Array(total);
    const tfs = new Float32Array(total);
    this.postings.forEach((p, t) => {
      slots.set(p.slots.subarray(0, p.length), offsets[t]!);
      tfs.set(p.tfs.subarray(0, p.length), offsets[t]!);
    });
    return encodeSnapshot(
      { k1: this.k1, b: this.b, fieldWeights: this.fieldWeights },
      {
        terms: this.terms,
        offsets,
        slots,
        tfs,
        passageIds: Float64Array.from(this.passageIds),
        documentIds: Float64Array.from(this.documentIds),
        lengths: Float64Array.from(this.lengths),
      },
    );
  }

  /** Rebuilds an index from `toSnapshot()` output; throws on a malformed snapshot. */
  static fromSnapshot(snap: Bm25Snapshot, options: Pick<Bm25Options, 'pruneMinPostings'> = {}): Bm25Index {
    const a = decodeSnapshot(snap);
    const idx = new Bm25Index({ k1: snap.k1, b: snap.b, fieldWeights: snap.fieldWeights, ...options });
    const n = a.passageIds.length;
    for (let s = 0; s < n; s++) {
      if (idx.slotOf.has(a.passageIds[s]!)) throw new Error('BM25 snapshot: duplicate passage id');
      idx.pushSlot(a.passageIds[s]!, a.documentIds[s]!, a.lengths[s]!);
    }
    const count = new Int32Array(n);
    for (const s of a.slots) count[s]!++;
    const fwd = Array.from(count, (c) => new Int32Array(c));
    const fill = new Int32Array(n);
    a.terms.forEach((term, t) => {
      const from = a.offsets[t]!;
      const to = a.offsets[t + 1]!;
      idx.termIds.set(term, t);
      idx.terms.push(term);
      idx.df.push(to - from);
      idx.postings.push(PostingList.from(a.slots.subarray(from, to), a.tfs.subarray(from, to)));
      for (let i = from; i < to; i++) fwd[a.slots[i]!]![fill[a.slots[i]!]!++] = t;
    });
    fwd.forEach((f, s) => (idx.forward[s] = f));
    return idx;
  }
}
