import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { SheetCell, SheetView } from '@shared/documents/types';
import { FailureAlert } from '../failure-alert';
import { useExtractedDocumentWithPreview } from '../use-extracted-document';
import type { ViewerDocument, ViewerFocus } from '../viewer-types';
import { cellText } from '@readers/sheet-format';
import { useAnnouncePainted } from './use-announce-painted';
import { buildGrid, evidenceCells, columnLetters, MAX_SHOWN_COLUMNS, rowCells, sheetStateLabel, type SheetGrid } from './sheet-model';

const ROW_HEIGHT = 24;
const ROW_HEADER_WIDTH = 48;
const NO_CELLS: ReadonlySet<SheetCell> = new Set();
const DEFAULT_COL_CHARS = 10;

function colWidth(sheet: SheetView, col: number): number {
  const chars = sheet.colWidths[col] ?? DEFAULT_COL_CHARS;
  return Math.round(Math.min(60, Math.max(3, chars)) * 7 + 10);
}

/** One worksheet: column letters, row numbers, formatted values, merges; only the rows and columns in view are in the page. */
function SheetTable({
  grid,
  label,
  marked,
  scrollTo,
}: {
  grid: SheetGrid;
  label: string;
  marked: ReadonlySet<SheetCell>;
  scrollTo: { row: number; col: number; nonce: number } | null;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { sheet, colCount } = grid;
  const rowCount = Math.max(sheet.rowCount, 1);
  const shownCols = Math.max(colCount, 1);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns new functions each render by design.
  const rowVirtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const colVirtualizer = useVirtualizer({
    horizontal: true,
    count: shownCols,
    getScrollElement: () => scrollRef.current,
    estimateSize: (c) => colWidth(sheet, c),
    overscan: 3,
    scrollPaddingStart: ROW_HEADER_WIDTH,
  });
  useLayoutEffect(() => {
    if (!scrollTo) return;
    rowVirtualizer.scrollToIndex(scrollTo.row, { align: 'center' });
    colVirtualizer.scrollToIndex(Math.min(scrollTo.col, shownCols - 1), { align: 'auto' });
  }, [scrollTo, rowVirtualizer, colVirtualizer, shownCols]);
  const items = rowVirtualizer.getVirtualItems();
  const firstRow = items[0]?.index ?? 0;
  const lastRow = items[items.length - 1]?.index ?? 0;
  const top = items[0]?.start ?? 0;
  const bottom = rowVirtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const colItems = colVirtualizer.getVirtualItems();
  const firstCol = colItems[0]?.index ?? 0;
  const lastCol = colItems[colItems.length - 1]?.index ?? 0;
  const left = colItems[0]?.start ?? 0;
  const right = colVirtualizer.getTotalSize() - (colItems[colItems.length - 1]?.end ?? 0);
  const cols = colItems.map((c) => c.index);

  return (
    <div ref={scrollRef} className="poe-sheet-scroll" role="region" aria-label={label} tabIndex={0}>
      <table
        className="poe-sheet"
        aria-rowcount={rowCount + 1}
        aria-colcount={colCount + 1}
        style={{ width: ROW_HEADER_WIDTH + colVirtualizer.getTotalSize() }}
      >
        <colgroup>
          <col style={{ width: ROW_HEADER_WIDTH }} />
          {left > 0 && <col style={{ width: left }} />}
          {cols.map((c) => (
            <col key={c} style={{ width: colWidth(sheet, c) }} />
          ))}
          {right > 0 && <col style={{ width: right }} />}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <td className="poe-sheet-corner" />
            {left > 0 && <td aria-hidden="true" />}
            {cols.map((c) => (
              <th key={c} scope="col" aria-colindex={c + 2}>
                {columnLetters(c)}
              </th>
            ))}
            {right > 0 && <td aria-hidden="true" />}
          </tr>
        </thead>
        <tbody>
          {top > 0 && <tr aria-hidden="true" style={{ height: top }} />}
          {items.map((item) => (
            <tr key={item.index} style={{ height: ROW_HEIGHT }} aria-rowindex={item.index + 2}>
              <th scope="row">{item.index + 1}</th>
              {left > 0 && <td aria-hidden="true" className="poe-sheet-pad" />}
              {rowCells(grid, item.index, firstCol, lastCol, firstRow, lastRow).map(({ cell, col, rowSpan, colSpan }) => {
                const text = cell ? cellText(cell) : '';
                return (
                  <td
                    key={col}
                    aria-colindex={col + 2}
                    rowSpan={rowSpan > 1 ? rowSpan : undefined}
                    colSpan={colSpan > 1 ? colSpan : undefined}
                    className={
                      [cell?.bold ? 'poe-sheet-bold' : '', cell && marked.has(cell) ? 'poe-evidence-mark' : ''].filter(Boolean).join(' ') ||
                      undefined
                    }
                    title={cell && text !== cell.value ? `${columnLetters(cell.col)}${cell.row + 1}: ${cell.value}` : undefined}
                  >
                    {text}
                  </td>
                );
              })}
              {right > 0 && <td aria-hidden="true" className="poe-sheet-pad" />}
            </tr>
          ))}
          {bottom > 0 && <tr aria-hidden="true" style={{ height: bottom }} />}
        </tbody>
      </table>
    </div>
  );
}

/**
 * An .xlsx as the readers read it: a tab per sheet (hidden ones marked) and its grid. While a
 * large workbook is read, its first sheet's first rows show (the readers' first screen); evidence
 * lands once the whole is read.
 */
export function XlsxDocument({ document, focus }: { document: ViewerDocument; focus: ViewerFocus | null }) {
  const { state, preview } = useExtractedDocumentWithPreview(document);
  const isWhole = state.status === 'ready';
  const sheets = useMemo(() => (state.status === 'ready' ? (state.value.view?.sheets ?? []) : (preview?.sheets ?? [])), [state, preview]);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  useAnnouncePainted(document.path, 'xlsx', isWhole || sheets.length > 0);

  // Evidence: its sheet, the cells holding the quote, and that row in view (in the whole workbook only).
  const nonce = focus?.nonce;
  const quote = focus?.text;
  const part = focus?.part;
  const evidence = useMemo(
    () => (nonce === undefined || !quote || !isWhole ? null : evidenceCells(sheets, part, quote, nonce)),
    [nonce, quote, part, sheets, isWhole],
  );
  // The reviewer's sheet choice, remembered with the evidence request it came after.
  const [choice, setChoice] = useState<{ index: number; nonce: number | undefined }>({ index: 0, nonce: undefined });
  const choose = (index: number) => setChoice({ index, nonce });
  const wanted = evidence && choice.nonce !== nonce ? evidence.sheet : choice.index;
  const active = Math.min(wanted, Math.max(0, sheets.length - 1));
  const grid = useMemo(() => (sheets[active] ? buildGrid(sheets[active]) : null), [sheets, active]);

  if (state.status === 'failed') return <FailureAlert fileName={document.name} failure={state.failure} />;
  if (state.status === 'loading' && !grid) return <p className="poe-viewer-loading">Loading {document.name}…</p>;
  if (sheets.length === 0 || !grid) return <p className="poe-viewer-empty">{document.name} has no worksheets.</p>;

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowRight: active + 1, ArrowLeft: active - 1, Home: 0, End: sheets.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const index = (target + sheets.length) % sheets.length;
    choose(index);
    tabs.current[index]?.focus();
  };
  const sheet = grid.sheet;
  const notes = [...(state.status === 'ready' ? (state.value.notes ?? []) : [])];
  if (sheet.colCount > MAX_SHOWN_COLUMNS) notes.push(`only the first ${MAX_SHOWN_COLUMNS} of ${sheet.colCount} columns are shown`);
  const marked = evidence && evidence.sheet === active ? evidence.cells : NO_CELLS;
  const sheetLabel = `Sheet ${sheet.name}${sheetStateLabel(sheet.state) ? ` (${sheetStateLabel(sheet.state)})` : ''}`;
  return (
    <div className="poe-office" role="document" aria-label={document.name} aria-busy={!isWhole}>
      <div role="tablist" aria-label="Sheets" className="poe-sheet-tabs" onKeyDown={onKeyDown}>
        {sheets.map((s, i) => {
          const hidden = sheetStateLabel(s.state);
          return (
            <button
              key={s.part}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              type="button"
              role="tab"
              aria-selected={i === active}
              tabIndex={i === active ? 0 : -1}
              className={`poe-sheet-tab${hidden ? ' poe-sheet-tab-hidden' : ''}`}
              onClick={() => choose(i)}
            >
              {s.name}
              {hidden && <span className="poe-sheet-tab-state"> ({hidden})</span>}
            </button>
          );
        })}
      </div>
      {sheet.state !== 'visible' && (
        <p className="poe-office-note">
          This sheet is {sheetStateLabel(sheet.state)} in the workbook: Excel does not show it, the checks read it.
        </p>
      )}
      {notes.length > 0 && <p className="poe-office-note">{notes.join('; ')}</p>}
      {!isWhole && (
        <p className="poe-office-note" role="status">
          The first rows are shown; the rest of the workbook is being read…
        </p>
      )}
      <SheetTable
        key={active}
        grid={grid}
        label={sheetLabel}
        marked={marked}
        scrollTo={evidence && evidence.sheet === active && evidence.cells.size > 0 ? evidence : null}
      />
    </div>
  );
}
