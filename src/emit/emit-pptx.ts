/**
 * Presentation IR → .pptx bytes. The only module (with its helpers in this folder) that knows
 * pptxgenjs. It builds the deck with pptxgenjs, then runs the zip pass (`repair-zip.ts`) that makes
 * the output schema-valid and reproducible: same IR and chart images → same bytes.
 *
 * `charts` holds the rendered PNG of every chart element whose render is 'image', keyed by
 * `chart.id`; native charts are drawn with pptxgenjs addChart. A missing PNG, or a native chart of
 * a type without a native form, is a bug upstream (layout decides the target), so it throws.
 */
import { PptxGenJS, type Pptx, type Slide } from './pptx-lib.js';
import type { Element, Presentation, SlideIR } from '../model/presentation.js';
import { addNativeChart, isNativeChartType } from './chart-native.js';
import { setSlideTitles } from './doc-props.js';
import { defineMasters } from './masters.js';
import { addNotes, rewriteNotesXml } from './notes.js';
import { addChartImage, addImageElement, type RenderedChart } from './pictures.js';
import { repairPptx } from './repair-zip.js';
import { addShapeElement } from './shapes.js';
import { addTableElement } from './table.js';
import { addTextElement } from './text.js';
import { stripXmlForbidden } from './xml-chars.js';

export type { RenderedChart } from './pictures.js';

const LAYOUT_NAME = 'BRIEFDECK';

export async function emitPptx(pres: Presentation, charts: ReadonlyMap<string, RenderedChart>): Promise<Uint8Array> {
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

  for (const slideIR of pres.slides) addSlide(pptx, pres, slideIR, charts);

  const raw = await pptx.write({ outputType: 'uint8array', compression: false });
  if (!(raw instanceof Uint8Array)) throw new Error('emit: pptxgenjs did not return bytes');
  return repairPptx(raw, {
    date: pres.meta.date,
    lang: pres.meta.lang,
    editPart: (name, xml) => {
      if (name === 'docProps/app.xml') return setSlideTitles(xml, pres.slides.map((s) => s.title));
      const notes = /^ppt\/notesSlides\/notesSlide(\d+)\.xml$/.exec(name);
      const slide = notes ? pres.slides[Number(notes[1]) - 1] : undefined;
      return slide ? rewriteNotesXml(xml, slide.notes, pres.meta.lang) : xml;
    },
  });
}

function addSlide(pptx: Pptx, pres: Presentation, slideIR: SlideIR, charts: ReadonlyMap<string, RenderedChart>): void {
  const slide = pptx.addSlide({ masterName: slideIR.master });
  slide.background = { color: slideIR.background };
  for (const el of slideIR.elements) addElement(slide, pres, el, charts);
  addNotes(slide, slideIR.notes);
}

function addElement(slide: Slide, pres: Presentation, el: Element, charts: ReadonlyMap<string, RenderedChart>): void {
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
      addImageElement(slide, el);
      return;
    case 'chart': {
      if (el.render === 'native' && isNativeChartType(el.chart.type)) {
        addNativeChart(slide, el, pres.theme, lang);
        return;
      }
      const png = charts.get(el.chart.id);
      if (!png) throw new Error(`emit: no rendered image for chart ${el.chart.id}`);
      addChartImage(slide, el, png);
      return;
    }
  }
}
