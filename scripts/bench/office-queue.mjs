import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildXlsx, poeDocx } from '../sample/office.mjs';
import { rawClaim } from '../lib/raw-claim.mjs';

/**
 * The Office part of the benchmark queue: `count` claims whose only POE is a 20-page .docx and
 * `count` whose only POE is a 5,000-row .xlsx, each file different (so no cache serves another
 * claim's reading), written to `out` with queue.json and files.json like the large queue.
 */
export const DOCX_PAGES = 20;
export const XLSX_ROWS = 5_000;

function sheetRows(claim) {
  const rows = [['Task', 'Completed on', 'Share', 'Hours', 'Notes']];
  for (let i = 0; i < XLSX_ROWS; i++) {
    rows.push([
      `Task ${i + 1} of claim ${claim}: Intune device enrolment`,
      new Date(Date.UTC(2026, 7, 1 + (i % 28))),
      (i % 100) / 100,
      8 + (i % 40) / 4,
      i % 7 === 0 ? 'Signed off by the customer' : null,
    ]);
  }
  return rows;
}

export async function writeOfficeQueue(out, count) {
  await rm(out, { recursive: true, force: true });
  await mkdir(join(out, 'docs'), { recursive: true });
  const claims = [];
  const files = ['queue.json'];
  const docxIds = [];
  const xlsxIds = [];
  for (let i = 0; i < count; i++) {
    for (const kind of ['docx', 'xlsx']) {
      const id = `OFF-${kind.toUpperCase()}-${i + 1}`;
      const path = `docs/${id}.${kind}`;
      const bytes =
        kind === 'docx'
          ? poeDocx({ pages: DOCX_PAGES, customer: `Contoso ${i + 1}`, partner: 'Fabrikam' })
          : await buildXlsx([
              { name: 'Tasks', rows: sheetRows(i + 1), formats: { B: 'dd mmm yyyy', C: '0%', D: '#,##0.00' }, boldHeader: true },
            ]);
      await writeFile(join(out, path), bytes);
      files.push(path);
      (kind === 'docx' ? docxIds : xlsxIds).push(id);
      claims.push(
        rawClaim(id, {
          customer: { name: `Contoso ${i + 1}`, country: 'US', sector: 'commercial' },
          documents: [{ path, sha256: createHash('sha256').update(bytes).digest('hex') }],
        }),
      );
    }
  }
  await writeFile(
    join(out, 'queue.json'),
    JSON.stringify({ schema: 'poe-queue/1', name: 'Benchmark Office queue', exportedAt: '2026-11-20T09:00:00Z', claims }),
  );
  await writeFile(join(out, 'files.json'), JSON.stringify(files));
  return { docxIds, xlsxIds };
}
