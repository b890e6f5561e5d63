/**
 * Embeddings without a model download: feature hashing of jieba words and CJK character
 * bigrams/trigrams into a fixed-size signed vector, sublinear tf, an IDF table learned from the
 * indexed passages (`fit`), L2-normalised. Deterministic (FNV-1a hashing, no randomness), so the
 * same text always gives the same vector for the same fitted state.
 *
 * `createEmbeddings(config.embeddings)` picks OpenAI-compatible remote embeddings when configured.
 */
import { Embeddings } from '@langchain/core/embeddings';
import type { OpenAIEmbeddings } from '@langchain/openai';
import type { ModelEndpoint } from '../../core/config';
import { fnv1a } from './hash';
import { tokenizeParts } from './tokenizer';

/** Bump when features change: vectors from another version are not comparable. */
export const LOCAL_EMBEDDER_VERSION = 1;

/** Options of `LocalEmbeddings`. */
export interface LocalEmbeddingsOptions {
  /** Vector size, default 512. */
  dim?: number;
  /** Feature weights: jieba words 1, bigrams 0.3, trigrams 0.2 by default (tuned on the paraphrase set). */
  wordWeight?: number;
  bigramWeight?: number;
  trigramWeight?: number;
}

/** Serialised fitted state of `LocalEmbeddings` (IDF table), stored next to the index. */
export interface LocalEmbeddingsState {
  format: 'local-embeddings/1';
  dim: number;
  docs: number;
  /** Sparse document frequencies: [bucket, count, bucket, count, …] over a 2^18 hash table. */
  df: number[];
}

const DF_BITS = 18;
const DF_SIZE = 1 << DF_BITS;
const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff]+/g;

/** Feature → [term frequency, weight] for one text. Prefixes keep words and n-grams apart. */
function features(text: string, o: Required<LocalEmbeddingsOptions>): Map<string, [number, number]> {
  const f = new Map<string, [number, number]>();
  const add = (k: string, w: number): void => {
    const had = f.get(k);
    if (had) had[0]++;
    else f.set(k, [1, w]);
  };
  const parts = tokenizeParts(text);
  for (const w of parts.words) add('w:' + w, o.wordWeight);
  for (const run of text.normalize('NFKC').match(CJK_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) add('b:' + run.slice(i, i + 2), o.bigramWeight);
    for (let i = 0; i + 2 < run.length; i++) add('t:' + run.slice(i, i + 3), o.trigramWeight);
  }
  return f;
}

/** Hashed n-gram embeddings; call `fit(texts)` on the corpus before embedding for IDF weights. */
export class LocalEmbeddings extends Embeddings {
  readonly dim: number;
  private readonly opts: Required<LocalEmbeddingsOptions>;
  private df = new Uint32Array(DF_SIZE);
  private docs = 0;

  constructor(options: LocalEmbeddingsOptions = {}) {
    super({});
    this.opts = { dim: 512, wordWeight: 1, bigramWeight: 0.3, trigramWeight: 0.2, ...options };
    this.dim = this.opts.dim;
  }

  /** Identifies the vector space: indexes built with another id are stale. */
  get id(): string {
    const o = this.opts;
    return `local-hash/${LOCAL_EMBEDDER_VERSION}/${o.dim}/${o.wordWeight}/${o.bigramWeight}/${o.trigramWeight}`;
  }

  /** True once `fit` or `loadState` has provided document frequencies. */
  get fitted(): boolean {
    return this.docs > 0;
  }

  /** Learns document frequencies from `texts` (replacing earlier ones). */
  fit(texts: readonly string[]): void {
    this.df = new Uint32Array(DF_SIZE);
    this.docs = 0;
    for (const t of texts) {
      for (const k of features(t, this.opts).keys()) this.df[fnv1a(k, 0x9747b28c) & (DF_SIZE - 1)]!++;
      this.docs++;
    }
  }

  /** The fitted state, for persistence. */
  getState(): LocalEmbeddingsState {
    const df: number[] = [];
    for (let i = 0; i < DF_SIZE; i++) if (this.df[i]) df.push(i, this.df[i]!);
    return { format: 'local-embeddings/1', dim: this.dim, docs: this.docs, df };
  }

  /** Restores a state from `getState`; throws if it does not fit this instance. */
  loadState(state: LocalEmbeddingsState): void {
    if (state.format !== 'local-embeddings/1' || state.dim !== this.dim || state.df.length % 2 !== 0) {
      throw new Error('incompatible local embeddings state');
    }
    const df = new Uint32Array(DF_SIZE);
    for (let i = 0; i < state.df.length; i += 2) df[state.df[i]! & (DF_SIZE - 1)] = state.df[i + 1]!;
    this.df = df;
    this.docs = state.docs;
  }

  /** Synchronous embedding of one text (a plain number[] of length `dim`, L2 norm 1 or all zeros). */
  embed(text: string): number[] {
    const v = new Float64Array(this.dim);
    for (const [k, [tf, w]] of features(text, this.opts)) {
      const idf = this.docs > 0 ? Math.log((this.docs + 1) / (this.df[fnv1a(k, 0x9747b28c) & (DF_SIZE - 1)]! + 1)) + 1 : 1;
      const h = fnv1a(k);
      const sign = h & 0x80000000 ? -1 : 1;
      // Sublinear tf: repeated n-grams in long passages must not dominate.
      v[h % this.dim] += sign * w * (1 + Math.log(tf)) * idf;
    }
    let norm = 0;
    for (let i = 0; i < v.length; i++) norm += v[i]! * v[i]!;
    norm = Math.sqrt(norm);
    return Array.from(v, (x) => (norm > 0 ? x / norm : 0));
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((d) => this.embed(d));
  }

  async embedQuery(document: string): Promise<number[]> {
    return this.embed(document);
  }
}

/** Options for the remote embedder. */
export interface CreateEmbeddingsOptions {
  /** Passed to `LocalEmbeddings` when no endpoint is configured. */
  local?: LocalEmbeddingsOptions;
  /** Retries of the remote client, default 2. */
  maxRetries?: number;
  /** Request timeout of the remote client in ms, default 30000. */
  timeoutMs?: number;
}

/**
 * `OpenAIEmbeddings` against `config` (an OpenAI-compatible `/v1/embeddings` endpoint) when it is
 * set, else `LocalEmbeddings`. Pass `config.embeddings` from core/config.
 */
export function createEmbeddings(config: ModelEndpoint | undefined, options: CreateEmbeddingsOptions = {}): Embeddings {
  if (!config) return new LocalEmbeddings(options.local);
  // Loaded only when an endpoint is configured (the client and its SDK cost ~40 MB of RSS).
  const { OpenAIEmbeddings: RemoteEmbeddings } = require('@langchain/openai') as typeof import('@langchain/openai');
  return new RemoteEmbeddings({
    model: config.model,
    apiKey: config.apiKey,
    maxRetries: options.maxRetries ?? 2,
    timeout: options.timeoutMs ?? 30000,
    configuration: { baseURL: config.baseUrl },
  });
}

/** A stable name of an embeddings' vector space (stored with indexes to detect a model change). */
export function embeddingsId(e: Embeddings): string {
  if (e instanceof LocalEmbeddings) return e.id;
  if (isOpenAIEmbeddings(e)) return `openai/${e.model}${e.dimensions ? `/${e.dimensions}` : ''}`;
  return `custom/${e.constructor.name}`;
}

function isOpenAIEmbeddings(e: Embeddings): e is OpenAIEmbeddings {
  return e.constructor.name === 'OpenAIEmbeddings' && typeof (e as { model?: unknown }).model === 'string';
}
