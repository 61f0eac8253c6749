import { describe, expect, it } from 'vitest';
import { pdf } from '@test/check-fixtures';
import { checkOf } from '@test/check-run';
import { checkFiles, checkIn, docxBytes, drawTable, flow, pdfBytes, xlsxBytes } from '@test/real-files';

const claimOf = (...names: string[]) => ({
  workloads: names.map((name) => ({ name, subscriptionId: null, association: 'none' as const })),
});
const COLS = [56, 330, 430];

async function pdfTable(rows: string[][][], o: { rowGap?: number } = {}) {
  const { drawn } = drawTable(rows, COLS, { top: 680, ...o });
  return pdfBytes([[...flow(['Scope of work for Contoso'], { top: 740 }), ...drawn]]);
}

describe('class 1: product names wrapping inside a table cell', () => {
  it.each([
    ['padded rows', 8],
    ['rows without padding', 0],
  ])('finds "Microsoft Defender for" / "Endpoint" in a PDF table (%s)', async (_, rowGap) => {
    const bytes = await pdfTable(
      [
        [['Product'], ['Status'], ['Devices']],
        [['Microsoft Defender for', 'Endpoint'], ['Yes'], ['800']],
        [['Microsoft Purview', 'Information Protection'], ['Yes'], ['1200']],
      ],
      { rowGap },
    );
    const r = checkIn(
      await checkFiles(
        [{ path: 'a/poe.pdf', bytes }],
        claimOf('Microsoft Defender for Endpoint', 'Microsoft Purview Information Protection'),
      ),
      'workloads',
    );
    expect(r.status, r.summary).toBe('pass');
  });

  it('finds a name wrapped in running text, and one glued to Japanese text', () => {
    const letter = pdf('a/letter.pdf', [
      'We worked with Contoso on Microsoft Intune and Microsoft Defender for\nEndpoint rollout to 400 devices.',
    ]);
    expect(checkOf('workloads', [letter], claimOf('Microsoft Defender for Endpoint')).status).toBe('pass');
    const ja = pdf('a/ja.pdf', ['Microsoft Defender for Endpointを400名の端末に展開しました。Exchange Online・Microsoft Teamsの移行']);
    expect(checkOf('workloads', [ja], claimOf('Microsoft Defender for Endpoint', 'Exchange Online')).status).toBe('pass');
  });
});

