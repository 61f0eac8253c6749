import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontkitParser from '@pdf-lib/fontkit';

/** The decoded tables of each font, by its bytes and name. */
const fontTables = new WeakMap();

/**
 * fontkit for pdf-lib's `registerFontkit`, for the generated documents: a new font object per
 * document, as pdf-lib expects, whose tables (cmap, GSUB, GPOS, glyf index...) are decoded once
 * per process and shared. pdf-lib has fontkit parse a font again for every document that embeds
 * it, and decoding its tables was a good part of the CPU of generating the evaluation set (with
 * the tables shared: 21.0 s of CPU, 30.4 s before, measured under load 14-18). The tables are only
 * read; glyphs and layouts stay per document, so the PDFs' bytes are the same as before.
 * Embed the same bytes object (dejaVuBytes) in each document: the cache is keyed by it.
 */
export const fontkit = {
  /** @param {Uint8Array} data @param {string} [postscriptName] */
  create(data, postscriptName) {
    const font = fontkitParser.create(data, postscriptName);
    let byName = fontTables.get(data);
    if (!byName) fontTables.set(data, (byName = new Map()));
    const key = postscriptName ?? '';
    const tables = byName.get(key);
    if (tables) font._tables = tables;
    else byName.set(key, font._tables);
    return font;
  },
};

const require = createRequire(import.meta.url);
const fontFiles = new Map();

/**
 * DejaVu Sans from the dejavu-fonts-ttf package: pinned bytes, and it has ☐ ☒ (U+2610, U+2612).
 * The same bytes object on every call, so that `fontkit` decodes its tables once.
 */
export function dejaVuBytes(bold = false) {
  const name = bold ? 'DejaVuSans-Bold.ttf' : 'DejaVuSans.ttf';
  let bytes = fontFiles.get(name);
  if (!bytes) fontFiles.set(name, (bytes = readFileSync(join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', name))));
  return bytes;
}
