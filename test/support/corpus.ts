import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * The shared real-world corpus of hostile and damaged files (never edited). One setting says
 * where it is: the environment variable POE_CORPUS_DIR, else ../shared/corpus beside the project
 * (relative paths are taken from the project root). Where it is absent, the tests that need it
 * are skipped with CORPUS_SKIP_MESSAGE instead of failing.
 */
const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const CORPUS_ROOT = resolve(PROJECT_ROOT, process.env['POE_CORPUS_DIR'] || '../shared/corpus');
export const HAS_CORPUS = existsSync(join(CORPUS_ROOT, 'queue.json'));
export const CORPUS_SKIP_MESSAGE = `corpus not found at ${CORPUS_ROOT} (set POE_CORPUS_DIR to its folder): corpus tests skipped`;

if (!HAS_CORPUS) console.warn(`[tests] ${CORPUS_SKIP_MESSAGE}`);

/** Every document of the corpus, as paths relative to its root, sorted. */
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

export function corpusText(path: string): string {
  return readFileSync(join(CORPUS_ROOT, path), 'utf8');
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
