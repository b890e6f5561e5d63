/**
 * npm run eval -- --corpus <dir> --qa <file.jsonl> [--k 5] [--json] [--verbose]
 * Prints the metrics table; with --json the last line is one JSON object. With OPENAI_* (and/or
 * EMBEDDINGS_*) in the environment it measures the service with those models, as `npm start` would
 * run it; without, the offline default. --verbose lists failing
 * cases with the top hit's signals: lex = normalised BM25, cos = cosine, focus = reranker focus-word
 * coverage (decline signal), rr = rerank score, margin = rr over the second hit.
 */
import { loadConfig } from '../../core/config';
import { runEval } from './run';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const corpus = arg('corpus');
  const qa = arg('qa');
  if (!corpus || !qa) {
    process.stderr.write('usage: npm run eval -- --corpus <dir> --qa <file.jsonl> [--k 5] [--json] [--verbose]\n');
    process.exit(2);
  }
  const k = Number(arg('k') ?? 5);
  const json = process.argv.includes('--json');
  const verbose = process.argv.includes('--verbose');
  const { llm, embeddings } = loadConfig(process.env);
  if (llm || embeddings) process.stderr.write(`measuring with ${[llm && `model ${llm.model}`, embeddings && `embeddings ${embeddings.model}`].filter(Boolean).join(' and ')}\n`);
  const r = await runEval({ corpus, qa, k, models: { llm, embeddings } });
  const out = (s: string) => process.stdout.write(`${s}\n`);
  if (verbose) {
    for (const c of r.cases) {
      const bad = (c.gold && c.rank !== 1) || (c.gold === null) !== c.declined || c.mustContainOk === false;
      if (bad) out(`✗ ${c.id} rank=${c.rank ?? '-'} declined=${c.declineReason ?? c.declined} must=${c.mustContainOk} lex=${c.lexical} cos=${c.cosine} focus=${c.focus} rr=${c.rerank} margin=${c.margin} | ${c.question} | gold=${c.gold} top=${c.top}`);
      if (c.mustContainOk === false && !c.declined) out(`    must ${JSON.stringify(c.mustContain)} ← ${c.answer.replace(/\n/g, ' ')}`);
    }
  }
  out(`corpus: ${corpus} (${r.chunks} chunks, ingested in ${r.ingestMs} ms)   qa: ${qa} (${r.cases.length} questions)`);
  out(`                       recall@1  recall@${k}  MRR`);
  out(`party-xiaozhi          ${r['recall@1'].toFixed(3)}     ${r['recall@5'].toFixed(3)}     ${r.mrr.toFixed(3)}`);
  for (const [name, b] of Object.entries(r.baselines)) {
    out(`${name.padEnd(22)} ${b['recall@1'].toFixed(3)}     ${b['recall@5'].toFixed(3)}     ${b.mrr.toFixed(3)}   (p95 ${b.p95Ms} ms)`);
  }
  out(`decline precision ${r.declinePrecision.toFixed(3)}  recall ${r.declineRecall.toFixed(3)}   must_contain ${r.mustContain.toFixed(3)}`);
  out(`answer latency p50 ${r.p50Ms} ms  p95 ${r.p95Ms} ms`);
  if (json) {
    const { cases: _cases, ingestMs: _i, chunks: _c, ...summary } = r;
    out(JSON.stringify(summary));
  }
}

main().catch((err) => {
  process.stderr.write(`eval failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
