/**
 * One PNG with every slide as a thumbnail in a grid, numbered, so a person can check a whole
 * deck at a glance. Input: the slide PNGs (as rendered by LibreOffice → pdftoppm), in order.
 */
import { createCanvas, loadImage } from 'canvas';

export interface ContactSheetOptions {
  /** Thumbnails per row (default 4). */
  columns?: number;
  /** Width of one thumbnail in pixels (default 480). */
  thumbWidth?: number;
}

export async function contactSheet(slides: readonly Uint8Array[], opts: ContactSheetOptions = {}): Promise<Uint8Array> {
  const columns = Math.max(1, opts.columns ?? 4);
  const thumbW = opts.thumbWidth ?? 480;
  const images = await Promise.all(slides.map((s) => loadImage(Buffer.from(s))));
  const first = images[0];
  const thumbH = first ? Math.round((thumbW * first.height) / first.width) : Math.round((thumbW * 9) / 16);
  const gap = 16;
  const label = 26;
  const rows = Math.max(1, Math.ceil(images.length / columns));
  const canvas = createCanvas(gap + columns * (thumbW + gap), gap + rows * (thumbH + label + gap));
  const g = canvas.getContext('2d');
  g.fillStyle = '#E5E7EB';
  g.fillRect(0, 0, canvas.width, canvas.height);
  images.forEach((img, i) => {
    const x = gap + (i % columns) * (thumbW + gap);
    const y = gap + Math.floor(i / columns) * (thumbH + label + gap);
    g.fillStyle = '#374151';
    g.font = 'bold 18px sans-serif';
    g.fillText(String(i + 1), x, y + 18);
    g.drawImage(img, x, y + label, thumbW, thumbH);
    g.strokeStyle = '#9CA3AF';
    g.strokeRect(x + 0.5, y + label + 0.5, thumbW - 1, thumbH - 1);
  });
  return new Uint8Array(canvas.toBuffer('image/png'));
}
