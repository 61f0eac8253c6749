import { describe, expect, it } from 'vitest';
import { evidenceNeedles, findQuote, findQuoteRanges, segmentsCovered } from './evidence-match';

describe('evidence matching', () => {
  it('finds a quote whatever its case and spacing, across line breaks', () => {
    expect(findQuote('Signed by\n  Jane   DOE on 3 June', 'signed by jane doe')).toEqual({ start: 0, end: 22 });
  });

  it('matches a quote cut with an ellipsis by what is left', () => {
    expect(evidenceNeedles('“Accepted on behalf of Contoso…”')).toEqual(['Accepted on behalf of Contoso']);
    expect(findQuote('We accepted on behalf of Contoso Ltd.', 'Accepted on behalf of Contoso…')).not.toBeNull();
  });

  it('places a quote whose tail differs by its first words', () => {
    expect(
      findQuote(
        'The customer signed the acceptance form on 3 June 2026 at the office',
        'the customer signed the acceptance form on 4 June',
      ),
    ).toEqual({ start: 0, end: 39 });
  });

  it('says which paragraphs or cells a quote covers, across several', () => {
    const segments = [
      { text: 'Role', separator: '\t' },
      { text: 'Name', separator: '\n' },
      { text: 'Customer signatory', separator: '\t' },
      { text: 'Signed by Jane Doe', separator: '\n' },
    ];
    expect(segmentsCovered(segments, 'Customer signatory Signed by Jane')).toEqual([2, 3]);
    expect(segmentsCovered(segments, 'Jane Doe')).toEqual([3]);
    expect(segmentsCovered(segments, 'nowhere')).toEqual([]);
  });

  it('finds each piece of a quote the engine joined from several lines with "; "', () => {
    const header = 'From: John Doe <john@contoso.com>\nTo: Priya <p@fabrikam.com>\nDate: 2026-10-02T16:30:00.000Z\nSubject: Signed SOW';
    const ranges = findQuoteRanges(header, 'From: John Doe <john@contoso.com>; Date: 2026-10-02T16:30:00.000Z; Subject: Signed SOW');
    expect(ranges.map((r) => header.slice(r.start, r.end))).toEqual([
      'From: John Doe <john@contoso.com>',
      'Date: 2026-10-02T16:30:00.000Z',
      'Subject: Signed SOW',
    ]);
  });
});
