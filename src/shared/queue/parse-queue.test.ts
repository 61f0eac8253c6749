import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseQueue, formatIssue, type ParsedQueue } from './parse-queue';
import { rawClaim } from '@test/raw-claim';
import { corpusText, HAS_CORPUS } from '@test/corpus';

const claim = rawClaim;

function parseJson(manifest: unknown, files: readonly string[] = []): ParsedQueue {
  return parseQueue({ manifestName: 'queue.json', manifestText: JSON.stringify(manifest), label: 'week-47', files });
}

const manifest = (claims: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  schema: 'poe-queue/1',
  name: 'Week 47',
  exportedAt: '2026-11-20T09:00:00Z',
  claims,
  ...extra,
});

describe('parseQueue (queue.json)', () => {
  it.skipIf(!HAS_CORPUS)('reads the real-world corpus queue: every claim valid, every document present', () => {
    const corpusFiles = corpusText('MANIFEST.tsv')
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t')[0] ?? '')
      .filter((p) => p !== '');
    const parsed = parseQueue({ manifestName: 'queue.json', manifestText: corpusText('queue.json'), label: 'corpus', files: corpusFiles });
    expect(parsed.name).toBe('Real-world document corpus');
    expect(parsed.issues).toEqual([]);
    expect(parsed.claims).toHaveLength(76);
    expect(parsed.claims.flatMap((c) => c.issues)).toEqual([]);
    expect(parsed.claims.every((c) => c.claim !== null)).toBe(true);
    // The corpus carries an extra "corpus" key on each claim: kept.
    expect((parsed.claims[0]!.claim as Record<string, unknown>).corpus).toMatchObject({ type: 'pdf-signed' });
  });

  it('keeps unknown keys at every level, and the header without claims', () => {
    const parsed = parseJson(
      manifest(
        [
          claim('1', {
            extraTop: 1,
            partner: { name: 'F', partnerId: '9', tier: 'gold' },
            customer: { name: 'C', vip: true },
            workloads: [{ name: 'Teams', seats: 40 }],
          }),
        ],
        { batchOwner: 'Ana' },
      ),
      ['1/sow.pdf'],
    );
    const c = parsed.claims[0]!.claim as Record<string, unknown> & {
      partner: Record<string, unknown>;
      customer: Record<string, unknown>;
      workloads: Record<string, unknown>[];
    };
    expect(c.extraTop).toBe(1);
    expect(c.partner.tier).toBe('gold');
    expect(c.customer.vip).toBe(true);
    expect(c.workloads[0]).toMatchObject({ seats: 40, association: 'none' });
    expect(parsed.header).toEqual({ schema: 'poe-queue/1', name: 'Week 47', exportedAt: '2026-11-20T09:00:00Z', batchOwner: 'Ana' });
  });

  it('keeps an invalid claim with its raw value and issues naming claim, index and field', () => {
    const bad = claim('1004973', { customer: { name: 'Contoso', country: 'USA' } });
    const parsed = parseJson(manifest([claim('1'), bad]), ['1/sow.pdf', '1004973/sow.pdf']);
    const second = parsed.claims[1]!;
    expect(second.claim).toBeNull();
    expect(second.raw).toEqual(bad);
    expect(second.claimId).toBe('1004973');
    expect(second.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        queue: 'Week 47',
        claimId: '1004973',
        row: 1,
        field: 'customer.country',
        message: expect.stringMatching(/^customer\.country: expected an ISO 3166-1/),
      }),
    ]);
    expect(formatIssue(second.issues[0]!)).toMatch(/^Error: Week 47, claim 1004973: customer\.country/);
  });

  it('says which required field is missing, and names claims without an ID by index', () => {
    const noName = claim('7', { partner: { partnerId: '1' } });
    const { claimId: _omit, ...noId } = claim('x');
    const parsed = parseJson(manifest([noName, noId]), ['7/sow.pdf']);
    expect(parsed.claims[0]!.issues).toContainEqual(
      expect.objectContaining({ field: 'partner.name', message: 'partner.name: required field is missing' }),
    );
    expect(parsed.claims[1]!.claimId).toBeNull();
    expect(parsed.claims[1]!.issues).toContainEqual(expect.objectContaining({ row: 1, field: 'claimId' }));
  });

  it('reports submittedAt as required for usage claims', () => {
    const parsed = parseJson(manifest([claim('1', { submittedAt: undefined })]), ['1/sow.pdf']);
    expect(parsed.claims[0]!.issues).toContainEqual(
      expect.objectContaining({ field: 'submittedAt', message: 'submittedAt: required for usage claims' }),
    );
  });

  it('says the JSON is malformed and where', () => {
    const text = '{\n  "schema": "poe-queue/1",\n  "name": "x"\n  "claims": []\n}';
    const parsed = parseQueue({ manifestName: 'queue.json', manifestText: text, label: 'week-47', files: [] });
    expect(parsed.claims).toEqual([]);
    expect(parsed.issues).toHaveLength(1);
    expect(parsed.issues[0]!.message).toBe(
      "queue.json is not valid JSON: expected ',' or '}' but found \"\\\"\" at line 4, column 3 (offset 45)",
    );
    const truncated = parseQueue({ manifestName: 'queue.json', manifestText: '{"claims": [1, 2', label: 'q', files: [] });
    expect(truncated.issues[0]!.message).toMatch(/unexpected end of input, expected ',' or '\]' at line 1, column 17/);
  });

  it('accepts a manifest that starts with a BOM', () => {
    const parsed = parseQueue({ manifestName: 'queue.json', manifestText: `\uFEFF${JSON.stringify(manifest([]))}`, label: 'q', files: [] });
    expect(parsed.issues).toEqual([]);
    expect(parsed.name).toBe('Week 47');
  });

  it('flags a wrong or missing schema tag but still shows the claims', () => {
    const wrong = parseJson(manifest([claim('1')], { schema: 'poe-queue/2' }), ['1/sow.pdf']);
    expect(wrong.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'schema',
        message: 'queue.json has schema "poe-queue/2"; this app reads "poe-queue/1"',
      }),
    ]);
    expect(wrong.claims[0]!.claim).not.toBeNull();
    const { schema: _s, ...noTag } = manifest([]);
    expect(parseJson(noTag).issues[0]!.message).toBe('queue.json has no "schema" tag; expected "poe-queue/1"');
    const notObject = parseQueue({ manifestName: 'queue.json', manifestText: '[1,2]', label: 'q', files: [] });
    expect(notObject.issues[0]!.message).toMatch(/must be an object.*not an array/);
    expect(notObject.name).toBe('q');
  });

  it('keeps both copies of a duplicate claim ID, flags the second and keeps it from being decided', () => {
    const parsed = parseJson(manifest([claim('5'), claim('6'), claim('5', { claimName: 'copy' }), claim(5)]), ['5/sow.pdf', '6/sow.pdf']);
    expect(parsed.claims.map((c) => c.claimId)).toEqual(['5', '6', '5#2', '5#3']);
    expect(parsed.claims[0]!.claim).not.toBeNull();
    expect(parsed.claims[0]!.duplicateOf).toBeUndefined();
    expect(parsed.claims[2]!.duplicateOf).toBe('5');
    expect(parsed.claims[2]!.claim).toBeNull();
    expect(parsed.claims[2]!.raw).toMatchObject({ claimName: 'copy' });
    expect(parsed.claims[2]!.issues[0]).toMatchObject({
      severity: 'error',
      claimId: '5',
      row: 2,
      field: 'claimId',
      message: expect.stringMatching(/duplicate claim ID 5 \(first at claims\[0\]\)/),
    });
    expect(parsed.claims[3]!.issues[0]!.message).toMatch(/listed as 5#3/);
  });

  it('flags missing documents, refuses escaping paths, warns on unsupported types, naming each document', () => {
    const docs = [
      { path: '1/sow.pdf' },
      { path: '1/gone.pdf' },
      { path: '../../etc/passwd' },
      { path: '1/notes.odt' },
      { path: 'C:\\x.pdf' },
    ];
    const parsed = parseJson(manifest([claim('1', { documents: docs })]), ['1/sow.pdf', '1/notes.odt']);
    const issues = parsed.claims[0]!.issues;
    expect(parsed.claims[0]!.claim).not.toBeNull();
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        document: '1/gone.pdf',
        field: 'documents[1].path',
        message: 'documents[1].path: 1/gone.pdf is listed but not in the queue folder',
      }),
      expect.objectContaining({
        severity: 'error',
        document: '../../etc/passwd',
        field: 'documents[2].path',
        message: expect.stringMatching(/refused: path leaves the queue folder/),
      }),
      expect.objectContaining({
        severity: 'warning',
        document: '1/notes.odt',
        message: expect.stringMatching(/\.odt is not a supported document type/),
      }),
      expect.objectContaining({ severity: 'error', document: 'C:\\x.pdf', message: expect.stringMatching(/refused/) }),
    ]);
  });

  it('keeps all of 50,000 claims and finds the one duplicate ID among them', () => {
    const claims = Array.from({ length: 50_000 }, (_, i) => claim(String(100000 + i), { documents: [] }));
    claims.push(claim('100007', { documents: [] }));
    const text = JSON.stringify(manifest(claims));
    const parsed = parseQueue({ manifestName: 'queue.json', manifestText: text, label: 'big', files: [] });
    expect(parsed.claims).toHaveLength(50_001);
    expect(parsed.claims.slice(0, 50_000).every((c) => c.claim !== null && c.issues.length === 0)).toBe(true);
    expect(parsed.claims[50_000]!.issues).toEqual([
      expect.objectContaining({ claimId: '100007', message: expect.stringMatching(/duplicate/i) }),
    ]);
  });

  it('does not let "__proto__" keys pollute prototypes', () => {
    const c = JSON.stringify(claim('1', { documents: [] })).replace('{', '{"__proto__":{"polluted":2},');
    const text = `{"schema":"poe-queue/1","name":"n","__proto__":{"polluted":1},"claims":[${c}]}`;
    const parsed = parseQueue({ manifestName: 'queue.json', manifestText: text, label: 'l', files: [] });
    expect(parsed.claims[0]!.issues).toEqual([]);
    expect(Object.getPrototypeOf(parsed.claims[0]!.claim)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(parsed.header)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((parsed.claims[0]!.claim as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws on arbitrary JSON, and never loses a claim', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.jsonValue(), { maxLength: 5 }), (anything, claims) => {
        expect(() =>
          parseQueue({ manifestName: 'queue.json', manifestText: JSON.stringify(anything) ?? '', label: 'f', files: [] }),
        ).not.toThrow();
        const parsed = parseJson({ schema: 'poe-queue/1', name: 'f', claims });
        expect(parsed.claims).toHaveLength(claims.length);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text or claim-like objects with hostile values', () => {
    const hostileClaim = fc.record({
      claimId: fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(1e308), fc.constant(null)),
      documents: fc.array(fc.record({ path: fc.oneof(fc.string(), fc.constant('../x'), fc.constant('%2e%2e/x')) }), { maxLength: 3 }),
      __proto__: fc.jsonValue(),
      customer: fc.jsonValue(),
    });
    fc.assert(
      fc.property(fc.string(), fc.array(hostileClaim, { maxLength: 4 }), (text, claims) => {
        expect(() => parseQueue({ manifestName: 'queue.json', manifestText: text, label: 'f', files: [] })).not.toThrow();
        expect(() => parseQueue({ manifestName: 'claims.csv', manifestText: text, label: 'f', files: [] })).not.toThrow();
        expect(parseJson({ schema: 'poe-queue/1', name: 'f', claims }).claims).toHaveLength(claims.length);
      }),
      { numRuns: 300 },
    );
  });
});
