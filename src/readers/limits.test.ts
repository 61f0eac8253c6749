import { describe, expect, it } from 'vitest';
import { LIMITS } from '@shared/limits';
import { extractDocument } from './extract';
import { imagePixelRefusal } from './image-reader';
import { createNodeReaderEnv } from './node';
import { listObjects } from './pdf-raw';
import { bytesToLatin1 } from './pdf-strings';
import { pdfOfPages, pdfWithActiveContent, pngDeclaring } from './testing/hostile-files';

const env = createNodeReaderEnv();

describe('image files: the pixel limit, from the header (issue 12)', () => {
  it('refuses a PNG declaring 50,000 × 50,000 pixels as too large to read, naming its size', async () => {
    const d = await extractDocument({ path: 'docs/huge.png', bytes: pngDeclaring(50_000, 50_000) }, env);
    expect(d.state).toBe('refused');
    expect(d.stateDetail).toBe('too large to read: 50,000 × 50,000 pixels, over the 50-megapixel limit');
  });

  it('refuses the same image as an e-mail attachment', async () => {
    const png = pngDeclaring(50_000, 50_000);
    const b64 = btoa(String.fromCharCode(...png));
    const mail = [
      'From: p@fabrikam.com',
      'Subject: screenshot',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'see attached',
      '--b',
      'Content-Type: image/png',
      'Content-Transfer-Encoding: base64',
      'Content-Disposition: attachment; filename="huge.png"',
      '',
      b64,
      '--b--',
      '',
    ].join('\r\n');
    const d = await extractDocument({ path: 'docs/mail.eml', bytes: new TextEncoder().encode(mail) }, env);
    expect(d.attachments.map((a) => [a.state, a.stateDetail])).toEqual([
      ['refused', 'too large to read: 50,000 × 50,000 pixels, over the 50-megapixel limit'],
    ]);
  });

  it('reads an image at the limit, and the viewer check agrees with the readers on both sides of it', async () => {
    const side = Math.floor(Math.sqrt(LIMITS.imagePixels));
    const d = await extractDocument({ path: 'docs/ok.png', bytes: pngDeclaring(side, side) }, env);
    expect(d.state).not.toBe('refused');
    expect(d.image).toMatchObject({ width: side, height: side });
    expect(imagePixelRefusal(pngDeclaring(side, side))).toBeNull();
    expect(imagePixelRefusal(pngDeclaring(side + 1, side + 1))).toMatch(/^too large to read: 7,072 × 7,072 pixels/);
  });
});

describe('PDF page counts (issue 12)', () => {
  it('refuses a PDF of more than 10,000 pages before reading any page', async () => {
    const d = await extractDocument({ path: 'docs/pages.pdf', bytes: pdfOfPages(LIMITS.pdfPages + 1) }, env);
    expect(d.state).toBe('refused');
    expect(d.stateDetail).toBe('too large to read: 10,001 pages, over the 10,000-page limit');
    expect(d.parts).toEqual([]);
  });

  it('lists every object of a file of many small objects (the raw scan does not search the whole file per object)', () => {
    const src = bytesToLatin1(pdfOfPages(20_000));
    const objects = listObjects(src, 0, src.length);
    expect(objects).toHaveLength(20_004);
    expect(objects.filter((o) => o.isStream).map((o) => o.num)).toEqual([3]);
  });
});

describe('PDF page counts read from the raw page tree', () => {
  it('refuses a page tree declaring more pages than the limit before pdf.js opens the file', async () => {
    // One real page, a /Count of 213,804,087 (the fuzzer case in the corpus, pdf-broken/lying-page-count-overflow.pdf).
    const text = new TextDecoder('latin1').decode(pdfOfPages(1)).replace('/Count 1 ', '/Count 213804087 ');
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const d = await extractDocument({ path: 'docs/lying.pdf', bytes }, env);
    expect([d.state, d.stateDetail]).toEqual(['refused', 'too large to read: 213,804,087 pages, over the 10,000-page limit']);
  });
});

describe('active content (RELIABILITY 14)', () => {
  it('reads a PDF with javascript: links, scripts and an XFA form as its page text only', async () => {
    const d = await extractDocument({ path: 'docs/active.pdf', bytes: pdfWithActiveContent() }, env);
    expect(d.state).toBe('ok');
    expect(d.parts.map((p) => p.text)).toEqual(['Statement of Work: click here\nSecond link\nName:']);
    expect(JSON.stringify(d)).not.toMatch(/app\.alert|__poeActive|javascript:/);
  });
});
