import type { PageViewport } from 'pdfjs-dist';
import type { Box } from '@shared/checks/types';
import { turnBox } from '@shared/documents/ocr-skew';
import type { DocumentPart } from '@shared/documents/types';

/**
 * Where a scan's OCR words lie on the image as the viewer shows it. OCR reads a page upright: a
 * page fed in sideways is turned first (OcrPageInfo.rotation, clockwise), and an image is read
 * in its stored pixel order, before any EXIF orientation. Its word boxes are points of that
 * upright frame, origin bottom-left. The viewer shows the PDF page as pdf.js paints it (its
 * /Rotate already in the pixels OCR read) or the image as the browser shows it (EXIF applied):
 * the upright frame is turned back, then by the EXIF orientation, then mirrored for the mirrored
 * orientations.
 */
export interface OcrFrame {
  /** The upright frame's size in the items' units (points). */
  width: number;
  height: number;
  /** Degrees clockwise from the upright frame to the page as shown (0, 90, 180, 270). */
  rotation: number;
  /** Mirrored left to right after turning (EXIF orientations 2, 4, 5, 7). */
  isMirrored: boolean;
  /**
   * Degrees clockwise the page's lines fell (OcrPageInfo.skew): OCR read it straightened, so its
   * words go back onto their ink by turning them by this about the frame's centre.
   */
  skew: number;
}

/** How the shown image is turned from its stored pixels: EXIF's orientation as a turn and a mirror. */
export interface ShownOrientation {
  /** Degrees clockwise (0, 90, 180, 270). */
  rotation: number;
  isMirrored: boolean;
}

export const UPRIGHT: ShownOrientation = { rotation: 0, isMirrored: false };

/** EXIF orientation 1–8 as what the browser does to show it (turn clockwise, then mirror). */
export function exifOrientation(value: number | null | undefined): ShownOrientation {
  switch (value ?? 1) {
    case 2:
      return { rotation: 0, isMirrored: true };
    case 3:
      return { rotation: 180, isMirrored: false };
    case 4:
      return { rotation: 180, isMirrored: true };
    case 5:
      return { rotation: 90, isMirrored: true };
    case 6:
      return { rotation: 90, isMirrored: false };
    case 7:
      return { rotation: 270, isMirrored: true };
    case 8:
      return { rotation: 270, isMirrored: false };
    default:
      return UPRIGHT;
  }
}

function quarter(degrees: number): number {
  return (((Math.round(degrees / 90) * 90) % 360) + 360) % 360;
}

/**
 * The frame of an OCR'd part as shown. `fallback` is the shown page's size in points for parts
 * that do not say their own (read before OCR recorded it).
 */
export function ocrFrame(
  part: DocumentPart,
  shown: ShownOrientation = UPRIGHT,
  fallback?: { width: number; height: number },
): OcrFrame | null {
  const turned = quarter(part.ocr?.rotation ?? 0);
  let width = part.ocr?.width;
  let height = part.ocr?.height;
  if (!width || !height) {
    if (!fallback) return null;
    // The fallback is the shown size: the upright frame is it, unturned.
    const sideways = turned % 180 !== 0;
    width = sideways ? fallback.height : fallback.width;
    height = sideways ? fallback.width : fallback.height;
  }
  return { width, height, rotation: quarter(shown.rotation - turned), isMirrored: shown.isMirrored, skew: part.ocr?.skew ?? 0 };
}

/** The frame's size as shown, in points. */
export function shownSize(frame: OcrFrame): { width: number; height: number } {
  return frame.rotation % 180 === 0 ? { width: frame.width, height: frame.height } : { width: frame.height, height: frame.width };
}

/** A box's place on the shown page, as fractions of its width and height (origin top-left). */
export interface ShownRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Maps a box of the frame OCR read (points, origin bottom-left) to the page as shown: turned by
 * the skew about the centre (the box around it), then by the quarter turn.
 */
export function shownRect(frame: OcrFrame, box: Box): ShownRect {
  // Upright frame, origin top-left, the box put back on the ink of the page as it was skewed.
  const top = turnBox(
    { x0: box.x, y0: frame.height - box.y - box.height, x1: box.x + box.width, y1: frame.height - box.y },
    frame.skew,
    frame.width,
    frame.height,
  );
  // As fractions.
  const u0 = top.x0 / frame.width;
  const u1 = top.x1 / frame.width;
  const v0 = top.y0 / frame.height;
  const v1 = top.y1 / frame.height;
  let rect: ShownRect;
  switch (frame.rotation) {
    case 90: // turned clockwise: the upright top edge is the shown right edge
      rect = { left: 1 - v1, top: u0, width: v1 - v0, height: u1 - u0 };
      break;
    case 180:
      rect = { left: 1 - u1, top: 1 - v1, width: u1 - u0, height: v1 - v0 };
      break;
    case 270:
      rect = { left: v0, top: 1 - u1, width: v1 - v0, height: u1 - u0 };
      break;
    default:
      rect = { left: u0, top: v0, width: u1 - u0, height: v1 - v0 };
  }
  return frame.isMirrored ? { ...rect, left: 1 - rect.left - rect.width } : rect;
}

/**
 * What pdf.js's TextLayer reads of a viewport, for the OCR frame at `scale` CSS pixels per point:
 * it lays the words out in the unturned frame (percentages of its size) and names the turn in
 * data-main-rotation, which viewer.css turns (as pdf.js's own viewer does). The layer's size is
 * set by the caller (textLayerStyle): pdf.js sizes only layers of its own viewports.
 */
export function ocrViewport(frame: OcrFrame, scale: number): PageViewport {
  const rawDims = { pageWidth: frame.width, pageHeight: frame.height, pageX: 0, pageY: 0 };
  return { scale, rotation: frame.rotation, rawDims } as unknown as PageViewport;
}

/**
 * Sizes the OCR text layer: the unturned frame at the scale (the turn is CSS's), and sets the skew
 * its words are turned by about its centre (viewer.css, --poe-skew), so each lies on its ink.
 */
export function styleTextLayer(layer: HTMLElement, frame: OcrFrame, scale: number): void {
  layer.style.width = `${frame.width * scale}px`;
  layer.style.height = `${frame.height * scale}px`;
  layer.style.setProperty('--poe-skew', `${frame.skew}deg`);
}
