/**
 * Test helper: loads articles of a real regulation from the shared corpus into documents/chunks,
 * the way the knowledge service stores them (one chunk per article, `article` = "第五条").
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../data/db';
import { chunks, documents } from '../../data/schema';

export const CORPUS_DIR = '/work/shared/corpus/regulations';

/** Splits a regulation Markdown file into its articles. */
export function readArticles(file: string): { article: string; text: string }[] {
  const lines = fs.readFileSync(path.join(CORPUS_DIR, file), 'utf8').split('\n');
  const out: { article: string; text: string }[] = [];
  for (const line of lines) {
    const m = /^(第[零一二三四五六七八九十百千]+条)[\s　]/.exec(line);
    if (m) out.push({ article: m[1]!, text: line.trim() });
    else if (out.length && line.trim() && !line.startsWith('#')) out[out.length - 1]!.text += `\n${line.trim()}`;
  }
  return out;
}

/** Inserts the document and its article chunks; returns the chunk count. */
export async function loadHandbook(db: Db, file = '中国共产党章程.md', limit = 30): Promise<number> {
  const title = file.replace(/\.md$/, '');
  const [doc] = await db
    .insert(documents)
    .values({ title, fileName: file, mime: 'text/markdown', contentHash: title, status: 'indexed' })
    .returning({ id: documents.id });
  const articles = readArticles(file).slice(0, limit);
  await db.insert(chunks).values(articles.map((a, i) => ({ documentId: doc!.id, ord: i, text: a.text, article: a.article, headingPath: title })));
  return articles.length;
}
