/** A PDF of `pageCount` pages, each saying "Page n of pageCount". */
export declare function buildHugePdf(pageCount: number): Uint8Array;
export declare const HUGE_PDF_PAGES: number;
export declare function writeHugePdfQueue(out: string): Promise<string>;
export declare function measureHugePdf(
  page: unknown,
  claimId: string,
): Promise<{ firstPageMs: number; maxBlockMs: number | null; maxCanvases: number }>;
