import { describe, expect, it } from 'vitest';
import { LIMITS } from '@shared/limits';
import { extractDocument } from './extract';
import { createNodeReaderEnv } from './node';
import { flateBombPdf } from './testing/flate-bomb';

const env = createNodeReaderEnv();

describe('flate bombs in PDFs (issue 12 item 1)', () => {
  it.each(['zlib', 'raw'] as const)(
    'refuses a PDF whose %s content stream decodes past the stream limit, before pdf.js holds it',
    async (framing) => {
      const bytes = flateBombPdf(LIMITS.pdfStreamBytes + 8 * 1024 * 1024, framing);
      expect(bytes.length).toBeLessThan(200_000);
      const doc = await extractDocument({ path: 'bomb.pdf', bytes }, env);
      expect(doc.state).toBe('refused');
      expect(doc.stateDetail).toBe('too large to read: stream 4 0 obj decodes to more than 64 MB');
    },
  );

  it('refuses a stream just over the limit, compressed as densely as deflate goes (small streams are not inflated)', async () => {
    const bytes = flateBombPdf(LIMITS.pdfStreamBytes + 1024);
    const doc = await extractDocument({ path: 'bomb.pdf', bytes }, env);
    expect(doc.state).toBe('refused');
  });

  it('reads a PDF whose streams stay under the limit', async () => {
    const doc = await extractDocument({ path: 'fine.pdf', bytes: flateBombPdf(1024 * 1024) }, env);
    expect(doc.state).toBe('ok');
  });
});
