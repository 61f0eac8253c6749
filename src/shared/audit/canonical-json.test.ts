import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sortedKeys } from './canonical-json';

/** The canonical form written out by hand, independent of the implementation's fast path. */
function reference(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${reference(record[k])}`).join(',')}}`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';
  return JSON.stringify(value);
}

describe('canonicalJson', () => {
  it('gives the same text for any key order, sorted or not, as the reference writer', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(reference(value));
        expect(canonicalJson(sortedKeys(value))).toBe(reference(value));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps an own "__proto__" member (as JSON.parse makes it) in sorted copies too', () => {
    const value = JSON.parse('{"b":1,"__proto__":"x"}') as unknown;
    expect(canonicalJson(value)).toBe('{"__proto__":"x","b":1}');
    expect(canonicalJson(sortedKeys(value))).toBe('{"__proto__":"x","b":1}');
  });

  it('sorts integer-like keys as text, though JSON.stringify would put 9 before 10', () => {
    expect(canonicalJson({ '9': 'a', '10': 'b' })).toBe('{"10":"b","9":"a"}');
    expect(canonicalJson(sortedKeys({ b: { '9': 1, '10': 2 }, a: 1 }))).toBe('{"a":1,"b":{"10":2,"9":1}}');
  });

  it('drops undefined members, writes non-finite numbers as null and ignores toJSON, in sorted objects too', () => {
    expect(canonicalJson({ a: 1, b: undefined, c: [undefined, Number.NaN] })).toBe('{"a":1,"c":[null,null]}');
    const at = new Date('2026-11-20T10:00:00Z');
    expect(canonicalJson({ a: at })).toBe('{"a":{}}');
    expect(canonicalJson(undefined)).toBe('null');
  });
});
