import { describe, expect, it } from 'vitest';
import { checkOf } from '@test/check-run';
import { ocrPart, ocrScan, type ScanLine } from '@test/ocr-fixtures';
import { DEFAULT_RULESET } from '../checks/ruleset';
import { parseDates } from '../text/dates';
import { foldString } from '../text/fold';
import { inkNear, ocrLanguagesFor, readablePart } from './ocr';

const RULES = DEFAULT_RULESET.ocr;

/** A scanned acceptance letter of Contoso's, signed (ink) or not, by John Doe. */
function letter(sign: boolean, date = '10 September 2026'): (string | ScanLine)[] {
  return [
    'Project completion and customer acceptance',
    'Fabrikam / Contoso',
    'Fabrikam deployed Microsoft Intune for 1,200 users and 900 devices between 1 June 2026 and 5 September 2026,',
    'in three phases: assessment and design, pilot with 50 users, production rollout and configuration of policies.',
    'Contoso confirms that the services described above were delivered by Fabrikam and accepts them.',
    { text: 'Signature:', ink: sign },
    'Name: John Doe, CISO',
    `Date: ${date}`,
  ];
}

describe('OCR text the checks read', () => {
  it('leaves out what OCR made of scribbles and dust (below the confidence floor) and keeps the lines', () => {
    const part = readablePart(ocrPart(['Signature: VAAVN@0.1 ~~@0.3 N@0.2', 'Name: John Doe']), RULES);
    expect(part?.text).toBe('Signature:\nName: John Doe');
    expect(part?.items?.map((i) => i.text)).toEqual(['Signature:', 'Name:', 'John', 'Doe']);
  });

  it('keeps a plain word below the floor (a label a stroke touched), with its low confidence', () => {
    const part = readablePart(ocrPart(['Name:@0.11 John Doe Woodgrove@0.13 AVP@0.18', 'Contoso accepts the work of Fabrikam']), RULES);
    expect(part?.text).toBe('Name: John Doe Woodgrove\nContoso accepts the work of Fabrikam');
    expect(part?.items?.[0]?.confidence).toBe(0.11);
  });

  it('does not read a page whose words average below the page floor (a person looks at it)', () => {
    expect(readablePart(ocrPart(['Contoso@0.3 accepts@0.4 the@0.5 work@0.2']), RULES)).toBeNull();
    const r = checkOf('signature', [ocrScan('a/scan.pdf', [['Contoso@0.3 accepts@0.4 the@0.5 work@0.2']])]);
    expect(r.status).toBe('review');
    expect(r.summary).toContain('read by OCR too poorly');
  });

  it('joins and repairs dates OCR splits or misreads (class 7)', () => {
    const lines = ['Date: 1O / O3 / 2026', '日付 2026 年 3 月 4 日', 'Signed March 4 , 2026', 'Datum: l2.O3.2O26'];
    const text = readablePart(ocrPart(lines), RULES)?.text ?? '';
    expect(text.split('\n')).toEqual(['Date: 10/03/2026', '日付 2026年3月4日', 'Signed March 4, 2026', 'Datum: 12.03.2026']);
    // and the date parser reads each of them
    const found = text.split('\n').map((l) => parseDates(foldString(l), { numericOrder: 'dmy' }).map((d) => d.date));
    expect(found.map((f) => f.length > 0)).toEqual([true, true, true, true]);
    // a word is not a date: "I/O" stays as it is
    expect(readablePart(ocrPart(['I/O ports']), RULES)?.text).toBe('I/O ports');
  });

  it('reads a scan in its country languages, English last', () => {
    expect(ocrLanguagesFor(['DE'], RULES)).toEqual(['deu', 'eng']);
    expect(ocrLanguagesFor(['US'], RULES)).toEqual(['eng']);
    expect(ocrLanguagesFor(['CH', 'BE'], RULES)).toEqual(['deu', 'fra', 'eng']);
  });
});

describe('a signature on a scan needs ink', () => {
  it('passes a scanned letter signed in ink near its signature label', () => {
    const r = checkOf('signature', [ocrScan('a/scan.pdf', [letter(true)])]);
    expect(r.status).toBe('pass');
    expect(r.evidence[0]?.ocrConfidence).toBeGreaterThan(0.9);
  });

  it('never passes a blank "Signature:" line on a scan, however complete the typed block is', () => {
    const r = checkOf('signature', [ocrScan('a/scan.pdf', [letter(false)])]);
    expect(r.status).toBe('fail');
    expect(r.summary).toContain('signature line is blank');
  });

  it('finds ink only near the label: a mark at the other end of the page is not a signature', () => {
    const part = ocrPart(letter(false));
    const far = { ...part, ocr: { ...part.ocr, state: 'done' as const, marks: [{ x: 400, y: 40, width: 100, height: 20 }] } };
    const at = far.text.indexOf('Signature:');
    expect(inkNear(far, at, at + 10)).toBe('none');
    expect(inkNear(ocrPart(letter(true)), at, at + 10)).toBe('ink');
    const noDetection = { ...part, ocr: { state: 'done' as const, meanConfidence: 0.9, words: 40 } };
    expect(inkNear(noDetection, at, at + 10)).toBe('unknown');
  });
});

describe('OCR never approves alone', () => {
  it('says review when a pass rests only on words read with low confidence', () => {
    // The signature block read with 0.65–0.7 confidence: above the floor, below the trusted level.
    const doubt = (t: string) =>
      t
        .split(' ')
        .map((w) => `${w}@0.68`)
        .join(' ');
    const lowSignature = letter(true).map((l, i) => (i < 5 ? l : typeof l === 'string' ? doubt(l) : { ...l, text: doubt(l.text) }));
    const r = checkOf('signature', [ocrScan('a/scan.pdf', [lowSignature])]);
    expect(r.status).toBe('review');
    expect(r.summary).toContain('read by OCR with low confidence');
  });

  it('says review, not fail, when a claimed product is missing from a scan but OCR read something like it', () => {
    const lines = letter(true).map((l) => (typeof l === 'string' ? l.replace('Microsoft Intune', 'Micros0ft lntune') : l));
    const r = checkOf('workloads', [ocrScan('a/scan.pdf', [lines])]);
    expect(r.status).toBe('review');
    expect(r.summary).toContain('OCR');
    const absent = letter(true).map((l) => (typeof l === 'string' ? l.replace('Microsoft Intune', 'Microsoft Teams') : l));
    expect(checkOf('workloads', [ocrScan('a/scan.pdf', [absent])]).status).toBe('fail');
  });
});
