/** Bearer-token guard for the admin API (`Authorization: Bearer $ADMIN_TOKEN`). */
import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { sendError } from './http-errors';

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function requireBearer(token: string | undefined): RequestHandler {
  return (req, res, next) => {
    if (!token) {
      sendError(res, 503, 'admin_api_disabled', '管理接口未启用：请设置 ADMIN_TOKEN', 'Admin API disabled: set ADMIN_TOKEN');
      return;
    }
    const header = req.get('authorization') ?? '';
    const m = /^Bearer\s+(.+)$/i.exec(header);
    if (!m || !safeEqual(m[1]!.trim(), token)) {
      sendError(res, 401, 'unauthorized', '未授权：缺少或错误的访问令牌', 'Unauthorized: missing or wrong bearer token');
      return;
    }
    next();
  };
}
