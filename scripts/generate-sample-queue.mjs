#!/usr/bin/env node
import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SAMPLE_EXPORTED_AT, SAMPLE_QUEUE_NAME, sampleClaims } from './sample/claims.mjs';
import { buildDocuments } from './sample/documents.mjs';

/**
 * `npm run sample`: writes the bundled sample queue to resources/sample-queue/ (or the folder
 * given as the first argument). Everything is generated from code with fixed dates and seeds, so
 * two runs give byte-identical files and the SHA-256s in queue.json stay valid.
 */

const here = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(process.argv[2] ?? join(here, '..', 'resources', 'sample-queue'));

/** Upload dates per claim folder: a day or two before each claim's submission. */
const UPLOADED = {
  1004973: '2026-10-02',
  1005007: '2026-10-13',
  1005033: '2026-10-07',
  1005061: '2026-10-09',
  1005088: '2026-10-11',
  1005102: '2026-10-14',
  1005120: '2026-10-01',
  1005155: '2026-10-05',
  1005170: '2026-09-24',
  1005190: '2026-10-09',
  1005215: '2026-10-10',
  1005233: '2026-10-20',
};

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

async function main() {
  const documents = await buildDocuments();
  const claims = sampleClaims(
    (path) => {
      const bytes = documents.get(path);
      return bytes ? sha256(bytes) : null;
    },
    (path) => UPLOADED[path.split('/')[0]] ?? '2026-10-01',
  );
  const queue = { schema: 'poe-queue/1', name: SAMPLE_QUEUE_NAME, exportedAt: SAMPLE_EXPORTED_AT, claims };
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'queue.json'), `${JSON.stringify(queue, null, 2)}\n`);
  for (const [path, bytes] of documents) {
    const file = join(outDir, ...path.split('/'));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, bytes);
  }
  console.log(`Sample queue "${SAMPLE_QUEUE_NAME}": ${claims.length} claims, ${documents.size} documents in ${outDir}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
