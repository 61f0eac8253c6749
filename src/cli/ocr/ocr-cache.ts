import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OcrCache, OcrCachedDocument } from '@readers/ocr';

/**
 * `check --ocr-cache <dir>`: one JSON file per document, named by the key (document SHA-256,
 * languages, engine version), so a second run over the same scans reads no pixels. Written to a
 * temporary name and renamed, so a reader ended mid-write leaves no half file; an unreadable
 * entry is a miss.
 */
export class OcrFileCache implements OcrCache {
  constructor(private readonly dir: string) {}

  private file(key: string): string {
    return join(this.dir, `${key.replace(/[^a-zA-Z0-9._+-]/g, '_')}.json`);
  }

  async get(key: string): Promise<OcrCachedDocument | undefined> {
    try {
      const value = JSON.parse(await readFile(this.file(key), 'utf8')) as OcrCachedDocument;
      return value && typeof value.parts === 'object' ? value : undefined;
    } catch {
      return undefined;
    }
  }

  async put(key: string, value: OcrCachedDocument): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const file = this.file(key);
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(tmp, JSON.stringify(value), 'utf8');
    await rename(tmp, file);
  }
}
