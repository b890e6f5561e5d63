/**
 * Refits the decline model (knowledge/answer/support.ts) on question sets in the eval format:
 * logistic regression over the chosen support signals of every question that reaches the model
 * (not declined by an earlier check), each set judged in turn by a model fitted on the others.
 *
 *   node --require tsx/cjs knowledge/eval/fit-support.ts [--signals coverage,lexical,…] [--offset -0.5] <qa.jsonl> …
 *
 * Prints per-set and pooled decline precision/recall of the current model and of the left-out fits,
 * then the model fitted on all sets in raw units (paste into DEFAULT_SUPPORT_MODEL). Use the tuning
 * sets only (CONTRIBUTING.md).
 */
import path from 'node:path';
import { createLogger } from '../../core/logger';
import { openDatabase } from '../../data/db';
import { declineReason, supportSignals, type SupportSignals } from '../answer/support';
import { createKnowledge } from '../create';
import { REGULATIONS_DIR } from '../index/regulation-passages';
import { declineScores } from './metrics';
import { readQaFile } from './qa-file';
import { ingestCorpus } from './run';

interface Row {
  set: string;
  answerable: boolean;
  /** Declined by the current rule, and by which check. */
  reason: string | null;
  signals: SupportSignals;
}

/** Fitted weights over standardised signals, and the standardisation. */
interface Fit {
  w: number[];
  bias: number;
  mean: number[];
  sd: number[];
}

function fitLogistic(x: number[][], y: number[], l2 = 1, iterations = 3000, rate = 0.5): Fit {
  const d = x[0]!.length;
  const mean = Array.from({ length: d }, (_v, j) => x.reduce((s, r) => s + r[j]!, 0) / x.length);
  const sd = Array.from({ length: d }, (_v, j) => Math.sqrt(x.reduce((s, r) => s + (r[j]! - mean[j]!) ** 2, 0) / x.length) + 1e-9);
  const z = x.map((r) => r.map((v, j) => (v - mean[j]!) / sd[j]!));
  const w = new Array<number>(d).fill(0);
  let bias = 0;
  for (let it = 0; it < iterations; it++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    z.forEach((r, i) => {
      const p = 1 / (1 + Math.exp(-(r.reduce((s, v, j) => s + v * w[j]!, bias))));
      const e = p - y[i]!;
      r.forEach((v, j) => (gw[j]! += e * v));
      gb += e;
    });
    for (let j = 0; j < d; j++) w[j]! -= (rate * (gw[j]! + l2 * w[j]!)) / z.length;
    bias -= (rate * gb) / z.length;
  }
  return { w, bias, mean, sd };
}

const score = (f: Fit, v: number[]): number => v.reduce((s, x, j) => s + ((x - f.mean[j]!) / f.sd[j]!) * f.w[j]!, f.bias);

/** Decline precision and recall as the eval computes them (./metrics.ts). */
function prf(rows: Array<{ answerable: boolean; declined: boolean }>): string {
  const { precision, recall } = declineScores(rows.map((r) => ({ shouldDecline: !r.answerable, declined: r.declined })));
  return `P ${precision.toFixed(3)} R ${recall.toFixed(3)}`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const names = (opt('--signals') ?? 'coverage,lexical,factMiss,unknown,length').split(',') as Array<keyof SupportSignals>;
  const offset = Number(opt('--offset') ?? '-0.5');
  const files = args.filter((a, i) => !a.startsWith('--') && !['--signals', '--offset'].includes(args[i - 1] ?? ''));
  const database = await openDatabase({});
  const { service } = await createKnowledge({ llm: undefined, embeddings: undefined }, database.db, createLogger('warn'), { checkIntervalMs: 0 });
  await ingestCorpus(service, REGULATIONS_DIR);
  const rows: Row[] = [];
  for (const file of files) {
    for (const c of readQaFile(file)) {
      const { hits, analysis } = await service.retrieveWithAnalysis(c.question);
      rows.push({ set: path.basename(file, '.jsonl'), answerable: c.doc !== null, reason: declineReason(analysis, hits), signals: supportSignals(analysis, hits) });
    }
  }
  await database.close();
  // Only questions the support model decides: earlier checks decline the rest whatever it says.
  const modelled = (r: Row): boolean => r.reason === null || r.reason === 'weak-support';
  const vector = (r: Row): number[] => names.map((n) => r.signals[n]);
  const sets = [...new Set(rows.map((r) => r.set))];
  const left: Array<{ answerable: boolean; declined: boolean }> = [];
  for (const set of sets) {
    const train = rows.filter((r) => r.set !== set && modelled(r));
    const fit = fitLogistic(train.map(vector), train.map((r) => (r.answerable ? 1 : 0)));
    const judged = rows.filter((r) => r.set === set).map((r) => ({ answerable: r.answerable, declined: !modelled(r) || score(fit, vector(r)) + offset < 0 }));
    left.push(...judged);
    const now = rows.filter((r) => r.set === set).map((r) => ({ answerable: r.answerable, declined: r.reason !== null }));
    process.stdout.write(`${set.padEnd(24)} current ${prf(now)} | left out ${prf(judged)}\n`);
  }
  process.stdout.write(`pooled                   current ${prf(rows.map((r) => ({ answerable: r.answerable, declined: r.reason !== null })))} | left out ${prf(left)}\n`);
  const all = rows.filter(modelled);
  const fit = fitLogistic(all.map(vector), all.map((r) => (r.answerable ? 1 : 0)));
  const raw = names.map((n, j) => [n, +(fit.w[j]! / fit.sd[j]!).toFixed(3)] as const);
  const bias = fit.bias - fit.w.reduce((s, w, j) => s + (w * fit.mean[j]!) / fit.sd[j]!, 0) + offset;
  process.stdout.write(`fitted on ${all.length} questions: bias ${bias.toFixed(3)} weights ${JSON.stringify(Object.fromEntries(raw))}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
