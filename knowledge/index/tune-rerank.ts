/**
 * Reranker and decline tuning: first stage vs reranked recall@1/@5 and MRR, and the decline rule's
 * precision/recall over a range of thresholds, on QA files in the eval format.
 *
 *   npx tsx knowledge/index/tune-rerank.ts [--corpus <dir>] [--options '<HybridIndexOptions JSON>'] [--curve] <qa.jsonl> [more.jsonl …]
 *
 * The corpus is chunked with the real ingestion (knowledge/ingest), so passages match the service.
 * Tune on the tuning sets (CONTRIBUTING.md: dev, colloquial-extra, cases-dev*, held-out 1–9, short-dev*, layman-dev,
 * nearmiss-dev*, short-nearmiss-dev, decline-dev*, answerable-dev*, mixed-dev*, long-dev*, noisy-dev); never on
 * the newest held-out sets (paraphrase-heldout-10 … -27, short-heldout … -3, long-heldout … -3,
 * noisy-heldout, decline-heldout, -2, cases-heldout: `npm run eval` at checkpoints only). With
 * all weights fitted to the paraphrase set the reranker lost to the first stage on independently
 * written questions; `DEFAULT_RERANK_WEIGHTS` is the conservative result.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { indexedAliases } from '../aliases';
import { DEFAULT_SUPPORT_MODEL, supportScore, supportSignals } from '../answer/support';
import type { RetrievedHit } from '../answer/types';
import { parseAndChunk } from '../ingest';
import { HybridIndex, type HybridIndexOptions, type IndexablePassage } from './hybrid-index';
import { LocalEmbeddings } from './local-embedder';
import { REGULATIONS_DIR } from './regulation-passages';
import { analyzeQuestion, rerank } from './rerank';

interface Case {
  question: string;
  doc: string | null;
  article: string | null;
}

type Chunk = IndexablePassage & { file: string };

async function loadCorpus(dir: string): Promise<Chunk[]> {
  const out: Chunk[] = [];
  const files = readdirSync(dir)
    .filter((f) => /\.(md|txt|html?|docx|pdf)$/i.test(f))
    .sort();
  for (const [i, file] of files.entries()) {
    const { doc, chunks } = await parseAndChunk(readFileSync(join(dir, file)), file);
    for (const c of chunks) {
      const aliases = indexedAliases(doc.title, c.article, c.headingPath, c.text);
      // As the service indexes them (knowledge/store.ts): aliases with their article.
      out.push({ id: out.length + 1, documentId: i + 1, title: doc.title, article: c.article, headingPath: c.headingPath, text: c.text, file, ...(aliases ? { aliases } : {}) });
    }
  }
  return out;
}

function readCases(file: string): Case[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--corpus');
  const corpus = at >= 0 ? args[at + 1]! : REGULATIONS_DIR;
  const valueOf = new Set(['--corpus', '--options']);
  const files = args.filter((a, i) => !a.startsWith('--') && !valueOf.has(args[i - 1] ?? ''));
  const chunks = await loadCorpus(corpus);
  const byId = new Map(chunks.map((c) => [c.id, c]));
  const index = await HybridIndex.build(chunks, new LocalEmbeddings(), args.includes('--options') ? (JSON.parse(args[args.indexOf('--options') + 1]!) as HybridIndexOptions) : {});
  const out = (s: string): boolean => process.stdout.write(`${s}\n`);
  const support: Array<{ answerable: boolean; score: number }> = [];
  for (const file of files) {
    const cases = readCases(file);
    const m = { f1: 0, f5: 0, fm: 0, r1: 0, r5: 0, rm: 0, n: 0 };
    for (const c of cases) {
      const first = (await index.search(c.question, 20)).map((h) => ({ ...byId.get(h.passageId)!, score: h.score, bm25Norm: h.bm25Norm, cosine: h.cosine, matched: h.matched }));
      const a = analyzeQuestion(c.question, index.termStats());
      const reranked = rerank(a, first);
      const hits: RetrievedHit[] = reranked.slice(0, 5).map((h) => ({
        passage: { ...h, superseded: false, supersededBy: null, embedding: null },
        score: h.score,
        lexical: h.bm25Norm,
        matched: h.matched,
        cosine: h.cosine,
        coverage: 1,
        rerankScore: h.rerankScore,
        features: h.features,
      }));
      const s = supportSignals(a, hits);
      // The service's rule in units of coverage: it answers above 0 (knowledge/answer/support.ts).
      support.push({ answerable: c.doc !== null, score: supportScore(s) / DEFAULT_SUPPORT_MODEL.weights.coverage });
      if (!c.doc) continue;
      const gold = (h: { file: string; article: string | null }): boolean => h.file === c.doc && h.article === c.article;
      const fr = first.slice(0, 5).findIndex(gold);
      const rr = reranked.slice(0, 5).findIndex(gold);
      m.n++;
      if (fr === 0) m.f1++;
      if (fr >= 0) (m.f5++, (m.fm += 1 / (fr + 1)));
      if (rr === 0) m.r1++;
      if (rr >= 0) (m.r5++, (m.rm += 1 / (rr + 1)));
    }
    const f = (x: number): string => (m.n ? x / m.n : 0).toFixed(3);
    out(`${file} (${m.n} answerable): first stage R@1 ${f(m.f1)} R@5 ${f(m.f5)} MRR ${f(m.fm)} | reranked R@1 ${f(m.r1)} R@5 ${f(m.r5)} MRR ${f(m.rm)}`);
  }
  if (args.includes('--curve')) {
    const off = support.filter((x) => !x.answerable).length;
    out('decline when the support score (in units of coverage) ≤ threshold (the service uses 0; task requests not counted):');
    for (let step = -10; step <= 8; step++) {
      const th = step / 50;
      const declined = support.filter((x) => x.score <= th);
      const right = declined.filter((x) => !x.answerable).length;
      out(`  ${th.toFixed(2)}  precision ${(declined.length ? right / declined.length : 1).toFixed(3)}  recall ${(off ? right / off : 1).toFixed(3)}  false declines ${declined.length - right}`);
    }
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