describe('class 2: a product is in scope only if its own row says so', () => {
  const rows = (state: string) => [
    [['Workload'], ['In scope'], ['Notes']],
    [['Microsoft Intune'], ['Yes'], ['900 devices']],
    [['Microsoft Teams'], [state], ['']],
  ];

  it.each([['☐'], ['No'], ['N'], [''], ['Not in scope'], ['[ ]']])(
    'PDF table: a row marked "%s" does not link its product',
    async (state) => {
      const state2 = state === '' ? [] : [state];
      const bytes = await pdfTable([
        [['Workload'], ['In scope'], ['Notes']],
        [['Microsoft Intune'], ['☒'], ['900 devices']],
        [['Microsoft Teams'], state2, ['']],
        [['Exchange Online'], ['☒'], ['']],
      ]);
      const r = checkIn(await checkFiles([{ path: 'a/poe.pdf', bytes }], claimOf('Microsoft Intune', 'Microsoft Teams')), 'workloads');
      expect(r.status, r.summary).toBe('fail');
      expect(r.summary).toContain('named only on unticked rows: Microsoft Teams');
    },
  );

  it.each([['☒'], ['✔'], ['Yes'], ['Y'], ['Delivered'], ['[x]']])('PDF table: a row marked "%s" links its product', async (state) => {
    const bytes = await pdfTable(rows(state));
    const r = checkIn(await checkFiles([{ path: 'a/poe.pdf', bytes }], claimOf('Microsoft Intune', 'Microsoft Teams')), 'workloads');
    expect(r.status, r.summary).toBe('pass');
  });

  it('a check box drawn on the wrapped line of the row counts for that row only', async () => {
    const { drawn } = drawTable(
      [
        [['Product'], ['Selected']],
        [
          ['Microsoft Defender for', 'Endpoint'],
          ['', '☒'],
        ],
        [
          ['Microsoft Purview', 'Insider Risk Management'],
          ['', '☐'],
        ],
      ],
      [56, 330],
      { top: 680 },
    );
    const bytes = await pdfBytes([drawn]);
    const report = await checkFiles(
      [{ path: 'a/poe.pdf', bytes }],
      claimOf('Microsoft Defender for Endpoint', 'Microsoft Purview Insider Risk Management'),
    );
    const r = checkIn(report, 'workloads');
    expect(r.summary).toContain('named only on unticked rows: Microsoft Purview Insider Risk Management');
  });

  it("the guide's two-column template: only the boxed product row counts", () => {
    // As the MCI guide's template reads (seeds): the product column carries the box, activities in the second column.
    const template = [
      'Section 1 (Required): Select product(s)/workload(s) and\tactivity type',
      'Microsoft Entra ID P2 (formerly AADP P2)\tDeployment Implementation Adoption/Change Mgmt.',
      'Microsoft Defender for Endpoint (MDE)\tDeployment Implementation Adoption/Change Mgmt.',
      '⊠Microsoft Intune\t',
      '□Microsoft Defender for Identity\tDeployment Implementation Adoption/Change Mgmt.',
    ].join('\n');
    const r = checkOf('workloads', [pdf('a/poe.pdf', [template])], claimOf('Microsoft Intune', 'Microsoft Defender for Endpoint'));
    expect(r.status).toBe('fail');
    expect(r.summary).toContain('named only on unticked rows: Microsoft Defender for Endpoint');
    expect(checkOf('workloads', [pdf('a/poe.pdf', [template])], claimOf('Microsoft Intune')).status).toBe('pass');
  });

  it('a .docx table row with an empty "Delivered" cell does not link its product', async () => {
    const bytes = docxBytes([
      'Project closure',
      [
        ['Product', 'Delivered'],
        ['Microsoft Intune', '☒'],
        ['Exchange Online', ''],
      ],
    ]);
    const report = await checkFiles([{ path: 'a/closure.docx', bytes }], claimOf('Microsoft Intune', 'Exchange Online'));
    expect(checkIn(report, 'workloads').summary).toContain('named only on unticked rows: Exchange Online');
    const ok = await checkFiles([{ path: 'a/closure.docx', bytes }], claimOf('Microsoft Intune'));
    expect(checkIn(ok, 'workloads').status).toBe('pass');
  });

  it('an .xlsx template row marked N does not link its product; Y does', async () => {
    const bytes = await xlsxBytes({
      Scope: [
        ['Workload', 'In scope (Y/N)', 'Users'],
        ['Microsoft Intune', 'Y', '900'],
        ['Microsoft Teams', 'N', null],
      ],
    });
    const report = await checkFiles([{ path: 'a/scope.xlsx', bytes }], claimOf('Microsoft Intune', 'Microsoft Teams'));
    const r = checkIn(report, 'workloads');
    expect(r.status).toBe('fail');
    expect(r.summary).toContain('named only on unticked rows: Microsoft Teams');
    expect(report.suggestedDecision).not.toBe('approve');
  });

  it('a product in a plain table (no boxes, no state column) and in prose still counts', () => {
    const text = ['Phase\tWorkload\tWeeks', 'Pilot\tMicrosoft Intune\t1-2', 'Rollout\tExchange Online\t3-6'].join('\n');
    expect(checkOf('workloads', [pdf('a/plan.pdf', [text])], claimOf('Microsoft Intune', 'Exchange Online')).status).toBe('pass');
  });
});

describe('class 2: a two-column check-box template whose one-line rows merge into one table row', () => {
  // The guide's own template style: a box and a product in each half of the line, rows evenly
  // spaced. The layout stage cannot split such rows, so each product's own box on its line decides.
  const lines = [
    '☒ Microsoft Intune    ☐ Microsoft Teams',
    '☐ Exchange Online    ☐ Microsoft Sentinel',
    '☒ Microsoft Entra ID P1    ☐ SharePoint Online',
  ];
  const page = async () => {
    const { drawn } = drawTable(
      lines.map((l) => l.split('    ').flatMap((half) => [[half.slice(0, 1)], [half.slice(2)]])),
      [56, 76, 300, 320],
      { top: 680, rowGap: 0 },
    );
    return pdfBytes([[...flow(['Scope of work for Contoso, delivered by Fabrikam'], { top: 740 }), ...drawn]]);
  };

  it('does not link a product whose own box is unticked', async () => {
    const r = checkIn(
      await checkFiles([{ path: 'a/t.pdf', bytes: await page() }], claimOf('Microsoft Intune', 'Microsoft Sentinel')),
      'workloads',
    );
    expect(r.status, r.summary).toBe('fail');
    expect(r.summary).toContain('Microsoft Sentinel');
  });

  it('links the products whose own box is ticked', async () => {
    const r = checkIn(
      await checkFiles([{ path: 'a/t.pdf', bytes: await page() }], claimOf('Microsoft Intune', 'Microsoft Entra ID P1')),
      'workloads',
    );
    expect(r.status, r.summary).toBe('pass');
  });
});
