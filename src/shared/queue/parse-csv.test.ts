import { describe, expect, it } from 'vitest';
import { decodeManifestBytes, parseClaimsCsv } from './parse-csv';
import { parseQueue } from './parse-queue';

const HEADER =
  'Claim ID,Program,Solution area,Partner role,Status,Date created,Date submitted,Partner name,PartnerID,Customer name,Customer country,Workloads,Documents,Region';

function csvQueue(text: string, files: readonly string[] = []) {
  return parseQueue({ manifestName: 'claims.csv', manifestText: text, label: 'export.csv', files });
}

describe('parseQueue (claims.csv)', () => {
  it('maps Partner Center columns onto the claim shape and keeps other columns', () => {
    const text = `${HEADER}\n1004973,CPOR,Modern Work and Security,Use or consume,Submitted,2026-10-01,2026-10-03,Fabrikam,5272302,Contoso,US,"Microsoft Intune; Microsoft Teams",1004973/sow.pdf|1004973/mail.eml,EMEA\n`;
    const parsed = csvQueue(text, ['1004973/sow.pdf', '1004973/mail.eml']);
    expect(parsed.name).toBe('export.csv');
    expect(parsed.issues).toEqual([]);
    const c = parsed.claims[0]!;
    expect(c.issues).toEqual([]);
    expect(c.claim).toMatchObject({
      claimId: '1004973',
      program: 'cpor',
      activity: 'usage',
      partner: { name: 'Fabrikam', partnerId: '5272302' },
      customer: { name: 'Contoso', country: 'US' },
      workloads: [{ name: 'Microsoft Intune' }, { name: 'Microsoft Teams' }],
      documents: [{ path: '1004973/sow.pdf' }, { path: '1004973/mail.eml' }],
      Region: 'EMEA',
    });
  });

  it('matches headers case- and punctuation-insensitively and derives activity from the role', () => {
    const text =
      'claim_id;PROGRAM;solutionArea;Partner Role;status;created;submitted;partner name;partner id;customer name\n77;Partner activities;Azure;Build intent - Advisor;Submitted;2026-10-01;2026-10-02;F;1;C\n';
    const c = csvQueue(text).claims[0]!;
    expect(c.claim).toMatchObject({ claimId: '77', program: 'partner-activities', activity: 'pre-sales', solutionArea: 'Azure' });
  });

  it('names the spreadsheet row of an invalid claim, counting quoted line breaks as one row', () => {
    const text = `${HEADER}\r\n1,CPOR,MW,Use or consume,Submitted,2026-10-01,2026-10-03,"Fabrikam\r\nInc",5,Contoso,US,Teams,,\n2,CPOR,MW,Use or consume,Submitted,next week,2026-10-03,F,5,C,US,Teams,,\r3,CPOR,MW,Use or consume,Submitted,2026-10-01,2026-10-03,F,5,C,USA,Teams,,\n`;
    const parsed = csvQueue(text);
    expect(parsed.claims.map((c) => c.claimId)).toEqual(['1', '2', '3']);
    expect((parsed.claims[0]!.claim as { partner: { name: string } }).partner.name).toBe('Fabrikam\nInc');
    expect(parsed.claims[1]!.issues).toEqual([expect.objectContaining({ row: 3, claimId: '2', field: 'createdAt' })]);
    expect(parsed.claims[2]!.issues).toEqual([expect.objectContaining({ row: 4, claimId: '3', field: 'customer.country' })]);
  });

  it('reads Partner Center dates ("7/17/2026") with the engine\'s country rule (issue 11)', () => {
    const row = (created: string, submitted: string, country: string) =>
      `${HEADER}\n1,CPOR,MW,Use or consume,Submitted,${created},${submitted},F,5,C,${country},Teams,,\n`;
    expect(csvQueue(row('7/17/2026', '7/18/2026 3:04:05 PM', 'US')).claims[0]!.claim).toMatchObject({
      createdAt: '2026-07-17',
      submittedAt: '2026-07-18T15:04:05',
    });
    expect(csvQueue(row('03/04/2026', '17/7/2026', 'DE')).claims[0]!.claim).toMatchObject({
      createdAt: '2026-04-03',
      submittedAt: '2026-07-17',
    });
    expect(csvQueue(row('03/04/2026', '2026-04-05', 'US')).claims[0]!.claim).toMatchObject({ createdAt: '2026-03-04' });
    // Canada writes both orders: an ambiguous date stays as written and is reported on its row and field.
    const ambiguous = csvQueue(row('03/04/2026', '2026-04-05', 'CA')).claims[0]!;
    expect(ambiguous.claim).toBeNull();
    expect(ambiguous.issues).toEqual([expect.objectContaining({ row: 2, field: 'createdAt' })]);
  });

  it('reads Partner Center dates with the country rule of the ruleset in use, not always the default one', () => {
    const text = `${HEADER}\n1,CPOR,MW,Use or consume,Submitted,7/8/2026,2026-07-10,F,5,C,US,Teams,,\n`;
    const read = (dateOrder?: { monthFirstCountries: string[]; ambiguousCountries: string[] }) =>
      parseQueue({ manifestName: 'claims.csv', manifestText: text, label: 'export.csv', files: [], ...(dateOrder ? { dateOrder } : {}) })
        .claims[0]!;
    expect(read().claim).toMatchObject({ createdAt: '2026-07-08' });
    expect(read({ monthFirstCountries: [], ambiguousCountries: [] }).claim).toMatchObject({ createdAt: '2026-08-07' });
    const unsure = read({ monthFirstCountries: [], ambiguousCountries: ['US'] });
    expect(unsure.claim).toBeNull();
    expect(unsure.issues).toEqual([expect.objectContaining({ row: 2, field: 'createdAt' })]);
  });

  it('reads a BOM and says a claim is missing required columns', () => {
    const parsed = csvQueue('\uFEFFClaim ID,Status\n9,Submitted\n');
    expect(parsed.claims[0]!.claimId).toBe('9');
    expect(parsed.claims[0]!.issues.map((i) => i.field)).toEqual(expect.arrayContaining(['program', 'partner', 'customer', 'createdAt']));
    expect(parsed.claims[0]!.issues.every((i) => i.row === 2)).toBe(true);
  });

  it('reports an unbalanced quote naming the row where it starts', () => {
    const text = `${HEADER}\n1,CPOR,MW,Use or consume,Submitted,2026-10-01,2026-10-03,F,5,C,US,Teams,,\n2,CPOR,"MW,Use or consume,Submitted,2026-10-01,2026-10-03,F,5,C,US,Teams,,\n3,CPOR,MW\n`;
    const parsed = csvQueue(text);
    expect(parsed.issues).toContainEqual(
      expect.objectContaining({ severity: 'error', row: 3, message: expect.stringMatching(/^row 3: a quoted cell is never closed/) }),
    );
    expect(parsed.claims[0]!.claim).not.toBeNull();
  });

  it('warns about rows with the wrong number of cells and rejects a sheet without a Claim ID column', () => {
    const parsed = csvQueue('Claim ID,Status\n1,Submitted,extra\n');
    expect(parsed.issues).toContainEqual(
      expect.objectContaining({ severity: 'warning', row: 2, message: 'row 2: has 3 cells but the header has 2' }),
    );
    const noId = csvQueue('Name,Status\nx,y\n');
    expect(noId.issues).toContainEqual(
      expect.objectContaining({ severity: 'error', row: 1, message: expect.stringMatching(/no "Claim ID" column/) }),
    );
    expect(csvQueue('').issues[0]!.message).toMatch(/empty/);
  });

  it('keeps all of 20,000 rows in order, and names the spreadsheet row of a bad one at the end', () => {
    const row = '1,CPOR,MW,Use or consume,Submitted,2026-10-01,2026-10-03,F,5,C,US,Teams,,';
    const rows = Array.from({ length: 20_000 }, (_, i) => row.replace(/^1/, String(i + 1)));
    rows[19_999] = rows[19_999]!.replace('2026-10-01', 'soon');
    const parsed = csvQueue([HEADER, ...rows].join('\n'));
    expect(parsed.claims).toHaveLength(20_000);
    expect(parsed.claims.map((c) => c.claimId)).toEqual(rows.map((_, i) => String(i + 1)));
    expect(parsed.claims.filter((c) => c.claim === null).map((c) => c.issues.map((i) => [i.row, i.field]))).toEqual([
      [[20_001, 'createdAt']],
    ]);
  });
});

