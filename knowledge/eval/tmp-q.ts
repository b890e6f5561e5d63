import { createLogger } from '../../core/logger';
import { openDatabase } from '../../data/db';
import { createKnowledge } from '../create';
import { ingestCorpus } from './run';
async function main() {
  const database = await openDatabase({});
  const { service } = await createKnowledge({ llm: undefined, embeddings: undefined }, database.db, createLogger('warn'), { checkIntervalMs: 0 });
  await ingestCorpus(service, '../shared/corpus/regulations');
  for (const q of process.argv.slice(2)) {
    const { hits, analysis } = await service.retrieveWithAnalysis(q, 5);
    console.log(`\n## ${q}`);
    console.log('  focus:', analysis.focus.map((w) => `${w.term}:${w.weight.toFixed(1)}${w.known ? '' : '?'}${w.filler ? 'f' : ''}`).join(' '), '| exp:', analysis.expansion.map((e) => e.term).join(','));
    for (const h of hits) { const f = h.features!; console.log(`  ${h.rerankScore!.toFixed(3)} ${h.passage.title.slice(5, 15)} ${h.passage.article} cov=${f.coverage.toFixed(2)} ab=${f.aliasBigrams.toFixed(2)} fs=${f.firstStage.toFixed(2)} exp=${f.expansion.toFixed(2)} at=${f.answerType.toFixed(2)}`); }
  }
  await database.close();
}
main();
