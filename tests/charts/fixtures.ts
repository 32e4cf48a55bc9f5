/** One chart per kind and option, as the layout stage hands them to the chart renderer. */
import type { Chart } from '../../src/model/outline.js';

const span = { file: 'showcase.yaml', line: 1, col: 1 };

function chart(id: string, c: Omit<Chart, 'id' | 'span' | 'labels' | 'series'> & Partial<Pick<Chart, 'labels' | 'series'>>): Chart {
  return { id, span, labels: [], series: [], ...c };
}

export const investment = chart('investment-log', {
  type: 'bar',
  format: 'currency',
  unit: 'USD',
  log: true,
  valueLabels: true,
  highlight: 'OpenAI-Plan',
  yTitle: 'Investition (log. Skala)',
  labels: ['OpenAI-Plan', 'Branche p. a.', 'Microsoft'],
  series: [{ name: 'Investition', values: [1.4e12, 200e9, 13e9] }],
});

const capex = {
  labels: ['2021', '2022', '2023', '2024', '2025'],
  series: [
    { name: 'Microsoft', values: [24e9, 28e9, 32e9, 56e9, 80e9] },
    { name: 'Alphabet', values: [25e9, 31e9, 32e9, 52e9, 75e9] },
    { name: 'Meta', values: [19e9, 32e9, 28e9, 39e9, 65e9] },
  ],
};

export const FIXTURES: Chart[] = [
  investment,
  chart('bar-grouped', { type: 'bar', unit: 'USD', ...capex, yTitle: 'Capex', target: { value: 60e9, label: 'Ziel' } }),
  chart('column-stacked', { type: 'column', unit: 'USD', stacked: true, valueLabels: true, ...capex, legend: 'top' }),
  chart('hbar', {
    type: 'hbar',
    unit: 'USD',
    valueLabels: true,
    labels: ['OpenAI-Plan', 'Branche p. a.', 'Microsoft'],
    series: [{ name: 'Investition', values: [1.4e12, 200e9, 13e9] }],
    xTitle: 'Vorhaben',
  }),
  chart('line-trend', {
    type: 'line',
    unit: 'GW',
    valueLabels: true,
    highlight: '2030',
    labels: ['2024', '2025', '2026', '2027', '2028', '2029', '2030'],
    series: [{ name: 'Rechenzentrumsleistung', values: [5, 8, 12, 18, 25, 33, 42] }],
    yTitle: 'Leistung',
  }),
  chart('area-stacked', { type: 'area', unit: 'USD', stacked: true, ...capex, title: 'Capex der Hyperscaler' }),
  chart('pie', {
    type: 'pie',
    unit: '%',
    valueLabels: true,
    labels: ['Rechenzentren', 'Chips', 'Energie', 'Netz'],
    series: [{ name: 'Anteil', values: [45, 30, 15, 10] }],
  }),
  chart('doughnut', {
    type: 'doughnut',
    format: 'percent',
    valueLabels: true,
    highlight: 'Chips',
    labels: ['Rechenzentren', 'Chips', 'Energie', 'Netz'],
    series: [{ name: 'Anteil', values: [0.45, 0.3, 0.15, 0.1] }],
  }),
  chart('combo', {
    type: 'combo',
    unit: 'USD',
    labels: ['2021', '2022', '2023', '2024', '2025'],
    series: [
      { name: 'Capex', values: [110e9, 150e9, 160e9, 230e9, 320e9] },
      { name: 'Wachstum', type: 'line', axis: 'right', unit: '%', values: [20, 36, 7, 44, 39] },
    ],
    yTitle: 'Capex',
    y2Title: 'Wachstum',
  }),
  chart('waterfall', {
    type: 'waterfall',
    unit: 'USD',
    labels: ['Rechenzentren', 'Chips', 'Energie', 'Abschreibung', 'Summe'],
    totals: ['Summe'],
    series: [{ name: 'Beitrag', values: [600e9, 500e9, 400e9, -100e9, 0] }],
    yTitle: 'Investition',
  }),
  chart('stages', {
    type: 'stages',
    xTitle: 'Jahre ab heute',
    ranges: [
      { label: 'GPT-6 und Multimodalität', from: 0, to: 3 },
      { label: 'KI wird allgegenwärtig', from: 3, to: 5 },
      { label: 'Allgemeine KI?', from: 5, to: 10 },
    ],
  }),
];
