#!/usr/bin/env node
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CHECK_IDS, compareReport, figureLines } from './compare.mjs';
import { generateEvalQueue } from './eval-set.mjs';

/**
 * `npm run eval`: generates the evaluation set (cached in out/eval-queue), runs the real `check`
 * command on it (readers + engine, OCR with a cache in out/ocr-cache, as a reviewer's batch would), and prints per-check agreement,
 * every false pass, false approval and disagreement, then one JSON line per figure.
 *   --gate        exit 1 when any false approval remains
 *   --out <dir>   where to generate (default out/eval-queue)
 *   --regenerate  ignore the cache
 *   --set <s>     all (default), tuned (EV…), heldout (HO…: claims-heldout.mjs) probe (PR…: claims-probe.mjs)
 *               or probe2 (PQ…: claims-probe2.mjs),
 *                 each in its own folder
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Runs the whole evaluation; returns the comparison (and the report). `claims`: the set's claims
 * (evalClaims) when the caller has them already, not built a second time if the set is generated.
 */
export async function runEval({ out, regenerate = false, set = 'all', claims } = {}) {
  const folder = out ?? join(root, 'out', set === 'all' ? 'eval-queue' : `eval-${set}`);
  const { dir, expectations, cached } = await generateEvalQueue(folder, { force: regenerate, set, claims });
  const reportFile = join(dir, '..', set === 'all' ? 'eval-report.json' : `eval-${set}-report.json`);
  // Scans are read by OCR once: results are kept by document hash in out/ocr-cache (npm test stays fast).
  const ocrCache = join(dir, '..', 'ocr-cache');
  const args = [join(root, 'bin', 'poe-check.mjs'), dir, '--format', 'json', '--out', reportFile, '--ocr-cache', ocrCache];
  const run = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
    timeout: 600_000,
  });
  if (run.status !== 0) throw new Error(`check failed (exit ${String(run.status)}): ${run.stderr}`);
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  return { result: compareReport(expectations, report), report, cached, expectations };
}

function describe(d) {
  const ocr = d.waitingOnOcr ? ' [waiting on OCR]' : '';
  return `  ${d.claimId} ${d.check}: expected ${d.expected}, engine ${d.actual}${ocr} (classes ${d.classes.join(',') || '-'}) ${d.title}\n      engine: ${d.summary.slice(0, 220)}`;
}

async function main() {
  const { values } = parseArgs({
    options: { gate: { type: 'boolean' }, out: { type: 'string' }, regenerate: { type: 'boolean' }, set: { type: 'string' } },
  });
  const started = Date.now();
  const set = values.set ?? 'all';
  if (!['all', 'tuned', 'heldout', 'probe', 'probe2'].includes(set))
    throw new Error(`--set: all, tuned, heldout, probe or probe2, not ${set}`);
  const { result, cached } = await runEval({ out: values.out ? resolve(values.out) : undefined, regenerate: values.regenerate, set });
  const lines = [];
  lines.push(
    `Evaluation set${set === 'all' ? '' : ` (${set})`}: ${result.claims} claims${cached ? ' (cached documents)' : ''}, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  lines.push('Per-check agreement:');
  for (const id of CHECK_IDS) {
    const c = result.perCheck[id];
    lines.push(`  ${id.padEnd(16)} ${c.agreed}/${c.counted}${c.counted ? ` (${((100 * c.agreed) / c.counted).toFixed(1)}%)` : ''}`);
  }
  lines.push(`False approvals (${result.falseApprovals.length}):`);
  for (const f of result.falseApprovals)
    lines.push(`  ${f.claimId}: engine approve, expected ${f.expected} (classes ${f.classes.join(',') || '-'}) ${f.title}`);
  lines.push(`False passes (${result.falsePasses.length}):`);
  for (const d of result.falsePasses) lines.push(describe(d));
  const other = result.disagreements.filter((d) => d.actual !== 'pass');
  lines.push(`Other disagreements (${other.length}; ${other.filter((d) => d.waitingOnOcr).length} waiting on OCR):`);
  for (const d of other) lines.push(describe(d));
  if (result.missing.length > 0) lines.push(`Claims missing from the report: ${result.missing.join(', ')}`);
  process.stdout.write(`${lines.join('\n')}\n${figureLines(result).join('\n')}\n`);
  if (values.gate && result.falseApprovals.length > 0) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err);
    process.exit(2);
  });
}
