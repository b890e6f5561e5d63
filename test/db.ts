/**
 * A fresh, migrated database for one test file: in-memory PGlite in the "pglite" jest project,
 * a new database on the PostgreSQL server (dropped afterwards) in the "postgres" project.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../data/db';

export function testDbKind(): 'pglite' | 'postgres' {
  return process.env.XZ_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

/** Returns the URL of a newly created empty PostgreSQL database and a function that drops it. */
export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `xz_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface TestDatabase extends Database {
  /** For postgres: the URL, so a second process/connection can open the same database. */
  url?: string;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDbKind() === 'pglite') return openDatabase({});
  const { url, drop } = await createPostgresDatabase();
  const database = await openDatabase({ url, poolSize: 5 });
  return {
    ...database,
    url,
    close: async () => {
      await database.close();
      await drop();
    },
  };
}
