import { describe, expect, it } from 'vitest';
import { formatMailDate, writtenZone } from './mail-date';

describe('formatMailDate', () => {
  it.each([
    ['Fri, 02 Oct 2026 09:30:00 -0700', '2026-10-02T16:30:00.000Z', 'Fri, 2 Oct 2026, 09:30 -0700'],
    ['Fri, 2 Oct 2026 22:00:00 +0530', '2026-10-02T16:30:00.000Z', 'Fri, 2 Oct 2026, 22:00 +0530'],
    ['Thu, 1 Oct 2026 23:30:00 -1700', '2026-10-02T16:30:00.000Z', 'Fri, 2 Oct 2026, 16:30 UTC'],
    ['Fri, 02 Oct 2026 12:30:00 EDT', '2026-10-02T16:30:00.000Z', 'Fri, 2 Oct 2026, 12:30 EDT'],
    ['Fri, 02 Oct 2026 16:30:00 GMT', '2026-10-02T16:30:00.000Z', 'Fri, 2 Oct 2026, 16:30 GMT'],
    ['Sat, 03 Oct 2026 01:30:00 +0900 (JST)', '2026-10-02T16:30:00.000Z', 'Sat, 3 Oct 2026, 01:30 +0900 (JST)'],
  ])('%s is shown as %s', (written, iso, shown) => {
    expect(formatMailDate(iso, written).text).toBe(shown);
  });

  it('keeps text it cannot read as it is', () => {
    expect(formatMailDate('not a date', undefined)).toEqual({ text: 'not a date', title: 'not a date' });
  });

  it('reads no zone from a written date without one', () => {
    expect(writtenZone('Fri, 02 Oct 2026 16:30:00')).toBeNull();
    expect(writtenZone('Fri, 02 Oct 2026 16:30:00 XYZ')).toBeNull();
  });
});
