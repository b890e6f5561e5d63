/**
 * Test helper: loads a real regulation from the shared corpus into documents/chunks the way the
 * knowledge service stores it (its own chunker: one chunk per article, `article` = "第五条").
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../data/db';
import { chunks, documents } from '../../data/schema';
import { chunkDocument } from '../../knowledge/ingest';

export const CORPUS_DIR = '/work/shared/corpus/regulations';

/** The article-bearing chunks of a regulation Markdown file. */
export function readArticles(file: string): { article: string; text: string; headingPath: string }[] {
  const text = fs.readFileSync(path.join(CORPUS_DIR, file), 'utf8');
  return chunkDocument({ text, title: file.replace(/\.md$/, '') })
    .filter((c) => c.article !== null)
    .map((c) => ({ article: c.article!, text: c.text, headingPath: c.headingPath }));
}

/** Inserts the document and up to `limit` of its article chunks; returns the chunk count. */
export async function loadHandbook(db: Db, file = '中国共产党章程.md', limit = 60): Promise<number> {
  const title = file.replace(/\.md$/, '');
  const [doc] = await db
    .insert(documents)
    .values({ title, fileName: file, mime: 'text/markdown', contentHash: title, status: 'indexed' })
    .returning({ id: documents.id });
  const articles = readArticles(file).slice(0, limit);
  await db.insert(chunks).values(articles.map((a, i) => ({ documentId: doc!.id, ord: i, text: a.text, article: a.article, headingPath: a.headingPath })));
  return articles.length;
}
