/**
 * The question-answering port as the rest of the product sees it. knowledge/ implements it;
 * bot/ and admin/ call it. Nothing here knows how retrieval or generation works.
 */

/** One quoted source of an answer. */
export interface Citation {
  /** Document title, e.g. 中国共产党章程. */
  title: string;
  /** Article number such as 第七条, a heading such as 总纲, or null. */
  article: string | null;
  /** The quoted text (short). */
  snippet: string;
  /** True when the document has been replaced by a newer revision. */
  superseded?: boolean;
}

/** How an answer was produced. */
export type AnswerMode = 'greeting' | 'llm' | 'extractive' | 'declined';

/**
 * Why a question was declined: nothing retrieved, a request to produce something, a kind of fact the
 * library never states (names, sums, years …), a 第X条 no document has, no word to look up, passages
 * too far from the question, or the model found no support in them.
 */
export type DeclineReason = 'no-passage' | 'task-request' | 'answer-kind' | 'no-such-article' | 'nothing-to-look-up' | 'weak-support' | 'model-no-support';

export interface Answer {
  /** The answer text shown to the user (zh-CN, may contain light Markdown). */
  text: string;
  citations: Citation[];
  declined: boolean;
  mode: AnswerMode;
  /** Set when declined: which check declined it (logged; the admin's unanswered list can group by it). */
  declineReason?: DeclineReason;
  latencyMs: number;
  /** Id of the Q&A log row, for feedback. */
  logId?: number;
}

/** Where a question came from, for the Q&A log. */
export interface AskContext {
  channel: string;
  chatAddress?: string;
  senderId?: string;
  orgId?: number;
}

export interface AskOptions {
  /** Called with growing partial text while a model streams; channels that stream forward it. */
  onPartial?: (textSoFar: string) => void;
}

/** Answers members' questions from the handbooks. */
export interface QuestionAnswerer {
  ask(question: string, ctx: AskContext, opts?: AskOptions): Promise<Answer>;
  /** Records 👍 (1) or 👎 (-1) for a logged answer. */
  feedback(logId: number, value: 1 | -1): Promise<void>;
}
