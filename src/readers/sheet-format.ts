import { format } from 'numfmt';
import type { SheetCell } from '@shared/documents/types';

/**
 * How a viewer shows an .xlsx cell the reader kept (xlsx-reader.ts): its value printed by the
 * cell's number format with numfmt (Excel's format codes), so only the cells in view are ever
 * formatted.
 */

const shown = new WeakMap<SheetCell, string>();

/**
 * The cell as Excel shows it: its value printed by its number format (numfmt), the engine's
 * value where it has none or the format cannot be applied. Formatted when first shown, then kept.
 */
export function cellText(cell: SheetCell): string {
  if (cell.numFmt === undefined || cell.number === undefined) return cell.value;
  let text = shown.get(cell);
  if (text === undefined) {
    try {
      text = format(cell.numFmt, cell.number);
    } catch {
      text = cell.value;
    }
    shown.set(cell, text);
  }
  return text;
}
