/**
 * The database factory: embedded PGlite in a data folder by default, a PostgreSQL server when a URL
 * is given. Both get the same Drizzle schema and migrations; callers see one `Db` type.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema';

/** The Drizzle database, whichever driver is behind it. */
export type Db = NodePgDatabase<typeof schema>;

/** A transaction handle (same query API as `Db`). */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs raw SQL (used for LISTEN-free checks and maintenance). */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL URL; unset = PGlite. */
  url?: string | undefined;
  /** PGlite data folder; unset (with no url) = in-memory PGlite. */
  dataDir?: string | undefined;
  /** Pool size for PostgreSQL. */
  poolSize?: number;
}

/**
 * PGlite runs PostgreSQL inside this process, so its defaults (128 MB shared buffers) count
 * against the service's memory. A branch assistant's data is small and pages it misses come from the
 * OS file cache: 4 MB of buffers keeps the service ≈ 12 MB smaller than 16 MB did, with no change in
 * `npm run bench`'s answer latency.
 */
const PGLITE_OPTIONS = {
  postgresqlconf: ['shared_buffers=4MB', 'work_mem=2MB', 'maintenance_work_mem=16MB', 'wal_buffers=1MB'],
};

export const MIGRATIONS_DIR = path.join(__dirname, 'migrations');

/** Opens the database and applies pending migrations. */
export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.url) {
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10 });
    // An idle client dropped by the server (restart, DROP DATABASE … FORCE) must not crash the process;
    // the pool replaces it on the next query.
    pool.on('error', () => undefined);
    const db = drizzlePg(pool, { schema });
    await migratePg(db, { migrationsFolder: MIGRATIONS_DIR });
    return {
      db,
      kind: 'postgres',
      query: async (text, params) => (await pool.query(text, params as unknown[])).rows,
      close: () => pool.end(),
    };
  }
  if (opts.dataDir) fs.mkdirSync(opts.dataDir, { recursive: true });
  const client = opts.dataDir ? new PGlite(opts.dataDir, PGLITE_OPTIONS) : new PGlite(PGLITE_OPTIONS);
  await client.waitReady;
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  await migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR });
  return {
    db,
    kind: 'pglite',
    query: async (text, params) => (await client.query(text, params as unknown[])).rows as never,
    close: () => client.close(),
  };
}
