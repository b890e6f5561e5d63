/**
 * The hybrid passage index: BM25 over jieba tokens + bigrams with query expansion, HNSW over
 * embeddings, fused by weighted RRF. Every hit carries calibrated support signals (normalised
 * BM25, matched share of query words, exact cosine) for the decline logic.
 *
 * Persistence and consistency (for the caller that owns the passages in the database):
 *  - `save(dir, generation)` writes `bm25.<gen>.<nonce>.json`, `vectors.<gen>.<nonce>.hnsw`
 *    (+ `.json`), for LocalEmbeddings `embedder.<gen>.<nonce>.json` (its IDF table), then
 *    `manifest.json` last (atomic rename); older files are removed afterwards. Passage texts are
 *    not persisted. One writer per directory: two processes saving into the same folder at once
 *    can delete each other's files, which the next `load` reports as null (rebuild), not as a
 *    wrong index.
 *  - `HybridIndex.load(dir, generation, embeddings)` returns null when the manifest is missing or
 *    unreadable, the generation differs, the tokenizer (version or party dictionary) or the
 *    embedder changed, or a file is corrupt
 *    or inconsistent. Then rebuild: `HybridIndex.build(allPassagesFromDb, embeddings)` and save.
 *  - A rebuild is deterministic for the same passages: LocalEmbeddings is fitted (IDF) on the
 *    passages given to `build`; passages added later are embedded with that fitted state, so after
 *    many additions a rebuild gives slightly different (better) vectors. Remote embeddings never
 *    change; their vectors can be stored (`vectorOf`, chunks.embedding) and passed back in as
 *    `embedding` to avoid re-embedding. Do not pass stored vectors from another `embeddingsId`.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'fs/promises';
import { join } from 'path';
import type { Embeddings } from '@langchain/core/embeddings';
import { Bm25Index, type Bm25Options, type Bm25Snapshot, type Passage } from './bm25';
import { reciprocalRankFusion, type FusionOptions } from './fusion';
import { embeddingsId, LocalEmbeddings, type LocalEmbeddingsState } from './local-embedder';
import { expandQuery, type ExpandedQuery, type ExpandOptions } from './query-expand';
import { TOKENIZER_ID } from './tokenizer';
import { aliasesId } from '../aliases';
import { cosineSimilarity, VectorIndex, type VectorIndexOptions } from './vectors';

/** A passage to index, optionally with a precomputed embedding (same embeddings only). */
export interface IndexablePassage extends Passage {
  embedding?: ArrayLike<number> | null;
}

/** Corpus statistics of index terms (BM25 vocabulary: jieba words, special tokens, bigrams). */
export interface TermStats {
  /** Live passages. */
  passages: number;
  /** Passages containing the term (0 for a term the corpus never uses). */
  df(term: string): number;
  /** Robertson idf of the term (largest for unknown terms). */
  idf(term: string): number;
}

/** One search result. */
export interface HybridHit {
  /** Passage (chunk) id. */
  passageId: number;
  /** Fused RRF score (rank-based; compare within one query only). */
  score: number;
  /** BM25 score / the query's reference score, 0–1; 0 when no query term matched. */
  bm25Norm: number;
  /** Raw BM25 score (0 when no term matched). */
  bm25Score: number;
  /** Share of the question's own words present in the passage, 0–1. */
  matched: number;
  /** Exact cosine between query and passage embeddings (computed for every hit). */
  cosine: number;
  /** 1-based rank in the BM25 list, when it was there. */
  bm25Rank?: number;
  /** 1-based rank in the vector list, when it was there. */
  vectorRank?: number;
}

/** Search results plus the query analysis (for logging and the decline logic). */
export interface HybridSearchResult {
  hits: HybridHit[];
  query: ExpandedQuery;
  /** Share of the question's words known to the index, 0–1 (low = off-topic vocabulary). */
  coverage: number;
}

/** Tuning of the hybrid index; defaults come from knowledge/index/tune-retrieval.ts. */
export interface HybridIndexOptions {
  bm25?: Bm25Options;
  vectors?: VectorIndexOptions;
  expand?: ExpandOptions;
  /** Overrides `LOCAL_FUSION` / `DEFAULT_FUSION` (chosen by the embeddings' kind). */
  fusion?: FusionOptions;
  /** Candidates taken from each list before fusion, default 50. */
  candidates?: number;
  /** Append expansion phrases to the text embedded for the query, default true. */
  embedExpansions?: boolean;
}

/**
 * Fusion defaults for remote (semantic) embeddings: plain RRF, k = 60, equal weights.
 * Not tuned here (no model available offline); tune with tune-retrieval.ts when one is configured.
 */
export const DEFAULT_FUSION: Required<FusionOptions> = { k: 60, bm25Weight: 1, vectorWeight: 1 };

/**
 * Fusion defaults with LocalEmbeddings. The hashed n-gram vectors are a weaker copy of the
 * lexical signal (paraphrase set, 116 questions: vectors alone R@1 34% / R@5 66%, BM25 alone
 * 68.1% / 91.4%), so they only break near-ties: k = 10 keeps BM25's top ranks apart and the
 * vector list weighs 0.1 (68.1% / 91.4%; plain RRF k = 60 with equal weights: 56.9% / 80.2%).
 */
