#!/usr/bin/env node
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { GlobalFonts, createCanvas } from '@napi-rs/canvas';
import { prng } from './sample/prng.mjs';

/**
 * OCR figures (part of `npm run bench`), one JSON line each:
 * - ocr_pages_per_s: `check` reading N scanned pages (PNG, 300 dpi A4, skewed up to ±1.5°, dust
 *   and grey paper) by OCR, cold (no cache), on all cores;
 * - native_ocr_pages_per_s: Debian's `tesseract` CLI on the same pages, as many at once as
 *   `check` has reader threads; and their ratio (native / ours: how many times slower we are);
 * - ocr_word_error_rate: word error rate of what `check` read against the text the pages were
 *   generated from (the words OCR kept for the checks, from its cache files).
 * Both are single-threaded per page (Debian's tesseract is told OMP_THREAD_LIMIT=1, as tesseract.js
 * has one thread), and both figures also give the CPU seconds they took (`cpu_s`, from the
 * children's times in /proc), with their ratio `ocr_native_cpu_ratio`: on a loaded machine the
 * wall clock follows the other load more than the work done.
 *   --pages <n>   scanned pages (default 50)
 *   --skew <deg>  pages are skewed by up to ± this many degrees (default 1.43)
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const log = (...parts) => console.error('[bench-ocr]', ...parts);
const emit = (metric, value, unit, extra = {}) =>
  console.log(JSON.stringify({ metric, value: value === null ? null : Math.round(value * 1000) / 1000, unit, ...extra }));

const WORDS = (
  'the customer confirms that partner delivered deployment configuration of security policies for users and devices ' +
  'during three phases assessment design pilot production rollout handover training workshop migration mailboxes ' +
  'compliance conditional access identity protection endpoint management intune defender sentinel purview teams ' +
  'exchange sharepoint onedrive licences tenant administrators acceptance signed date project scope completed ' +
  'september october november december january february march april june july august weeks sites offices'
).split(' ');

let fonts = false;
function registerFonts() {
  if (fonts) return;
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  GlobalFonts.registerFromPath(join(dir, 'DejaVuSerif.ttf'), 'BenchSerif');
  fonts = true;
}

/** One scanned page of known text: 300 dpi A4, 11 pt serif, skewed up to ±`skew` degrees, dust. */
function scannedPage(seed, skew) {
  registerFonts();
  const rand = prng(seed);
  const w = 2480;
  const h = 3508;
  const lines = [];
  for (let i = 0; i < 28; i++) {
    const n = 7 + Math.floor(rand() * 5);
    const words = [];
    for (let k = 0; k < n; k++) {
      const r = rand();
      words.push(r < 0.12 ? String(Math.floor(rand() * 2000)) : (WORDS[Math.floor(rand() * WORDS.length)] ?? 'work'));
    }
    if (i % 7 === 0) words[0] = `${(words[0] ?? 'x').charAt(0).toUpperCase()}${(words[0] ?? 'x').slice(1)}`;
    lines.push(words.join(' '));
  }
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#f3f2ec';
  ctx.fillRect(0, 0, w, h);
  ctx.save();
  ctx.translate(w / 2, h / 2);
  ctx.rotate((rand() - 0.5) * 2 * ((skew * Math.PI) / 180));
  ctx.translate(-w / 2, -h / 2);
  ctx.fillStyle = '#1e1e1e';
  ctx.font = '46px BenchSerif';
  lines.forEach((line, i) => ctx.fillText(line, 240, 320 + i * 100));
  ctx.restore();
  for (let i = 0; i < 3000; i++) {
    const g = Math.floor(rand() * 140);
    ctx.fillStyle = `rgb(${g},${g},${g})`;
    ctx.fillRect(rand() * w, rand() * h, 1 + rand() * 3, 1 + rand() * 3);
  }
  return { png: canvas.toBuffer('image/png'), text: lines.join('\n') };
}

function words(text) {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((t) => t.length > 0);
}

/** Word-level Levenshtein distance / reference words. */
function wordErrorRate(reference, hypothesis) {
  const r = words(reference);
  const h = words(hypothesis);
  let prev = Array.from({ length: h.length + 1 }, (_, j) => j);
  for (let i = 1; i <= r.length; i++) {
    const cur = [i];
    for (let j = 1; j <= h.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (r[i - 1] === h[j - 1] ? 0 : 1));
    prev = cur;
  }
  return { errors: prev[h.length], words: r.length };
}

function claim(i) {
  const id = `OCRB${String(i).padStart(3, '0')}`;
  return {
    claimId: id,
    program: 'cpor',
    partnerRole: 'Use or consume',
    activity: 'usage',
    solutionArea: 'Modern Work and Security',
    claimName: 'scan',
    status: 'Submitted',
    createdAt: '2026-10-16',
    submittedAt: '2026-10-20',
    partner: { name: 'Fabrikam', partnerId: '5272302', contactName: 'Priya Kaur', contactEmail: 'pkaur@fabrikam.com' },
    customer: {
      name: 'Contoso',
      domain: 'contoso.com',
      country: 'US',
      sector: 'commercial',
      contactName: 'John Doe',
      contactEmail: 'jd@contoso.com',
    },
    workloads: [{ name: 'Microsoft Intune', subscriptionId: null, association: 'none' }],
    documents: [{ path: `${id}/scan.png`, uploadedAt: '2026-10-15' }],
  };
}

/** CPU seconds (user + system) of this process's waited-for children so far; null where /proc is missing. */
function childrenCpuS() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of proc(5) (cutime, cstime), in clock ticks of 1/100 s.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

