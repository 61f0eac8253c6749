/** Types for the scans the tests generate with the evaluation set's generator (other-formats.mjs). */
export interface ScanPage {
  png: Uint8Array;
  placed: { text: string; x: number; y: number; size: number }[];
  w: number;
  h: number;
}
export function scanPage(options: { lines: string[]; seed: number; angle?: number; signAt?: number; noise?: number }): ScanPage;
export function scanPdf(pages: ScanPage[], options?: { textLayer?: boolean }): Promise<Uint8Array>;
