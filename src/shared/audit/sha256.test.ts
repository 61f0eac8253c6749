import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sha256Bytes, sha256Text, utf8Encode } from './sha256';

async function reference(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

describe('sha256', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256Text('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Text('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Text('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with crypto.subtle on arbitrary bytes, including block boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        expect(sha256Bytes(bytes)).toBe(await reference(bytes));
      }),
      { numRuns: 200 },
    );
  });

  it('encodes text as UTF-8 exactly like TextEncoder (astral, lone surrogates)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(Array.from(utf8Encode(text))).toEqual(Array.from(new TextEncoder().encode(text)));
      }),
    );
    expect(Array.from(utf8Encode('\ud800x'))).toEqual(Array.from(new TextEncoder().encode('\ud800x')));
  });
});
