import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isInsideSegments, normaliseQueuePath, pathSegments } from './queue-path';

function reasonOf(p: string): string {
  const r = normaliseQueuePath(p);
  if (r.ok) throw new Error(`expected ${JSON.stringify(p)} to be refused, got ${r.path}`);
  return r.reason;
}

describe('normaliseQueuePath', () => {
  it.each([
    ['1004973/Contoso-SOW-signed.pdf', '1004973/Contoso-SOW-signed.pdf'],
    ['./1004973/a.pdf', '1004973/a.pdf'],
    ['a/./b.pdf', 'a/b.pdf'],
    ['50%off.pdf', '50%off.pdf'],
    ['%zz.pdf', '%zz.pdf'],
    ['...pdf', '...pdf'],
    ['Überweisung 2026.pdf', 'Überweisung 2026.pdf'],
  ])('accepts %j as %j', (input, expected) => {
    expect(normaliseQueuePath(input)).toEqual({ ok: true, path: expected });
  });

  it.each([
    ['', /empty/],
    ['../../etc/passwd', /leaves the queue/],
    ['../queue-evil/x.pdf', /leaves the queue/],
    ['a/../../b.pdf', /leaves the queue/],
    ['a/../b.pdf', /leaves the queue/],
    ['..', /leaves the queue/],
    ['a/... /b.pdf', /leaves the queue/],
    ['/etc/passwd', /absolute/],
    ['C:\\Windows\\win.ini', /backslash/],
    ['C:/Windows/win.ini', /drive/],
    ['c:x.pdf', /drive/],
    ['..\\..\\x.pdf', /backslash/],
    ['a\\b.pdf', /backslash/],
    ['%2e%2e/%2e%2e/etc/passwd', /percent-decoded.*leaves the queue/],
    ['%2E%2E%2Fx.pdf', /percent-decoded/],
    ['%252e%252e/x.pdf', /percent-decoded/],
    ['%2fetc/passwd', /percent-decoded.*absolute/],
    ['a%5cb.pdf', /percent-decoded.*backslash/],
    ['a%00.pdf', /percent-decoded.*control/],
    ['a\u0000.pdf', /control/],
    ['a\n.pdf', /control/],
    ['a//b.pdf', /empty segment/],
    ['a/', /empty segment/],
    ['.', /queue folder itself/],
    ['./.', /queue folder itself/],
    ['report.pdf:hidden', /":"/],
    ['x'.repeat(1025), /longer than/],
  ])('refuses %j', (input, reason) => {
    expect(reasonOf(input)).toMatch(reason);
  });

  it('never throws and never returns a path that leaves the queue (fuzz)', () => {
    const pieces = fc.constantFrom('..', '.', '', 'a', 'b.pdf', '%2e', '%2e%2e', '%2f', '%5c', '\\', '/', 'C:', '\u0000', ' ', '%', '%25');
    const arbitraryPath = fc.oneof(
      fc.string(),
      fc.array(pieces, { maxLength: 8 }).map((xs) => xs.join('')),
      fc.array(pieces, { maxLength: 6 }).map((xs) => xs.join('/')),
    );
    fc.assert(
      fc.property(arbitraryPath, (p) => {
        const r = normaliseQueuePath(p);
        if (!r.ok) return r.reason.length > 0;
        const segments = r.path.split('/');
        return (
          !r.path.startsWith('/') &&
          !r.path.includes('\\') &&
          !r.path.includes('\u0000') &&
          segments.every((s) => s !== '' && s !== '.' && s !== '..') &&
          // Normalising is idempotent: the result is its own normal form.
          JSON.stringify(normaliseQueuePath(r.path)) === JSON.stringify(r)
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('resolving an accepted path under a root stays under the root (segment model)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', '..', '.', 'q', '%2e%2e', 'x.pdf'), { minLength: 1, maxLength: 6 }), (parts) => {
        const r = normaliseQueuePath(parts.join('/'));
        if (!r.ok) return true;
        const resolved: string[] = ['root', 'queue'];
        for (const s of r.path.split('/')) {
          if (s === '..') resolved.pop();
          else if (s !== '.') resolved.push(s);
        }
        return isInsideSegments(['root', 'queue'], resolved);
      }),
    );
  });
});

describe('isInsideSegments', () => {
  it('compares segments, not string prefixes', () => {
    const root = pathSegments('/data/queue', '/');
    expect(isInsideSegments(root, pathSegments('/data/queue/a.pdf', '/'))).toBe(true);
    expect(isInsideSegments(root, pathSegments('/data/queue', '/'))).toBe(true);
    expect(isInsideSegments(root, pathSegments('/data/queue-evil/x.pdf', '/'))).toBe(false);
    expect(isInsideSegments(root, pathSegments('/data', '/'))).toBe(false);
  });

  it('handles Windows separators and case when asked', () => {
    const root = pathSegments('C:\\Users\\Ana\\Queue', '\\');
    expect(isInsideSegments(root, pathSegments('c:\\users\\ana\\queue\\a.pdf', '\\'), true)).toBe(true);
    expect(isInsideSegments(root, pathSegments('c:\\users\\ana\\queue\\a.pdf', '\\'), false)).toBe(false);
    expect(isInsideSegments(root, pathSegments('C:\\Users\\Ana\\Queue2\\a.pdf', '\\'), true)).toBe(false);
  });
});