export const LOCAL_FUSION: Required<FusionOptions> = { k: 10, bm25Weight: 1, vectorWeight: 0.1 };

/** The text embedded for a passage: where it sits, then what it says. */
export function passageEmbeddingText(p: Passage): string {
  return [p.title, p.headingPath, p.article ?? '', p.aliases ?? '', p.text].filter(Boolean).join('\n');
}

/** What the indexed text depends on besides the passages: the tokenizer and the alias tables. */
const indexTextId = (): string => `${TOKENIZER_ID}/${aliasesId()}`;

const MANIFEST = 'manifest.json';
const FORMAT = 'hybrid-index/1';

interface Manifest {
  format: typeof FORMAT;
  generation: number;
  tokenizer: string;
  embeddingsId: string;
  dim: number;
  size: number;
  files: { bm25: string; vectors: string; embedder?: string };
}

/** BM25 + HNSW hybrid index; see the file comment for persistence rules. */
export class HybridIndex {
  private bm25: Bm25Index;
  private vectors: VectorIndex | null = null;

  private constructor(
    readonly embeddings: Embeddings,
    private readonly options: HybridIndexOptions,
    bm25?: Bm25Index,
  ) {
    this.bm25 = bm25 ?? new Bm25Index(options.bm25);
  }

  /** An empty index (LocalEmbeddings gets fitted on the first `add`). */
  static empty(embeddings: Embeddings, options: HybridIndexOptions = {}): HybridIndex {
    return new HybridIndex(embeddings, options);
  }

  /**
   * Builds an index over `passages`, fitting LocalEmbeddings on them first. The fitted state
   * lives in the embeddings instance: use one LocalEmbeddings per live index (an older index
   * sharing it would embed queries with the new IDF).
   */
  static async build(passages: readonly IndexablePassage[], embeddings: Embeddings, options: HybridIndexOptions = {}): Promise<HybridIndex> {
    if (embeddings instanceof LocalEmbeddings) embeddings.fit(passages.map(passageEmbeddingText));
    const index = new HybridIndex(embeddings, options);
    await index.add(passages);
    return index;
  }

  /** Number of indexed passages. */
  get size(): number {
    return this.bm25.size;
  }

  /** Name of the embeddings' vector space (see `embeddingsId`). */
  get embeddingsId(): string {
    return embeddingsId(this.embeddings);
  }

  /** True when passage `id` is indexed. */
  has(passageId: number): boolean {
    return this.bm25.has(passageId);
  }

  /** Ids of all indexed passages (e.g. to compare with the database after `load`). */
  passageIds(): number[] {
    return this.vectors ? this.vectors.ids() : [];
  }

  /** The stored (L2-normalised) embedding of a passage, e.g. to keep in chunks.embedding. */
  vectorOf(passageId: number): number[] | undefined {
    return this.vectors?.vectorOf(passageId);
  }

  /** Adds (or replaces, by id) passages; embeds those without an `embedding`. */
  async add(passages: readonly IndexablePassage[]): Promise<void> {
    if (passages.length === 0) return;
    if (this.embeddings instanceof LocalEmbeddings && !this.embeddings.fitted) {
      this.embeddings.fit(passages.map(passageEmbeddingText));
    }
    const missing = passages.filter((p) => !p.embedding || p.embedding.length === 0);
    const computed = missing.length ? await this.embeddings.embedDocuments(missing.map(passageEmbeddingText)) : [];
    const byId = new Map<number, readonly number[]>();
    missing.forEach((p, i) => byId.set(p.id, computed[i]!));
    for (const p of passages) {
      const vector = byId.get(p.id) ?? Array.from(p.embedding!);
      if (!this.vectors) this.vectors = new VectorIndex(vector.length, { capacity: passages.length, ...this.options.vectors });
      this.vectors.add(p.id, vector);
      this.bm25.add(p);
    }
  }

  /** Document frequency and idf of index terms, for the reranker and the decline rule. */
  termStats(): TermStats {
    const bm25 = this.bm25;
    return {
      passages: bm25.size,
      df: (term) => bm25.documentFrequency(term),
      idf: (term) => bm25.idf(bm25.documentFrequency(term)),
    };
  }

  /** Removes every passage of `documentId`; returns how many were removed. */
  removeDocument(documentId: number): number {
    for (const id of this.bm25.passagesOf(documentId)) this.vectors?.remove(id);
    return this.bm25.removeDocument(documentId);
  }

  /** The top `k` passages for a question, best first. */
  async search(query: string | ExpandedQuery, k: number): Promise<HybridHit[]> {
    return (await this.searchDetailed(query, k)).hits;
  }

