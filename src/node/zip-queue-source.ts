import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { queueSourceFromZip } from '@shared/queue/open-queue';
import type { QueueSource } from '@shared/queue/queue-source';
import type { RandomAccess } from '@shared/zip/safe-unzip';

/** Random access to a file on disk; each read opens it, so an open queue holds no descriptor. */
export function fileAccess(path: string, size: number): RandomAccess {
  return {
    size,
    async read(offset, length) {
      const handle = await open(path, 'r');
      try {
        const buffer = new Uint8Array(length);
        let filled = 0;
        while (filled < length) {
          const { bytesRead } = await handle.read(buffer, filled, length - filled, offset + filled);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
        return filled === length ? buffer : buffer.subarray(0, filled);
      } finally {
        await handle.close();
      }
    },
  };
}

/** A .zip of a queue folder (optionally inside one top folder), read entry by entry. */
export async function openZipQueue(zipPath: string, opts: { label?: string } = {}): Promise<QueueSource> {
  const info = await stat(zipPath);
  return queueSourceFromZip(opts.label ?? basename(zipPath), fileAccess(zipPath, info.size));
}
