import { describe, expect, it } from 'vitest';
import { FIXTURES, investment } from '../../tests/charts/fixtures.js';
import type { Chart } from '../model/outline.js';
import { chartAltText, chartDataTable } from './alt-text.js';

const nb = (s: string) => s.replace(/(\d) (Bio|Mrd|Mio|%|\$|GW)/g, '$1\u00a0$2').replace(/\. \$/g, '.\u00a0$');
const byId = (id: string) => FIXTURES.find((f) => f.id === id) as Chart;

describe('chartAltText', () => {
  it('lists the values of a bar chart in German', () => {
    expect(chartAltText({ ...investment, log: false }, 'de-DE')).toBe(
      nb('Balkendiagramm: Investition – OpenAI-Plan 1,4 Bio. $, Branche p. a. 200 Mrd. $, Microsoft 13 Mrd. $.'),
    );
  });

  it('names the log scale, in English with en-US numbers', () => {
    expect(chartAltText(investment, 'en-US')).toBe(
      'Bar chart (logarithmic scale): Investition – OpenAI-Plan $1.4T, Branche p. a. $200B, Microsoft $13B.',
    );
  });

  it('describes a line chart as a trend', () => {
    expect(chartAltText(byId('line-trend'), 'en-US')).toBe(
      'Line chart: Rechenzentrumsleistung rises from 5\u00a0GW in 2024 to 42\u00a0GW in 2030.',
    );
    expect(chartAltText(byId('line-trend'), 'de-DE')).toBe(
      'Liniendiagramm: Rechenzentrumsleistung steigt von 5\u00a0GW (2024) auf 42\u00a0GW (2030).',
    );
  });

  it('describes waterfall steps, stages and the target line', () => {
    expect(chartAltText(byId('waterfall'), 'en-US')).toBe(
      'Waterfall chart: Rechenzentren $600B, Chips +$500B, Energie +$400B, Abschreibung -$100B, Summe $1.4T (total).',
    );
    expect(chartAltText(byId('stages'), 'de-DE')).toBe(
      'Etappendiagramm: GPT-6 und Multimodalität 0–3 Jahre ab heute, KI wird allgegenwärtig 3–5 Jahre ab heute, Allgemeine KI? 5–10 Jahre ab heute.',
    );
    expect(chartAltText(byId('bar-grouped'), 'en-US')).toMatch(/; reference line Ziel \$60B\.$/);
  });

  it('summarises long series by their extremes', () => {
    const labels = Array.from({ length: 12 }, (_, i) => `M${i + 1}`);
    const chart: Chart = { ...investment, log: false, labels, series: [{ name: 'S', values: labels.map((_, i) => i * 1e9) }] };
    expect(chartAltText(chart, 'en-US')).toBe('Bar chart: S – 12 values, highest $11B (M12), lowest $0 (M1).');
  });

  it('produces text for every fixture', () => {
    for (const f of FIXTURES) expect(chartAltText(f, 'de-DE').length).toBeGreaterThan(20);
  });
});

describe('chartDataTable', () => {
  it('writes one row per label with aligned cells', () => {
    expect(chartDataTable(investment, 'en-US')).toBe(
      ['Category      | Investition', 'OpenAI-Plan   | $1.4T', 'Branche p. a. | $200B', 'Microsoft     | $13B'].join('\n'),
    );
  });

  it('writes stages as from/to rows', () => {
    expect(chartDataTable(byId('stages'), 'de-DE').split('\n')[1]).toBe('GPT-6 und Multimodalität | 0   | 3');
  });
});
