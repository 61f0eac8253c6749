import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';

type Next = (error?: unknown) => void;

/**
 * Dev-server helper shared by the Vite plugins: streams `file` when it is a regular file,
 * otherwise hands the request on (`next`), so a missing asset falls through to Vite.
 * Callers resolve `file` inside their own root first; this never sees a raw request path.
 */
export function sendFileOrNext(file: string, type: string, res: ServerResponse<IncomingMessage>, next: Next): void {
  stat(file).then(
    (info) => {
      if (!info.isFile()) return next();
      res.setHeader('Content-Type', type);
      res.setHeader('Content-Length', String(info.size));
      createReadStream(file).pipe(res);
    },
    () => next(),
  );
}
