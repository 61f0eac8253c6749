import { describe, expect, it } from 'vitest';
import type { DocumentPart } from '@shared/documents/types';
import { exifOrientation, ocrFrame, shownRect, shownSize, type ShownRect } from './ocr-frame';
import { exifOrientationOf } from './exif-orientation';

/** A rectangle of an image as fractions, turned 90° clockwise with its image. */
function turnClockwise(r: ShownRect): ShownRect {
  return { left: 1 - r.top - r.height, top: r.left, width: r.height, height: r.width };
}
function turn(r: ShownRect, degrees: number): ShownRect {
  let out = r;
  for (let d = 0; d < degrees; d += 90) out = turnClockwise(out);
  return out;
}
function mirror(r: ShownRect): ShownRect {
  return { ...r, left: 1 - r.left - r.width };
}

/** What OCR writes for a word at `stored` (fractions of the stored image) when it reads the image turned `r` clockwise. */
function readTurned(stored: ShownRect, size: { width: number; height: number }, r: number): DocumentPart {
  const up = turn(stored, r);
  const width = r % 180 === 0 ? size.width : size.height;
  const height = r % 180 === 0 ? size.height : size.width;
  const box = { x: up.left * width, y: (1 - up.top - up.height) * height, width: up.width * width, height: up.height * height };
  return { text: 'word', items: [{ text: 'word', box }], hasTextLayer: false, ocr: { state: 'done', rotation: r, width, height } };
}

function close(a: ShownRect, b: ShownRect): void {
  for (const k of ['left', 'top', 'width', 'height'] as const) expect(a[k]).toBeCloseTo(b[k], 6);
}

describe('OCR word boxes on the page as shown', () => {
  const stored = { left: 0.1, top: 0.2, width: 0.3, height: 0.05 };
  const size = { width: 600, height: 800 };

  it('lands a word where it is on the page for every turn OCR made and every EXIF orientation the browser applied', () => {
    for (const r of [0, 90, 180, 270])
      for (let exif = 1; exif <= 8; exif++) {
        const shown = exifOrientation(exif);
        const part = readTurned(stored, size, r);
        const frame = ocrFrame(part, shown);
        expect(frame).not.toBeNull();
        if (!frame || !part.items?.[0]?.box) continue;
        const turned = turn(stored, shown.rotation);
        const expected = shown.isMirrored ? mirror(turned) : turned;
        close(shownRect(frame, part.items[0].box), expected);
        // The frame as shown has the shown image's proportions.
        const s = shownSize(frame);
        expect(s.width > s.height).toBe(shown.rotation % 180 === 0 ? size.width > size.height : size.height > size.width);
      }
  });

  it('turns a scanned PDF page OCR read sideways back onto the page as painted (its /Rotate already in the pixels)', () => {
    // Painted 792 x 612 (a /Rotate 90 page); OCR turned it 270° to read it upright.
    const part = readTurned(stored, { width: 792, height: 612 }, 270);
    const frame = ocrFrame(part);
    expect(frame?.rotation).toBe(90);
    if (frame && part.items?.[0]?.box) close(shownRect(frame, part.items[0].box), stored);
  });

  it('puts a word read on a straightened page back on its ink: turned by the skew about the page centre', () => {
    // A 600 x 800 pt page whose lines fell 3° to the right: a word 200 pt right of the centre, on
    // the centre line as read, lies 200 sin 3° (10.5 pt) lower on the page as shown.
    const part: DocumentPart = { text: 'word', items: [], hasTextLayer: false, ocr: { state: 'done', width: 600, height: 800, skew: 3 } };
    const frame = ocrFrame(part);
    expect(frame?.skew).toBe(3);
    if (!frame) return;
    const r = shownRect(frame, { x: 460, y: 395, width: 80, height: 10 });
    expect((r.top + r.height / 2) * 800).toBeCloseTo(400 + 200 * Math.sin(Math.PI / 60), 0);
    expect((r.left + r.width / 2) * 600).toBeCloseTo(300 + 200 * Math.cos(Math.PI / 60), 0);
  });

  it('falls back to the shown page size for a part that does not say its frame', () => {
    const part: DocumentPart = { text: '', items: [], hasTextLayer: false, ocr: { state: 'done', rotation: 90 } };
    expect(ocrFrame(part, undefined, { width: 792, height: 612 })).toEqual({
      width: 612,
      height: 792,
      rotation: 270,
      isMirrored: false,
      skew: 0,
    });
    expect(ocrFrame(part)).toBeNull();
  });
});

describe('EXIF orientation of an image file', () => {
  const tiffIfd = (little: boolean, value: number) => {
    const b = little
      ? [0x49, 0x49, 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, value, 0, 0, 0, 0, 0, 0, 0]
      : [0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, value, 0, 0, 0, 0, 0, 0];
    return b;
  };
  const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

  it('reads it from a JPEG APP1 segment, either byte order', () => {
    for (const little of [true, false]) {
      const exif = [...ascii('Exif\0\0'), ...tiffIfd(little, 6)];
      const jpeg = [0xff, 0xd8, 0xff, 0xe1, 0, exif.length + 2, ...exif, 0xff, 0xda, 0, 2, 0xff, 0xd9];
      expect(exifOrientationOf(Uint8Array.from(jpeg))).toBe(6);
    }
  });

  it('reads it from a PNG eXIf chunk before the image data, and finds none in a plain PNG', () => {
    const sig = [0x89, ...ascii('PNG'), 0x0d, 0x0a, 0x1a, 0x0a];
    const chunk = (type: string, data: number[]) => [0, 0, 0, data.length, ...ascii(type), ...data, 0, 0, 0, 0];
    const ihdr = chunk(
      'IHDR',
      Array.from({ length: 13 }, () => 0),
    );
    expect(exifOrientationOf(Uint8Array.from([...sig, ...ihdr, ...chunk('eXIf', tiffIfd(false, 8)), ...chunk('IDAT', [1])]))).toBe(8);
    expect(exifOrientationOf(Uint8Array.from([...sig, ...ihdr, ...chunk('IDAT', [1]), ...chunk('eXIf', tiffIfd(false, 8))]))).toBeNull();
  });

  it('ignores values outside 1-8 and files that are not images', () => {
    const exif = [...ascii('Exif\0\0'), ...tiffIfd(true, 9)];
    expect(exifOrientationOf(Uint8Array.from([0xff, 0xd8, 0xff, 0xe1, 0, exif.length + 2, ...exif]))).toBeNull();
    expect(exifOrientationOf(Uint8Array.from(ascii('%PDF-1.7')))).toBeNull();
  });
});
