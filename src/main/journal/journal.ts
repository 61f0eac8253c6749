import { mkdir, open, readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { MAX_JOURNAL_LINE_CHARS } from '@shared/ipc/contract';
import { IpcFailure } from '@shared/ipc/envelope';

/**
 * The decision journal: an append-only JSON Lines file in userData, written by main, so
 * IndexedDB is not the only copy of decisions (Electron has lost IndexedDB on a full disk).
 * Each line is checked (one JSON object with a decisionId), appended, and fsynced before the
 * renderer is told it is saved. Appends are serialised so two never interleave.
 */
export const JOURNAL_RELATIVE_PATH = 'journal/decisions.jsonl';

/** Reading the journal back is refused past this size (restore would not fit in one message). */
export const MAX_JOURNAL_READ_BYTES = 512 * 1024 * 1024;

const JournalEntrySchema = z.looseObject({ decisionId: z.string().min(1) });

/** Why a line may not be appended, or null when it may. */
export function journalLineProblem(line: string): string | null {
  if (line.length === 0) return 'empty line';
  if (line.length > MAX_JOURNAL_LINE_CHARS) return 'line too long';
  if (/[\r\n\u2028\u2029]/.test(line)) return 'a journal entry must be a single line';
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not JSON';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  if (!JournalEntrySchema.safeParse(value).success) return 'the entry has no decisionId';
  return null;
}

export interface Journal {
  readonly path: string;
  append(line: string): Promise<void>;
  read(): Promise<string>;
}

async function endsWithNewline(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size === 0) return true;
    const last = new Uint8Array(1);
    await handle.read(last, 0, 1, size - 1);
    return last[0] === 0x0a;
  } finally {
    await handle.close();
  }
}

async function appendLine(path: string, line: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const exists = await stat(path).then(
    () => true,
    () => false,
  );
  // A crash mid-write can leave a torn last line; start on a fresh line so ours stays whole.
  const prefix = exists && !(await endsWithNewline(path)) ? '\n' : '';
  const handle = await open(path, 'a');
  try {
    await handle.write(`${prefix}${line}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (!exists) await syncDirectory(dirname(path));
}

/** A new file's name is only durable once its folder is synced (POSIX); Windows cannot open folders for this. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function createJournal(path: string): Journal {
  let tail: Promise<void> = Promise.resolve();
  return {
    path,
    append(line: string): Promise<void> {
      const problem = journalLineProblem(line);
      if (problem !== null) return Promise.reject(new IpcFailure('invalid-request', `journal entry refused: ${problem}`));
      const next = tail.then(() => appendLine(path, line));
      tail = next.catch(() => undefined);
      return next;
    },
    async read(): Promise<string> {
      const info = await stat(path).catch(() => null);
      if (info === null) return '';
      if (info.size > MAX_JOURNAL_READ_BYTES) throw new Error(`the journal is ${info.size} bytes, too large to read back at once`);
      return readFile(path, 'utf8');
    },
  };
}
