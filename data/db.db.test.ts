import { sql } from 'drizzle-orm';
import { createTestDatabase, testDbKind } from '../test/db';
import { documents } from './schema';

test('migrations apply and the schema accepts a document', async () => {
  const database = await createTestDatabase();
  try {
    expect(database.kind).toBe(testDbKind());
    await database.db.insert(documents).values({ title: 't', fileName: 't.md', mime: 'text/markdown', contentHash: 'h' });
    const rows = await database.db.select({ n: sql<number>`count(*)::int` }).from(documents);
    expect(rows[0]!.n).toBe(1);
  } finally {
    await database.close();
  }
});
