import { describe, expect, it } from 'vitest';
import type { PdfSignatureFact } from '@shared/documents/types';
import { summariseSignature, worstTone } from './signature-summary';

const signed: PdfSignatureFact = {
  fieldName: 'Signature1',
  isSigned: true,
  signerName: 'Jane Doe',
  certificateSubject: 'CN=Jane Doe, O=Contoso, C=US',
  signingTime: '2026-08-01T14:05:09.000Z',
  integrity: 'intact',
  integrityDetail: 'byte ranges cover the whole file and the digest matches',
};

describe('signature badge wording', () => {
  it('says who signed, when, that the bytes are intact, the certificate, and that trust was not checked', () => {
    const s = summariseSignature(signed);
    expect(s.text).toBe('Signed by Jane Doe, 2026-08-01 14:05 UTC — intact');
    expect(s.certificate).toBe('Certificate: CN=Jane Doe, O=Contoso, C=US · trust not checked');
  });

  it('says "modified after signing" and names an empty field', () => {
    expect(summariseSignature({ ...signed, integrity: 'modified' }).text).toBe(
      'Signed by Jane Doe, 2026-08-01 14:05 UTC — modified after signing',
    );
    const empty = summariseSignature({
      fieldName: 'CustomerSig',
      isSigned: false,
      page: 3,
      integrity: 'cannot-verify',
      integrityDetail: '',
    });
    expect(empty.text).toBe('Empty signature field "CustomerSig" on page 3');
    expect(empty.tone).toBe('empty');
  });

  it('lets the worst signature decide the tab', () => {
    expect(worstTone([signed, { ...signed, integrity: 'modified' }])).toBe('modified');
    expect(worstTone([signed])).toBe('intact');
    expect(worstTone([])).toBeNull();
  });
});
