#!/usr/bin/env node
// Benchmark of the check command. Prints one JSON line per metric on stdout:
//   check_1000_pdfs_s        the whole `check` of a queue of 1,000 two-page text PDFs (wall clock)
//   pdftotext_1000_pdfs_s    poppler's pdftotext over the same files, one process per core
//   check_vs_pdftotext_ratio the first over the second (target: at most 2.5)
//   check_corpus_peak_rss_mb the command's peak RSS on the corpus (POE_CORPUS_DIR, else ../shared/corpus), workers included
//                            (worker_threads share the process, so the process's RSS covers them)
//   check_hostile_peak_rss_mb the command's peak RSS on a folder of bombs (scripts/bench/hostile-queue.mjs: flate-bomb PDF,
//                            overlapping-entries .docx and .zip, a PNG declaring 50,000 × 50,000 pixels, a 100,000-page PDF),
//                            summed over the whole process tree by sampling /proc (target: at most 1,024)
// Every run is `check` as a user runs it: OCR on (its default). Text pages are never OCR'd, so the
// 1,000 text PDFs measure that OCR does not slow them; the corpus has scans (pdf-scanned/, images/),
// so its peak RSS includes OCR's engines (issue 7: at most 1 GB).
// The PDFs are generated with pdf-lib into .bench/check-queue (gitignored) once and reused.
// Progress goes to stderr.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { writeHostileQueue } from './bench/hostile-queue.mjs';
import { rawClaim } from './lib/raw-claim.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, '.bench', 'check-queue');
const COUNT = Number(process.env.POE_BENCH_PDFS ?? 1000);
const bin = join(root, 'bin', 'poe-check.mjs');
const log = (...parts) => console.error('[bench-check]', ...parts);
const emit = (metric, value, unit, extra = {}) =>
  console.log(JSON.stringify({ metric, value: Math.round(value * 100) / 100, unit, ...extra }));

const CUSTOMERS = [
  'Contoso',
  'Northwind Traders',
  'Tailspin Toys',
  'Woodgrove Bank',
  'Fourth Coffee GmbH',
  'Lucerne Publishing',
  'Wide World Importers',
  "Margie's Travel",
];
const WORKLOADS = [
  'Microsoft Intune',
  'Exchange Online',
  'Microsoft Defender for Endpoint',
  'Microsoft Entra ID P2',
  'SharePoint Online',
  'Microsoft Teams Rooms',
];

function pageTexts(i) {
  const customer = CUSTOMERS[i % CUSTOMERS.length];
  const workload = WORKLOADS[i % WORKLOADS.length];
  const month = (i % 12) + 1;
  const page1 = [
    `Statement of Work SOW-2026-${String(i).padStart(4, '0')}`,
    `Partner: Fabrikam Inc.   Customer: ${customer}`,
    `Scope: ${workload} deployment for ${200 + (i % 50) * 10} users and ${150 + (i % 30) * 5} devices.`,
    'Phase 1 (weeks 1-4): assessment, design and pilot with 25 users.',
    `Phase 2 (weeks 5-10): configure ${workload} policies, enrol devices, migrate workloads.`,
    'Phase 3 (weeks 11-12): hypercare, knowledge transfer and closing report.',
    ...Array.from({ length: 30 }, (_, k) => `Line ${k + 1}: weekly status review, risks and issues log, change requests, test evidence.`),
  ];
  const page2 = [
    'Acceptance',
    `For and on behalf of ${customer}`,
    'Name: Jane Example   Title: IT Director',
    `E-Signed by: Jane Example   Date Signed: 2026-${String(month).padStart(2, '0')}-15`,
    ...Array.from({ length: 30 }, (_, k) => `Appendix ${k + 1}: configuration baseline item, owner, due date and acceptance criterion.`),
  ];
  return [page1, page2];
}

/** Writes the 1,000-PDF queue into .bench/check-queue once (a marker file says it is complete). */
export async function generate() {
  const marker = join(benchDir, `.generated-${COUNT}`);
  if (existsSync(marker)) return;
  log(`generating ${COUNT} two-page PDFs in ${benchDir}`);
  mkdirSync(join(benchDir, 'docs'), { recursive: true });
  const claims = [];
  for (let i = 0; i < COUNT; i++) {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (const lines of pageTexts(i)) {
      const page = doc.addPage([595, 842]);
      lines.forEach((line, k) => page.drawText(line, { x: 40, y: 800 - k * 18, size: 10, font }));
    }
    const path = `docs/${String(i).padStart(4, '0')}.pdf`;
    writeFileSync(join(benchDir, path), await doc.save());
    claims.push(
      rawClaim(String(2000000 + i), {
        createdAt: '2026-11-01',
        submittedAt: '2026-11-02',
        customer: { name: CUSTOMERS[i % CUSTOMERS.length], country: 'US', sector: 'commercial' },
        workloads: [{ name: WORKLOADS[i % WORKLOADS.length] }],
        documents: [{ path }],
      }),
    );
  }
  writeFileSync(join(benchDir, 'queue.json'), JSON.stringify({ schema: 'poe-queue/1', name: `Bench ${COUNT} PDFs`, claims }));
  writeFileSync(marker, new Date().toISOString());
}

