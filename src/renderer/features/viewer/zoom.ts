/** Each Zoom in / Zoom out multiplies or divides the scale by this. */
export const ZOOM_STEP = 1.25;
/**
 * Low enough that Fit width fits any page a PDF can declare (up to 14,400 pt, 200 inches):
 * a hostile 8,400 pt page at 25 % was still a 2,800 px canvas for the main thread to clear and
 * paint, and overflowed the pane.
 */
export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 5;

export function clampZoom(scale: number): number {
  if (!Number.isFinite(scale)) return 1;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(scale * 1000) / 1000));
}

/** Scale at which a page `pageWidth` points wide fills `containerWidth` CSS pixels (minus a margin). */
export function fitWidthScale(containerWidth: number, pageWidth: number, margin = 24): number {
  if (containerWidth <= margin || pageWidth <= 0) return 1;
  return clampZoom((containerWidth - margin) / pageWidth);
}
