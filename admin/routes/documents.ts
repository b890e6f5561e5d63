/**
 * Upload API: POST /api/documents (multipart field `file`), GET /api/documents, DELETE /api/documents/:id.
 * The type is decided by content, never by the name; the name is never used as a path (files live in
 * memory until they are stored in the database). Bad files get a 4xx with a Chinese and an English reason.
 */
import { Router, type NextFunction, type Request, type Response } from 'express';
import multer from 'multer';
import { IngestError } from '../../knowledge/ingest/errors';
import type { KnowledgeService } from '../../knowledge/service';
import type { Logger } from '../../core/logger';
import { sendError } from '../http-errors';

const STATUS_BY_CODE: Record<string, number> = {
  empty: 400,
  unsupported_type: 415,
  too_large: 413,
  corrupt: 422,
  encrypted: 422,
  no_text: 422,
};

/** Multer gives Latin-1 decoded names; browsers send UTF-8. */
function decodeFileName(name: string): string {
  const utf8 = Buffer.from(name, 'latin1').toString('utf8');
  return utf8.includes('\uFFFD') ? name : utf8;
}

export function createDocumentsRouter(deps: { knowledge: KnowledgeService; maxBytes: number; log: Logger }): Router {
  const router = Router();
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: deps.maxBytes, files: 1, fields: 10 } });
  const mb = (deps.maxBytes / 1024 / 1024).toFixed(deps.maxBytes % (1024 * 1024) === 0 ? 0 : 1);

  const receive = (req: Request, res: Response, next: NextFunction) => {
    upload.single('file')(req, res, (err: unknown) => {
      if (!err) return next();
      if (err instanceof multer.MulterError && err.code === 'LIMIT_FILE_SIZE') {
        deps.log.warn({ code: err.code }, 'upload rejected: too large');
        return sendError(res, 413, 'too_large', `文件太大，上限为 ${mb} MB`, `File too large; the limit is ${mb} MB`);
      }
      if (err instanceof multer.MulterError) {
        return sendError(res, 400, 'bad_upload', `上传格式错误：${err.message}`, `Bad upload: ${err.message}`);
      }
      deps.log.warn({ err }, 'upload rejected: malformed multipart');
      return sendError(res, 400, 'bad_upload', '上传请求格式错误', 'Malformed multipart request');
    });
  };

  router.post('/', receive, async (req, res) => {
    const file = req.file;
    if (!file) {
      sendError(res, 400, 'no_file', '请在 file 字段上传文件', 'Upload the file in the "file" field');
      return;
    }
    const fileName = decodeFileName(file.originalname).slice(0, 200);
    try {
      const outcome = await deps.knowledge.ingest(file.buffer, fileName);
      const d = outcome.document;
      res.status(outcome.kind === 'created' ? 201 : 200).json({
        outcome: outcome.kind,
        document: { id: d.id, title: d.title, version: d.version, chunkCount: d.chunkCount, status: d.status, supersededBy: d.supersededBy },
      });
    } catch (err) {
      if (err instanceof IngestError) {
        deps.log.warn({ code: err.code, fileName }, 'upload rejected');
        sendError(res, STATUS_BY_CODE[err.code] ?? 422, err.code, err.messageZh, err.messageEn);
        return;
      }
      throw err;
    }
  });

  router.get('/', async (_req, res) => {
    const docs = await deps.knowledge.list();
    res.json({
      documents: docs.map((d) => ({
        id: d.id,
        title: d.title,
        fileName: d.fileName,
        version: d.version,
        status: d.status,
        chunkCount: d.chunkCount,
        issuer: d.issuer,
        effectiveDate: d.effectiveDate,
        supersededBy: d.supersededBy,
        updatedAt: d.updatedAt,
      })),
    });
  });

  router.delete('/:id', async (req, res) => {
    const id = Number(req.params.id);
    if (!Number.isInteger(id) || id <= 0) {
      sendError(res, 400, 'bad_id', '文档编号无效', 'Invalid document id');
      return;
    }
    const ok = await deps.knowledge.remove(id);
    if (!ok) {
      sendError(res, 404, 'not_found', '文档不存在', 'Document not found');
      return;
    }
    res.status(204).end();
  });

  return router;
}
