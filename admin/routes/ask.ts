/** POST /api/ask {question} → {answer, citations, declined, latencyMs}; POST /api/feedback. */
import { Router } from 'express';
import type { QuestionAnswerer } from '../../core/qa';
import { sendError } from '../http-errors';

const MAX_QUESTION_CHARS = 500;

export function createAskRouter(qa: QuestionAnswerer): Router {
  const router = Router();
  router.post('/ask', async (req, res) => {
    const question = (req.body as { question?: unknown } | undefined)?.question;
    if (typeof question !== 'string' || question.trim() === '') {
      sendError(res, 400, 'bad_question', '请提供问题（question 字段，非空字符串）', 'Provide "question" as a non-empty string');
      return;
    }
    if (question.length > MAX_QUESTION_CHARS) {
      sendError(res, 400, 'question_too_long', `问题太长，请控制在 ${MAX_QUESTION_CHARS} 字以内`, `Question longer than ${MAX_QUESTION_CHARS} characters`);
      return;
    }
    const a = await qa.ask(question, { channel: 'api' });
    res.json({ answer: a.text, citations: a.citations.map(({ title, article, snippet, superseded }) => ({ title, article, snippet, ...(superseded ? { superseded } : {}) })), declined: a.declined, latencyMs: a.latencyMs, mode: a.mode, logId: a.logId ?? null });
  });
  router.post('/feedback', async (req, res) => {
    const body = (req.body ?? {}) as { logId?: unknown; value?: unknown };
    if (typeof body.logId !== 'number' || (body.value !== 1 && body.value !== -1)) {
      sendError(res, 400, 'bad_feedback', '反馈格式错误：需要 logId（数字）和 value（1 或 -1）', 'Feedback needs numeric logId and value 1 or -1');
      return;
    }
    await qa.feedback(body.logId, body.value);
    res.status(204).end();
  });
  return router;
}
