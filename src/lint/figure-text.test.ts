import { describe, expect, test } from 'vitest';
import { findFigure } from './figure-text.js';

describe('findFigure', () => {
  test.each([
    ['OpenAI intends to put $1.4 trillion into AI infrastructure', '$1.4 trillion'],
    ['Branchen-Capex von über 200 Mrd. $ pro Jahr', '200 Mrd. $'],
    ['bis zu 50 % geringere Kosten', '50 %'],
    ['up to 50 % lower cost per query', '50 %'],
    ['GPT-5.2 braucht bis zu 100-mal so viel Energie', '100-mal'],
    ['Microsoft has invested more than $13 billion', '$13 billion'],
    ['more than 13 billion in OpenAI', '13 billion'],
    ['Die 1,4-Billionen-Dollar-Wette', '1,4-Billionen-Dollar'],
    ['uses up to 100 times the energy', '100 times'],
    ['OpenAI holds 40 % market share', '40 %'],
    ['310 MW of new capacity', '310 MW'],
    ['a plan worth 1.4T', '1.4T'],
    ['1,4 Billionen Dollar', '1,4 Billionen Dollar'],
    ['€2.4 bn budget', '€2.4 bn'],
    ['USD 13bn', 'USD 13bn'],
    ['hallucinations below 5 percent', '5 percent'],
    ['10x faster inference', '10x'],
  ])('%s → %s', (text, figure) => {
    expect(findFigure(text)).toBe(figure);
  });

  test.each([
    'Founded in San Francisco in 2015 as a non-profit organisation',
    'The plan coincides with the launch of GPT-5.2',
    'Google bets on Gemini 3 and Anthropic on Claude Opus',
    '2–3 years',
    '10+ years',
    'What happens to the gas plant staff after 2035?',
    'Three stages to 2035',
    'Sam Altman has led OpenAI since 2019',
    'GPT-6 und Multimodalität',
    'Phase 2 starts in Q3',
  ])('no figure in "%s"', (text) => {
    expect(findFigure(text)).toBeUndefined();
  });
});
