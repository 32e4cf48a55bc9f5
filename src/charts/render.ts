/**
 * Chart images: the only importer of chartjs-node-canvas (loaded lazily, it pulls in the native
 * canvas module). One ChartJSNodeCanvas per pixel size is kept, because each one loads a fresh
 * copy of Chart.js; the theme fonts shipped in assets/fonts are registered once per process under
 * the family names written into the PPTX ("Arial" → Liberation Sans, "Calibri" → Carlito), so the
 * picture uses the metrics PowerPoint will use for the surrounding text.
 *
 * Images are 192 px per inch (2× a 96-dpi slide), sized to the slide box: widthPx/heightPx are the
 * box's inches × 192, rounded. The same request always gives the same bytes.
 */
import { fontPath } from '../assets.js';
import type { Chart } from '../model/outline.js';
import type { FontFace, Theme } from '../model/theme.js';
import { chartJsConfig } from './chartjs-config.js';
import type { ChartConfiguration } from 'chart.js';

export const PX_PER_INCH = 192;
export const PX_PER_PT = PX_PER_INCH / 72;

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

/** The parts of chartjs-node-canvas we use; its renderChart is private but is the only way to
 * reach the canvas and pass PNG encoder options. */
interface NodeCanvasChart {
  canvas: {
    toBuffer(cb: (err: Error | null, buf: Buffer) => void, mime: 'image/png', config: { compressionLevel: number; filters: number }): void;
  };
  destroy(): void;
}
interface NodeCanvasInstance {
  registerFont(path: string, options: { family: string; weight?: string; style?: string }): void;
  renderChart(config: ChartConfiguration): NodeCanvasChart;
}
type NodeCanvasCtor = new (options: { width: number; height: number; chartCallback?: (c: ChartJsGlobal) => void }) => NodeCanvasInstance;
interface ChartJsGlobal {
  defaults: { font: { family: string; size: number }; color: string; devicePixelRatio?: number; animation: unknown };
}

let ctorPromise: Promise<NodeCanvasCtor> | undefined;
function loadCtor(): Promise<NodeCanvasCtor> {
  ctorPromise ??= import('chartjs-node-canvas').then((m) => {
    const mod = m as unknown as { ChartJSNodeCanvas?: NodeCanvasCtor; default?: { ChartJSNodeCanvas: NodeCanvasCtor } };
    const ctor = mod.ChartJSNodeCanvas ?? mod.default?.ChartJSNodeCanvas;
    if (!ctor) throw new Error('chartjs-node-canvas: ChartJSNodeCanvas export not found');
    return ctor;
  });
  return ctorPromise;
}

/** node-canvas keeps one font registry per process: register each face once. */
const registeredFaces = new Set<string>();

function registerFace(instance: NodeCanvasInstance, face: FontFace): void {
  const files: Array<[string | undefined, string, string]> = [
    [face.regular, 'normal', 'normal'],
    [face.bold, 'bold', 'normal'],
    [face.italic, 'normal', 'italic'],
  ];
  for (const [file, weight, style] of files) {
    if (!file) continue;
    const key = `${face.name}|${weight}|${style}`;
    if (registeredFaces.has(key)) continue;
    instance.registerFont(fontPath(file), { family: face.name, weight, style });
    registeredFaces.add(key);
  }
}

export function chartPixelSize(widthIn: number, heightIn: number): { widthPx: number; heightPx: number } {
  return { widthPx: Math.max(1, Math.round(widthIn * PX_PER_INCH)), heightPx: Math.max(1, Math.round(heightIn * PX_PER_INCH)) };
}

export class ChartRenderer {
  private readonly canvases = new Map<string, Promise<NodeCanvasInstance>>();
  private readonly compressionLevel: number;
  private readonly filters: number;

  constructor(options: ChartRendererOptions = {}) {
    this.compressionLevel = options.compressionLevel ?? 6;
    this.filters = options.filters ?? 8;
  }

  private canvasFor(widthPx: number, heightPx: number, theme: Theme): Promise<NodeCanvasInstance> {
    const key = `${widthPx}x${heightPx}`;
    let instance = this.canvases.get(key);
    if (!instance) {
      instance = loadCtor().then(
        (Ctor) =>
          new Ctor({
            width: widthPx,
            height: heightPx,
            // Belt and braces: our configs set every font and colour, but no default may leak.
            chartCallback: (c) => {
              c.defaults.font.family = theme.fonts.body.name;
              c.defaults.font.size = 14 * PX_PER_PT;
              c.defaults.color = `#${theme.colors.text}`;
              c.defaults.animation = false;
            },
          }),
      );
      this.canvases.set(key, instance);
    }
    return instance.then((inst) => {
      registerFace(inst, theme.fonts.body);
      registerFace(inst, theme.fonts.heading);
      return inst;
    });
  }

  /** Draw one chart and encode it as PNG (the encoding runs off the main thread). */
  async render(req: ChartImageRequest): Promise<ChartImage> {
    const { widthPx, heightPx } = chartPixelSize(req.widthIn, req.heightIn);
    const inst = await this.canvasFor(widthPx, heightPx, req.theme);
    const config = chartJsConfig(req.chart, { theme: req.theme, locale: req.locale, widthPx, heightPx, pxPerPt: PX_PER_PT });
    const chart = inst.renderChart(config);
    const png = await new Promise<Buffer>((resolve, reject) => {
      chart.canvas.toBuffer(
        (err, buf) => {
          chart.destroy();
          if (err) reject(err);
          else resolve(buf);
        },
        'image/png',
        { compressionLevel: this.compressionLevel, filters: this.filters },
      );
    });
    return { png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength), widthPx, heightPx };
  }

  /**
   * Render many charts, keyed by chart.id. Drawing is synchronous on this thread, but each PNG
   * encode is handed to libuv's pool, so drawing chart n+1 overlaps encoding chart n.
   */
  async renderAll(reqs: ChartImageRequest[]): Promise<Map<string, ChartImage>> {
    const images = await Promise.all(reqs.map((r) => this.render(r)));
    return new Map(reqs.map((r, i) => [r.chart.id, images[i] as ChartImage]));
  }
}
