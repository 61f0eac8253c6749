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

/**
 * Decodes a request path below a plugin's folder into path segments, or null when it cannot be
 * decoded or holds NUL, backslashes, `.` or `..` segments. Callers still resolve the segments
 * inside their root and compare the result.
 */
export function requestSegments(requestPath: string): string[] | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath.split('?')[0] ?? '');
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s.length > 0);
  return segments.some((s) => s === '.' || s === '..') ? null : segments;
}
