import { describe, expect, it } from 'vitest';
import type { ClaimCheckReport } from '@shared/checks/types';
import { checkFiles, checkIn, formPdfBytes, ink, type Drawn, type FormWidget } from '@test/real-files';

/**
 * Fillable PDF forms (AcroForm) read as a reviewer reads them: the values typed into fields and
 * the ticks of check boxes and radio buttons are what the page shows, though none of them is in
 * the page's text. Each form is checked twice: fillable, and flattened (the same values printed
 * as text), and both must give the same statuses.
 */

const claimOf = (...names: string[]) => ({
  workloads: names.map((name) => ({ name, subscriptionId: null, association: 'none' as const })),
});

const label = (text: string, y: number, x = 56): Drawn => ({ text, x, y });
const field = (name: string, value: string, y: number, o: Partial<Extract<FormWidget, { kind: 'text' }>> = {}): FormWidget => ({
  kind: 'text',
  name,
  value,
  x: 200,
  y,
  width: 300,
  ...o,
});

/** The form's top: partner, customer (typed), engagement dates. */
function header(customer: string): { drawn: Drawn[]; widgets: FormWidget[] } {
  return {
    drawn: [
      { text: 'Proof of Execution (POE) template', x: 56, y: 750, size: 14 },
      label('Partner name:', 720),
      label('Customer name:', 700),
      label('Engagement start / end:', 680),
    ],
    widgets: [
      field('partner', 'Fabrikam', 720),
      field('customer', customer, 700),
      field('period', 'June 1, 2026 – September 10, 2026', 680),
    ],
  };
}

/** The work described, naming Intune and Defender (not Teams). */
const WORK: Drawn[] = [
  'Description of the work performed:',
  'Approximately 1000 users; ~900 Windows 10 workstations enrolled.',
  'Prepare phase (weeks 6-9): deployment and configuration of Intune enrollment profiles',
  'and compliance policies; Defender onboarding of 900 endpoints with attack surface reduction rules.',
  'Transform phase (weeks 10-13): pilot of 50 users, then rollout to all sites by September 10, 2026.',
].map((text, i) => label(text, 500 - i * 14));

/** The customer's acknowledgement block: typed name, title, signature and date. */
function acknowledgement(name: string, date: string): { drawn: Drawn[]; widgets: FormWidget[] } {
  return {
    drawn: [
      label('Customer acknowledgement', 400),
      label('Customer signatory name:', 380),
      label('Title:', 360),
      label('Signature:', 340),
      label('Date signed:', 320),
    ],
    widgets: [
      field('ack.name', name, 380),
      field('ack.title', 'Chief Information Security Officer', 360),
      field('ack.sig', `/s/ ${name}`, 340),
      field('ack.date', date, 320),
    ],
  };
}

type Row = { product: string; work: string; state: (y: number, i: number) => FormWidget };
/**
 * "Product | Description of work | In scope" with the scope column of form fields; `headings`
 * other than "In scope" at their x ("Yes" over one radio button, "No" over the other), `inline`
 * words printed after each field on the row ("Yes", "No" beside their buttons).
 */
function productTable(
  rows: readonly Row[],
  o: { headings?: readonly [string, number][]; inline?: readonly [string, number][] } = {},
): { drawn: Drawn[]; widgets: FormWidget[] } {
  const headings = (o.headings ?? [['In scope', 460]]).map(([text, x]) => label(text, 630, x));
  const drawn: Drawn[] = [
    label('Workloads in scope (tick the products delivered):', 650),
    label('Product', 630),
    label('Description of work', 630, 230),
    ...headings,
  ];
  const widgets: FormWidget[] = [];
  rows.forEach((r, i) => {
    const y = 610 - i * 20;
    drawn.push(label(r.product, y), label(r.work, y, 230), ...(o.inline ?? []).map(([text, x]) => label(text, y, x)));
    widgets.push(r.state(y, i));
  });
  return { drawn, widgets };
}

const box =
  (checked: boolean) =>
  (y: number, i: number): FormWidget => ({ kind: 'check', name: `scope.${i}`, checked, x: 470, y });
const yesNo =
  (selected: 'Yes' | 'No' | null) =>
  (y: number, i: number): FormWidget => ({
    kind: 'radio',
    name: `scope.${i}`,
    options: [
      { value: 'Yes', x: 460, y },
      { value: 'No', x: 510, y },
    ],
    selected,
  });
const choice =
  (selected: string) =>
  (y: number, i: number): FormWidget => ({ kind: 'dropdown', name: `scope.${i}`, options: ['Yes', 'No'], selected, x: 460, y, width: 60 });

function page(...pieces: { drawn: Drawn[]; widgets: FormWidget[] }[]) {
  return { drawn: pieces.flatMap((p) => p.drawn), widgets: pieces.flatMap((p) => p.widgets) };
}

const statuses = (r: ClaimCheckReport) => Object.fromEntries(r.checks.map((c) => [c.id, c.status]));

/** Checks the form fillable and flattened; both must agree on every status. */
async function checkBoth(pages: ReturnType<typeof page>[], claim: ReturnType<typeof claimOf>): Promise<ClaimCheckReport> {
  const fillable = await checkFiles([{ path: 'a/poe.pdf', bytes: await formPdfBytes(pages) }], claim);
  const flat = await checkFiles([{ path: 'a/poe.pdf', bytes: await formPdfBytes(pages, { flatten: true }) }], claim);
  expect(statuses(fillable)).toEqual(statuses(flat));
  return fillable;
}