describe('parseClaimsCsv', () => {
  it('treats an empty workloads or documents cell as none', () => {
    const { claims } = parseClaimsCsv('Claim ID,Workloads,Documents\n1,,\n', 'q');
    expect(claims[0]!.raw).toMatchObject({ claimId: '1', workloads: [], documents: [] });
  });
});

describe('decodeManifestBytes', () => {
  const text = 'Claim ID,Customer name\n1,Müller Ω 😀\n';
  const utf16 = (le: boolean): Uint8Array => {
    const out = new Uint8Array(2 + text.length * 2);
    out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i);
      out[2 + 2 * i] = le ? u & 0xff : u >> 8;
      out[3 + 2 * i] = le ? u >> 8 : u & 0xff;
    }
    return out;
  };

  it('decodes UTF-8 with and without a BOM', () => {
    const bytes = new TextEncoder().encode(text);
    expect(decodeManifestBytes(bytes)).toBe(text);
    expect(decodeManifestBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toBe(text);
  });

  it('decodes UTF-16 LE and BE with a BOM, and LE without one', () => {
    expect(decodeManifestBytes(utf16(true))).toBe(text);
    expect(decodeManifestBytes(utf16(false))).toBe(text);
    expect(decodeManifestBytes(utf16(true).subarray(2))).toBe(text);
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeManifestBytes(new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0x80]))).toBe('Müller €');
  });

  it('feeds a UTF-16 claims.csv through to claims', () => {
    const parsed = csvQueue(decodeManifestBytes(utf16(true)));
    expect(parsed.claims[0]!.raw).toMatchObject({ claimId: '1', customer: { name: 'Müller Ω 😀' } });
  });
});
