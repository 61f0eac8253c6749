import { readdir, realpath } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { LIMITS } from '@shared/limits';
import { queueSourceFromTree } from '@shared/queue/open-queue';
import type { QueueSource } from '@shared/queue/queue-source';
import { readFileInsideRoot } from './safe-read';

export interface FolderQueueOptions {
  source: QueueSource['source'];
  label?: string;
  maxFileBytes: number;
}

/**
 * Lists every non-folder entry below `root` (regular files, and links, pipes and devices so a
 * manifest naming one is told why it is refused rather than that it is missing), queue-relative
 * with "/". Links to folders are not followed; the depth and the count are bounded.
 */
async function listEntries(root: string): Promise<string[]> {
  const out: string[] = [];
  const pending: { dir: string; rel: string; depth: number }[] = [{ dir: root, rel: '', depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const entries = await readdir(next.dir, { withFileTypes: true });
    for (const entry of entries) {
      const rel = next.rel === '' ? entry.name : `${next.rel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (next.depth < LIMITS.queueFolderDepth) pending.push({ dir: join(next.dir, entry.name), rel, depth: next.depth + 1 });
        continue;
      }
      out.push(rel);
      if (out.length > LIMITS.queueFiles) throw new Error(`"${basename(root)}" refused: it holds more than ${LIMITS.queueFiles} files`);
    }
  }
  return out;
}

/** A queue folder, or a folder holding exactly one queue folder (the user picked its parent). */
export async function openFolderQueue(folder: string, opts: FolderQueueOptions): Promise<QueueSource> {
  const label = opts.label ?? basename(folder);
  const root = await realpath(folder);
  const paths = await listEntries(root);
  return queueSourceFromTree({ source: opts.source, label, paths, read: (p) => readFileInsideRoot(root, p, opts.maxFileBytes) });
}
