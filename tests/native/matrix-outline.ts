/**
 * A generated outline with every chart kind × the options a briefing uses (stacked, log,
 * valueLabels, highlight, target, axis titles, every legend position, a combo with a right axis),
 * in German (de-DE: "1,4 Bio. $") on the light theme, so the showcase (en-US, dark) and this deck
 * together cover both locales and both built-in themes. Each chart has a slide of its own; `id`
 * names it in test messages and equals the slide title.
 */
import { stringify } from 'yaml';

export interface MatrixChart {
  id: string;
  chart: Record<string, unknown>;
}

const years = ['2021', '2022', '2023', '2024', '2025'];
const capex = [
  { name: 'Microsoft', values: [24e9, 28e9, 32e9, 56e9, 80e9] },
  { name: 'Alphabet', values: [25e9, 31e9, 32e9, 52e9, 75e9] },
  { name: 'Meta', values: [19e9, 32e9, 28e9, 39e9, 65e9] },
];
const invest = { labels: ['OpenAI-Plan', 'Branche p. a.', 'Microsoft'], series: [{ name: 'Investition', values: [1.4e12, 200e9, 13e9] }] };

export const MATRIX: MatrixChart[] = [
  { id: 'bar labels highlight target', chart: { type: 'bar', format: 'currency', unit: 'USD', valueLabels: true, highlight: 'Microsoft', target: { value: 100e9, label: 'Schwelle' }, xTitle: 'Vorhaben', yTitle: 'US-Dollar', legend: 'none', ...invest } },
  { id: 'bar grouped legend bottom', chart: { type: 'bar', unit: 'USD', labels: years, series: capex, legend: 'bottom', yTitle: 'Capex' } },
  { id: 'column stacked labels legend top', chart: { type: 'column', unit: 'USD', stacked: true, valueLabels: true, labels: years, series: capex, legend: 'top' } },
  { id: 'hbar log labels', chart: { type: 'hbar', format: 'currency', unit: 'USD', log: true, valueLabels: true, yTitle: 'US-Dollar (log.)', ...invest } },
  { id: 'bar horizontal target', chart: { type: 'bar', horizontal: true, labels: ['Nord', 'Süd', 'Ost'], series: [{ name: 'Anlagen', values: [1800, 2900, 4100] }], target: { value: 3000 } } },
  { id: 'line target labels legend right', chart: { type: 'line', unit: 'GW', valueLabels: true, labels: years, series: [{ name: 'Leistung', values: [5, 8, 12, 18, 25] }], target: { value: 20, label: 'Ziel 2025' }, legend: 'right', xTitle: 'Jahr', yTitle: 'Gigawatt' } },
  { id: 'line stacked highlight series', chart: { type: 'line', stacked: true, unit: 'GW', labels: years, highlight: 'Wind', series: [{ name: 'Solar', values: [4, 6, 9, 13, 18] }, { name: 'Wind', values: [8, 9, 11, 12, 14] }], legend: 'bottom' } },
  { id: 'line log', chart: { type: 'line', log: true, labels: years, series: [{ name: 'Rechenleistung', values: [1e3, 1e4, 1e5, 1e6, 1e7] }], yTitle: 'FLOP/s (log.)' } },
  { id: 'area stacked legend top', chart: { type: 'area', stacked: true, unit: 'USD', labels: years, series: capex, legend: 'top', title: 'Capex der Hyperscaler' } },
  { id: 'area overlapping', chart: { type: 'area', unit: 'TWh', labels: years, series: [{ name: 'Bedarf', values: [200, 240, 300, 380, 460] }, { name: 'Angebot', values: [220, 250, 290, 340, 400] }] } },
  { id: 'pie percent labels', chart: { type: 'pie', format: 'percent', valueLabels: true, labels: ['Rechenzentren', 'Chips', 'Energie', 'Netz'], series: [{ name: 'Anteil', values: [0.45, 0.3, 0.15, 0.1] }], legend: 'right' } },
  { id: 'pie shares', chart: { type: 'pie', labels: ['A', 'B', 'C'], series: [{ name: 'Menge', values: [50, 30, 20] }], legend: 'bottom' } },
  { id: 'doughnut currency highlight', chart: { type: 'doughnut', format: 'currency', unit: 'USD', valueLabels: true, highlight: 'Chips', labels: ['Rechenzentren', 'Chips', 'Energie'], series: [{ name: 'Budget', values: [600e9, 500e9, 300e9] }] } },
  {
    id: 'combo right axis target',
    chart: {
      type: 'combo', unit: 'USD', labels: years, legend: 'bottom', xTitle: 'Jahr', yTitle: 'Capex', y2Title: 'Wachstum', target: { value: 250e9, label: 'Plan' },
      series: [
        { name: 'Capex', values: [110e9, 150e9, 160e9, 230e9, 320e9] },
        { name: 'Wachstum', type: 'line', axis: 'right', unit: '%', values: [20, 36, 7, 44, 39] },
      ],
    },
  },
  {
    id: 'combo two lines',
    chart: {
      type: 'combo', labels: years, legend: 'top',
      series: [
        { name: 'Umsatz', values: [10, 14, 19, 25, 33] },
        { name: 'Kosten', values: [12, 15, 17, 20, 22] },
        { name: 'Marge', type: 'line', axis: 'right', unit: '%', values: [-20, -7, 10, 20, 33] },
        { name: 'Ziel-Marge', type: 'line', axis: 'right', unit: '%', values: [0, 5, 10, 15, 20] },
      ],
    },
  },
  { id: 'waterfall totals', chart: { type: 'waterfall', unit: 'USD', valueLabels: true, labels: ['Rechenzentren', 'Chips', 'Energie', 'Abschreibung', 'Summe'], totals: ['Summe'], series: [{ name: 'Beitrag', values: [600e9, 500e9, 400e9, -100e9, 0] }], yTitle: 'Investition' } },
  {
    id: 'stages to 9 long labels',
    chart: {
      type: 'stages', unit: 'Jahre', xTitle: 'Jahre ab heute',
      ranges: [
        { label: 'GPT-6 und Multimodalität', from: 2, to: 3 },
        { label: 'KI wird allgegenwärtig in Alltag und Beruf', from: 3, to: 5 },
        { label: 'Effizienz und Nachhaltigkeit', from: 5, to: 9 },
      ],
    },
  },
];

/** The outline YAML: one section, one chart slide per matrix entry. */
export function matrixOutlineYaml(): string {
  return stringify({
    title: 'Diagramm-Matrix',
    date: '2026-12-01',
    locale: 'de-DE',
    theme: 'briefing',
    generate: { title: false, agenda: false, dividers: false, sources: false },
    sections: [{ title: 'Alle Diagramme', slides: MATRIX.map((m) => ({ title: m.id, chart: m.chart })) }],
  });
}
