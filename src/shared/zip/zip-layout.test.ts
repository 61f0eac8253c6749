import { describe, expect, it } from 'vitest';
import { strFromU8 } from 'fflate';
import { LIMITS } from '../limits';
import { ZipRefusedError, bytesAccess, inspectZip, openZip, safeUnzip, QUEUE_ZIP_LIMITS } from './safe-unzip';
import { buildTestZip } from './testing/zip-writer';

const MIB = 1024 * 1024;

describe('zip layout (issue 12: overlapping entries, duplicates, ZIP64)', () => {
  it('refuses central directory entries that share one local record, whatever the ratio allows', async () => {
    const bomb = buildTestZip([{ name: 'zeros.bin', data: new Uint8Array(MIB) }], { alias: { of: 0, name: 'copy', count: 50 } });
    expect(bomb.length).toBeLessThan(10_000);
    expect(() => inspectZip(bomb, { maxRatio: 1e9 })).toThrow(/overlapping entries/);
    expect(() => safeUnzip(bomb, { maxRatio: 1e9, maxTotalUncompressed: 1e12 })).toThrow(ZipRefusedError);
    await expect(openZip(bytesAccess(bomb), { ...QUEUE_ZIP_LIMITS, maxRatio: 1e9 })).rejects.toThrow(/overlapping entries/);
  });

  it('refuses a central directory that lists local records out of order', async () => {
    const zip = buildTestZip(
      [
        { name: 'a.txt', data: 'alpha' },
        { name: 'b.txt', data: 'beta' },
      ],
      { reverseDirectory: true },
    );
    expect(() => inspectZip(zip)).toThrow(/out of order/);
    await expect(openZip(bytesAccess(zip))).rejects.toThrow(/out of order/);
  });

  it('refuses duplicate entry names, naming the entry', async () => {
    const zip = buildTestZip([
      { name: 'docs/a.pdf', data: 'one' },
      { name: 'docs/a.pdf', data: 'two' },
    ]);
    expect(() => safeUnzip(zip)).toThrow('duplicate entry "docs/a.pdf"');
    await expect(openZip(bytesAccess(zip))).rejects.toThrow('duplicate entry "docs/a.pdf"');
  });

  it('reads a ZIP64 archive of 70,000 entries (the documented limit is 100,000)', async () => {
    const entries = Array.from({ length: 70_000 }, (_, i) => ({ name: `f/${i}.txt`, data: String(i), deflate: false }));
    const zip = buildTestZip(entries);
    const archive = await openZip(bytesAccess(zip), QUEUE_ZIP_LIMITS);
    expect(archive.entries).toHaveLength(70_000);
    expect(strFromU8(await archive.read('f/69999.txt'))).toBe('69999');
    expect(LIMITS.queueFiles).toBe(100_000);
  });

  it('refuses more entries than the limit, saying how many', async () => {
    const zip = buildTestZip(
      Array.from({ length: 30 }, (_, i) => ({ name: `${i}`, data: 'x', deflate: false })),
      { zip64: true },
    );
    await expect(openZip(bytesAccess(zip), { ...QUEUE_ZIP_LIMITS, maxEntries: 20 })).rejects.toThrow(/too many entries \(30 > 20\)/);
  });

  it('inflates entries one at a time on request, within the per-entry cap', async () => {
    const zip = buildTestZip([
      { name: 'a.txt', data: 'alpha' },
      { name: 'big.bin', data: new Uint8Array(2000).fill(7) },
    ]);
    const archive = await openZip(bytesAccess(zip), { ...QUEUE_ZIP_LIMITS, maxEntryUncompressed: 1000 }).catch((e: unknown) => e);
    expect(String(archive)).toMatch(/declares 2000 bytes \(limit 1000\)/);
    const ok = await openZip(bytesAccess(zip), QUEUE_ZIP_LIMITS);
    expect(strFromU8(await ok.read('a.txt'))).toBe('alpha');
    await expect(ok.read('nope.txt')).rejects.toThrow('zip has no entry "nope.txt"');
  });
});