  /**
   * `search` plus the query analysis and vocabulary coverage. An already expanded query (the one the
   * reranker analysed) is searched as it is: expanding costs the input-slip check a second time.
   */
  async searchDetailed(query: string | ExpandedQuery, k: number): Promise<HybridSearchResult> {
    const expanded = typeof query === 'string' ? expandQuery(query, this.options.expand) : query;
    const coverage = this.bm25.coverage(expanded.terms);
    if (this.size === 0 || k <= 0 || !expanded.normalized) return { hits: [], query: expanded, coverage };
    const n = Math.max(k, this.options.candidates ?? 50);
    const lexical = this.bm25.search(expanded.terms, n);
    const embedText = this.options.embedExpansions === false ? expanded.normalized : [expanded.normalized, ...expanded.expansions].join(' ');
    const qv = await this.embeddings.embedQuery(embedText);
    const semantic = this.vectors ? this.vectors.search(qv, n) : [];
    const defaults = this.embeddings instanceof LocalEmbeddings ? LOCAL_FUSION : DEFAULT_FUSION;
    const fused = reciprocalRankFusion(lexical, semantic, k, { ...defaults, ...this.options.fusion });
    const maxScore = this.bm25.maxScore(expanded.terms);
    const hits = fused.map((f): HybridHit => {
      const own = f.bm25Score === undefined ? this.bm25.scoreOf(expanded.terms, f.id) : undefined;
      const bm25Score = f.bm25Score ?? own!.score;
      const stored = f.cosine === undefined ? this.vectors?.vectorOf(f.id) : undefined;
      const hit: HybridHit = {
        passageId: f.id,
        score: f.score,
        bm25Norm: f.bm25Norm ?? (maxScore > 0 ? Math.min(1, bm25Score / maxScore) : 0),
        bm25Score,
        matched: f.matched ?? own!.matched,
        cosine: f.cosine ?? (stored ? cosineSimilarity(qv, stored) : 0),
      };
      if (f.bm25Rank !== undefined) hit.bm25Rank = f.bm25Rank;
      if (f.vectorRank !== undefined) hit.vectorRank = f.vectorRank;
      return hit;
    });
    return { hits, query: expanded, coverage };
  }

  /** Persists the index to `dir` stamped with `generation` (see the file comment). */
  async save(dir: string, generation: number): Promise<void> {
    await mkdir(dir, { recursive: true });
    const tag = `${generation}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const files: Manifest['files'] = { bm25: `bm25.${tag}.json`, vectors: `vectors.${tag}.hnsw` };
    await writeFile(join(dir, files.bm25), JSON.stringify(this.bm25.toSnapshot()));
    const vectors = this.vectors ?? new VectorIndex(1);
    await vectors.save(join(dir, files.vectors));
    if (this.embeddings instanceof LocalEmbeddings) {
      files.embedder = `embedder.${tag}.json`;
      await writeFile(join(dir, files.embedder), JSON.stringify(this.embeddings.getState()));
    }
    const manifest: Manifest = {
      format: FORMAT,
      generation,
      tokenizer: indexTextId(),
      embeddingsId: this.embeddingsId,
      dim: vectors.dim,
      size: this.size,
      files,
    };
    const tmp = join(dir, `${MANIFEST}.${tag}.tmp`);
    await writeFile(tmp, JSON.stringify(manifest, null, 1));
    await rename(tmp, join(dir, MANIFEST));
    const keep = new Set<string>([MANIFEST, ...Object.values(files), `${files.vectors}.json`]);
    for (const f of await readdir(dir)) {
      if (!keep.has(f) && /^(bm25|vectors|embedder|manifest\.json)\./.test(f)) await rm(join(dir, f), { force: true });
    }
  }

  /**
   * Loads an index saved with `generation`; null when missing, stale or corrupt. With
   * LocalEmbeddings the saved IDF table is loaded into `embeddings` (so pass a dedicated instance).
   */
  static async load(dir: string, generation: number, embeddings: Embeddings, options: HybridIndexOptions = {}): Promise<HybridIndex | null> {
    try {
      const manifest = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as Manifest;
      if (
        manifest.format !== FORMAT ||
        manifest.generation !== generation ||
        manifest.tokenizer !== indexTextId() ||
        manifest.embeddingsId !== embeddingsId(embeddings)
      ) {
        return null;
      }
      const snap = JSON.parse(await readFile(join(dir, manifest.files.bm25), 'utf8')) as Bm25Snapshot;
      const bm25 = Bm25Index.fromSnapshot(snap);
      if (bm25.size !== manifest.size) return null;
      const index = new HybridIndex(embeddings, options, bm25);
      if (manifest.size > 0) {
        const vectors = await VectorIndex.load(join(dir, manifest.files.vectors), manifest.dim, options.vectors);
        if (vectors.size !== bm25.size || vectors.ids().some((id) => !bm25.has(id))) return null;
        index.vectors = vectors;
      }
      if (embeddings instanceof LocalEmbeddings) {
        if (!manifest.files.embedder) return null;
        const state = JSON.parse(await readFile(join(dir, manifest.files.embedder), 'utf8')) as LocalEmbeddingsState;
        embeddings.loadState(state);
      }
      return index;
    } catch {
      return null;
    }
  }
}
