/**
 * docProps/app.xml: pptxgenjs lists the slide titles as "Slide 1", "Slide 2", …; write the real
 * titles (file managers and search indexers show them).
 */
import { escapeXml } from './xml-chars.js';

export function setSlideTitles(appXml: string, titles: readonly string[]): string {
  return appXml.replace(/<vt:lpstr>Slide (\d+)<\/vt:lpstr>/g, (m, n: string) => {
    const title = titles[Number(n) - 1];
    return title === undefined ? m : `<vt:lpstr>${escapeXml(title)}</vt:lpstr>`;
  });
}
