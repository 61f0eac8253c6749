import type { QueueSource } from '@shared/queue/queue-source';

/**
 * The renderer's only way to the platform. Two implementations: electron-bridge.ts (over the
 * preload's `window.api`) and web-bridge.ts (plain browser: file inputs, fetch of the bundled
 * sample queue, downloads). Components never touch either directly: they get a Bridge from
 * bridge-context.
 */

/** A queue as the platform hands it over. */
export type OpenedQueue = QueueSource;

export type AppCommand = 'open-queue' | 'open-sample-queue' | 'export-csv' | 'export-json' | 'show-shortcuts';

export interface SaveResult {
  saved: boolean;
  /** Where it went (a file path in Electron, the download name in the browser). */
  location?: string;
}

export interface Bridge {
  readonly platform: 'electron' | 'web';
  readonly appVersion: string;
  /** The bundled sample queue (resources/sample-queue). */
  openSampleQueue(): Promise<OpenedQueue>;
  /** Electron: the native "Open queue…" dialog (folder or .zip); resolves null when cancelled. Web: null. */
  showOpenQueueDialog(): Promise<OpenedQueue | null>;
  /**
   * Files the user picked in a file input or dropped: one .zip, or the files of a folder
   * (each File's webkitRelativePath, or in Electron its real path, locates it).
   */
  openQueueFromFiles(files: readonly File[]): Promise<OpenedQueue>;
  /** Saves an export (text, or bytes such as a batch .zip): Electron asks where (save dialog), the browser downloads. */
  saveExport(suggestedName: string, content: string | Uint8Array, mimeType: string): Promise<SaveResult>;
  /**
   * Appends one line to the append-only decision journal outside IndexedDB (Electron: a file in
   * userData written by main; web: a no-op that resolves, the browser has no such place).
   */
  appendJournal(line: string): Promise<void>;
  /** Reads the journal back for restore (empty in the web build). */
  readJournal(): Promise<string>;
  /** Menu and drag-and-drop commands from main; returns an unsubscribe function. */
  onCommand(listener: (command: AppCommand) => void): () => void;
}
