/**
 * Chart images: the only importer of Chart.js and the native canvas module, both loaded lazily on
 * the first chart drawn and shared by every pixel size and theme. The theme fonts shipped in
 * assets/fonts are registered once per process under the family names written into the PPTX
 * ("Arial" → Liberation Sans, "Calibri" → Carlito), so the picture uses the metrics PowerPoint
 * will use for the surrounding text.
 *
 * Images are 192 px per inch (2× a 96-dpi slide), sized to the slide box: widthPx/heightPx are the
 * box's inches × 192, rounded. The same request always gives the same bytes.
 */
import { fontPath } from '../assets.js';
import type { Chart } from '../model/outline.js';
import type { FontFace, Theme } from '../model/theme.js';
import { MIN_CHART_PT } from './chart-style.js';
import { chartJsConfig } from './chartjs-config.js';
import { PX_PER_PT, chartPixelSize } from './pixel-size.js';
import type { ChartConfiguration } from 'chart.js';

export { PX_PER_INCH, PX_PER_PT, chartPixelSize } from './pixel-size.js';

export interface ChartImageRequest {
  chart: Chart;
  widthIn: number;
  heightIn: number;
  theme: Theme;
  locale: string;
}

export interface ChartImage {
  png: Uint8Array;
  widthPx: number;
  heightPx: number;
}

export interface ChartRendererOptions {
  /** zlib level 0–9 for the PNG (default 6). */
  compressionLevel?: number;
  /**
   * node-canvas PNG filter flags (default PNG_FILTER_NONE = 8; PNG_ALL_FILTERS = 248). Charts are
   * flat colour, where row filters only cost time: measured at 2304×1056, level 6, no filters
   * encodes in ~36 ms CPU instead of ~80 ms and gives 13% smaller files (83 vs 96 KiB).
   * tests/charts/render-measure.test.ts (BRIEFDECK_MEASURE=1) reproduces the numbers.
   */
  filters?: number;
}

/** The parts of node-canvas we use (types at the library boundary, kept narrow). */
interface NodeCanvas {
  style?: unknown;
  width: number;
  getContext(kind: '2d'): unknown;
  toBuffer(cb: (err: Error | null, buf: Buffer) => void, mime: 'image/png', config: { compressionLevel: number; filters: number }): void;
}
interface CanvasModule {
  createCanvas(width: number, height: number): NodeCanvas;
  registerFont(path: string, options: { family: string; weight?: string; style?: string }): void;
  Image: unknown;
}
/** The parts of Chart.js (chart.js/auto: every controller, scale and element registered). */
interface ChartInstance {
  destroy(): void;
}
interface ChartJsGlobal {
  new (ctx: unknown, config: ChartConfiguration): ChartInstance;
  defaults: { font: { family: string; size: number }; color: string; animation: unknown };
}
interface Engine {
  canvas: CanvasModule;
  Chart: ChartJsGlobal;
}

/**
 * One Chart.js and node-canvas per process, loaded on the first chart drawn. (chartjs-node-canvas
 * used to load a fresh Chart.js copy per pixel size, 30–60 ms each; it did nothing else we need.)
 */
let enginePromise: Promise<Engine> | undefined;
function loadEngine(): Promise<Engine> {
  enginePromise ??= Promise.all([import('canvas'), import('chart.js/auto')]).then(([c, chart]) => {
    const canvas = ((c as { default?: CanvasModule }).default ?? c) as CanvasModule;
    const Chart = (chart as unknown as { default: ChartJsGlobal }).default;
    if (typeof canvas.createCanvas !== 'function' || typeof Chart !== 'function') throw new Error('canvas / chart.js: expected exports not found');
    return { canvas, Chart };
  });
  return enginePromise;
}

/** node-canvas keeps one font registry per process: register each face once. */
const registeredFaces = new Set<string>();

function registerFace(canvas: CanvasModule, face: FontFace): void {
  const files: Array<[string | undefined, string, string]> = [
    [face.regular, 'normal', 'normal'],
    [face.bold, 'bold', 'normal'],
    [face.italic, 'normal', 'italic'],
  ];
  for (const [file, weight, style] of files) {
    if (!file) continue;
    const key = `${face.name}|${weight}|${style}`;
    if (registeredFaces.has(key)) continue;
    canvas.registerFont(fontPath(file), { family: face.name, weight, style });
    registeredFaces.add(key);
  }
}

/**
 * Draws a chart synchronously on a fresh canvas (what chartjs-node-canvas's renderChart did):
 * not responsive, no animation, the theme's font and colour as Chart.js defaults (our configs set
 * every font and colour, but no default may leak, nor one theme's into another's chart), and
 * `Image` global while the chart is built, for plugins that use it.
 */
