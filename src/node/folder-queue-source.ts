import { readdir, realpath } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { normaliseQueuePath } from '@shared/queue/queue-path';
import type { QueueSource } from '@shared/queue/queue-source';
import { decodeManifestText } from './manifest-text';
import { QueueFileError, readFileInsideRoot } from './safe-read';

export interface FolderQueueOptions {
  source: QueueSource['source'];
  label?: string;
  maxFileBytes: number;
  maxFiles: number;
}

/** Deeper trees than this are not queues; the bound also stops pathological folder nesting. */
const MAX_DEPTH = 32;
export const MANIFEST_NAMES = ['queue.json', 'claims.csv'] as const;

/**
 * Lists regular files below `root`, queue-relative with "/" and sorted. Symlinks are not
 * followed (a manifest may still name one: readFileInsideRoot checks where it leads); names a
 * queue path could never spell (backslashes, control characters) are left out.
 */
async function listRegularFiles(root: string, maxFiles: number): Promise<string[]> {
  const out: string[] = [];
  const pending: { dir: string; rel: string; depth: number }[] = [{ dir: root, rel: '', depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const entries = await readdir(next.dir, { withFileTypes: true });
    for (const entry of entries) {
      const rel = next.rel === '' ? entry.name : `${next.rel}/${entry.name}`;
      if (!normaliseQueuePath(rel).ok) continue;
      if (entry.isDirectory() && next.depth < MAX_DEPTH) pending.push({ dir: join(next.dir, entry.name), rel, depth: next.depth + 1 });
      else if (entry.isFile()) {
        out.push(rel);
        if (out.length > maxFiles) throw new Error(`the queue holds more than ${maxFiles} files`);
      }
    }
  }
  return out.sort();
}

/** Looks by name, symlinks included, so a manifest that is a link is found and then refused by the read. */
async function manifestIn(dir: string): Promise<(typeof MANIFEST_NAMES)[number] | undefined> {
  const names = await readdir(dir);
  return MANIFEST_NAMES.find((name) => names.includes(name));
}

/** A queue folder, or a folder holding exactly one queue folder (the user picked its parent). */
export async function openFolderQueue(folder: string, opts: FolderQueueOptions): Promise<QueueSource> {
  const label = opts.label ?? basename(folder);
  let root = await realpath(folder);
  let manifestName = await manifestIn(root);
  if (manifestName === undefined) {
    // Finder and Explorer litter: ignore dot-files when looking for the single queue folder.
    const entries = (await readdir(root, { withFileTypes: true })).filter((e) => !e.name.startsWith('.'));
    const [only] = entries;
    if (entries.length === 1 && only !== undefined && only.isDirectory()) {
      const inner = join(root, only.name);
      manifestName = await manifestIn(inner);
      if (manifestName !== undefined) root = await realpath(inner);
    }
  }
  if (manifestName === undefined) throw new Error(`"${label}" is not a queue: it has no queue.json or claims.csv`);
  const realRoot = root;
  const files = await listRegularFiles(realRoot, opts.maxFiles);
  const manifestBytes = await readFileInsideRoot(realRoot, manifestName, opts.maxFileBytes).catch((err: unknown) => {
    throw new Error(`"${label}": ${err instanceof QueueFileError ? err.message : String(err)}`);
  });
  return {
    source: opts.source,
    label,
    manifestName,
    manifestText: decodeManifestText(manifestBytes),
    files,
    readFile: (path: string) => readFileInsideRoot(realRoot, path, opts.maxFileBytes),
  };
}
