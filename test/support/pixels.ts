import { loadImage, createCanvas } from '@napi-rs/canvas';

/**
 * Share of pixels in a PNG screenshot that are clearly not white (any channel below 200).
 * Decoded with @napi-rs/canvas (pdfjs-dist's optional dependency) in the test process, so it
 * measures what is on screen whatever kind of canvas the viewer paints into.
 */
export async function inkShare(png: Buffer): Promise<number> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const { data } = ctx.getImageData(0, 0, image.width, image.height);
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) {
    if ((data[i] ?? 255) < 200 || (data[i + 1] ?? 255) < 200 || (data[i + 2] ?? 255) < 200) ink++;
  }
  return ink / (image.width * image.height);
}