function runParallel(jobs, limit) {
  return new Promise((resolveAll, reject) => {
    let next = 0;
    let running = 0;
    let done = 0;
    const start = () => {
      while (running < limit && next < jobs.length) {
        const [cmd, args] = jobs[next++];
        running++;
        const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'ignore'], env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
        child.on('error', reject);
        child.on('exit', (code) => {
          running--;
          done++;
          if (code !== 0) reject(new Error(`${cmd} exited ${code}`));
          else if (done === jobs.length) resolveAll();
          else start();
        });
      }
    };
    start();
  });
}

async function main() {
  const { values } = parseArgs({ options: { pages: { type: 'string', default: '50' }, skew: { type: 'string' } } });
  const n = Math.max(1, Number(values.pages));
  // ±0.025 radians (1.43°) unless told.
  const skew = values.skew === undefined ? (0.025 * 180) / Math.PI : Math.abs(Number(values.skew));
  const dir = join(root, '.bench', 'ocr-queue');
  const cache = join(root, '.bench', 'ocr-cache');
  rmSync(dir, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`generating ${n} scanned pages (300 dpi)`);
  const truth = new Map();
  const claims = [];
  for (let i = 0; i < n; i++) {
    const c = claim(i);
    const page = scannedPage(9000 + i, skew);
    mkdirSync(join(dir, c.claimId), { recursive: true });
    writeFileSync(join(dir, c.documents[0].path), page.png);
    truth.set(createHash('sha256').update(page.png).digest('hex'), page.text);
    claims.push(c);
  }
  writeFileSync(
    join(dir, 'queue.json'),
    JSON.stringify({ schema: 'poe-queue/1', name: 'OCR bench', exportedAt: '2026-10-21T00:00:00Z', claims }),
  );
  const jobs = Math.max(1, Math.min(cpus().length, n));
  // Build the command first so its build is not timed.
  spawnSync(process.execPath, [join(root, 'bin', 'poe-check.mjs'), '--help'], { cwd: root, stdio: 'ignore' });

  log(`check (OCR, cold, ${jobs} reader threads)`);
  let t = performance.now();
  let cpu = childrenCpuS();
  const run = spawnSync(process.execPath, [join(root, 'bin', 'poe-check.mjs'), dir, '--ocr-cache', cache, '--jobs', String(jobs)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const oursS = (performance.now() - t) / 1000;
  const oursCpu = cpu === null ? null : childrenCpuS() - cpu;
  if (run.status !== 0) throw new Error(`check failed: ${run.stderr}`);
  const ours = n / oursS;
  emit('ocr_pages_per_s', ours, 'pages/s', {
    pages: n,
    seconds: Math.round(oursS * 10) / 10,
    cpu_s: oursCpu,
    jobs,
    engine: 'tesseract.js (check)',
  });

  const native = spawnSync('tesseract', ['--version'], { encoding: 'utf8' });
  if (native.status !== 0 || native.error) {
    log('Debian tesseract CLI missing: apt-get install -y tesseract-ocr tesseract-ocr-eng');
    emit('native_ocr_pages_per_s', null, 'pages/s', {
      missing: 'tesseract CLI not installed (apt-get install -y tesseract-ocr tesseract-ocr-eng)',
    });
    emit('ocr_native_ratio', null, 'x', { missing: 'tesseract CLI not installed' });
  } else {
    const version = (native.stdout || native.stderr).split('\n')[0];
    log(`native ${version} on the same pages, ${jobs} at once`);
    const out = join(root, '.bench', 'ocr-native');
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    t = performance.now();
    cpu = childrenCpuS();
    await runParallel(
      claims.map((c) => ['tesseract', [join(dir, c.documents[0].path), join(out, c.claimId), '-l', 'eng', '--dpi', '300']]),
      jobs,
    );
    const nativeS = (performance.now() - t) / 1000;
    const nativeCpu = cpu === null ? null : childrenCpuS() - cpu;
    emit('native_ocr_pages_per_s', n / nativeS, 'pages/s', {
      pages: n,
      seconds: Math.round(nativeS * 10) / 10,
      cpu_s: nativeCpu,
      jobs,
      engine: version,
    });
    emit('ocr_native_ratio', n / nativeS / ours, 'x', { target: '<= 1.5', meaning: 'native pages/s over ours' });
    emit('ocr_native_cpu_ratio', oursCpu === null || nativeCpu === null ? null : oursCpu / nativeCpu, 'x', {
      meaning: 'our CPU seconds over native CPU seconds for the same pages',
    });
  }

  // What the checks read of each page: words at or above the floor, plain words below it (shared/documents/ocr.ts).
  let errors = 0;
  let total = 0;
  for (const f of readdirSync(cache).filter((x) => x.endsWith('.json'))) {
    const text = truth.get(f.split('.')[0]);
    if (text === undefined) continue;
    const entry = JSON.parse(readFileSync(join(cache, f), 'utf8'));
    const items = Object.values(entry.parts).flatMap((p) => p.items ?? []);
    const read = items.filter((i) => (i.confidence ?? 1) >= 0.6 || /^[\p{Lu}]?[\p{Ll}]{2,}[:.,;]?$/u.test(i.text));
    const wer = wordErrorRate(text, read.map((i) => i.text).join(' '));
    errors += wer.errors;
    total += wer.words;
  }
  emit('ocr_word_error_rate', total > 0 ? errors / total : null, 'fraction', { words: total, pages: n, target: '<= 0.05' });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
