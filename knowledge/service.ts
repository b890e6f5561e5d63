/**
 * The knowledge service: ingests documents, keeps indexes fresh, answers questions with citations
 * (model when configured, extractive otherwise), declines without support, and logs every question.
 */
import { eq } from 'drizzle-orm';
import type { Answer, AnswerMode, AskContext, AskOptions, Citation, DeclineReason, QuestionAnswerer } from '../core/qa';
import type { Logger } from '../core/logger';
import type { Db } from '../data/db';
import { qaLog } from '../data/schema';
import { extractiveAnswer } from './answer/extractive';
import type { LlmAnswerer } from './answer/llm';
import { smallTalkReply } from './answer/small-talk';
import { DEFAULT_THRESHOLDS, judgeSupport, preferCurrent, type SupportThresholds } from './answer/support';
import { rerank, type QuestionAnalysis } from './index/rerank';
import type { RetrievedHit } from './answer/types';
import type { IndexSync } from './index-sync';
import type { HybridPassageIndex } from './hybrid-passage-index';
import { parseAndChunk } from './ingest';
import type { DocumentRow, KnowledgeStore, SaveOutcome } from './store';

export const DECLINE_TEXT =
  '在手册和法规库中没有找到依据，暂时无法回答这个问题。问题已记录，管理员会补充相关资料。您也可以换个说法再问一次。';

export interface KnowledgeServiceDeps {
  db: Db;
  store: KnowledgeStore;
  index: HybridPassageIndex;
  sync: IndexSync;
  llm?: LlmAnswerer | undefined;
  log: Logger;
  thresholds?: SupportThresholds;
  /** How many passages retrieval returns. */
  topK?: number;
}

/** First-stage candidates the reranker reorders. */
const RERANK_CANDIDATES = 20;

export interface IngestOptions {
  orgId?: number | null;
  /** Title to use instead of the one found in the document. */
  title?: string;
}

export class KnowledgeService implements QuestionAnswerer {
  private inFlight = new Set<Promise<unknown>>();

  constructor(private readonly deps: KnowledgeServiceDeps) {}

  /**
   * Parses, chunks and embeds a file, then stores it in one transaction. Throws `IngestError`
   * (with Chinese and English reasons) for empty, corrupt, encrypted or unsupported files;
   * nothing is stored in that case.
   */
  async ingest(content: Buffer, fileName: string, opts: IngestOptions = {}): Promise<SaveOutcome> {
    const work = this.doIngest(content, fileName, opts);
    this.inFlight.add(work);
    try {
      return await work;
    } finally {
      this.inFlight.delete(work);
    }
  }

  private async doIngest(content: Buffer, fileName: string, opts: IngestOptions): Promise<SaveOutcome> {
    const { doc, chunks } = await parseAndChunk(content, fileName);
    const title = opts.title ?? doc.title;
    const vectors = await this.deps.index.embedForStorage(chunks.map((c) => ({ ...c, title })));
    const outcome = await this.deps.store.save({
      title,
      fileName,
      mime: MIME_BY_TYPE[doc.type] ?? 'application/octet-stream',
      content,
      issuer: doc.meta.issuer,
      effectiveDate: doc.meta.effectiveDate,
      supersededBy: doc.meta.supersededBy,
      orgId: opts.orgId ?? null,
      chunks: chunks.map((c, i) => ({ ...c, embedding: vectors?.[i] ?? null })),
    });
    if (doc.meta.supersedes && outcome.kind !== 'unchanged') {
      await this.deps.store.markSuperseded([doc.meta.supersedes], title);
    }
    this.deps.log.info({ title, kind: outcome.kind, chunks: chunks.length }, 'document ingested');
    await this.deps.sync.ensureFresh(true);
    return outcome;
  }

  /**
   * Re-parses a document from its stored bytes and replaces its chunks (same version): picks up
   * improvements of ingestion without a new upload. Returns the new chunk count, or null when the
   * document is unknown or was stored without its bytes.
   */
  async reindex(id: number): Promise<number | null> {
    const stored = await this.deps.store.content(id);
    if (!stored?.content) return null;
    const { chunks } = await parseAndChunk(stored.content, stored.fileName);
    const vectors = await this.deps.index.embedForStorage(chunks.map((c) => ({ ...c, title: stored.title })));
    const doc = await this.deps.store.replaceChunks(
      id,
      chunks.map((c, i) => ({ ...c, embedding: vectors?.[i] ?? null })),
    );
    await this.deps.sync.ensureFresh(true);
    this.deps.log.info({ id, title: stored.title, chunks: chunks.length }, 'document re-indexed');
    return doc ? chunks.length : null;
  }

  async remove(id: number): Promise<boolean> {
    const ok = await this.deps.store.delete(id);
    if (ok) await this.deps.sync.ensureFresh(true);
    return ok;
  }

  list(): Promise<DocumentRow[]> {
    return this.deps.store.list();
  }

  /** Waits for running ingestions (graceful shutdown). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  /** Retrieval only: the best passages for a question, best first, current text preferred. */
  async retrieve(question: string, k = this.deps.topK ?? 5): Promise<RetrievedHit[]> {
    return (await this.retrieveWithAnalysis(question, k)).hits;
  }

