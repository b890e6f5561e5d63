/**
 * Keeps this process's in-memory indexes in step with the database. Every query checks the
 * knowledge generation (at most every `checkIntervalMs`); when another process changed documents,
 * only the changed documents are reloaded. On start the persisted index is used when its
 * generation matches, and rebuilt from the database otherwise.
 */
import type { Logger } from '../core/logger';
import type { ExpandedQuery } from './index/query-expand';
import type { KnowledgeStore, Passage } from './store';

/** One search result with the support signals the decline rule reads. */
export interface IndexHit {
  id: number;
  /** Fused rank score, comparable within one query. */
  score: number;
  /** BM25 score over the query's reference score, 0..1. */
  lexical: number;
  /** Share of the question's own words present in the passage, 0..1. */
  matched: number;
  /** Cosine of query and passage vectors. */
  cosine: number;
  /** Share of the question's words the index knows at all, 0..1 (low = off-topic vocabulary). */
  coverage: number;
}

/** A searchable index over passages (implemented by the hybrid BM25 + vector index). */
export interface PassageIndex {
  /** Replaces all content. */
  reset(passages: Passage[]): Promise<void>;
  /** Removes every passage of these documents, then adds `passages`. */
  replaceDocuments(documentIds: number[], passages: Passage[]): Promise<void>;
  /** A question, or one already expanded (`expandQuery`), searched as it is. */
  search(query: string | ExpandedQuery, k: number): Promise<IndexHit[]>;
  /** Persists to `dir` stamped with `generation`. */
  save(dir: string, generation: number): Promise<void>;
  /** Loads from `dir` when the stamp equals `generation`; false when missing, stale or corrupt. */
  load(dir: string, generation: number): Promise<boolean>;
  readonly size: number;
}

export interface IndexSyncOptions {
  store: KnowledgeStore;
  index: PassageIndex;
  log: Logger;
  /** Where the index is persisted; unset = memory only. */
  persistDir?: string | undefined;
  /** How often a query re-checks the generation. Default 200 ms (an upload is visible everywhere within a second). */
  checkIntervalMs?: number;
}

export class IndexSync {
  private generation = -1;
  private versions = new Map<number, number>();
  private readonly passages = new Map<number, Passage>();
  private lastCheck = 0;
  private refreshing: Promise<void> | null = null;
  /** Passages in the index at its last full build. */
  private builtOn = 0;

  constructor(private readonly opts: IndexSyncOptions) {}

  get passageCount(): number {
    return this.passages.size;
  }

  passage(id: number): Passage | undefined {
    return this.passages.get(id);
  }

  /** Loads the persisted index when it matches the database, or rebuilds it from the database. */
  async init(): Promise<void> {
    const { store, index, persistDir, log } = this.opts;
    const generation = await store.generation();
    if (!persistDir || !(await index.load(persistDir, generation))) {
      await this.rebuild();
      return;
    }
    await this.adopt(generation, await store.passages());
    log.info({ generation, passages: this.passages.size }, 'knowledge index loaded from disk');
  }

  private async adopt(generation: number, all: Passage[]): Promise<void> {
    this.builtOn = all.length;
    this.versions = await this.opts.store.versions();
    this.passages.clear();
    for (const p of all) this.passages.set(p.id, p);
    this.generation = generation;
    this.lastCheck = Date.now();
  }

  /** Rebuilds the index from the database, ignoring what is persisted (admin “重建索引”). */
  async rebuild(): Promise<void> {
    const { store, index, persistDir, log } = this.opts;
    const generation = await store.generation();
    const all = await store.passages();
    await index.reset(all);
    if (persistDir) await index.save(persistDir, generation);
    await this.adopt(generation, all);
    log.info({ generation, passages: all.length }, 'knowledge index rebuilt from the database');
  }

  /** Brings the index up to date if the database moved on. Cheap when nothing changed. */
  async ensureFresh(force = false): Promise<void> {
    if (!force && Date.now() - this.lastCheck < (this.opts.checkIntervalMs ?? 200)) return;
    if (this.refreshing) return this.refreshing;
    this.refreshing = this.refresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async refresh(): Promise<void> {
    const { store, index, persistDir, log } = this.opts;
    this.lastCheck = Date.now();
    const generation = await store.generation();
    if (generation === this.generation) return;
    const versions = await store.versions();
    const changed: number[] = [];
    for (const [id, v] of versions) if (this.versions.get(id) !== v) changed.push(id);
    for (const id of this.versions.keys()) if (!versions.has(id)) changed.push(id);
    const fresh = changed.length ? await store.passages(changed.filter((id) => versions.has(id))) : [];
    const changedSet = new Set(changed);
    for (const [id, p] of this.passages) if (changedSet.has(p.documentId)) this.passages.delete(id);
    for (const p of fresh) this.passages.set(p.id, p);
    // The local embedder learns its term weights from the passages of the last full build; once the
    // store has doubled since then (a fresh install filling up), a full rebuild from memory is cheap
    // and better than embedding most of the corpus with weights learnt on a small part of it.
    if (this.passages.size > 2 * Math.max(this.builtOn, 20)) {
      await index.reset([...this.passages.values()]);
      this.builtOn = this.passages.size;
    } else {
      await index.replaceDocuments(changed, fresh);
    }
    this.versions = versions;
    this.generation = generation;
    if (persistDir) await index.save(persistDir, generation);
    log.info({ generation, changedDocuments: changed.length }, 'knowledge index refreshed');
  }
}
