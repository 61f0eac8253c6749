import type { SourceTable } from '@shared/documents/types';

/**
 * The tables of a .docx from mammoth's HTML (which is simple and well formed: table, tr, td/th
 * with paragraphs inside). A small tag scanner, not a DOM: readers also run in Web Workers,
 * which have no DOMParser. Nested tables become tables of their own; a cell spanning columns
 * is followed by blank cells so later cells keep their column.
 */

const TAG = /<(\/?)(table|tr|td|th|p|br|li)\b([^>]*)>/gi;
const MAX_TABLES = 200;
const MAX_CELLS = 20_000;

function decode(s: string): string {
  return s
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

interface Open {
  rows: string[][];
  cell: string[] | null;
  /** Columns the open cell spans. */
  span: number;
}

export function tablesFromHtml(html: string): SourceTable[] {
  const done: SourceTable[] = [];
  const stack: Open[] = [];
  let cells = 0;
  let last = 0;
  const addText = (text: string) => {
    const top = stack[stack.length - 1];
    if (top?.cell && text) top.cell.push(text);
  };
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    addText(decode(html.slice(last, m.index)));
    last = m.index + m[0].length;
    const closing = m[1] === '/';
    const tag = (m[2] ?? '').toLowerCase();
    const top = stack[stack.length - 1];
    if (tag === 'table') {
      if (!closing) stack.push({ rows: [], cell: null, span: 1 });
      else {
        const t = stack.pop();
        if (t && t.rows.length > 0 && done.length < MAX_TABLES) done.push({ rows: t.rows });
      }
    } else if (!top) {
      continue;
    } else if (tag === 'tr' && !closing) {
      top.rows.push([]);
    } else if ((tag === 'td' || tag === 'th') && !closing) {
      if (cells++ > MAX_CELLS) break;
      if (top.rows.length === 0) top.rows.push([]);
      top.rows[top.rows.length - 1]?.push('');
      top.cell = [];
      top.span = Math.min(Math.max(Number(/colspan="(\d+)"/i.exec(m[3] ?? '')?.[1] ?? '1'), 1), 64);
    } else if ((tag === 'td' || tag === 'th') && closing && top.cell) {
      const row = top.rows[top.rows.length - 1];
      if (row) {
        row[row.length - 1] = top.cell
          .join('')
          .replace(/[ \t]+/g, ' ')
          .replace(/\s*\n\s*/g, '\n')
          .trim();
        for (let k = 1; k < top.span; k++) row.push('');
      }
      top.cell = null;
    } else if ((tag === 'p' || tag === 'br' || tag === 'li') && top.cell && top.cell.length > 0) {
      top.cell.push('\n');
    }
  }
  TAG.lastIndex = 0;
  return done;
}
