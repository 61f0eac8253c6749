import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ICNS_TYPES, ICO_SIZES, PNG_SIZES, icnsFromPngs, icoFromPngs } from '../icons.mjs';

const iconDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'resources', 'icons');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(data) {
  expect(data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

function readIco(data) {
  expect(data.readUInt16LE(2)).toBe(1);
  return Array.from({ length: data.readUInt16LE(4) }, (_, i) => {
    const entry = 6 + 16 * i;
    const png = data.subarray(data.readUInt32LE(entry + 12), data.readUInt32LE(entry + 12) + data.readUInt32LE(entry + 8));
    return { declared: data[entry] === 0 ? 256 : data[entry], actual: pngSize(png) };
  });
}

function readIcns(data) {
  expect(data.toString('latin1', 0, 4)).toBe('icns');
  expect(data.readUInt32BE(4)).toBe(data.length);
  const entries = [];
  for (let at = 8; at < data.length; at += data.readUInt32BE(at + 4)) {
    entries.push({ type: data.toString('latin1', at, at + 4), actual: pngSize(data.subarray(at + 8, at + data.readUInt32BE(at + 4))) });
  }
  return entries;
}

describe('app icons (resources/icons, from icon.svg by npm run icons)', () => {
  it('has the Linux PNG set, each file the size its name says', () => {
    const files = readdirSync(join(iconDir, 'png')).sort();
    expect(files).toEqual(PNG_SIZES.map((s) => `${s}x${s}.png`).sort());
    for (const size of PNG_SIZES) expect(pngSize(readFileSync(join(iconDir, 'png', `${size}x${size}.png`)))).toEqual([size, size]);
  });

  it('has a Windows .ico holding every size from 16 to 256', () => {
    const entries = readIco(readFileSync(join(iconDir, 'icon.ico')));
    expect(entries.map((e) => e.declared)).toEqual(ICO_SIZES);
    for (const e of entries) expect(e.actual).toEqual([e.declared, e.declared]);
  });

  it('has a macOS .icns with every type from 16 to 1024 (@2x included)', () => {
    const entries = readIcns(readFileSync(join(iconDir, 'icon.icns')));
    expect(entries.map((e) => [e.type, e.actual[0]])).toEqual(ICNS_TYPES);
  });

  it('writes containers whose offsets and lengths point at the PNG data', () => {
    const png = readFileSync(join(iconDir, 'png', '16x16.png'));
    const big = readFileSync(join(iconDir, 'png', '256x256.png'));
    expect(
      readIco(
        icoFromPngs([
          { size: 16, data: png },
          { size: 256, data: big },
        ]),
      ).map((e) => e.actual),
    ).toEqual([
      [16, 16],
      [256, 256],
    ]);
    expect(
      readIcns(
        icnsFromPngs([
          { type: 'icp4', data: png },
          { type: 'ic08', data: big },
        ]),
      ),
    ).toEqual([
      { type: 'icp4', actual: [16, 16] },
      { type: 'ic08', actual: [256, 256] },
    ]);
  });
});
