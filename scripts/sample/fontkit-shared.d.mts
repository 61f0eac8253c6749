import type { PDFDocument } from 'pdf-lib';

export const fontkit: Parameters<PDFDocument['registerFontkit']>[0];
export function dejaVuBytes(bold?: boolean): Uint8Array;