  /** Fused candidates reranked by how well they cover the question (knowledge/index/rerank.ts), with the question as the reranker read it. */
  async retrieveWithAnalysis(question: string, k = this.deps.topK ?? 5): Promise<{ hits: RetrievedHit[]; analysis: QuestionAnalysis }> {
    await this.deps.sync.ensureFresh();
    const analysis = this.deps.index.analyze(question);
    const raw = await this.deps.index.search(analysis.expanded, Math.max(k, RERANK_CANDIDATES));
    const candidates: Array<RetrievedHit & { title: string; article: string | null; headingPath: string; text: string; aliases: string; bm25Norm: number }> = [];
    for (const r of raw) {
      const passage = this.deps.sync.passage(r.id);
      if (!passage) continue;
      const hit = { passage, score: r.score, lexical: r.lexical, matched: r.matched, cosine: r.cosine, coverage: r.coverage };
      candidates.push({ ...hit, title: passage.title, article: passage.article, headingPath: passage.headingPath, text: passage.text, aliases: passage.aliases ?? '', bm25Norm: r.lexical });
    }
    const hits: RetrievedHit[] = rerank(analysis, candidates).map(({ passage, score, lexical, matched, cosine, coverage, rerankScore, features }) => ({
      passage,
      score,
      lexical,
      matched,
      cosine,
      coverage,
      rerankScore,
      features,
    }));
    return { hits: preferCurrent(hits).slice(0, k), analysis };
  }

  async ask(question: string, ctx: AskContext, opts: AskOptions = {}): Promise<Answer> {
    const started = performance.now();
    const q = question.trim().slice(0, 500);
    let text: string;
    let citations: Citation[] = [];
    let mode: AnswerMode;
    let reason: DeclineReason | null = null;
    const small = smallTalkReply(q);
    if (small) {
      text = small;
      mode = 'greeting';
    } else {
      const { hits, analysis } = await this.retrieveWithAnalysis(q, this.deps.topK ?? 5);
      const judgement = judgeSupport(analysis, hits, this.deps.thresholds ?? DEFAULT_THRESHOLDS);
      reason = judgement.reason;
      // A narrowly unsupported question goes to the model when there is one: it reads the passages and
      // answers or says NO_SUPPORT (a model that fails leaves the decline as it was).
      const modelJudges = this.deps.llm !== undefined && judgement.modelMayJudge;
      const result = reason === null ? await this.compose(q, hits, opts, analysis) : modelJudges ? await this.modelAnswer(q, hits, opts) : null;
      if (modelJudges && result) reason = result.declined ? 'model-no-support' : null;
      if (result && !result.declined) {
        text = result.text;
        citations = result.citations;
        mode = result.mode;
      } else {
        reason ??= 'model-no-support';
        text = DECLINE_TEXT;
        mode = 'declined';
        this.deps.log.info({ reason, channel: ctx.channel }, 'question declined');
      }
    }
    const latencyMs = Math.round(performance.now() - started);
    const logId = await this.log(q, text, citations, mode, reason, latencyMs, ctx);
    return { text, citations, declined: mode === 'declined', mode, ...(reason ? { declineReason: reason } : {}), latencyMs, ...(logId ? { logId } : {}) };
  }

  private async compose(
    question: string,
    hits: RetrievedHit[],
    opts: AskOptions,
    analysis?: QuestionAnalysis,
  ): Promise<{ text: string; citations: Citation[]; declined: boolean; mode: AnswerMode }> {
    // The model being down must not leave a member without an answer: the extractive one follows.
    const byModel = this.deps.llm ? await this.modelAnswer(question, hits, opts) : null;
    return byModel ?? { ...extractiveAnswer(question, hits, analysis), declined: false, mode: 'extractive' };
  }

  /** The model's answer (or its NO_SUPPORT), or null when it cannot be reached. */
  private async modelAnswer(question: string, hits: RetrievedHit[], opts: AskOptions): Promise<{ text: string; citations: Citation[]; declined: boolean; mode: AnswerMode } | null> {
    try {
      const r = await this.deps.llm!.answer(question, hits, opts.onPartial);
      return { ...r, mode: r.declined ? 'declined' : 'llm' };
    } catch (err) {
      this.deps.log.warn({ err }, 'model call failed');
      return null;
    }
  }

  private async log(
    question: string,
    answer: string,
    citations: Citation[],
    mode: AnswerMode,
    declineReason: DeclineReason | null,
    latencyMs: number,
    ctx: AskContext,
  ): Promise<number | undefined> {
    try {
      const rows = await this.deps.db
        .insert(qaLog)
        .values({
          question,
          answer,
          citations,
          mode,
          declined: mode === 'declined',
          declineReason,
          latencyMs,
          channel: ctx.channel,
          chatAddress: ctx.chatAddress ?? null,
          senderId: ctx.senderId ?? null,
          orgId: ctx.orgId ?? null,
        })
        .returning({ id: qaLog.id });
      return rows[0]?.id;
    } catch (err) {
      this.deps.log.error({ err }, 'could not write the Q&A log');
      return undefined;
    }
  }

  async feedback(logId: number, value: 1 | -1): Promise<void> {
    await this.deps.db.update(qaLog).set({ feedback: value }).where(eq(qaLog.id, logId));
  }
}

const MIME_BY_TYPE: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  markdown: 'text/markdown',
  text: 'text/plain',
  html: 'text/html',
};
