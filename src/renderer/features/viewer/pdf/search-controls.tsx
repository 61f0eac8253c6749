import type { RefObject } from 'react';
import type { PdfSearch } from './use-pdf-search';

function searchStatus(search: PdfSearch, isReading: boolean): string {
  if (!search.query.trim()) return '';
  if (search.hits.length === 0) {
    if (search.isSearching) return 'Searching…';
    // A scan without its OCR words yet: "No matches" would tell the reviewer the word is not there.
    if (search.unreadScans > 0)
      return isReading ? 'Text not read yet: OCR runs…' : `No matches (${search.unreadScans} scanned page(s) not read by OCR)`;
    return 'No matches';
  }
  return `${search.selected + 1} of ${search.hits.length}${search.isSearching ? '…' : ''}`;
}

export interface SearchControlsProps {
  search: PdfSearch;
  searchRef?: RefObject<HTMLInputElement | null>;
  /** The page the reviewer is on: the first match at or after it is selected. */
  currentPage: number;
  /** The document is being read now (its scans' OCR may still come). */
  isReading: boolean;
}

/** Search in a document's text (a PDF's, or a scan's OCR words): field, previous and next match, status. */
export function SearchControls({ search, searchRef, currentPage, isReading }: SearchControlsProps) {
  return (
    <div className="poe-viewer-tool-group">
      <input
        ref={searchRef}
        type="search"
        aria-label="Search in document"
        placeholder="Search in document"
        value={search.query}
        onChange={(e) => search.setQuery(e.target.value, currentPage)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            if (e.shiftKey) search.previous();
            else search.next();
          } else if (e.key === 'Escape' && search.query) {
            e.stopPropagation();
            search.setQuery('');
          }
        }}
      />
      <button type="button" onClick={search.previous} disabled={search.hits.length === 0}>
        Previous match
      </button>
      <button type="button" onClick={search.next} disabled={search.hits.length === 0}>
        Next match
      </button>
      <span className="poe-pdf-search-status" aria-live="polite">
        {searchStatus(search, isReading)}
      </span>
    </div>
  );
}
