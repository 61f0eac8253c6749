#!/usr/bin/env node
import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SAMPLE_QUEUE_NAME, sampleClaims } from './sample/claims.mjs';
import { generationDay, withReviewStates } from './sample/review-states.mjs';
import { buildDocuments } from './sample/documents.mjs';

/**
 * `npm run sample`: writes the bundled sample queue to resources/sample-queue/ (or the folder
 * given as the first argument). Everything is generated from code with fixed seeds, and dates
 * fixed except the review statuses, which are placed relative to the generation day (see
 * sample/review-states.mjs; POE_SAMPLE_TODAY sets that day): two runs on one day give
 * byte-identical files, and the documents and their SHA-256s are the same on every day.
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
  const today = generationDay();
  const claims = withReviewStates(
    sampleClaims(
      (path) => {
        const bytes = documents.get(path);
        return bytes ? sha256(bytes) : null;
      },
      (path) => UPLOADED[path.split('/')[0]] ?? '2026-10-01',
    ),
    today,
  );
  // Exported this morning: the day the review statuses are placed from.
  const queue = { schema: 'poe-queue/1', name: SAMPLE_QUEUE_NAME, exportedAt: `${today}T07:00:00Z`, claims };
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
