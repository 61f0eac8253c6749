import { queueSourceFromTree, queueSourceFromZip } from '@shared/queue/open-queue';
import type { QueueSource } from '@shared/queue/queue-source';
import type { RandomAccess } from '@shared/zip/safe-unzip';

/**
 * Turns what a browser hands over (a picked .zip, a picked folder's files, a dropped folder)
 * into the tree the one shared queue path reads (src/shared/queue/open-queue.ts). Every error
 * names the file or folder the user chose, because that is the only name they know.
 */

/** A file with its path relative to what the user picked ("week-47/1004973/sow.pdf"). */
export interface LocatedFile {
  path: string;
  file: File;
}

/** Random access to a picked .zip: only the central directory and the entries read are loaded. */
export function blobAccess(blob: Blob): RandomAccess {
  return { size: blob.size, read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()) };
}

/** A QueueSource over a folder's files (picked with webkitdirectory or dropped). */
export function queueSourceFromLocatedFiles(located: readonly LocatedFile[], fallbackLabel: string): Promise<QueueSource> {
  const byPath = new Map(located.map((f) => [f.path, f.file]));
  const tops = new Set(located.map((f) => (f.path.includes('/') ? f.path.slice(0, f.path.indexOf('/')) : '')));
  const [top] = tops;
  const label = tops.size === 1 && top ? top : fallbackLabel;
  return queueSourceFromTree({
    source: 'folder',
    label,
    paths: [...byPath.keys()],
    size: (path) => byPath.get(path)?.size,
    read: async (path) => {
      const file = byPath.get(path);
      if (!file) throw new Error(`no file "${path}"`);
      return new Uint8Array(await file.arrayBuffer());
    },
  });
}

/** Where a File sits inside what the user picked: the folder picker's path, else its name. */
export function relativePathOf(file: File): string {
  return file.webkitRelativePath || file.name;
}

/**
 * One .zip, or the files of a folder (webkitRelativePath locates each; a dropped folder's
 * files get it from dropped-files.ts).
 */
export async function queueSourceFromFiles(files: readonly File[]): Promise<QueueSource> {
  const [first] = files;
  if (!first) throw new Error('No files were chosen');
  if (files.length === 1 && /\.zip$/i.test(first.name)) return queueSourceFromZip(first.name, blobAccess(first));
  return queueSourceFromLocatedFiles(
    files.map((file) => ({ path: relativePathOf(file), file })),
    'the chosen files',
  );
}
