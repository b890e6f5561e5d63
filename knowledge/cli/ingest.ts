/**
 * npm run ingest -- <dir|file> [...]
 * Loads documents into the configured store (same DATA_DIR / DATABASE_URL as `npm start`).
 * Run it while the service is stopped when using embedded PGlite (one process per data folder).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../core/config';
import { createLogger } from '../../core/logger';
import { openDatabase } from '../../data/db';
import { createKnowledge, listIngestible } from '../create';
import { IngestError } from '../ingest/errors';

async function main(): Promise<void> {
  const targets = process.argv.slice(2).filter((a) => a !== '--');
  if (!targets.length) {
    process.stderr.write('usage: npm run ingest -- <dir|file> [...]\n');
    process.exit(2);
  }
  const config = loadConfig(process.env, 'worker');
  const log = createLogger(config.logLevel);
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : path.join(config.dataDir, 'pgdata'),
  });
  let failed = 0;
  try {
    const { service } = await createKnowledge(config, database.db, log, { indexDir: path.join(config.dataDir, 'index') });
    for (const target of targets) {
      for (const file of listIngestible(target)) {
        try {
          const r = await service.ingest(fs.readFileSync(file), path.basename(file));
          process.stdout.write(`${r.kind.padEnd(9)} ${r.document.title} (v${r.document.version}, ${r.document.chunkCount} chunks)\n`);
        } catch (err) {
          failed++;
          const reason = err instanceof IngestError ? `${err.messageZh} / ${err.messageEn}` : String(err);
          process.stdout.write(`failed    ${file}: ${reason}\n`);
        }
      }
    }
  } finally {
    await database.close();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  process.stderr.write(err instanceof ConfigError ? `配置错误 / configuration error: ${err.message}\n` : `${err?.stack ?? err}\n`);
  process.exit(1);
});
