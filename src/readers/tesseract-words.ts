import type { Block } from 'tesseract.js';
import type { OcrRecognition, OcrWord } from './ocr';

/**
 * tesseract.js's answer to the readers' recognition: its words, and the skew it straightened the
 * page by when asked to (rotateAuto: `rotateRadians`, the angle it turned the page by clockwise,
 * which is minus the lines' skew).
 */
export function recognition(data: { blocks: Block[] | null; rotateRadians?: number | null }): OcrRecognition {
  const radians = data.rotateRadians ?? 0;
  return { words: wordsOf(data.blocks), ...(radians !== 0 ? { skew: (-radians * 180) / Math.PI } : {}) };
}

/**
 * tesseract.js's blocks to the readers' words, the same for `check` (worker threads) and the app
 * (Web Worker): line by line in reading order, confidence 0–1, the baseline under each word.
 */
function wordsOf(blocks: Block[] | null): OcrWord[] {
  const words: OcrWord[] = [];
  let line = 0;
  for (const block of blocks ?? [])
    for (const para of block.paragraphs)
      for (const l of para.lines) {
        const b = l.baseline;
        const known = b.x1 > b.x0;
        const slope = known ? (b.y1 - b.y0) / (b.x1 - b.x0) : 0;
        for (const w of l.words) {
          const mid = (w.bbox.x0 + w.bbox.x1) / 2;
          const word: OcrWord = {
            text: w.text,
            confidence: Math.max(0, Math.min(1, w.confidence / 100)),
            box: { x0: w.bbox.x0, y0: w.bbox.y0, x1: w.bbox.x1, y1: w.bbox.y1 },
            line,
          };
          if (known) word.baseline = b.y0 + slope * (mid - b.x0);
          words.push(word);
        }
        line++;
      }
  return words;
}
