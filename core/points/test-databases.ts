/**
 * Test helper: a fresh database (like test/db.ts) plus, on PostgreSQL, a second independent pool on
 * the same database so concurrency tests race over separate connections.
 *
 * It waits briefly between closing the pools and dropping the database: pg's `Pool.end()` resolves
 * before the sockets are closed, and `DROP DATABASE … WITH (FORCE)` would otherwise kill them and
 * surface as an unhandled "terminating connection due to administrator command" (57P01).
 */
import { openDatabase, type Database } from '../../data/db';
import { createPostgresDatabase, testDbKind } from '../../test/db';

export interface TestDatabases {
  main: Database;
  /** A second pool on the same PostgreSQL database; null on PGlite (single connection). */
  second: Database | null;
  close(): Promise<void>;
}

export async function openTestDatabases(poolSize = 5): Promise<TestDatabases> {
  if (testDbKind() === 'pglite') {
    const main = await openDatabase({});
    return { main, second: null, close: () => main.close() };
  }
  const { url, drop } = await createPostgresDatabase();
  const main = await openDatabase({ url, poolSize });
  const second = await openDatabase({ url, poolSize });
  return {
    main,
    second,
    close: async () => {
      await second.close();
      await main.close();
      await new Promise((resolve) => setTimeout(resolve, 250));
      await drop();
    },
  };
}
