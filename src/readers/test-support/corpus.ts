import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The shared hostile-file corpus (../shared/corpus from the repo root). */
export const CORPUS_ROOT = resolve(import.meta.dirname, '../../../../shared/corpus');

export function corpusFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (!['MANIFEST.tsv', 'README.md', 'queue.json'].includes(name)) out.push(relative(CORPUS_ROOT, full));
    }
  };
  walk(CORPUS_ROOT);
  return out;
}

export function corpusBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(join(CORPUS_ROOT, path)));
}

/** Runs `fn` over `items` with at most `limit` in flight. */
export async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  });
  await Promise.all(workers);
  return results;
}
