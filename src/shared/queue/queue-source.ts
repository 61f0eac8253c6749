/**
 * A queue as a platform hands it over (Electron main, the browser bridge, the CLI): the manifest
 * text and the files beside it. Produced at the edges, consumed by the pure import code.
 */
export interface QueueSource {
  source: 'sample' | 'folder' | 'zip';
  /** Folder or zip name, for messages ("week-47", "batch.zip"). */
  label: string;
  /** Which manifest was found: the canonical queue.json, or a Partner Center claims.csv export. */
  manifestName: 'queue.json' | 'claims.csv';
  manifestText: string;
  /** Every regular file inside the queue, queue-relative with "/" separators. */
  files: readonly string[];
  /**
   * Reads one queue-relative file. Rejects with an Error naming the path when it is outside the
   * queue, missing, a symlink out of the queue, or not a regular file.
   */
  readFile(path: string): Promise<Uint8Array>;
}
