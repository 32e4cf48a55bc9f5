/**
 * Schema repairs of the chart parts pptxgenjs 4.0.1 writes (ppt/charts/chartN.xml), found with the
 * Open XML SDK validator. Pure string functions; each comment names the validator complaint.
 */

/** Applies every chart repair. */
export function repairChartXml(xml: string): string {
  return [dropThirdAxisId, addLineGrouping, dropInvertIfNegative, orderSeriesChildren].reduce((x, f) => f(x), xml);
}

/**
 * "barChart/areaChart/lineChart has unexpected child element c:axId": pptxgenjs writes a third
 * (series) axis id into 2-D charts; only bar3DChart/line3DChart/area3DChart take three.
 */
export function dropThirdAxisId(xml: string): string {
  return xml.replace(/<c:(barChart|areaChart|lineChart)>([\s\S]*?)<\/c:\1>/g, (_m, tag: string, body: string) => {
    let seen = 0;
    const fixed = body.replace(/<c:axId val="\d+"\/>/g, (ax) => (++seen > 2 ? '' : ax));
    return `<c:${tag}>${fixed}</c:${tag}>`;
  });
}

/**
 * "lineChart has unexpected child element c:varyColors; expected c:grouping": CT_LineChart
 * requires `c:grouping` first and pptxgenjs omits it. Insert the standard grouping, which also
 * puts varyColors where the schema wants it.
 */
export function addLineGrouping(xml: string): string {
  return xml.replace(/<c:lineChart>(?!\s*<c:grouping\b)/g, '<c:lineChart><c:grouping val="standard"/>');
}

/**
 * "ser has invalid child element c:invertIfNegative": only bar series (CT_BarSer, and bubble)
 * have it; pptxgenjs writes it into line and area series too.
 */
export function dropInvertIfNegative(xml: string): string {
  return xml.replace(/<c:(lineChart|areaChart)>([\s\S]*?)<\/c:\1>/g, (_m, tag: string, body: string) => {
    const fixed = body.replace(/\s*<c:invertIfNegative val="[01]"\/>/g, '');
    return `<c:${tag}>${fixed}</c:${tag}>`;
  });
}

/**
 * "ser has unexpected child element c:dPt / c:marker": pptxgenjs writes data-point overrides and
 * line markers after the series' data labels; CT_BarSer and CT_LineSer want them before
 * (… spPr, invertIfNegative, marker, dPt*, dLbls, …). Move them to just before `c:dLbls`.
 */
export function orderSeriesChildren(xml: string): string {
  return xml.replace(/<c:ser>([\s\S]*?)<\/c:ser>/g, (m, body: string) => {
    const dLbls = body.indexOf('<c:dLbls>');
    if (dLbls < 0) return m;
    const moved: string[] = [];
    const take = (re: RegExp, text: string): string =>
      text.replace(re, (block) => {
        moved.push(block);
        return '';
      });
    const head = body.slice(0, dLbls);
    let tail = body.slice(dLbls);
    tail = take(/<c:marker>[\s\S]*?<\/c:marker>/g, tail);
    tail = take(/<c:dPt>[\s\S]*?<\/c:dPt>/g, tail);
    if (moved.length === 0) return m;
    return `<c:ser>${head}${moved.join('')}${tail}</c:ser>`;
  });
}
