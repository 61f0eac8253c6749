#!/usr/bin/env node
// Benchmark of triage in the app (issue 9): the engine over every claim of the 1,000-PDF queue
// (bench-check.mjs's), in the web build in Chromium, against `check` on the same queue in the same
// run. Prints JSON lines:
//   check_same_queue_s          `check` over the queue (wall clock)
//   prescreen_1000_claims_s     import + triage of every claim in the app (target: within 2x of check)
//   prescreen_vs_check_ratio
//   main_thread_max_block_ms    the longest main-thread task while triage runs (target: <= 100)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './bench-check.mjs';
import { launchBenchBrowser, openBenchPage } from './bench/measure.mjs';
import { createStaticServer } from './serve-web.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const queueDir = join(root, '.bench', 'check-queue');
const log = (...parts) => console.error('[bench-prescreen]', ...parts);
const emit = (metric, value, unit, extra = {}) =>
  console.log(JSON.stringify({ metric, value: value === null ? null : Math.round(value * 100) / 100, unit, ...extra }));

function timedCheck() {
  const start = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    [join(root, 'bin', 'poe-check.mjs'), queueDir, '--out', join(root, '.bench', 'prescreen-check.json')],
    { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  if (r.status !== 0) throw new Error(`check failed (exit ${r.status}): ${String(r.stderr).slice(0, 500)}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

async function prescreen(baseUrl) {
  const browser = await launchBenchBrowser();
  try {
    const page = await openBenchPage(browser, baseUrl, log);
    return await page.evaluate(async (url) => {
      const from = performance.now();
      const imported = await window.__poeBench.importQueueFromUrl(url);
      const triage = await window.__poeBench.waitForTriage();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
      const tasks = window.__poeLongTasks;
      const during = tasks === null ? null : tasks.filter((t) => t.start + t.duration >= from);
      return {
        seconds: (performance.now() - from) / 1000,
        importMs: imported.ms,
        claims: imported.claims,
        triageMs: triage.ms,
        failed: triage.failed,
        maxBlockMs: during === null ? null : during.reduce((m, t) => Math.max(m, t.duration), 0),
        // The longest tasks, with when they started (ms from the import's start): what to look at.
        longest:
          during === null
            ? []
            : [...during]
                .sort((a, b) => b.duration - a.duration)
                .slice(0, 8)
                .map((t) => ({ atMs: Math.round(t.start - from), ms: Math.round(t.duration) })),
      };
    }, `${baseUrl}bench/check-queue/queue.json`);
  } finally {
    await browser.close();
  }
}

export async function benchPrescreen() {
  await generate();
  writeFileSync(
    join(queueDir, 'files.json'),
    JSON.stringify(['queue.json', ...readdirSync(join(queueDir, 'docs')).map((f) => `docs/${f}`)]),
  );
  if (!existsSync(join(root, 'out', 'web', 'index.html'))) throw new Error('no web build: run npm run build:web');
  log('check over the queue');
  const check = timedCheck();
  const server = createStaticServer(join(root, 'out', 'web'), [{ prefix: '/bench', dir: join(root, '.bench') }]);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  try {
    log('import and triage in the web build');
    const result = await prescreen(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`);
    log(
      'longest main-thread tasks (atMs from the import start; import took',
      Math.round(result.importMs),
      'ms):',
      JSON.stringify(result.longest),
    );
    emit('check_same_queue_s', check, 's');
    emit('prescreen_1000_claims_s', result.seconds, 's', {
      claims: result.claims,
      importMs: Math.round(result.importMs),
      triageMs: Math.round(result.triageMs),
      failed: result.failed,
    });
    emit('prescreen_vs_check_ratio', result.seconds / check, 'x', { target: 2 });
    emit('main_thread_max_block_ms', result.maxBlockMs, 'ms', { during: 'prescreen', target: 100 });
  } finally {
    server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchPrescreen().catch((error) => {
    console.error('[bench-prescreen]', error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
