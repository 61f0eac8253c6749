import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toIsoDate } from './calendar';
import { parseDates, type NumericOrder } from './dates';
import { foldString } from './fold';

const iso = (text: string, numericOrder: NumericOrder | null = 'dmy') =>
  parseDates(foldString(text), { numericOrder }).map((m) => toIsoDate(m.date));

describe('parseDates', () => {
  it('reads ISO dates and date-times', () => {
    expect(iso('Signed 2026-06-05T10:00:00Z and 2026/07/01')).toEqual(['2026-06-05', '2026-07-01']);
  });

  it('reads written months in English, German, French and Spanish', () => {
    expect(iso('June 1, 2025 – September 10th, 2025')).toEqual(['2025-06-01', '2025-09-10']);
    expect(iso('Datum: 5. März 2025')).toEqual(['2025-03-05']);
    expect(iso('Fait le 1er février 2025')).toEqual(['2025-02-01']);
    expect(iso('Fecha: 3 de diciembre de 2024')).toEqual(['2024-12-03']);
    expect(iso('Date: Thu, 5 Jun 2025 10:22:01 +0000')).toEqual(['2025-06-05']);
    expect(iso('12-Aug-2025')).toEqual(['2025-08-12']);
  });

  it('reads Turkish and Czech written months and Czech spaced dotted dates, day first for any country', () => {
    expect(iso('Tarih: 12 Eylül 2026 · İzmir, 3 Mart 2025 · 28 Şubat 2026')).toEqual(['2026-09-12', '2025-03-03', '2026-02-28']);
    expect(iso('V Praze dne 12. září 2026; převzato 1. července 2026; listopad 2026 ne')).toEqual(['2026-09-12', '2026-07-01']);
    expect(iso('Datum: 12. 9. 2026, Čas podpisu: 3. 11. 2025 14:03:11', 'mdy')).toEqual(['2026-09-12', '2025-11-03']);
    // Not a date: a section number followed by a number, or an amount.
    expect(iso('Článek 12. 9. 20261 · bod 3. 4. odst. 2026')).toEqual([]);
  });

  it('reads Hungarian year-first written dates', () => {
    expect(iso('Budapest, 2026. szeptember 12. · 2025. március 3.')).toEqual(['2026-09-12', '2025-03-03']);
  });

  it('does not read invoice numbers, order references or version strings as dates', () => {
    expect(iso('Invoice INV-2026-10-12-0457, order #12/05/2026, ticket 2026-11-05/3')).toEqual([]);
    expect(iso('Template version 1.3.2026; ruleset poe-default@2026.11.1; build 2026.10.03; v2026.11.1')).toEqual([]);
    expect(iso('Versión 5.6.2026 · Rechnungsnr. 12.05.2026 · SKU 3/4/2026X · Total 1.12.2026,00 EUR')).toEqual([]);
  });

  it('does not read a product release name as a date', () => {
    expect(iso('Upgrade to Windows 10 May 2020 Update and Windows 11 March 2026 feature pack on 12 March 2026')).toEqual(['2026-03-12']);
  });

  it('still reads dates next to such words when the date stands alone', () => {
    expect(iso('Version 2.1 dated 05.06.2026; invoice date: 2026-10-12 (12/05/2026).')).toEqual(['2026-06-05', '2026-10-12', '2026-05-12']);
  });

  it('does not read phone numbers, IP addresses or bank numbers as dates', () => {
    expect(iso('Tel +33 1.23.45.67.89 · +1 425-12-2026 · 10.12.20.26 · IBAN DE12 5001 0517 0648 4898 90')).toEqual([]);
  });

  it('reads German dd.mm.yyyy as day-first even for a US customer', () => {
    expect(iso('Berlin, den 03.04.2025', 'mdy')).toEqual(['2025-04-03']);
  });

  it('lets the country decide 03/04/2025 and marks it ambiguous', () => {
    const us = parseDates('03/04/2025', { numericOrder: 'mdy' })[0];
    const uk = parseDates('03/04/2025', { numericOrder: 'dmy' })[0];
    expect(us && toIsoDate(us.date)).toBe('2025-03-04');
    expect(uk && toIsoDate(uk.date)).toBe('2025-04-03');
    expect(us?.ambiguous).toBe(true);
    expect(us?.alternatives.map(toIsoDate)).toEqual(['2025-04-03']);
  });

  it('is not ambiguous when one part is above 12, whatever the country says', () => {
    const m = parseDates('25/06/2025', { numericOrder: 'mdy' })[0];
    expect(m && toIsoDate(m.date)).toBe('2025-06-25');
    expect(m?.ambiguous).toBe(false);
  });

  it('reads CJK dates', () => {
    expect(iso('署名日 2025年6月5日')).toEqual(['2025-06-05']);
  });

  it('ignores impossible dates and version numbers', () => {
    expect(iso('31/02/2025, version 10.0.19045, total 1.234,56')).toEqual([]);
  });

  it('finds any valid date written in any supported form (property)', () => {
    const months = [
      'January',
      'Februar',
      'mars',
      'abril',
      'June',
      'Juli',
      'août',
      'September',
      'octubre',
      'November',
      'Dezember',
      'décembre',
    ];
    const monthNo = [1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 12];
    fc.assert(
      fc.property(
        fc.integer({ min: 1995, max: 2090 }),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 4 }),
        fc.string({ maxLength: 20 }),
        (year, mi, day, form, noise) => {
          const month = monthNo[mi] ?? 1;
          const pad = (n: number) => String(n).padStart(2, '0');
          const text =
            [
              `${year}-${pad(month)}-${pad(day)}`,
              `${day}.${month}.${year}`,
              `${day} ${months[mi]} ${year}`,
              `${months[mi]} ${day}, ${year}`,
              `${pad(day)}/${pad(month)}/${year}`,
            ][form] ?? '';
          const clean = noise.replace(/[\d\p{L}]/gu, ' ');
          const found = iso(`${clean} ${text} ${clean}`, 'dmy');
          expect(found).toContain(`${year}-${pad(month)}-${pad(day)}`);
        },
      ),
    );
  });

  it('never throws and only returns valid dates on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        for (const m of parseDates(foldString(s), { numericOrder: null })) {
          expect(m.end).toBeGreaterThan(m.start);
          expect(toIsoDate(m.date)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }),
    );
  });
});
