import { describe, expect, it } from 'vitest';
import { pdf } from '@test/check-fixtures';
import { checkOf } from '@test/check-run';
import { checkFiles, checkIn, docxBytes, drawTable, flow, pdfBytes, xlsxBytes } from '@test/real-files';

const claimOf = (...names: string[]) => ({
  workloads: names.map((name) => ({ name, subscriptionId: null, association: 'none' as const })),
});
/** A closure .docx whose Exchange Online row is unticked: claimed beside Intune it is named so; Intune alone passes. */
async function expectExchangeUnticked(bytes: Uint8Array): Promise<void> {
  const report = await checkFiles([{ path: 'a/closure.docx', bytes }], claimOf('Microsoft Intune', 'Exchange Online'));
  expect(checkIn(report, 'workloads').summary).toContain('named only on unticked rows: Exchange Online');
  const ok = await checkFiles([{ path: 'a/closure.docx', bytes }], claimOf('Microsoft Intune'));
  expect(checkIn(ok, 'workloads').status).toBe('pass');
}

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

  // A column headed "Completed" whose cells are dates is a data column of done work, not a
  // Yes/No state column: its header word does not make the table a check-box template.
  it.each([
    ['en', ['Workload', 'Work performed', 'Users / devices', 'Completed'], ['10 Jun 2026', '22 Jul 2026']],
    ['de', ['Produkt', 'Leistung', 'Benutzer', 'Erledigt'], ['10.06.2026', '22.07.2026']],
    ['fr', ['Produit', 'Travaux', 'Postes', 'Livré'], ['10/06/2026', '22/07/2026']],
  ])('PDF scope table (%s) with a dated completion column and wrapped product cells links the products', async (_, header, dates) => {
    const { drawn } = drawTable(
      [
        header.map((h) => [h]),
        [['Microsoft Defender for', 'Endpoint'], ['Deployed and configured', 'for 811 users'], ['811'], [dates[0] ?? '']],
        [['Microsoft Purview', 'Information Protection'], ['Labels and policies', 'for 811 users'], ['811'], [dates[1] ?? '']],
      ],
      [56, 200, 400, 480],
      { top: 680 },
    );
    const bytes = await pdfBytes([[...flow(['Project completion for Contoso'], { top: 740 }), ...drawn]]);
    const r = checkIn(
      await checkFiles(
        [{ path: 'a/poe.pdf', bytes }],
        claimOf('Microsoft Defender for Endpoint', 'Microsoft Purview Information Protection'),
      ),
      'workloads',
    );
    expect(r.status, r.summary).toBe('pass');
  });

  it('a .docx "Delivered" column of dates: a dated row links its product, a blank one does not', async () => {
    const bytes = docxBytes([
      'Project closure for Contoso',
      [
        ['Product', 'Work performed', 'Delivered'],
        ['Microsoft Intune', 'Enrolled 900 devices', '2026-06-10'],
        ['Exchange Online', 'Mailbox migration (planned)', ''],
      ],
    ]);
    await expectExchangeUnticked(bytes);
  });

  it('an .xlsx report whose "Completed" column holds dates links its products', async () => {
    const bytes = await xlsxBytes({
      Report: [
        ['Workload', 'Users', 'Completed'],
        ['Microsoft Intune', '900', '2026/06/10'],
        ['Microsoft Teams', '900', '2026/07/22'],
      ],
    });
    const r = checkIn(await checkFiles([{ path: 'a/report.xlsx', bytes }], claimOf('Microsoft Intune', 'Microsoft Teams')), 'workloads');
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
    await expectExchangeUnticked(bytes);
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

describe("class 2: the guide's two-column check-box template", () => {
  // The guide's own template style: a label–value form, then a box and a product in each half of
  // the line, rows evenly spaced. Drawn after the form, the layout stage reads the form and the
  // product rows as one table with two spacings and folds the product rows into one row; each
  // product's own box on its line must still decide.
  const rows = [
    ['☒', 'Microsoft Intune', '☐', 'Microsoft Teams'],
    ['☐', 'Exchange Online', '☐', 'Microsoft Sentinel'],
    ['☒', 'Microsoft Entra ID P1', '☐', 'SharePoint Online'],
  ];
  const form = (top: number) =>
    [
      ['Partner name', 'Fabrikam'],
      ['Customer name', 'Contoso'],
      ['Engagement start / end', '2026-05-13 / 2026-09-04'],
    ].flatMap(([label, value], i) => [
      { text: label ?? '', x: 61, y: top - i * 20.5 },
      { text: value ?? '', x: 232, y: top - i * 20.5 },
    ]);
  const boxes = (top: number) => [
    { text: 'Product', x: 93, y: top },
    { text: 'Product', x: 343, y: top },
    ...rows.flatMap((r, i) => r.map((text, c) => ({ text, x: [60, 93, 310, 343][c] ?? 0, y: top - 18 * (i + 1) }))),
  ];
  const merged = () =>
    pdfBytes([
      [
        { text: 'Proof of Execution (POE) template', x: 56, y: 710 },
        ...form(690),
        { text: 'Workloads in scope:', x: 56, y: 621 },
        ...boxes(605),
      ],
    ]);
  const alone = () => pdfBytes([[...flow(['Scope of work for Contoso, delivered by Fabrikam'], { top: 740 }), ...boxes(690)]]);

  it.each([
    ['after a label–value form (rows merged by the layout)', merged],
    ['on its own (rows split by the layout)', alone],
  ])("%s: a product whose own box is unticked is not linked, its row neighbour's box notwithstanding", async (_, page) => {
    const bytes = await page();
    for (const unticked of ['Exchange Online', 'Microsoft Sentinel', 'Microsoft Teams', 'SharePoint Online']) {
      const r = checkIn(await checkFiles([{ path: 'a/t.pdf', bytes }], claimOf('Microsoft Intune', unticked)), 'workloads');
      expect(r.status, r.summary).toBe('fail');
      expect(r.summary).toContain(`named only on unticked rows: ${unticked}`);
    }
  });

  it.each([
    ['after a label–value form', merged],
    ['on its own', alone],
  ])('%s: the products whose own box is ticked are linked', async (_, page) => {
    const r = checkIn(
      await checkFiles([{ path: 'a/t.pdf', bytes: await page() }], claimOf('Microsoft Intune', 'Microsoft Entra ID P1')),
      'workloads',
    );
    expect(r.status, r.summary).toBe('pass');
  });
});
