import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonths, compareDates, fromIsoDate, isValidDate, windowPosition, type CalendarDate } from './calendar';

const d = (s: string): CalendarDate => {
  const v = fromIsoDate(s);
  if (!v) throw new Error(s);
  return v;
};

describe('12-month window', () => {
  it('keeps an acknowledgement dated exactly 12 months before submission, drops 12 months and one day', () => {
    expect(windowPosition(d('2025-10-03'), d('2026-10-03'), 12)).toBe('within');
    expect(windowPosition(d('2025-10-02'), d('2026-10-03'), 12)).toBe('before');
  });

  it('treats the submission day itself as within and the next day as after', () => {
    expect(windowPosition(d('2026-10-03'), d('2026-10-03'), 12)).toBe('within');
    expect(windowPosition(d('2026-10-04'), d('2026-10-03'), 12)).toBe('after');
  });

  it('moves a leap day to the end of February: 2024-02-29 + 12 months = 2025-02-28', () => {
    expect(addMonths(d('2024-02-29'), 12)).toEqual(d('2025-02-28'));
    expect(windowPosition(d('2024-02-29'), d('2025-02-28'), 12)).toBe('within');
    expect(windowPosition(d('2024-02-29'), d('2025-03-01'), 12)).toBe('before');
    expect(addMonths(d('2024-02-29'), 48)).toEqual(d('2028-02-29'));
  });

  it('clamps month ends when subtracting too', () => {
    expect(addMonths(d('2025-03-31'), -1)).toEqual(d('2025-02-28'));
    expect(addMonths(d('2025-01-15'), -13)).toEqual(d('2023-12-15'));
  });

  it('reads the written day of a date-time, not its UTC day', () => {
    expect(fromIsoDate('2026-06-05T23:30:00-07:00')).toEqual(d('2026-06-05'));
    expect(fromIsoDate('2026-02-30')).toBeNull();
  });

  it('addMonths always gives a valid date, and n then -n months never lands later', () => {
    const date = fc
      .record({ year: fc.integer({ min: 1990, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
      .filter(isValidDate);
    fc.assert(
      fc.property(date, fc.integer({ min: -240, max: 240 }), (x, n) => {
        const moved = addMonths(x, n);
        expect(isValidDate(moved)).toBe(true);
        expect(compareDates(addMonths(moved, -n), x)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
