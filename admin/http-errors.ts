/** One JSON error shape for the HTTP API: { error: { code, message (zh-CN), messageEn } }. */
import type { NextFunction, Request, Response } from 'express';
import { z } from 'zod';

export function sendError(res: Response, status: number, code: string, message: string, messageEn: string): void {
  res.status(status).json({ error: { code, message, messageEn } });
}

/** Answers a zod validation failure with 400 and the failing fields. Returns false for other errors. */
export function sendValidationError(res: Response, err: unknown): boolean {
  if (!(err instanceof z.ZodError)) return false;
  const detail = err.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ');
  sendError(res, 400, 'invalid', `参数无效：${detail}`, detail);
  return true;
}

/** Passes an async handler's rejection to the router's error handler. */
export const wrap =
  (fn: (req: Request, res: Response) => Promise<void>) =>
  (req: Request, res: Response, next: NextFunction): void => {
    fn(req, res).catch(next);
  };
