/**
 * The daily quiz (`/答题`): one question per member per day in the app time zone, drawn
 * deterministically from the handbook passages; a correct first answer earns the daily_quiz rule's
 * 教育学习 points once that day (ledger key `quiz:<member>:<day>`).
 */
import { and, asc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { Db } from '../../data/db';
import { chunks, documents, quizAttempts } from '../../data/schema';
import type { PointsLedger } from './ledger';
import { isCorrect, makeQuestion, seedOf, type QuizKind, type QuizQuestion, type QuizSource } from './quiz-maker';
import type { PointRules } from './rules';
import { zonedDay } from './zoned';

/** Upper bound of passages considered per draw; keeps the query small on a big store. */
const MAX_SOURCES = 2000;

/** Today's question for a member. */
export interface QuizView {
  day: string;
  kind: QuizKind;
  prompt: string;
  options: string[];
  /** Set once the member has answered today. */
  answered: null | { correct: boolean };
}

export type QuizAnswerOutcome =
  | { status: 'correct'; day: string; awarded: number; answer: string }
  | { status: 'wrong'; day: string; answer: string }
  | { status: 'already_answered'; day: string; correct: boolean }
  | { status: 'no_question' };

export interface DailyQuiz {
  /** Today's question (created on first call), or null when the knowledge store has no usable passage. */
  today(memberId: number): Promise<QuizView | null>;
  /** Judges the member's first answer of the day and awards points when correct. */
  answer(memberId: number, given: string): Promise<QuizAnswerOutcome>;
}

// The stored question text carries the kind and options so a later answer can be judged without
// regenerating it (the passage may have been re-ingested meanwhile).
interface Stored {
  kind: QuizKind;
  prompt: string;
  options: string[];
}

function encode(q: QuizQuestion): string {
  return JSON.stringify({ kind: q.kind, prompt: q.prompt, options: q.options } satisfies Stored);
}

function decode(text: string): Stored {
  try {
    const v = JSON.parse(text) as Partial<Stored>;
    if (v && typeof v.prompt === 'string' && (v.kind === 'fill' || v.kind === 'judge' || v.kind === 'which_article')) {
      return { kind: v.kind, prompt: v.prompt, options: Array.isArray(v.options) ? v.options.map(String) : [] };
    }
  } catch {
    // fall through: treat as a plain fill-in question
  }
  return { kind: 'fill', prompt: text, options: [] };
}

export function createDailyQuiz(deps: { db: Db; clock: Clock; timezone: string; ledger: PointsLedger; rules: PointRules }): DailyQuiz {
  const { db, clock, timezone, ledger, rules } = deps;

  async function sources(): Promise<QuizSource[]> {
    const rows = await db
      .select({ chunkId: chunks.id, documentTitle: documents.title, article: chunks.article, text: chunks.text })
      .from(chunks)
      .innerJoin(documents, eq(documents.id, chunks.documentId))
      .where(and(isNotNull(chunks.article), isNull(documents.supersededBy), sql`length(${chunks.text}) >= 20`))
      .orderBy(asc(chunks.id))
      .limit(MAX_SOURCES);
    return rows.map((r) => ({ chunkId: r.chunkId, documentTitle: r.documentTitle, article: r.article ?? '', text: r.text }));
  }

  async function attempt(memberId: number, day: string) {
    const rows = await db
      .select()
      .from(quizAttempts)
      .where(and(eq(quizAttempts.memberId, memberId), eq(quizAttempts.day, day)))
      .limit(1);
    return rows[0] ?? null;
  }

  async function getOrCreate(memberId: number, day: string) {
    const existing = await attempt(memberId, day);
    if (existing) return existing;
    const q = makeQuestion(await sources(), seedOf('quiz', memberId, day));
    if (!q) return null;
    // Two simultaneous first requests draw the same question; the unique (member, day) index keeps one row.
    await db
      .insert(quizAttempts)
      .values({ memberId, day, chunkId: q.chunkId, question: encode(q), answer: q.answer })
      .onConflictDoNothing({ target: [quizAttempts.memberId, quizAttempts.day] });
    return attempt(memberId, day);
  }

  async function today(memberId: number): Promise<QuizView | null> {
    const day = zonedDay(clock.now(), timezone);
    const row = await getOrCreate(memberId, day);
    if (!row) return null;
    const stored = decode(row.question);
    return {
      day,
      kind: stored.kind,
      prompt: stored.prompt,
      options: stored.options,
      answered: row.answeredAt ? { correct: row.correct === true } : null,
    };
  }

  async function answer(memberId: number, given: string): Promise<QuizAnswerOutcome> {
    const now = clock.now();
    const day = zonedDay(now, timezone);
    const row = await getOrCreate(memberId, day);
    if (!row) return { status: 'no_question' };
    if (row.answeredAt) return { status: 'already_answered', day, correct: row.correct === true };
    const stored = decode(row.question);
    const correct = isCorrect({ kind: stored.kind, options: stored.options, answer: row.answer }, given);
    // Only the first answer counts: the conditional update lets exactly one concurrent answer through.
    const updated = await db
      .update(quizAttempts)
      .set({ answeredAt: now, correct })
      .where(and(eq(quizAttempts.id, row.id), isNull(quizAttempts.answeredAt)))
      .returning({ id: quizAttempts.id });
    if (updated.length === 0) {
      const again = await attempt(memberId, day);
      return { status: 'already_answered', day, correct: again?.correct === true };
    }
    if (!correct) return { status: 'wrong', day, answer: row.answer };
    const rule = await rules.get('daily_quiz');
    let awarded = 0;
    if (rule.points > 0) {
      const result = await ledger.award({
        memberId,
        category: rule.category,
        points: rule.points,
        reason: `每日答题（${day}）答对`,
        sourceEvent: `quiz:${day}`,
        idempotencyKey: `quiz:${memberId}:${day}`,
        grantedBy: 'system',
        at: now,
      });
      awarded = result.created ? result.entry.points : 0;
    }
    return { status: 'correct', day, awarded, answer: row.answer };
  }

  return { today, answer };
}