function timed(command, args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${r.status}): ${String(r.stderr).slice(0, 500)}`);
  return seconds;
}

async function pdftotextAll(files, jobs) {
  const start = process.hrtime.bigint();
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      await new Promise((res, rej) => {
        const p = spawn('/usr/bin/pdftotext', ['-q', file, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
        p.on('close', (code) => (code === 0 ? res() : rej(new Error(`pdftotext ${file}: exit ${code}`))));
      });
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Peak RSS of the command on the corpus, from GNU time when present, else by sampling /proc. */
function corpusPeakRssMb() {
  // The same setting as the tests (test/support/corpus.ts): POE_CORPUS_DIR, else ../shared/corpus.
  const corpus = resolve(root, process.env.POE_CORPUS_DIR || join('..', 'shared', 'corpus'));
  const out = join(root, '.bench', 'corpus-report.json');
  if (existsSync('/usr/bin/time')) {
    const r = spawnSync('/usr/bin/time', ['-v', process.execPath, bin, corpus, '--out', out], { cwd: root, encoding: 'utf8' });
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
    if (r.status === 0 && m) return Number(m[1]) / 1024;
  }
  return sampleRss([bin, corpus, '--out', out]);
}

function sampleRss(args) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'ignore' });
  let peakKb = 0;
  const timer = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peakKb = Math.max(peakKb, kb);
    } catch {
      // The process ended between two samples.
    }
  }, 20);
  return new Promise((res) =>
    child.on('close', () => {
      clearInterval(timer);
      res(peakKb / 1024);
    }),
  );
}

/** Resident kB of a process and all its descendants, from /proc (0 for a process that has ended). */
function treeRssKb(pid) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // Gone between the listing and the read.
    }
  }
  let kb = 0;
  for (const stack = [pid]; stack.length > 0;) {
    const p = stack.pop();
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // Ended between two samples.
    }
    stack.push(...(children.get(p) ?? []));
  }
  return kb;
}

/** Peak RSS (MB) of `check` on the bomb folder, the whole process tree summed, sampled every 20 ms. */
async function hostilePeakRssMb() {
  const queue = await writeHostileQueue(join(root, '.bench', 'hostile-queue'));
  const out = join(root, '.bench', 'hostile-report.json');
  const child = spawn(process.execPath, [bin, queue, '--out', out], { cwd: root, stdio: 'ignore' });
  let peakKb = 0;
  const timer = setInterval(() => {
    peakKb = Math.max(peakKb, treeRssKb(child.pid));
  }, 20);
  const code = await new Promise((res) => child.on('close', res));
  clearInterval(timer);
  if (code !== 0) throw new Error(`check on the hostile folder failed (exit ${code})`);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  for (const e of report.errors) log(`  ${e.document}: ${e.message}`);
  return peakKb / 1024;
}

async function main() {
  await generate();
  log('building the command if needed');
  timed(process.execPath, [bin, '--help']);
  const files = Array.from({ length: COUNT }, (_, i) => join(benchDir, 'docs', `${String(i).padStart(4, '0')}.pdf`));
  const jobs = availableParallelism();
  log(`pdftotext over ${COUNT} PDFs, ${jobs} at a time`);
  const pdftotext = await pdftotextAll(files, jobs);
  log(`check over ${COUNT} PDFs`);
  // Built above: the timed runs must not include a rebuild if sources change meanwhile.
  process.env.POE_CHECK_SKIP_BUILD = '1';
  const check = timed(process.execPath, [bin, benchDir, '--out', join(root, '.bench', 'check-report.json')]);
  const report = JSON.parse(readFileSync(join(root, '.bench', 'check-report.json'), 'utf8'));
  if (report.claims.length !== COUNT) throw new Error(`expected ${COUNT} claims in the report, got ${report.claims.length}`);
  emit(`check_${COUNT}_pdfs_s`, check, 's', { ocr: 'on' });
  emit(`pdftotext_${COUNT}_pdfs_s`, pdftotext, 's');
  emit('check_vs_pdftotext_ratio', check / pdftotext, 'x');
  log('peak RSS on the corpus');
  emit('check_corpus_peak_rss_mb', await corpusPeakRssMb(), 'MB', { ocr: 'on', target: '<= 1024' });
  log('peak RSS on the hostile folder');
  emit('check_hostile_peak_rss_mb', await hostilePeakRssMb(), 'MB');
}

// Run only as a script: bench-prescreen.mjs imports generate() to build the same queue.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main().catch((err) => {
    console.error('[bench-check]', err instanceof Error ? err.message : err);
    process.exit(1);
  });
