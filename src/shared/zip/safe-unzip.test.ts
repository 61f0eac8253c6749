import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, zipSync } from 'fflate';
import { ZipRefusedError, inspectZip, safeUnzip } from './safe-unzip';

/** Finds the central directory record of `name` and overwrites its declared uncompressed size. */
function lieAboutSize(zip: Uint8Array, name: string, declared: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const target = strToU8(name);
  for (let i = 0; i < out.length - 46; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLen = view.getUint16(i + 28, true);
    if (nameLen === target.length && strFromU8(out.subarray(i + 46, i + 46 + nameLen)) === name) {
      view.setUint32(i + 24, declared, true);
      return out;
    }
  }
  throw new Error('entry not found');
}

function refusalKind(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof ZipRefusedError ? err.kind : `not a ZipRefusedError: ${String(err)}`;
  }
  return undefined;
}

describe('inspectZip', () => {
  it('lists entries with sizes from the central directory', () => {
    const zip = zipSync({ 'a.txt': strToU8('hello world'), 'dir/': new Uint8Array(0), 'dir/b.xml': strToU8('<x/>') });
    const info = inspectZip(zip);
    expect(info.map((e) => e.name).sort()).toEqual(['a.txt', 'dir/', 'dir/b.xml']);
    expect(info.find((e) => e.name === 'a.txt')?.uncompressedSize).toBe(11);
    expect(info.find((e) => e.name === 'dir/')?.isDirectory).toBe(true);
  });

  it.each([
    ['../evil.txt', '"../"'],
    ['a/../../evil.txt', '"../"'],
    ['/etc/passwd', 'absolute'],
    ['C:/x.txt', 'absolute'],
    ['a\\..\\b.txt', 'backslash'],
    ['a\0b.txt', 'NUL'],
  ])('refuses the entry name %j', (name, why) => {
    const zip = zipSync({ [name]: strToU8('x') });
    expect(() => inspectZip(zip)).toThrow(ZipRefusedError);
    expect(() => inspectZip(zip)).toThrow(why);
    expect(refusalKind(() => inspectZip(zip))).toBe('unsafe-name');
  });

  it('refuses too many entries before reading them', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 20; i++) files[`f${i}.txt`] = strToU8('x');
    expect(() => inspectZip(zipSync(files), { maxEntries: 10 })).toThrow(/too many entries/);
  });

  it('refuses a bomb by declared size and by ratio', () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const zip = zipSync({ 'zeros.bin': zeros }, { level: 9 });
    expect(() => inspectZip(zip)).toThrow(/expands more than 200x/);
    expect(() => inspectZip(zip, { maxRatio: 1e9, maxEntryUncompressed: 1024 * 1024 })).toThrow(/declares 8388608 bytes/);
    expect(() => inspectZip(zip, { maxRatio: 1e9, maxTotalUncompressed: 1024 })).toThrow(/archive declares/);
  });

  it('refuses a zip cut before its central directory', () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<w:document/>'.repeat(100)) });
    expect(() => inspectZip(zip.subarray(0, zip.length - 30))).toThrow(/no zip central directory found/);
    expect(refusalKind(() => inspectZip(zip.subarray(0, zip.length - 30)))).toBe('damaged');
  });

  it('refuses something that is not a zip', () => {
    expect(() => inspectZip(strToU8('%PDF-1.7 nothing here'))).toThrow(ZipRefusedError);
    expect(() => inspectZip(new Uint8Array(0))).toThrow(ZipRefusedError);
  });
});

describe('safeUnzip', () => {
  it('round-trips fflate zips, honouring the filter', () => {
    const zip = zipSync({
      'a.txt': strToU8('alpha'),
      'b/c.txt': strToU8('gamma'.repeat(1000)),
      'stored.txt': [strToU8('s'), { level: 0 }],
    });
    const all = safeUnzip(zip);
    expect(strFromU8(all.get('b/c.txt') ?? new Uint8Array())).toBe('gamma'.repeat(1000));
    expect(strFromU8(all.get('stored.txt') ?? new Uint8Array())).toBe('s');
    const some = safeUnzip(zip, undefined, (n) => n.startsWith('a'));
    expect([...some.keys()]).toEqual(['a.txt']);
  });

  it('stops inflating when the real size exceeds a lying declared size', () => {
    const zip = zipSync({ 'big.xml': new Uint8Array(2 * 1024 * 1024).fill(65) }, { level: 9 });
    const liar = lieAboutSize(zip, 'big.xml', 1000);
    expect(() => inspectZip(liar)).not.toThrow();
    expect(() => safeUnzip(liar)).toThrow(/inflates past its declared or allowed size/);
  });

  it('enforces the total limit on real bytes', () => {
    const zip = zipSync({ 'a.bin': new Uint8Array(600).fill(1), 'b.bin': new Uint8Array(600).fill(2) });
    expect(() => safeUnzip(zip, { maxTotalUncompressed: 1000 })).toThrow(ZipRefusedError);
    expect(safeUnzip(zip, { maxTotalUncompressed: 1200 }).size).toBe(2);
  });

  it('refuses damaged compressed data', () => {
    const zip = zipSync({ 'a.txt': strToU8('some text that compresses '.repeat(50)) });
    const damaged = zip.slice();
    for (let i = 40; i < 60; i++) damaged[i] = 0xff;
    expect(() => safeUnzip(damaged)).toThrow(ZipRefusedError);
  });
});
