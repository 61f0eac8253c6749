#!/usr/bin/env node
// `npm run icons`: renders resources/icons/icon.svg into every icon the installers need, each
// size drawn from the vector (not scaled down from one bitmap, so 16 px stays crisp):
//   resources/icons/png/<n>x<n>.png  the Linux set (AppImage, .deb) and the window icon
//   resources/icons/icon.ico          Windows (NSIS installer and the .exe): PNG entries 16-256
//   resources/icons/icon.icns         macOS (dmg and the .app): PNG entries 16-1024 with @2x
// The outputs are committed (about 100 KB), so `npm run dist` needs no rendering step; run this
// again after changing the SVG. ICO and ICNS are thin containers around PNG data: written here.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas, Image } from '@napi-rs/canvas';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const iconDir = join(root, 'resources', 'icons');

export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** ICNS entry types holding PNG data, with the pixel size each holds (Apple Icon Image format). */
export const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

function renderPng(svg, size) {
  const image = new Image();
  image.src = svg;
  const canvas = createCanvas(size, size);
  canvas.getContext('2d').drawImage(image, 0, 0, size, size);
  return canvas.toBuffer('image/png');
}

/** ICO: a 6-byte header, a 16-byte directory entry per image, then the PNG data (Vista+). */
export function icoFromPngs(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.data)]);
}

/** ICNS: "icns" + total length, then per entry its 4-character type, length (with header) and PNG data. */
export function icnsFromPngs(entries) {
  const chunks = entries.map(({ type, data }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

function main() {
  const svg = readFileSync(join(iconDir, 'icon.svg'));
  const pngs = new Map(PNG_SIZES.map((size) => [size, renderPng(svg, size)]));
  mkdirSync(join(iconDir, 'png'), { recursive: true });
  for (const [size, data] of pngs) writeFileSync(join(iconDir, 'png', `${size}x${size}.png`), data);
  writeFileSync(join(iconDir, 'icon.ico'), icoFromPngs(ICO_SIZES.map((size) => ({ size, data: pngs.get(size) }))));
  writeFileSync(join(iconDir, 'icon.icns'), icnsFromPngs(ICNS_TYPES.map(([type, size]) => ({ type, data: pngs.get(size) }))));
  console.log(`[icons] wrote ${PNG_SIZES.length} PNGs, icon.ico and icon.icns in resources/icons`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
