/**
 * A small real implementation of the QuestionAnswerer port for channel tests: answers every
 * question with a fixed cited answer (so tests can assert 《标题》第X条 reached the chat), streams
 * two partials, and can be told to be slow or to fail for particular questions.
 */
import type { Answer, AskContext, AskOptions, QuestionAnswerer } from '../../core/qa';

export interface StubAnswererOptions {
  /** Delay in ms before answering this question (default 0). */
  delayMs?: (question: string) => number;
  /** Throw for this question. */
  fail?: (question: string) => boolean;
  /** Answer text; default "关于“<q>”：三会一课是指定期召开支部党员大会、支部委员会、党小组会，按时上好党课。" */
  text?: (question: string) => string;
}

export interface StubAnswerer extends QuestionAnswerer {
  /** Every question asked, with its context. */
  readonly asked: Array<{ question: string; ctx: AskContext }>;
  /** Feedback received: [logId, value]. */
  readonly feedbacks: Array<[number, 1 | -1]>;
}

export const STUB_CITATION = { title: '中国共产党支部工作条例（试行）', article: '第十九条', snippet: '党支部应当组织党员按期参加党员大会、党小组会和上党课' };

export function createStubAnswerer(opts: StubAnswererOptions = {}): StubAnswerer {
  const asked: StubAnswerer['asked'] = [];
  const feedbacks: StubAnswerer['feedbacks'] = [];
  let logIds = 0;
  return {
    asked,
    feedbacks,
    async ask(question: string, ctx: AskContext, askOpts?: AskOptions): Promise<Answer> {
      asked.push({ question, ctx });
      const text = opts.text?.(question) ?? `关于“${question}”：三会一课是指定期召开支部党员大会、支部委员会、党小组会，按时上好党课。`;
      askOpts?.onPartial?.(text.slice(0, Math.ceil(text.length / 2)));
      const delay = opts.delayMs?.(question) ?? 0;
      if (delay > 0) await new Promise((r) => setTimeout(r, delay));
      if (opts.fail?.(question)) throw new Error(`stub failure for ${question}`);
      askOpts?.onPartial?.(text);
      return { text, citations: [STUB_CITATION], declined: false, mode: 'extractive', latencyMs: delay, logId: ++logIds };
    },
    async feedback(logId, value) {
      feedbacks.push([logId, value]);
    },
  };
}
