/**
 * npm run bench [-- knowledge retrieval jobs webhooks]
 * Prints the speed targets of every issue as numbers; no pass/fail, the figures go into notes.
 */
import { benchRetrieval } from '../knowledge/index/bench-retrieval';
import { benchJobs } from './jobs';
import { benchKnowledge } from './knowledge';
import { benchWebhooks, printWebhookBench } from './webhooks';

const ALL = ['knowledge', 'retrieval', 'jobs', 'webhooks'] as const;

async function main(): Promise<void> {
  const asked = process.argv.slice(2).filter((a) => (ALL as readonly string[]).includes(a));
  const parts = new Set(asked.length ? asked : ALL);
  const out = (s: string) => process.stdout.write(`${s}\n`);
  if (parts.has('knowledge')) {
    out('== knowledge: corpus ingest, retrieval and HTTP answers (targets: ingest ≤ 10 s, retrieval p95 ≤ 5 ms, answer p95 ≤ 30 ms, RSS ≤ 250 MB)');
    out(JSON.stringify(await benchKnowledge(), null, 2));
  }
  if (parts.has('retrieval')) {
    out('== retrieval at 100,000 synthetic chunks (target p95 ≤ 10 ms)');
    const r = await benchRetrieval({ chunks: 100_000 });
    out(JSON.stringify(r, null, 2));
  }
  if (parts.has('jobs')) {
    out('== jobs: raw BullMQ vs ours, rate-limited fan-out, embedded runner');
    await benchJobs();
  }
  if (parts.has('webhooks')) {
    out('== webhooks: acknowledgement latency at 500 requests/s (target p99 ≤ 20 ms)');
    printWebhookBench(await benchWebhooks());
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
