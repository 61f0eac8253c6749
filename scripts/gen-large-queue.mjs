#!/usr/bin/env node
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { prng } from './sample/prng.mjs';

/**
 * Writes a large synthetic queue for the benchmark: `.bench/large-queue/` (gitignored) with
 * queue.json (claims of about 1 KB each), files.json (what the web bridge reads, since a static
 * server cannot list folders) and the documents the claims point at. Every 50th claim carries
 * the sample's 10-page report (for "open claim to first page"); the rest a 1-page letter.
 *   --claims <n>   default 10000
 *   --out <dir>    default .bench/large-queue
 */

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPORT_PATH = 'docs/closure-report-10-pages.pdf';
const LETTER_PATH = 'docs/poe-letter.pdf';
export const REPORT_EVERY = 50;

const PARTNERS = [
  'Fabrikam',
  'A. Datum Corporation',
  'Trey Research',
  'Relecloud',
  'Proseware GmbH',
  'Litware, Inc.',
  'Coho Consulting',
  'Wingtip Toys Consulting',
];
const CUSTOMERS = [
  'Contoso',
  'Woodgrove Bank',
  'Northwind Traders',
  'Tailspin Toys',
  'Fourth Coffee',
  'Wide World Importers',
  'Humongous Insurance',
  'Lamna Healthcare',
  'Alpine Ski House',
  'Bellows College',
  "Margie's Travel",
  'Tailwind Traders',
];
const WORKLOADS = [
  'Microsoft Intune',
  'Microsoft Defender for Endpoint',
  'Microsoft Entra ID P2',
  'Microsoft Teams Phone',
  'Microsoft Purview Information Protection',
  'Dynamics 365 Sales',
  'Dynamics 365 Customer Service',
  'SharePoint Online',
];
const AREAS = ['Modern Work and Security', 'Security', 'Business Applications'];
const STATUSES = ['Submitted', 'Submitted', 'Under review', 'Partner action required'];
const COUNTRIES = ['US', 'DE', 'GB', 'FR', 'AU', 'CA', 'SE', 'JP'];

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const hex = (rand, n) => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');
const guid = (rand) => `${hex(rand, 8)}-${hex(rand, 4)}-4${hex(rand, 3)}-a${hex(rand, 3)}-${hex(rand, 12)}`;
const day = (offset) => new Date(Date.UTC(2026, 8, 1) + offset * 86_400_000).toISOString().slice(0, 10);

/** Claim ids of the claims that carry the 10-page report. */
export function reportClaimIds(count) {
  const ids = [];
  for (let i = 0; i < count; i += REPORT_EVERY) ids.push(String(2_000_000 + i));
  return ids;
}

function claim(i, rand, shas) {
  const partner = pick(rand, PARTNERS);
  const customer = pick(rand, CUSTOMERS);
  const slug = customer.toLowerCase().replace(/[^a-z]/g, '');
  const created = Math.floor(rand() * 60);
  const workloads = [pick(rand, WORKLOADS), pick(rand, WORKLOADS)].filter((w, k, all) => all.indexOf(w) === k);
  const path = i % REPORT_EVERY === 0 ? REPORT_PATH : LETTER_PATH;
  return {
    claimId: String(2_000_000 + i),
    program: 'cpor',
    solutionArea: pick(rand, AREAS),
    partnerRole: 'Use or consume',
    activity: 'usage',
    claimName: `${customer} ${workloads[0]} rollout ${i}`,
    status: pick(rand, STATUSES),
    createdAt: day(created),
    submittedAt: day(created + 2),
    partner: {
      name: partner,
      partnerId: String(5_000_000 + Math.floor(rand() * 900_000)),
      contactEmail: `claims@${partner.toLowerCase().replace(/[^a-z]/g, '')}.com`,
    },
    customer: {
      name: customer,
      domain: `${slug}.com`,
      tenantId: guid(rand),
      country: pick(rand, COUNTRIES),
      sector: 'commercial',
      contactName: 'Alex Reviewer',
      contactEmail: `it@${slug}.com`,
    },
    workloads: workloads.map((name) => ({ name, subscriptionId: guid(rand), association: rand() < 0.05 ? 'another-partner' : 'none' })),
    documents: [{ path, sha256: shas[path], uploadedAt: day(created + 1) }],
    comments:
      rand() < 0.3 ? [{ author: 'Microsoft', at: `${day(created + 3)}T10:00:00Z`, text: 'Claim received and queued for review.' }] : [],
  };
}

async function main() {
  const { values } = parseArgs({
    options: { claims: { type: 'string', default: '10000' }, out: { type: 'string', default: join(projectRoot, '.bench', 'large-queue') } },
  });
  const count = Number(values.claims);
  const out = resolve(values.out);
  const sample = join(projectRoot, 'resources', 'sample-queue');
  if (!existsSync(join(sample, 'queue.json'))) {
    const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'generate-sample-queue.mjs')], { stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
  await rm(out, { recursive: true, force: true });
  await mkdir(join(out, 'docs'), { recursive: true });
  await copyFile(join(sample, '1005120', 'Northwind-D365-closure-report.pdf'), join(out, REPORT_PATH));
  await copyFile(join(sample, '1005233', 'POE-letter.pdf'), join(out, LETTER_PATH));
  const shas = {};
  for (const p of [REPORT_PATH, LETTER_PATH])
    shas[p] = createHash('sha256')
      .update(await readFile(join(out, p)))
      .digest('hex');
  const rand = prng(10_000);
  const claims = Array.from({ length: count }, (_, i) => claim(i, rand, shas));
  const queue = { schema: 'poe-queue/1', name: `Benchmark queue (${count} claims)`, exportedAt: '2026-11-20T09:00:00Z', claims };
  const text = JSON.stringify(queue);
  await writeFile(join(out, 'queue.json'), text);
  await writeFile(join(out, 'files.json'), JSON.stringify(['queue.json', LETTER_PATH, REPORT_PATH]));
  console.error(`gen-large-queue: ${count} claims, ${(text.length / count).toFixed(0)} bytes per claim, in ${out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