const INTUNE = 'Microsoft Intune';
const DEFENDER = 'Microsoft Defender for Endpoint';
const TEAMS = 'Microsoft Teams';

describe('fillable PDF forms: values in form fields count as the page shows them', () => {
  it('a typed customer name and a typed signature date pass names and dates, as the printed form does', async () => {
    const pages = [
      page(
        header('Contoso'),
        productTable([{ product: INTUNE, work: 'Enrolled 900 devices', state: box(true) }]),
        { drawn: WORK, widgets: [] },
        acknowledgement('John Doe', 'October 1, 2026'),
        // The customer signed the printed form by hand beside the typed "/s/": typed words alone
        // are not a signature (ruleset 2026.12.6), and this test is about the typed values.
        { drawn: [ink(380, 342)], widgets: [] },
      ),
    ];
    const r = await checkBoth(pages, claimOf(INTUNE));
    expect(checkIn(r, 'names').status, checkIn(r, 'names').summary).toBe('pass');
    // Evidence quoting a typed value says which field it is.
    expect(checkIn(r, 'names').evidence.map((e) => e.formField)).toContain('customer');
    expect(checkIn(r, 'dates').status, checkIn(r, 'dates').summary).toBe('pass');
    expect(checkIn(r, 'workloads').status, checkIn(r, 'workloads').summary).toBe('pass');
  });

  it('a check-box template: ticked rows link their products, an unticked row does not', async () => {
    const rows: Row[] = [
      { product: INTUNE, work: 'Enrolled 900 devices', state: box(true) },
      { product: DEFENDER, work: 'Onboarded 900 endpoints', state: box(true) },
      { product: TEAMS, work: 'Meeting rooms (not started)', state: box(false) },
    ];
    const pages = [
      page(header('Contoso'), productTable(rows), { drawn: WORK, widgets: [] }, acknowledgement('John Doe', 'October 1, 2026')),
    ];
    const bad = await checkBoth(pages, claimOf(INTUNE, DEFENDER, TEAMS));
    const w = checkIn(bad, 'workloads');
    expect(w.status).toBe('fail');
    expect(w.summary).toContain(TEAMS);
    expect(bad.suggestedDecision).not.toBe('approve');
    const ok = await checkBoth(pages, claimOf(INTUNE, DEFENDER));
    expect(checkIn(ok, 'workloads').status, checkIn(ok, 'workloads').summary).toBe('pass');
  });

  it.each([
    [
      'columns headed "Yes" and "No"',
      {
        headings: [
          ['Yes', 458],
          ['No', 508],
        ] as [string, number][],
      },
    ],
    [
      '"Yes" and "No" beside their buttons',
      {
        headings: [['In scope', 460]] as [string, number][],
        inline: [
          ['Yes', 474],
          ['No', 524],
        ] as [string, number][],
      },
    ],
  ])('a Yes/No radio group per product (%s): the row whose "No" is chosen is not linked', async (_, layout) => {
    const rows: Row[] = [
      { product: INTUNE, work: 'Enrolled 900 devices', state: yesNo('Yes') },
      { product: TEAMS, work: 'Meeting rooms (not started)', state: yesNo('No') },
    ];
    const pages = [
      page(header('Contoso'), productTable(rows, layout), { drawn: WORK, widgets: [] }, acknowledgement('John Doe', 'October 1, 2026')),
    ];
    const bad = await checkBoth(pages, claimOf(INTUNE, TEAMS));
    expect(checkIn(bad, 'workloads').status).toBe('fail');
    expect(checkIn(bad, 'workloads').summary).toContain(TEAMS);
    const ok = await checkBoth(pages, claimOf(INTUNE));
    expect(checkIn(ok, 'workloads').status, checkIn(ok, 'workloads').summary).toBe('pass');
  });

  it('a Yes/No drop-down per product: "No" leaves its product unlinked', async () => {
    const rows: Row[] = [
      { product: INTUNE, work: 'Enrolled 900 devices', state: choice('Yes') },
      { product: TEAMS, work: 'Meeting rooms (not started)', state: choice('No') },
      { product: DEFENDER, work: 'Onboarded 900 endpoints', state: choice('Yes') },
    ];
    const pages = [
      page(header('Contoso'), productTable(rows), { drawn: WORK, widgets: [] }, acknowledgement('John Doe', 'October 1, 2026')),
    ];
    const bad = await checkBoth(pages, claimOf(INTUNE, TEAMS));
    expect(checkIn(bad, 'workloads').status).toBe('fail');
    expect(checkIn(bad, 'workloads').summary).toContain(TEAMS);
  });

  it('a hidden field is not content: a hidden "Contoso" beside a typed other company fails names', async () => {
    const top = header('Northwind Traders');
    top.widgets.push(field('legalName', 'Contoso', 700, { x: 420, width: 120, hidden: true }));
    const pages = [
      page(
        top,
        productTable([{ product: INTUNE, work: 'Enrolled 900 devices', state: box(true) }]),
        { drawn: WORK, widgets: [] },
        acknowledgement('Tom Reed', 'October 1, 2026'),
      ),
    ];
    const r = await checkBoth(pages, claimOf(INTUNE));
    expect(checkIn(r, 'names').status, checkIn(r, 'names').summary).toBe('fail');
    expect(r.suggestedDecision).not.toBe('approve');
  });
});
