/** One JSON error shape for the HTTP API: { error: { code, message (zh-CN), messageEn } }. */
import type { Response } from 'express';

export function sendError(res: Response, status: number, code: string, message: string, messageEn: string): void {
  res.status(status).json({ error: { code, message, messageEn } });
}
