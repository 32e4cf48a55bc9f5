/**
 * Presentation IR → .pptx bytes. The only module (with its helpers in this folder) that knows
 * pptxgenjs. It builds the deck with pptxgenjs, takes its parts (`export-parts.ts`, no zip in
 * between) and runs the zip pass (`repair-zip.ts`) that makes the output schema-valid and
 * reproducible: same IR and chart images → same bytes.
 *
 * `charts` holds the rendered PNG of every chart element whose render is 'image', keyed by
 * `chart.id`, or promises them: the slides are built meanwhile with a placeholder per chart
 * (late-charts.ts), and the PNGs are put in before the zip pass. Native charts are drawn with
 * pptxgenjs addChart. `pictures` holds the bytes of every
 * image element (and the theme logo), keyed by absolute path, as read through the Host: emit
 * then reads no file itself. A missing PNG or picture, or a native chart of
 * a type without a native form, is a bug upstream (layout decides the target), so it throws.
 */
import { PptxGenJS, type Pptx, type Slide } from './pptx-lib.js';
import type { Element, Presentation, SlideIR } from '../model/presentation.js';
import { addNativeChart, applyNativeChartPost, type NativeChartPost } from './chart-native.js';
import { setSlideTitles } from './doc-props.js';
import { defineMasters } from './masters.js';
import { exportParts } from './export-parts.js';
import { addNotes, rewriteNotesXml } from './notes.js';
import type { Parts } from './parts.js';
import { chartPixelSize } from '../charts/pixel-size.js';
import { fillChartPictures, placeholderDataUrl } from './late-charts.js';
import { addChartImage, addImageElement, type Pictures, type RenderedChart } from './pictures.js';
import { repairParts } from './repair-zip.js';
import { addShapeElement } from './shapes.js';
import { addTableElement } from './table.js';
import { addTextElement } from './text.js';
import { stripXmlForbidden } from './xml-chars.js';

export type { Pictures, RenderedChart } from './pictures.js';

const LAYOUT_NAME = 'BRIEFDECK';

/** What addSlide needs besides the slide: the rendered charts, the pictures, the native-chart posts. */
interface EmitAssets {
  /** The charts drawn as pictures and the pixel size each was placed at, filled in as the slides are built. */
  placedCharts: Map<string, { widthPx: number; heightPx: number }>;
  pictures: Pictures;
  /** One entry per addNativeChart call, in call order (see below). */
  posts: NativeChartPost[];
}

export async function emitPptx(
  pres: Presentation,
  charts: ReadonlyMap<string, RenderedChart> | Promise<ReadonlyMap<string, RenderedChart>>,
  pictures: Pictures,
): Promise<Uint8Array> {
  // One entry per addNativeChart call, in call order: pptxgenjs numbers chart parts by that order
  // and renumber-charts.ts keeps it (1..n), so posts[n - 1] belongs to ppt/charts/chartN.xml.
  const posts: NativeChartPost[] = [];
  // The pptxgenjs deck lives only inside buildParts, so it can be collected while the parts are repaired.
  const placedCharts = new Map<string, { widthPx: number; heightPx: number }>();
  const parts = await buildParts(pres, { placedCharts, pictures, posts });
  fillChartPictures(parts, await charts, placedCharts);
  return repairParts(parts, {
    date: pres.meta.date,
    lang: pres.meta.lang,
    editPart: (name, xml) => {
      const c = /^ppt\/charts\/chart(\d+)\.xml$/.exec(name);
      if (c) return applyNativeChartPost(xml, posts[Number(c[1]) - 1]);
      if (name === 'docProps/app.xml') return setSlideTitles(xml, pres.slides.map((s) => s.title));
      const notes = /^ppt\/notesSlides\/notesSlide(\d+)\.xml$/.exec(name);
      const slide = notes ? pres.slides[Number(notes[1]) - 1] : undefined;
      return slide ? rewriteNotesXml(xml, slide.notes, pres.meta.lang) : xml;
    },
  });
}

/** The deck built with pptxgenjs, as its parts (export-parts.ts). */
async function buildParts(pres: Presentation, assets: EmitAssets): Promise<Parts> {
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: LAYOUT_NAME, width: pres.size.width, height: pres.size.height });
  pptx.layout = LAYOUT_NAME;
  pptx.title = stripXmlForbidden(pres.meta.title);
  if (pres.meta.author) pptx.author = stripXmlForbidden(pres.meta.author);
  if (pres.meta.subject) pptx.subject = stripXmlForbidden(pres.meta.subject);
  pptx.company = '';
  pptx.revision = '1';
  pptx.theme = { headFontFace: pres.theme.fonts.heading.name, bodyFontFace: pres.theme.fonts.body.name };
  defineMasters(pptx, pres);
  for (const slideIR of pres.slides) addSlide(pptx, pres, slideIR, assets);
  return exportParts(pptx);
}

function addSlide(pptx: Pptx, pres: Presentation, slideIR: SlideIR, assets: EmitAssets): void {
  const slide = pptx.addSlide({ masterName: slideIR.master });
  slide.background = { color: slideIR.background };
  for (const el of slideIR.elements) addElement(slide, pres, el, assets);
  addNotes(slide, slideIR.notes);
}

function addElement(slide: Slide, pres: Presentation, el: Element, assets: EmitAssets): void {
  const lang = pres.meta.lang;
  switch (el.type) {
    case 'text':
      addTextElement(slide, el, lang);
      return;
    case 'table':
      addTableElement(slide, el, pres.theme, lang);
      return;
    case 'shape':
      addShapeElement(slide, el);
      return;
    case 'image':
      addImageElement(slide, el, assets.pictures);
      return;
    case 'chart': {
      if (el.render === 'native') {
        assets.posts.push(addNativeChart(slide, el, pres.theme, lang));
        return;
      }
      // The PNG (drawn at this pixel size) replaces the placeholder in emitPptx.
      const size = chartPixelSize(el.box.w, el.box.h);
      assets.placedCharts.set(el.chart.id, size);
      addChartImage(slide, el, size, placeholderDataUrl(el.chart.id));
      return;
    }
  }
}
