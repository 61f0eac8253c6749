import { describe, expect, it } from 'vitest';
import { allExtraFields, basename, checkContactDomain, flattenFields } from './claim-facts-model';

describe('customer contact domain', () => {
  it('accepts the customer domain and its subdomains', () => {
    expect(checkContactDomain({ domain: 'contoso.com', contactEmail: 'John.Doe@Contoso.com' })).toBeNull();
    expect(checkContactDomain({ domain: 'contoso.com', contactEmail: 'it@emea.contoso.com' })).toBeNull();
    expect(checkContactDomain({ domain: null, contactEmail: 'a@b.com' })).toBeNull();
  });

  it('flags a mismatch without a reason as missing one, and shows the reason when given', () => {
    const bare = checkContactDomain({ domain: 'contoso.com', contactEmail: 'john@gmail.com' });
    expect(bare?.message).toBe(
      'Contact email domain gmail.com differs from customer domain contoso.com, and the claim gives no mismatch reason.',
    );
    expect(checkContactDomain({ domain: 'contoso.com', contactEmail: 'john@notcontoso.com' })).not.toBeNull();
    const explained = checkContactDomain({
      domain: 'contoso.com',
      contactEmail: 'j@fabrikam-hosted.com',
      domainMismatchReason: 'Hosted mailbox',
    });
    expect(explained?.reason).toBe('Hosted mailbox');
    expect(explained?.message).toContain('Reason given: Hosted mailbox');
  });
});

describe('extra fields', () => {
  it('lists unknown keys at every level with their paths, and nothing known', () => {
    const raw = {
      claimId: '1',
      reviewPriority: 'high',
      partner: { name: 'Fabrikam', partnerId: '5', tier: 'Gold' },
      customer: { name: 'Contoso', industry: { code: 7 } },
      workloads: [{ name: 'Intune', seats: 250 }],
      documents: [{ path: 'a.pdf', pages: 3 }],
      comments: [],
    };
    expect(allExtraFields(raw)).toEqual([
      { path: 'reviewPriority', value: 'high' },
      { path: 'partner.tier', value: 'Gold' },
      { path: 'customer.industry', value: '{"code":7}' },
      { path: 'workloads[0].seats', value: '250' },
      { path: 'documents[0].pages', value: '3' },
    ]);
  });

  it('flattens an invalid claim so every field it had is visible', () => {
    expect(flattenFields({ claimId: 5, partner: { name: '' }, workloads: [null] })).toEqual([
      { path: 'claimId', value: '5' },
      { path: 'partner.name', value: '""' },
      { path: 'workloads[0]', value: '—' },
    ]);
  });

  it('names documents and mail attachments by file name', () => {
    expect(basename('1004973/Contoso-SOW-signed.pdf')).toBe('Contoso-SOW-signed.pdf');
    expect(basename('1004973/ack.eml#sow.pdf')).toBe('ack.eml');
  });
});
