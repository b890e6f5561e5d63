/**
 * A deliberately simple article splitter for the markdown regulations in the shared corpus,
 * used only by this folder's tests, benchmark and tuning script (the real chunker lives in
 * knowledge/ingest). One passage per `第X条` article (its following paragraphs included);
 * paragraphs outside articles (e.g. 总纲) become one passage each with the heading as article.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { Passage } from './bm25';

/** Where the six regulations live on this machine. */
export const REGULATIONS_DIR = '/work/shared/corpus/regulations';

/** A passage plus the file it came from (for evaluation against `doc` file names). */
export interface RegulationPassage extends Passage {
  file: string;
}

const ARTICLE_START = /^(第[一二三四五六七八九十百零]+条)\s*/;

/** Splits one markdown regulation into article passages. Ids start at `firstId`. */
export function splitRegulation(markdown: string, file: string, documentId: number, firstId: number): RegulationPassage[] {
  const out: RegulationPassage[] = [];
  let title = file.replace(/\.md$/, '');
  let part = '';
  let chapter = '';
  let current: RegulationPassage | null = null;
  const headingPath = (): string => [part, chapter].filter(Boolean).join(' / ');
  const push = (p: RegulationPassage): void => {
    out.push(p);
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('>')) continue;
    if (line.startsWith('# ')) {
      title = line.slice(2).trim();
      continue;
    }
    if (line.startsWith('## ')) {
      const h = line.slice(3).trim();
      if (/^第[一二三四五六七八九十]+编/.test(h)) {
        part = h;
        chapter = '';
      } else chapter = h;
      current = null;
      continue;
    }
    const m = ARTICLE_START.exec(line);
    if (m) {
      current = { id: firstId + out.length, documentId, title, article: m[1]!, headingPath: headingPath(), text: line, file };
      push(current);
    } else if (current) {
      current.text += '\n' + line;
    } else {
      const article = chapter === '总纲' ? '总纲' : null;
      push({ id: firstId + out.length, documentId, title, article, headingPath: headingPath(), text: line, file });
    }
  }
  return out;
}

/** All six regulations as passages; document ids 1..6 in file-name order, chunk ids from 1. */
export function loadRegulationPassages(dir = REGULATIONS_DIR): RegulationPassage[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  const all: RegulationPassage[] = [];
  files.forEach((file, i) => {
    all.push(...splitRegulation(readFileSync(join(dir, file), 'utf8'), file, i + 1, all.length + 1));
  });
  return all;
}
