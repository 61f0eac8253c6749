import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { normaliseQueuePath } from '@shared/queue/queue-path';
import type { QueueSource } from '@shared/queue/queue-source';
import { inspectZip, safeUnzip, type ZipLimits } from '@shared/zip/safe-unzip';
import { decodeManifestText } from './manifest-text';
import { MANIFEST_NAMES } from './folder-queue-source';
import { formatBytes, QueueFileError } from './safe-read';

export interface ZipQueueOptions {
  label?: string;
  maxZipBytes: number;
  zipLimits: ZipLimits;
}

/** Finder's resource-fork folder: never part of a queue. */
const IGNORED_PREFIX = '__MACOSX/';

function stripSingleTopFolder(entries: Map<string, Uint8Array>): Map<string, Uint8Array> {
  const names = [...entries.keys()];
  if (MANIFEST_NAMES.some((m) => entries.has(m))) return entries;
  const tops = new Set(names.map((n) => n.split('/')[0]));
  const [top] = tops;
  if (tops.size !== 1 || top === undefined || !names.every((n) => n.startsWith(`${top}/`))) return entries;
  return new Map(names.map((n) => [n.slice(top.length + 1), entries.get(n) ?? new Uint8Array(0)]));
}

/**
 * A .zip of a queue folder (optionally inside one top folder). The archive is checked by its
 * central directory (sizes, ratio, entry count, names) before anything is inflated, then
 * inflated once, bounded by `zipLimits`; reads are served from memory.
 */
export async function openZipQueue(zipPath: string, opts: ZipQueueOptions): Promise<QueueSource> {
  const label = opts.label ?? basename(zipPath);
  const info = await stat(zipPath);
  if (info.size > opts.maxZipBytes) throw new Error(`"${label}" refused: ${formatBytes(info.size)} is over the ${formatBytes(opts.maxZipBytes)} limit for a queue .zip`);
  const bytes = new Uint8Array(await readFile(zipPath));
  let inflated: Map<string, Uint8Array>;
  try {
    const seen = new Set<string>();
    for (const entry of inspectZip(bytes, opts.zipLimits)) {
      // Two entries with one name would let the file listed differ from the file read.
      if (seen.has(entry.name)) throw new Error(`zip refused: duplicate entry "${entry.name}"`);
      seen.add(entry.name);
    }
    inflated = safeUnzip(bytes, opts.zipLimits, (name) => !name.startsWith(IGNORED_PREFIX));
  } catch (err) {
    throw new Error(`"${label}" ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const entries = stripSingleTopFolder(inflated);
  const manifestName = MANIFEST_NAMES.find((m) => entries.has(m));
  const manifest = manifestName === undefined ? undefined : entries.get(manifestName);
  if (manifestName === undefined || manifest === undefined) throw new Error(`"${label}" is not a queue: it has no queue.json or claims.csv`);
  const files = [...entries.keys()].filter((n) => normaliseQueuePath(n).ok).sort();
  return {
    source: 'zip',
    label,
    manifestName,
    manifestText: decodeManifestText(manifest),
    files,
    readFile: (path: string) => {
      const checked = normaliseQueuePath(path);
      if (!checked.ok) return Promise.reject(new QueueFileError(path, `"${path}" refused: ${checked.reason}`));
      const data = entries.get(checked.path);
      if (data === undefined) return Promise.reject(new QueueFileError(path, `"${path}" not found in the queue`, 'not-found'));
      return Promise.resolve(data.slice());
    },
  };
}
