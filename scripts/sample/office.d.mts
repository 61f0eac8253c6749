export type DocxBlock = { text?: string; heading?: 1 | 2; pageBreak?: boolean } | { table: (string | { text: string; span?: number })[][] };
export function buildDocx(blocks: DocxBlock[]): Uint8Array<ArrayBuffer>;
export interface XlsxSheetSpec {
  name: string;
  rows: (string | number | Date | null)[][];
  merges?: string[];
  formats?: Record<string, string>;
  state?: 'visible' | 'hidden' | 'veryHidden';
  boldHeader?: boolean;
}
export function buildXlsx(sheets: XlsxSheetSpec[]): Promise<Uint8Array<ArrayBuffer>>;
export function poeDocx(options?: {
  pages?: number;
  customer?: string;
  partner?: string;
  signer?: string;
  date?: string;
}): Uint8Array<ArrayBuffer>;
