import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_RULESET } from '../checks/ruleset';
import { findConflicts } from './conflicts';
import { findDuplicateDocuments } from './duplicates';
import { findLinks, linksOfClaim } from './find-links';
import { findReusedText, signatureSimilarity, textSignature } from './reused-text';
import { ClaimLinkSchema, type LinkClaim } from './types';

const TENANT = '45e6435d-dc1c-42e3-89be-e72e6c8f072d';
const HASH_A = 'a'.repeat(64);

function claim(id: string, over: Partial<LinkClaim> = {}): LinkClaim {
  return {
    claimId: id,
    partner: { name: 'Fabrikam', partnerId: '5272302' },
    customer: { name: 'Contoso', domain: 'contoso.com', tenantId: TENANT },
    workloads: [{ name: 'Microsoft Intune', subscriptionId: null, association: 'none' }],
    documents: [{ path: `${id}/sow.pdf` }],
    ...over,
  };
}
const relecloud = { name: 'Relecloud', partnerId: '7000001' };

describe('conflicts', () => {
  it('links two partners on the same tenant and workload, naming both partners and the tenant', () => {
    const links = findConflicts([claim('1'), claim('2', { partner: relecloud })]);
    expect(links).toHaveLength(1);
    expect(links[0]!.claims).toEqual(['1', '2']);
    expect(links[0]!.why).toContain('Microsoft Intune');
    expect(links[0]!.why).toContain('Fabrikam and Relecloud');
    expect(links[0]!.why).toContain('45e6');
  });

  it('does not link one partner claiming twice, nor different tenants under one domain', () => {
    expect(findConflicts([claim('1'), claim('2')])).toEqual([]);
    const other = { name: 'Contoso', domain: 'contoso.com', tenantId: '11111111-dc1c-42e3-89be-e72e6c8f072d' };
    expect(findConflicts([claim('1'), claim('2', { partner: relecloud, customer: other })])).toEqual([]);
  });

  it('uses the domain when a claim has no tenant, and catalog aliases for workload names', () => {
    const noTenant = { name: 'Contoso Ltd', domain: 'WWW.Contoso.com', tenantId: null };
    const links = findConflicts(
      [claim('1'), claim('2', { partner: relecloud, customer: noTenant, workloads: [{ name: 'Intune' }] })],
      DEFAULT_RULESET.workloads,
    );
    expect(links).toHaveLength(1);
    expect(links[0]!.why).toContain('customer domain contoso.com');
  });

  it('links on the same subscription id even when the workload names differ', () => {
    const sub = (name: string) => [{ name, subscriptionId: 'SUB-1' }];
    expect(
      findConflicts([
        claim('1', { workloads: sub('Azure Virtual Machines') }),
        claim('2', { partner: relecloud, workloads: sub('Azure SQL') }),
      ]),
    ).toHaveLength(1);
  });

  it('links a workload marked "another-partner" to the other partner’s claim on that customer', () => {
    const marked = claim('1', { workloads: [{ name: 'Microsoft Teams', association: 'another-partner' }] });
    const links = findConflicts([marked, claim('2', { partner: relecloud })]);
    expect(links).toHaveLength(1);
    expect(links[0]!.why).toContain('associated to another partner');
    expect(findConflicts([marked])).toEqual([]);
  });

  it('does not depend on the order of the claims', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(
          [
            claim('1'),
            claim('2', { partner: relecloud }),
            claim('3', { partner: { name: 'Litware', partnerId: '9' } }),
            claim('4', { customer: { name: 'X', domain: 'x.com' } }),
          ],
          { minLength: 4, maxLength: 4 },
        ),
        (claims) => {
          expect(
            findConflicts(claims)
              .map((l) => l.claims.join('-'))
              .sort(),
          ).toEqual(['1-2', '1-3', '2-3']);
        },
      ),
    );
  });
});

describe('duplicate documents', () => {
  const withHash = (id: string, over: Partial<LinkClaim> = {}) =>
    claim(id, { documents: [{ path: `${id}/a.pdf`, sha256: HASH_A.toUpperCase() }], ...over });

  it('lists the same file on claims of different partners or customers, with both paths', () => {
    const links = findDuplicateDocuments([withHash('2', { partner: relecloud }), withHash('1')]);
    expect(links).toEqual([{ kind: 'duplicate-document', claims: ['1', '2'], sha256: HASH_A, documents: ['1/a.pdf', '2/a.pdf'] }]);
    expect(
      findDuplicateDocuments([withHash('1'), withHash('2', { customer: { name: 'Northwind', domain: 'northwind.com' } })]),
    ).toHaveLength(1);
  });

  it('does not list one partner re-using a file for one customer', () => {
    expect(findDuplicateDocuments([withHash('1'), withHash('2')])).toEqual([]);
  });
});