function drawChart(engine: Engine, config: ChartConfiguration, widthPx: number, heightPx: number, theme: Theme): { canvas: NodeCanvas; chart: ChartInstance } {
  const { Chart } = engine;
  Chart.defaults.font.family = theme.fonts.body.name;
  Chart.defaults.font.size = MIN_CHART_PT * PX_PER_PT;
  Chart.defaults.color = `#${theme.colors.text}`;
  Chart.defaults.animation = false;
  const canvas = engine.canvas.createCanvas(widthPx, heightPx);
  canvas.style ??= {};
  const g = globalThis as { Image?: unknown };
  const hadImage = 'Image' in g;
  const previous = g.Image;
  g.Image = engine.canvas.Image;
  try {
    const chart = new Chart(canvas.getContext('2d'), { ...config, options: { ...config.options, responsive: false, animation: false } });
    return { canvas, chart };
  } finally {
    if (hadImage) g.Image = previous;
    else delete g.Image;
  }
}

/**
 * Charts drawn or being encoded at once. Each holds a widthPx × heightPx × 4-byte surface (9.7 MB
 * at 12 × 5.5 in); unbounded, a 30-chart deck held all 30 before the first encode finished
 * (peak RSS 319 → 129 MiB for 32 charts with a limit, and 30% faster: fewer fresh pages to fault
 * in). Two keep one chart encoding on libuv's pool while this thread draws the next (measured on
 * 2 cores: 2, 3 and 4 equal for 32 charts; 2 best for the seed deck's 4).
 */
const IN_FLIGHT = 2;
let inFlight = 0;
const waiting: Array<() => void> = [];

function acquireSlot(): Promise<void> {
  if (inFlight < IN_FLIGHT) {
    inFlight++;
    return Promise.resolve();
  }
  return new Promise((resolve) => waiting.push(resolve));
}

/** Hands the slot to the next waiting chart (first come, first served), else frees it. */
function releaseSlot(): void {
  const next = waiting.shift();
  if (next) next();
  else inFlight--;
}

export class ChartRenderer {
  private readonly compressionLevel: number;
  private readonly filters: number;

  constructor(options: ChartRendererOptions = {}) {
    this.compressionLevel = options.compressionLevel ?? 6;
    this.filters = options.filters ?? 8;
  }

  /**
   * Draw one chart and encode it as PNG (the encoding runs off the main thread). At most
   * IN_FLIGHT charts exist at a time, process-wide, however many are requested at once.
   * `onDrawn` is called once the drawing is done and only the encode is left, so a caller can
   * use this thread meanwhile (compile.ts builds the slides then).
   */
  async render(req: ChartImageRequest, onDrawn?: () => void): Promise<ChartImage> {
    const { widthPx, heightPx } = chartPixelSize(req.widthIn, req.heightIn);
    const engine = await loadEngine();
    await acquireSlot();
    try {
      registerFace(engine.canvas, req.theme.fonts.body);
      registerFace(engine.canvas, req.theme.fonts.heading);
      const config = chartJsConfig(req.chart, { theme: req.theme, locale: req.locale, widthPx, heightPx, pxPerPt: PX_PER_PT });
      const { canvas, chart } = drawChart(engine, config, widthPx, heightPx, req.theme);
      const encoded = new Promise<Buffer>((resolve, reject) => {
        canvas.toBuffer(
          (err, buf) => {
            chart.destroy();
            // Free the ≈ 10 MB pixel surface now rather than when the canvas is collected, so the
            // next chart's surface reuses that memory instead of faulting in fresh pages.
            canvas.width = 0;
            if (err) reject(err);
            else resolve(buf);
          },
          'image/png',
          { compressionLevel: this.compressionLevel, filters: this.filters },
        );
      });
      onDrawn?.();
      const png = await encoded;
      return { png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength), widthPx, heightPx };
    } finally {
      releaseSlot();
    }
  }

  /**
   * Render many charts, keyed by chart.id. Drawing is synchronous on this thread, but each PNG
   * encode is handed to libuv's pool, so drawing chart n+1 overlaps encoding chart n (up to
   * IN_FLIGHT charts at once).
   */
  async renderAll(reqs: ChartImageRequest[]): Promise<Map<string, ChartImage>> {
    const images = await Promise.all(reqs.map((r) => this.render(r)));
    return new Map(reqs.map((r, i) => [r.chart.id, images[i] as ChartImage]));
  }
}
