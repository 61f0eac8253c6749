import { z } from 'zod';
import { queueSourceFromTree } from '@shared/queue/open-queue';
import type { QueueSource } from '@shared/queue/queue-source';
import type { Bridge, SaveResult } from './bridge';
import { queueSourceFromFiles } from './files-queue-source';

import { version } from '../../../package.json';

/** Recorded in every decision (appVersion); Vite inlines only this field of package.json. */
const APP_VERSION = `${version}-web`;

const FileListSchema = z.array(z.string());

/**
 * A QueueSource over a queue served next to the app (the bundled sample queue, or a benchmark
 * queue): `<base>queue.json` plus `<base>files.json`, a JSON array of queue-relative paths
 * written by the build plugin (a static server cannot list folders).
 */
export async function queueSourceFromUrl(manifestUrl: string, label: string, source: QueueSource['source']): Promise<QueueSource> {
  const base = new URL('./', new URL(manifestUrl, document.baseURI));
  let files: string[] = [];
  const listing = await fetch(new URL('files.json', base));
  if (listing.ok) {
    const parsed = FileListSchema.safeParse(await listing.json());
    if (!parsed.success) throw new Error(`${label}: files.json is not a list of paths`);
    files = parsed.data;
  }
  return queueSourceFromTree({
    source,
    label,
    paths: [...new Set([...files, 'queue.json'])],
    read: async (path) => {
      // Each segment is encoded so "%" or "#" in a name is a name, not URL syntax.
      const response = await fetch(new URL(path.split('/').map(encodeURIComponent).join('/'), base));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    },
  });
}

/** Starts a download of `content` named `name` through a temporary blob URL. */
function download(name: string, content: string | Uint8Array, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([typeof content === 'string' ? content : new Uint8Array(content)], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The browser implementation of the bridge (web build and browser tests). */
export function createWebBridge(): Bridge {
  return {
    platform: 'web',
    appVersion: APP_VERSION,
    openSampleQueue: () => queueSourceFromUrl('./sample-queue/queue.json', 'Sample queue', 'sample'),
    // The browser has no native dialog: the shell shows file inputs instead.
    showOpenQueueDialog: () => Promise.resolve(null),
    openQueueFromFiles: (files) => queueSourceFromFiles(files),
    saveExport: (suggestedName, content, mimeType): Promise<SaveResult> => {
      download(suggestedName, content, mimeType);
      return Promise.resolve({ saved: true, location: `Downloads (${suggestedName})` });
    },
    // The browser has no place outside IndexedDB for an append-only file: the journal is an
    // Electron feature, so appending is a no-op here and reading gives an empty journal.
    appendJournal: () => Promise.resolve(),
    readJournal: () => Promise.resolve(''),
    // No application menu in the browser: commands come from the page's own buttons.
    onCommand: () => () => undefined,
  };
}
