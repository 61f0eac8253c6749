#!/usr/bin/env node
// Benchmark of claims.csv manifests (../shared/RELIABILITY.md item 10: bounded time and memory),
// through the code both the app and `check` read them with (src/shared/queue: decodeManifestBytes,
// then parseQueue: papaparse, column mapping, validation), loaded from the sources by Vite's SSR
// loader. One JSON line per metric on stdout:
//   parse_claims_csv_20k_rows_ms    decode and parse a 20,000-row claims.csv of ~4.6 MB, with quoted
//                                   line breaks and one bad row, every claim kept (target: at most 5,000;
//                                   cpu_ms is the CPU time, for reading the wall time on a loaded machine)
//   parse_claims_csv_20k_rows_heap_mb  heap the parsed queue holds after a full GC (target: at most 256)
// Median of 5 runs. Progress goes to stderr.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createServer } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const log = (...parts) => console.error('[bench-csv]', ...parts);
const emit = (metric, value, unit, extra = {}) =>
  console.log(JSON.stringify({ metric, value: Math.round(value * 10) / 10, unit, ...extra }));

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

const ROWS = 20_000;
const HEADER =
  'Claim ID,Program,Solution area,Partner role,Status,Date created,Date submitted,Partner name,PartnerID,Customer name,Customer country,Workloads,Documents,Region,Notes';

function csvBytes() {
  const lines = [HEADER];
  for (let i = 0; i < ROWS; i++) {
    const id = String(1_000_000 + i);
    const note = i % 10 === 0 ? '"Signed SOW attached;\nsee page 2, ""Acceptance"""' : 'Reviewed by the partner team';
    const created = i === ROWS - 1 ? 'soon' : '2026-10-01';
    lines.push(
      `${id},CPOR,Modern Work and Security,Use or consume,Submitted,${created},2026-10-03,Fabrikam ${i % 300},${5_000_000 + (i % 300)},Contoso ${i},US,"Microsoft Intune; Microsoft Teams",${id}/sow.pdf|${id}/mail.eml,EMEA,${note}`,
    );
  }
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const server = await createServer({
  configFile: resolve(root, 'vite.cli.config.mjs'),
  root,
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, watch: null },
  appType: 'custom',
  optimizeDeps: { noDiscovery: true, include: [] },
});
let failed = false;
try {
  const { decodeManifestBytes } = await server.ssrLoadModule('/src/shared/queue/decode-manifest.ts');
  const { parseQueue } = await server.ssrLoadModule('/src/shared/queue/parse-queue.ts');
  const bytes = csvBytes();
  const files = [];
  for (let i = 0; i < ROWS; i++) files.push(`${1_000_000 + i}/sow.pdf`, `${1_000_000 + i}/mail.eml`);
  log(`claims.csv: ${ROWS} rows, ${(bytes.length / 1e6).toFixed(1)} MB`);
  const read = () => parseQueue({ manifestName: 'claims.csv', manifestText: decodeManifestBytes(bytes), label: 'bench.csv', files });

  const wall = [];
  const cpu = [];
  let parsed = null;
  for (let run = 0; run < 5; run++) {
    parsed = null;
    gc();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    parsed = read();
    wall.push(performance.now() - t0);
    const used = process.cpuUsage(c0);
    cpu.push((used.user + used.system) / 1000);
  }
  const bad = parsed.claims.filter((c) => c.claim === null);
  if (parsed.claims.length !== ROWS || bad.length !== 1 || bad[0].issues[0]?.row !== ROWS + 1)
    throw new Error(`parsed ${parsed.claims.length} claims, ${bad.length} refused: expected ${ROWS} and the last row named`);
  const ms = median(wall);
  emit('parse_claims_csv_20k_rows_ms', ms, 'ms', {
    rows: ROWS,
    mb: Math.round(bytes.length / 1e5) / 10,
    target: 5000,
    cpu_ms: Math.round(median(cpu)),
  });
  failed ||= ms > 5000;

  parsed = null;
  gc();
  const before = process.memoryUsage().heapUsed;
  const held = read();
  gc();
  const heapMb = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
  emit('parse_claims_csv_20k_rows_heap_mb', heapMb, 'MB', { rows: held.claims.length, target: 256 });
  failed ||= heapMb > 256;
} finally {
  await server.close();
}
process.exit(failed ? 1 : 0);
