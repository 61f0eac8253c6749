#!/usr/bin/env node
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  launchBenchBrowser,
  measureHeapMb,
  measureImport,
  measureNextClaim,
  measureOpenToDocument,
  measureOpenToFirstPage,
  median,
  openBenchPage,
} from './bench/measure.mjs';
import { HUGE_PDF_PAGES, measureHugePdf, writeHugePdfQueue } from './bench/huge-pdf.mjs';
import { DOCX_PAGES, XLSX_ROWS, writeOfficeQueue } from './bench/office-queue.mjs';
import { reportClaimIds } from './gen-large-queue.mjs';
import { createStaticServer } from './serve-web.mjs';

/**
 * `npm run bench`: the app's figures in Debian's Chromium against the web build, one JSON line
 * per figure on stdout ({"metric", "value", "unit", ...}, as bench-check.mjs prints); then `scripts/bench-check.mjs` (the
 * engine's benchmark) and `scripts/bench-decisions.mjs` (decision logs) and `scripts/bench-csv.mjs` (claims.csv) when present, their lines passed through. Progress goes to stderr.
 *   --build          rebuild the web build even if out/web exists
 *   --claims <n>     size of the generated queue (default 10000)
 *   --opens <n>      claim opens to time (default 12, at least 10)
 *   --only office    only the Office figures (open_docx/xlsx_first_paint_ms): no large queue, no engine benchmarks
 */

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const log = (...parts) => console.error('[bench]', ...parts);
const emit = (name, value, unit, extra = {}) =>
  console.log(JSON.stringify({ metric: name, value: value === null ? null : Math.round(value * 10) / 10, unit, ...extra }));

function run(command, args) {
  const result = spawnSync(command, args, { cwd: projectRoot, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${String(result.status)})`);
}

async function measureApp(baseUrl, options) {
  const browser = await launchBenchBrowser();
  try {
    const page = await openBenchPage(browser, baseUrl, log);
    if (options.only === 'office') {
      await measureOffice(page, baseUrl, options);
      return;
    }

    log(`importing ${options.claims} claims`);
    const imported = await measureImport(page, `${baseUrl}bench/large-queue/queue.json`);
    if (imported.claims !== options.claims) throw new Error(`imported ${imported.claims} claims, expected ${options.claims}`);
    emit(`import_10k_claims_ms`, imported.ms, 'ms', { claims: imported.claims, wallMs: Math.round(imported.wallMs) });
    emit('main_thread_max_block_ms', imported.maxBlockMs, 'ms', { during: 'import' });
    emit('renderer_heap_10k_mb', await measureHeapMb(page), 'MB', { after: 'import and GC' });

    const ids = reportClaimIds(options.claims).slice(0, options.opens + 1);
    const opens = [];
    // The first open warms the pdf.js worker; it is reported apart, not in the median.
    const cold = await measureOpenToFirstPage(page, ids[0]);
    for (const id of ids.slice(1)) opens.push(await measureOpenToFirstPage(page, id));
    emit('open_claim_first_page_ms', median(opens), 'ms', {
      runs: opens.length,
      coldMs: Math.round(cold),
      maxMs: Math.round(Math.max(...opens)),
      pages: 10,
    });

    const nexts = [];
    for (let i = 0; i < 20; i++) nexts.push(await measureNextClaim(page));
    emit('next_claim_ms', median(nexts), 'ms', { runs: nexts.length, maxMs: Math.round(Math.max(...nexts)) });

    await measureOffice(page, baseUrl, options);

    log(`opening a ${HUGE_PDF_PAGES}-page PDF`);
    await measureImport(page, `${baseUrl}bench/huge-pdf-queue/queue.json`);
    await page.evaluate(() => window.__poeBench.waitForTriage());
    const huge = await measureHugePdf(page, options.hugePdfClaim);
    emit('open_100k_page_pdf_max_block_ms', huge.maxBlockMs, 'ms', {
      during: 'open, page 1 painted, scrolling',
      firstPageMs: Math.round(huge.firstPageMs),
      maxCanvases: huge.maxCanvases,
    });
  } finally {
    await browser.close();
  }
}

/** Office documents: open a claim whose only POE is a 20-page .docx / a 5,000-row .xlsx, until it is on screen. */
async function measureOffice(page, baseUrl, options) {
  log(`importing the Office queue (${options.officeIds.docxIds.length} .docx and ${options.officeIds.xlsxIds.length} .xlsx claims)`);
  await measureImport(page, `${baseUrl}bench/office-queue/queue.json`);
  for (const [kind, ids, extra] of [
    ['docx', options.officeIds.docxIds, { pages: DOCX_PAGES }],
    ['xlsx', options.officeIds.xlsxIds, { rows: XLSX_ROWS }],
  ]) {
    // The first open warms the viewer's reader worker and its libraries; reported apart.
    const cold = await measureOpenToDocument(page, ids[0], kind);
    const runs = [];
    for (const id of ids.slice(1)) runs.push(await measureOpenToDocument(page, id, kind));
    emit(`open_${kind}_first_paint_ms`, median(runs), 'ms', {
      runs: runs.length,
      coldMs: Math.round(cold),
      maxMs: Math.round(Math.max(...runs)),
      ...extra,
    });
  }
}

/** Runs a benchmark script (the engine's, the decision logs') as a child and passes its JSON lines through. */
async function runBenchScript(name) {
  const script = join(projectRoot, 'scripts', name);
  if (!existsSync(script)) {
    log(`scripts/${name} not present: its figures skipped`);
    return 0;
  }
  const child = spawn(process.execPath, [script], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  for await (const line of createInterface({ input: child.stdout })) if (line.trim()) console.log(line);
  return new Promise((resolveExit) => child.on('close', (code) => resolveExit(code ?? 1)));
}

async function main() {
  const { values } = parseArgs({
    options: {
      build: { type: 'boolean', default: false },
      claims: { type: 'string', default: '10000' },
      opens: { type: 'string', default: '12' },
      only: { type: 'string' },
    },
  });
  if (values.only !== undefined && values.only !== 'office') throw new Error(`--only takes "office", not "${values.only}"`);
  const options = { claims: Number(values.claims), opens: Math.max(10, Number(values.opens)), only: values.only };
  if (values.build || !existsSync(join(projectRoot, 'out', 'web', 'index.html'))) run('npm', ['run', 'build:web']);
  if (!options.only) run(process.execPath, [join(projectRoot, 'scripts', 'gen-large-queue.mjs'), '--claims', String(options.claims)]);
  options.officeIds = await writeOfficeQueue(join(projectRoot, '.bench', 'office-queue'), 8);
  options.hugePdfClaim = await writeHugePdfQueue(join(projectRoot, '.bench', 'huge-pdf-queue'));
  const server = createStaticServer(join(projectRoot, 'out', 'web'), [{ prefix: '/bench', dir: join(projectRoot, '.bench') }]);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  let failed = false;
  try {
    await measureApp(baseUrl, options);
  } catch (error) {
    failed = true;
    log('app benchmark failed:', error instanceof Error ? error.message : error);
  } finally {
    server.close();
  }
  if (options.only) process.exit(failed ? 1 : 0);
  const checkExit = await runBenchScript('bench-check.mjs');
  const decisionsExit = await runBenchScript('bench-decisions.mjs');
  const csvExit = await runBenchScript('bench-csv.mjs');
  const prescreenExit = await runBenchScript('bench-prescreen.mjs');
  const ocrExit = await runBenchScript('bench-ocr.mjs');
  process.exit(failed || checkExit !== 0 || decisionsExit !== 0 || csvExit !== 0 || prescreenExit !== 0 || ocrExit !== 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
