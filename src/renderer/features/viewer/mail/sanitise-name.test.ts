import { describe, expect, it } from 'vitest';
import { sanitiseAttachmentName } from './sanitise-name';

describe('sanitiseAttachmentName', () => {
  it('drops folder parts of either slash', () => {
    expect(sanitiseAttachmentName('..\\..\\x.exe')).toBe('x.exe');
    expect(sanitiseAttachmentName('1234/../../1234.txt')).toBe('1234.txt');
    expect(sanitiseAttachmentName('/etc/passwd')).toBe('passwd');
  });

  it('removes the right-to-left override so the real extension shows', () => {
    expect(sanitiseAttachmentName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
  });

  it('removes control characters and zero-width marks', () => {
    expect(sanitiseAttachmentName('a\u0000b\r\n\u200Bc.pdf')).toBe('abc.pdf');
  });

  it('defuses Windows device names', () => {
    expect(sanitiseAttachmentName('CON')).toBe('_CON');
    expect(sanitiseAttachmentName('nul.txt')).toBe('_nul.txt');
    expect(sanitiseAttachmentName('console.txt')).toBe('console.txt');
  });

  it('gives a fallback for empty or dot-only names', () => {
    expect(sanitiseAttachmentName(null)).toBe('attachment');
    expect(sanitiseAttachmentName('../..')).toBe('attachment');
    expect(sanitiseAttachmentName(' . ')).toBe('attachment');
  });

  it('bounds the length and keeps the extension', () => {
    const name = sanitiseAttachmentName(`${'a'.repeat(500)}.pdf`);
    expect(name.length).toBe(120);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});
