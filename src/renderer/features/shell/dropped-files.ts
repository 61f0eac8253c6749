/**
 * Files from a drop: a dropped folder is walked through the File and Directory Entries API,
 * and each file is given the `webkitRelativePath` a folder picker would have given it, so one
 * code path (queueSourceFromFiles) reads picked and dropped folders alike.
 */

/** Walking stops here: a queue never has this many files, a hostile drop might. */
const MAX_FILES = 20_000;

function readAllEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => {
    const all: FileSystemEntry[] = [];
    // readEntries returns at most ~100 entries per call: call until it returns none.
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(all);
        else {
          all.push(...batch);
          next();
        }
      }, reject);
    next();
  });
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

function withPath(file: File, path: string): File {
  // An own property shadows the read-only prototype getter; the File itself stays the same
  // object (Electron's bridge can still find its real path).
  Object.defineProperty(file, 'webkitRelativePath', { value: path, configurable: true });
  return file;
}

async function walk(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (out.length >= MAX_FILES) throw new Error(`the dropped folder has more than ${MAX_FILES} files`);
  if (entry.isFile) {
    const file = await fileOf(entry as FileSystemFileEntry);
    out.push(withPath(file, entry.fullPath.replace(/^\//, '')));
    return;
  }
  if (entry.isDirectory) {
    for (const child of await readAllEntries((entry as FileSystemDirectoryEntry).createReader())) await walk(child, out);
  }
}

/** The dropped files (a .zip, or a folder's files with relative paths), or [] when nothing usable. */
export async function filesFromDrop(data: DataTransfer): Promise<File[]> {
  const entries = [...data.items].flatMap((item) => {
    const entry = item.kind === 'file' ? item.webkitGetAsEntry() : null;
    return entry ? [entry] : [];
  });
  if (entries.length === 0) return [...data.files];
  const files: File[] = [];
  for (const entry of entries) await walk(entry, files);
  return files;
}

/** A name for messages: the dropped folder or file. */
export function dropLabel(files: readonly File[]): string {
  const first = files[0];
  if (!first) return 'the dropped files';
  const path = first.webkitRelativePath || first.name;
  return path.includes('/') ? path.slice(0, path.indexOf('/')) : path;
}
