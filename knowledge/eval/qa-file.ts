/** The eval's QA line format (see ../shared/corpus/quiz/dev.jsonl). */
import fs from 'node:fs';

export interface QaCase {
  id: string;
  question: string;
  /** Gold document file name, or null when the question must be declined. */
  doc: string | null;
  /** Gold article (第X条) or heading (总纲). */
  article: string | null;
  answer: string | null;
  must_contain: string[];
}

export function readQaFile(file: string): QaCase[] {
  const out: QaCase[] = [];
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let v: Partial<QaCase>;
      try {
        v = JSON.parse(line) as Partial<QaCase>;
      } catch {
        throw new Error(`${file}:${i + 1}: not valid JSON`);
      }
      if (typeof v.question !== 'string') throw new Error(`${file}:${i + 1}: "question" missing`);
      out.push({
        id: v.id ?? `line-${i + 1}`,
        question: v.question,
        doc: v.doc ?? null,
        article: v.article ?? null,
        answer: v.answer ?? null,
        must_contain: Array.isArray(v.must_contain) ? v.must_contain : [],
      });
    });
  return out;
}
