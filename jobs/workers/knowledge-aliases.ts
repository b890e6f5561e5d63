/**
 * Job `knowledge-aliases`: when a model is configured (OPENAI_*), it writes member-style questions
 * for the passages of uploaded documents (knowledge/alias-writer.ts) and stores them with the
 * passages, so a branch's own handbook is found by colloquial questions as the bundled regulations
 * are by their alias files. A schedule runs it every two minutes; each run does a bounded amount of
 * work and saves after every batch, so a restart loses at most one batch and the next run goes on
 * where this one stopped. Documents covered by the bundled alias files are marked done without
 * asking the model.
 */
import type { Logger } from '../../core/logger';
import { createAliasWriter, type AliasWriter } from '../../knowledge/alias-writer';
import { hasBundledAliases } from '../../knowledge/aliases';
import { KnowledgeStore } from '../../knowledge/store';
import type { JobRunner } from '../contract';
import type { JobDeps, JobModule } from '../handlers';

export const KNOWLEDGE_ALIASES_JOB = 'knowledge-aliases';
export const KNOWLEDGE_ALIASES_SCHEDULE_KEY = 'knowledge:aliases';
export const DEFAULT_KNOWLEDGE_ALIASES_CRON = '*/2 * * * *';
/** Passages per model call. */
export const ALIAS_BATCH = 6;
/** Model calls per run: keeps a run well inside the two-minute period. */
const MAX_BATCHES_PER_RUN = 5;

export interface AliasJobDeps {
  store: KnowledgeStore;
  writer: AliasWriter;
  logger: Logger;
  signal?: AbortSignal;
}

/** What one run did. */
export interface AliasRunReport {
  passages: number;
  /** Model calls made. */
  batches: number;
}

/** Writes aliases for waiting passages, oldest document first, up to `MAX_BATCHES_PER_RUN` model calls. */
export async function writeWaitingAliases(deps: AliasJobDeps): Promise<AliasRunReport> {
  const report: AliasRunReport = { passages: 0, batches: 0 };
  while (report.batches < MAX_BATCHES_PER_RUN && !deps.signal?.aborted) {
    const next = await deps.store.awaitingAliases();
    if (!next) break;
    const { document, passages } = next;
    const bundled = hasBundledAliases(document.title);
    const batch = bundled ? passages : passages.slice(0, ALIAS_BATCH);
    const lists = bundled ? batch.map(() => []) : await deps.writer.write(batch.map((p) => ({ label: `《${document.title}》${p.article ?? p.headingPath}`, text: p.text })));
    if (!bundled) report.batches++;
    const byChunk = new Map(batch.map((p, i) => [p.id, (lists[i] ?? []).join('；')]));
    if (await deps.store.saveGeneratedAliases(document.id, document.version, byChunk)) report.passages += batch.length;
    const empty = bundled ? 0 : lists.filter((l) => l.length === 0).length;
    if (empty) deps.logger.warn({ documentId: document.id, empty }, 'model wrote no usable aliases for some passages');
  }
  if (report.batches) deps.logger.info(report, 'aliases written');
  return report;
}

export function registerKnowledgeAliasesJob(runner: JobRunner, deps: Omit<AliasJobDeps, 'signal'>): void {
  runner.register(KNOWLEDGE_ALIASES_JOB, ({ signal }) => writeWaitingAliases({ ...deps, signal }), { concurrency: 1, maxAttempts: 3 });
}

/** The module: registers and schedules the job only when a model is configured. */
export function createKnowledgeAliasesJobModule(opts: { cron?: string; writer?: AliasWriter } = {}): JobModule {
  const modelWrites = (deps: JobDeps): boolean => opts.writer !== undefined || deps.config.llm !== undefined;
  return {
    name: 'knowledge-aliases',
    register(deps: JobDeps) {
      if (!modelWrites(deps)) return;
      const writer = opts.writer ?? createAliasWriter(deps.config.llm!);
      registerKnowledgeAliasesJob(deps.runner, { store: new KnowledgeStore(deps.database.db), writer, logger: deps.logger.child({ module: 'knowledge-aliases' }) });
    },
    async schedules(deps: JobDeps) {
      if (!modelWrites(deps)) {
        await deps.runner.cancel(KNOWLEDGE_ALIASES_SCHEDULE_KEY);
        return;
      }
      await deps.runner.schedule(KNOWLEDGE_ALIASES_SCHEDULE_KEY, KNOWLEDGE_ALIASES_JOB, opts.cron ?? DEFAULT_KNOWLEDGE_ALIASES_CRON, {});
    },
  };
}

export const knowledgeAliasesJobModule: JobModule = createKnowledgeAliasesJobModule();
