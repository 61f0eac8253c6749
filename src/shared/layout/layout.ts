import type { DocumentPart } from '../documents/types';
import { linesFromItems, linesFromText } from './lines';
import { buildTables } from './tables';
import type { LabelValue, LayoutLine, LayoutTable, PartLayout } from './types';

/**
 * The layout stage's entry point: a part's lines, tables and label–value pairs, built once per
 * part (cached) from its positioned items when it has them, else from its text, plus the
 * tables the format itself gave (.xlsx sheets, .docx tables).
 */

/** A label: a few words, no sentence punctuation, not only digits. */
const LABEL = /^[\p{L}][\p{L}\p{N} ()/&.'’#-]{0,58}$/u;
const MAX_LABEL_WORDS = 7;

function isLabel(s: string): boolean {
  const t = s.trim();
  return LABEL.test(t) && t.split(/\s+/).length <= MAX_LABEL_WORDS;
}

function pairsOf(lines: readonly LayoutLine[], tables: readonly LayoutTable[], tableOfLine: Int32Array): LabelValue[] {
  const pairs: LabelValue[] = [];
  lines.forEach((line, i) => {
    const colon = /^([^:]{1,60}):\s*(.*)$/u.exec(line.text.replace(/\t/g, ' '));
    if (colon && isLabel(colon[1] ?? '')) {
      const value = (colon[2] ?? '').trim();
      const next = lines[i + 1];
      // "Name:" with its value on the line below.
      if (!value && next && !/:\s*$/.test(next.text)) pairs.push({ label: colon[1]?.trim() ?? '', value: next.text.trim(), line: i });
      else pairs.push({ label: colon[1]?.trim() ?? '', value, line: i });
      return;
    }
    if (tableOfLine[i] === -1 && line.chunks.length === 2) {
      const [label, value] = line.chunks;
      if (label && value && isLabel(label.text)) pairs.push({ label: label.text, value: value.text, line: i });
    }
  });
  for (const t of tables) {
    if (t.columnCount < 2) continue;
    for (const row of t.rows) {
      const [label, ...rest] = row.cells;
      const value = rest.filter(Boolean).join(' ');
      if (label && value && isLabel(label) && !label.endsWith(':')) pairs.push({ label, value, line: row.lines[0] ?? -1 });
    }
  }
  return pairs;
}

function formatTables(part: DocumentPart): LayoutTable[] {
  return (part.tables ?? []).map((t) => {
    const columnCount = Math.max(0, ...t.rows.map((r) => r.length));
    return {
      columnCount,
      source: 'format' as const,
      rows: t.rows.map((r) => {
        const cells = Array.from({ length: columnCount }, (_, i) => (r[i] ?? '').replace(/\s+/g, ' ').trim());
        return { cells, lines: [], text: cells.filter(Boolean).join(' | ') };
      }),
    };
  });
}

/** Builds the layout of one part (pure; linear after sorting the items). */
export function buildLayout(part: DocumentPart): PartLayout {
  const positioned = (part.items ?? []).some((it) => it.box);
  const lines = positioned ? linesFromItems(part.items ?? []) : linesFromText(part.text);
  // A format's own tables (.xlsx, .docx) say more than tabs in its flattened text: they replace them.
  const own = !positioned && (part.tables?.length ?? 0) > 0;
  const { tables, tableOfLine } = own
    ? { tables: [], tableOfLine: new Int32Array(lines.length).fill(-1) }
    : buildTables(lines, positioned ? 'geometry' : 'text');
  const all = [...tables, ...formatTables(part)];
  return { lines, tables: all, pairs: pairsOf(lines, all, tableOfLine), tableOfLine };
}

const cache = new WeakMap<DocumentPart, PartLayout>();

/** The layout of a part, built on first use and kept as long as the part is. */
export function layoutOf(part: DocumentPart): PartLayout {
  let l = cache.get(part);
  if (!l) {
    l = buildLayout(part);
    cache.set(part, l);
  }
  return l;
}
