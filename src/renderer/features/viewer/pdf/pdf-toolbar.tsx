import { useState, type RefObject } from 'react';
import type { PdfSearch } from './use-pdf-search';
import { SearchControls } from './search-controls';

export interface PdfToolbarProps {
  pageCount: number;
  currentPage: number;
  goToPage: (page: number) => void;
  zoomIn: () => void;
  zoomOut: () => void;
  fitWidth: () => void;
  isFitWidth: boolean;
  zoomPercent: number;
  search: PdfSearch;
  searchRef: RefObject<HTMLInputElement | null>;
  /** The document is being read now (its scans' OCR may still come). */
  isReading?: boolean;
}

/** Page navigation, zoom and search for a PDF. */
export function PdfToolbar(props: PdfToolbarProps) {
  const { pageCount, currentPage, goToPage, search, searchRef } = props;
  // Text being typed; null shows the current page (which follows scrolling).
  const [editing, setEditing] = useState<string | null>(null);
  const pageText = editing ?? String(currentPage);

  const commitPage = () => {
    const n = Number.parseInt(pageText, 10);
    if (Number.isFinite(n)) goToPage(Math.min(pageCount, Math.max(1, n)));
    setEditing(null);
  };

  return (
    <div role="toolbar" aria-label="Document tools" className="poe-viewer-toolbar">
      {/* Groups wrap as wholes in a narrow pane: no control is split from its neighbours. */}
      <div className="poe-viewer-tool-group">
        <button type="button" onClick={() => goToPage(currentPage - 1)} disabled={currentPage <= 1}>
          Previous page
        </button>
        <input
          type="number"
          aria-label="Page number"
          className="poe-pdf-page-input"
          min={1}
          max={pageCount}
          value={pageText}
          onChange={(e) => setEditing(e.target.value)}
          onBlur={commitPage}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitPage();
          }}
        />
        <span className="poe-pdf-page-count">of {pageCount}</span>
        <button type="button" onClick={() => goToPage(currentPage + 1)} disabled={currentPage >= pageCount}>
          Next page
        </button>
      </div>
      <div className="poe-viewer-tool-group">
        <button type="button" onClick={props.zoomOut}>
          Zoom out
        </button>
        <span className="poe-pdf-zoom" aria-live="polite">
          {props.zoomPercent}%
        </span>
        <button type="button" onClick={props.zoomIn}>
          Zoom in
        </button>
        <button type="button" onClick={props.fitWidth} aria-pressed={props.isFitWidth}>
          Fit width
        </button>
      </div>
      <SearchControls search={search} searchRef={searchRef} currentPage={currentPage} isReading={props.isReading ?? false} />
    </div>
  );
}
