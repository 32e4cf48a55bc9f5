/**
 * Reading the charts back out of a built deck, for assertions: per slide, its native chart part
 * (through the slide's relationships) and the graphic frame's alt text, or its picture.
 */
import { readParts } from '../support/readers.js';

export interface SlideChart {
  /** 1-based slide number. */
  slide: number;
  /** The chart part's XML when the slide has a native chart. */
  xml?: string;
  /** Part name, e.g. ppt/charts/chart3.xml. */
  part?: string;
  /** `descr` of the chart's graphic frame (native) or of the picture (image). */
  alt?: string;
  picture: boolean;
}

const decode = (s: string): string =>
  s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export function slideCharts(bytes: Uint8Array): SlideChart[] {
  const parts = readParts(bytes);
  const slides = Object.keys(parts)
    .map((n) => /^ppt\/slides\/slide(\d+)\.xml$/.exec(n)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
  return slides.map((n) => {
    const xml = parts[`ppt/slides/slide${n}.xml`] ?? '';
    const rels = parts[`ppt/slides/_rels/slide${n}.xml.rels`] ?? '';
    const target = /Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/.exec(rels)?.[1];
    const frame = /<p:graphicFrame>[\s\S]*?<p:cNvPr[^>]*?descr="([^"]*)"/.exec(xml);
    const pic = /<p:pic>[\s\S]*?<p:cNvPr[^>]*?descr="([^"]*)"/.exec(xml);
    const out: SlideChart = { slide: n, picture: Boolean(pic) && !target };
    if (target) {
      out.part = `ppt/charts/${target}`;
      out.xml = parts[out.part];
      if (frame?.[1] !== undefined) out.alt = decode(frame[1]);
    } else if (pic?.[1] !== undefined) {
      out.alt = decode(pic[1]);
    }
    return out;
  });
}

/** All values of an attribute on an element, e.g. every formatCode of c:numFmt (XML-decoded). */
export function attrs(xml: string, element: string, attr: string): string[] {
  const re = new RegExp(`<${element}\\b[^>]*?\\b${attr}="([^"]*)"`, 'g');
  return [...xml.matchAll(re)].map((m) => decode(m[1] ?? ''));
}

/** The inner XML of every element with this name (non-nested). */
export function blocks(xml: string, element: string): string[] {
  const re = new RegExp(`<${element}>([\\s\\S]*?)</${element}>`, 'g');
  return [...xml.matchAll(re)].map((m) => m[1] ?? '');
}

/** The text runs of a c:title block, joined. */
export function titleText(titleXml: string): string {
  return [...titleXml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1] ?? '')).join('');
}
