import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findJsonSyntaxError } from './json-syntax';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('findJsonSyntaxError', () => {
  it('agrees with JSON.parse on valid and damaged JSON', () => {
    const damaged = fc
      .tuple(fc.jsonValue(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', "'", '\n', 'x', ':'))
      .map(([v, at, insert]) => {
        const text = JSON.stringify(v, null, 1) ?? 'null';
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + (insert === '' ? 1 : 0));
      });
    fc.assert(
      fc.property(damaged, (text) => {
        expect(findJsonSyntaxError(text) === null).toBe(parses(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('locates errors by line and column', () => {
    expect(findJsonSyntaxError('{\n "a": 1,\n}')).toMatchObject({
      line: 3,
      column: 1,
      message: 'expected a property name in double quotes but found "}"',
    });
    expect(findJsonSyntaxError("{'a': 1}")).toMatchObject({ line: 1, column: 2, message: expect.stringMatching(/single quote/) });
    expect(findJsonSyntaxError('{"a": "x\ny"}')).toMatchObject({ line: 1, column: 9, message: expect.stringMatching(/control character/) });
  });

  it('survives deep nesting without overflowing the stack', () => {
    expect(findJsonSyntaxError('['.repeat(200_000))).toMatchObject({ message: 'unexpected end of input, expected a value' });
  });
});
