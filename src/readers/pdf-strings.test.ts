import { describe, expect, it } from 'vitest';
import { bytesToLatin1 } from './pdf-strings';

describe('bytesToLatin1', () => {
  it('gives each byte its own code point, 0x80-0x9F included (not windows-1252), across chunk borders', () => {
    const bytes = Uint8Array.from({ length: 20_000 }, (_, i) => (i * 7) % 256);
    const text = bytesToLatin1(bytes);
    expect(text.length).toBe(bytes.length);
    expect(Array.from(text, (c) => c.charCodeAt(0))).toEqual(Array.from(bytes));
    expect(bytesToLatin1(new Uint8Array([0x80, 0x9f, 0xff]))).toBe('\u0080\u009f\u00ff');
  });
});