const TEMPLATE = Array.from(
  { length: 12 },
  (_, i) =>
    `Phase ${i + 1}: the partner planned wave ${i}, configured step ${i} and deployed device compliance policies, conditional access rule ${i * 3} and app protection for pilot group ${i * 7}, then trained help desk team ${i * 11} on enrolment.`,
).join('\n');

describe('reused text', () => {
  it('gives near 1 for the same template with another customer name, and low for different text', () => {
    const a = textSignature(`Statement of work for Contoso.\n${TEMPLATE}`)!;
    const b = textSignature(`Statement of work for Northwind Traders.\n${TEMPLATE}`)!;
    const c = textSignature(Array.from({ length: 80 }, (_, i) => `word${i} other${i * 7} text${i * 3}`).join(' '))!;
    expect(signatureSimilarity(a, b)).toBeGreaterThan(0.85);
    expect(signatureSimilarity(a, c)).toBeLessThan(0.2);
  });

  it('returns no signature for short texts', () => {
    expect(textSignature('Signed by John Doe on 3 October 2026')).toBeNull();
  });

  it('does not link one customer’s documents with the same text', () => {
    const signed = (id: string, name: string) =>
      claim(id, { documents: [{ path: `${id}/poe.pdf`, signature: textSignature(`For ${name}\n${TEMPLATE}`) }] });
    expect(findReusedText([signed('1', 'Contoso'), signed('3', 'Contoso again')])).toEqual([]);
  });

  it('keeps a thousand copies of one template to one link, found in linear time', () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      claim(String(i).padStart(4, '0'), {
        customer: { name: `C${i % 8}`, domain: `c${i % 8}.com` },
        documents: [{ path: `${i}/poe.pdf`, signature: textSignature(`Customer C${i % 8} project ${i}\n${TEMPLATE}`) }],
      }),
    );
    const links = findReusedText(many);
    expect(links).toHaveLength(1);
    expect(links[0]!.claims).toHaveLength(1000);
  });

  it('links different customers’ documents with the same text', () => {
    const signed = (id: string, customer: LinkClaim['customer'], name: string) =>
      claim(id, { customer, documents: [{ path: `${id}/poe.pdf`, signature: textSignature(`For ${name}\n${TEMPLATE}`) }] });
    const northwind = { name: 'Northwind', domain: 'northwind.com' };
    const links = findReusedText([
      signed('1', claim('x').customer, 'Contoso'),
      signed('2', northwind, 'Northwind'),
      signed('3', claim('x').customer, 'Contoso again'),
    ]);
    expect(links.map((l) => l.claims.join('-'))).toEqual(['1-2-3']);
    expect(links[0]!.similarity).toBeGreaterThan(0.85);
    expect(links[0]!.similarity).toBeLessThanOrEqual(1);
  });

  it('similarity is symmetric and 1 with itself (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'), { minLength: 60, maxLength: 200 }),
        fc.array(fc.constantFrom('one', 'two', 'three', 'four', 'five'), { minLength: 60, maxLength: 200 }),
        (w1, w2) => {
          const a = textSignature(w1.join(' '));
          const b = textSignature(w2.join(' '));
          if (!a || !b) return;
          expect(signatureSimilarity(a, a)).toBe(1);
          expect(signatureSimilarity(a, b)).toBe(signatureSimilarity(b, a));
        },
      ),
    );
  });
});

describe('findLinks', () => {
  it('gives links that match the report contract, and finds a claim’s links', () => {
    const links = findLinks([
      claim('1', { documents: [{ path: '1/a.pdf', sha256: HASH_A }] }),
      claim('2', { partner: relecloud, documents: [{ path: '2/b.pdf', sha256: HASH_A }] }),
    ]);
    expect(links.map((l) => l.kind)).toEqual(['conflict', 'duplicate-document']);
    for (const l of links) expect(ClaimLinkSchema.parse(l)).toEqual(l);
    expect(linksOfClaim(links, '2').map((x) => x.others)).toEqual([['1'], ['1']]);
  });
});
