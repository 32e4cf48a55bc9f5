/**
 * Colour-vision-deficiency simulation: Machado, Oliveira & Fernandes (2009), "A Physiologically-
 * based Model for Simulation of Color Vision Deficiency", severity 1.0 (dichromacy) matrices.
 * They apply to linear RGB, so colours are linearised, transformed, clamped and re-encoded.
 */
import { hexToRgb, linearToSrgb, srgbToLinear } from './color-contrast.js';

export type Deficiency = 'protanopia' | 'deuteranopia';

type Matrix = readonly [readonly [number, number, number], readonly [number, number, number], readonly [number, number, number]];

const MACHADO_2009: Record<Deficiency, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
};

/** How `hex` looks to a viewer with the given dichromacy, as hex without '#'. */
export function simulateCvd(hex: string, deficiency: Deficiency): string {
  const lin = hexToRgb(hex).map(srgbToLinear);
  const m = MACHADO_2009[deficiency];
  const out = m.map((row) => linearToSrgb(row[0] * lin[0]! + row[1] * lin[1]! + row[2] * lin[2]!));
  return out.map((v) => v.toString(16).padStart(2, '0')).join('').toUpperCase();
}
