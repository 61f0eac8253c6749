import { describe, expect, it } from 'vitest';
import { MAX_ZOOM, ZOOM_STEP, clampZoom, fitWidthScale } from './zoom';

describe('zoom', () => {
  it('fits an ordinary page to the pane', () => {
    expect(fitWidthScale(636, 612)).toBe(1);
    expect(fitWidthScale(0, 612)).toBe(1);
  });

  it('fits a giant page (8,400 pt, the JBIG2 bomb) inside the pane instead of a 2,800 px canvas', () => {
    const scale = fitWidthScale(590, 8400);
    expect(8400 * scale).toBeLessThanOrEqual(590 - 24);
    expect(8400 * scale).toBeGreaterThan(500);
    // The largest page size PDF allows (200 inches) fits too.
    expect(14_400 * fitWidthScale(590, 14_400)).toBeLessThanOrEqual(590);
  });

  it('zooming out from a fitted giant page never jumps back in, and zoom stays bounded', () => {
    const fitted = fitWidthScale(590, 8400);
    expect(clampZoom(fitted / ZOOM_STEP)).toBeLessThan(fitted);
    expect(clampZoom(100)).toBe(MAX_ZOOM);
    expect(clampZoom(Number.NaN)).toBe(1);
  });
});
