import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLAIM_GROUPS, numberTuned } from './claims.mjs';
import { MORE_GROUPS } from './claims-more.mjs';
import { heldoutClaims } from './claims-heldout.mjs';
import { probeClaims } from './claims-probe.mjs';
import { probe2Claims } from './claims-probe2.mjs';

/**
 * The evaluation set: every claim with its expectations, and the queue folder (poe-queue/1)
 * generated from it. Generation is cached: the folder is rebuilt only when the generator's
 * sources change (a stamp holds their hash).
 */

const here = dirname(fileURLToPath(import.meta.url));
export const EVAL_QUEUE_NAME = 'POE evaluation set';

/**
 * The claims, numbered, with expectations and document builders. `set`: "all" (default), "tuned"
 * (EV…, the claims the engine was developed against), "heldout" (HO…, claims-heldout.mjs) or "probe"
 * (PR…, claims-probe.mjs: shapes the rest did not have, written to find the engine's remaining errors) or
 * "probe2" (PQ…, claims-probe2.mjs: a second probe aimed at false approvals and false passes).
 */
export function evalClaims({ set = 'all' } = {}) {
  const tuned = set === 'all' || set === 'tuned' ? numberTuned([...CLAIM_GROUPS, ...MORE_GROUPS].flatMap((group) => group())) : [];
  const heldout = set === 'all' || set === 'heldout' ? heldoutClaims() : [];
  const probe = set === 'all' || set === 'probe' ? probeClaims() : [];
  const probe2 = set === 'all' || set === 'probe2' ? probe2Claims() : [];
  return [...tuned, ...heldout, ...probe, ...probe2];
}

async function sourceHash() {
  const h = createHash('sha256');
  const files = [
    ...(await readdir(here))
      .filter((f) => f.endsWith('.mjs') && !f.endsWith('.test.mjs'))
      .sort()
      .map((f) => join(here, f)),
    join(here, '..', 'sample', 'pdf-writer.mjs'),
    join(here, '..', 'sample', 'prng.mjs'),
  ];
  for (const f of files) h.update(await readFile(f));
  return h.digest('hex');
}

/** What a report is compared against: per claim, its expectations and descriptors. */
export function expectationsOf(claims) {
  return claims.map(({ claimId, title, lang, layout, vendor, classes, ocr, why, expect }) => ({
    claimId,
    title,
    lang,
    layout,
    vendor,
    classes,
    ocr,
    why,
    expect,
  }));
}

/**
 * Writes the queue to `outDir` (queue.json, documents, expectations.json) unless the stamp says
 * it is current. `claims`: evalClaims({ set }) if the caller has built them already. Returns
 * { dir, expectations, cached }.
 */
export async function generateEvalQueue(outDir, { force = false, set = 'all', claims: given } = {}) {
  const dir = resolve(outDir);
  const hash = `${set}:${await sourceHash()}`;
  const stampFile = join(dir, '.stamp');
  if (!force) {
    const stamp = await readFile(stampFile, 'utf8').catch(() => '');
    if (stamp === hash) return { dir, expectations: JSON.parse(await readFile(join(dir, 'expectations.json'), 'utf8')), cached: true };
  }
  const claims = given ?? evalClaims({ set });
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const c of claims) {
    for (const d of c.docs) {
      const file = join(dir, ...d.path.split('/'));
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, await d.build());
    }
  }
  const queue = { schema: 'poe-queue/1', name: EVAL_QUEUE_NAME, exportedAt: '2026-11-20T09:00:00Z', claims: claims.map((c) => c.json) };
  const expectations = expectationsOf(claims);
  await writeFile(join(dir, 'queue.json'), `${JSON.stringify(queue, null, 2)}\n`);
  await writeFile(join(dir, 'expectations.json'), `${JSON.stringify(expectations, null, 2)}\n`);
  await writeFile(stampFile, hash);
  return { dir, expectations, cached: false };
}
