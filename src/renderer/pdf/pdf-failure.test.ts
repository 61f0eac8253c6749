import { describe, expect, it } from 'vitest';
import { classifyPdfError, describePdfFailure } from './pdf-failure';

describe('classifyPdfError', () => {
  it('tells a missing password from a wrong one', () => {
    expect(classifyPdfError({ name: 'PasswordException', code: 1, message: 'No password given' }).kind).toBe('password-required');
    expect(classifyPdfError({ name: 'PasswordException', code: 2, message: 'Incorrect Password' }).kind).toBe('password-incorrect');
  });

  it('calls a broken structure corrupt and keeps pdf.js reason', () => {
    const failure = classifyPdfError({ name: 'InvalidPDFException', message: 'Invalid PDF structure.' });
    expect(failure).toEqual({ kind: 'corrupt', reason: 'Invalid PDF structure' });
    expect(describePdfFailure('broken.pdf', failure)).toBe('broken.pdf could not be opened: corrupt (Invalid PDF structure)');
  });

  it('calls a certificate-encrypted file unsupported', () => {
    expect(classifyPdfError({ name: 'UnknownErrorException', message: 'unknown encryption method' }).kind).toBe('unsupported');
  });

  it('never throws on odd values', () => {
    expect(classifyPdfError(null)).toEqual({ kind: 'error', reason: 'null' });
    expect(classifyPdfError('boom').reason).toBe('boom');
    expect(classifyPdfError(new Error('x'.repeat(1000))).reason.length).toBe(300);
  });
});
