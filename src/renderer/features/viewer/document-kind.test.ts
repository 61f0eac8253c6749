import { describe, expect, it } from 'vitest';
import { basename, documentKind, imageMimeType } from './document-kind';

describe('documentKind', () => {
  it('chooses the view by extension, whatever the case', () => {
    expect(documentKind('docs/Contoso-SOW.PDF', null)).toBe('pdf');
    expect(documentKind('a/photo.JPeG', null)).toBe('image');
    expect(documentKind('scan.tiff', 'image/tiff')).toBe('tiff');
    expect(documentKind('mail.eml', null)).toBe('eml');
    expect(documentKind('mail.msg', null)).toBe('msg');
    expect(documentKind('report.docx', null)).toBe('docx');
    expect(documentKind('plan.XLSX', null)).toBe('xlsx');
  });

  it('trusts the extension over a MIME type that claims otherwise', () => {
    expect(documentKind('evil.svg', 'image/svg+xml')).toBe('other');
    expect(documentKind('notes.txt', 'application/pdf')).toBe('other');
  });

  it('shows what the readers read, from the one list of types: GIF and WebP attachments as images, BMP not', () => {
    expect(documentKind('mail.eml#logo.gif', null)).toBe('image');
    expect(documentKind('shot.webp', null)).toBe('image');
    expect(documentKind('old.bmp', 'image/bmp')).toBe('other');
    expect(documentKind('unnamed', 'image/svg+xml')).toBe('other');
  });

  it('falls back to the MIME type when there is no extension', () => {
    expect(documentKind('m0013', 'message/rfc822')).toBe('eml');
    expect(documentKind('blob', 'application/pdf; name=x')).toBe('pdf');
  });
});

describe('basename and imageMimeType', () => {
  it('takes the last segment of either slash', () => {
    expect(basename('claims/C-1/a b.pdf')).toBe('a b.pdf');
    expect(basename('claims\\C-1\\x.png')).toBe('x.png');
  });

  it('never labels an image as SVG', () => {
    expect(imageMimeType('x.png')).toBe('image/png');
    expect(imageMimeType('x.jpg')).toBe('image/jpeg');
    expect(imageMimeType('x.svg')).toBe('image/jpeg');
  });
});
