/**
 * The user theme file format (YAML): start from a built-in theme and override colours, palette,
 * fonts and logo. Fonts are limited to the faces briefdeck ships metrics for, because text is
 * measured at build time.
 */
import { z } from 'zod';

const hex = z
  .string()
  .regex(/^#?[0-9a-fA-F]{6}$/, 'a colour is six hex digits, e.g. "#1F4E79"')
  .transform((s) => s.replace('#', '').toUpperCase());

export const SHIPPED_FACES = ['Arial', 'Calibri'] as const;

export const ThemeFileSchema = z
  .strictObject({
    extends: z.enum(['briefing', 'midnight']).optional().describe('Built-in theme to start from (default briefing)'),
    name: z.string().optional(),
    colors: z
      .strictObject({
        background: hex.optional(),
        text: hex.optional(),
        muted: hex.optional(),
        title: hex.optional(),
        accent: hex.optional(),
        accentText: hex.optional(),
        surface: hex.optional(),
        line: hex.optional(),
        heroBackground: hex.optional(),
        heroText: hex.optional(),
      })
      .optional(),
    palette: z.array(hex).min(3).optional().describe('Chart series colours in order (extended from the base theme to 8+)'),
    fonts: z
      .strictObject({
        heading: z.enum(SHIPPED_FACES).optional(),
        body: z.enum(SHIPPED_FACES).optional(),
      })
      .optional(),
    logo: z.string().optional().describe('PNG or JPEG inside the outline folder, drawn on content slides'),
  })
  .describe('A briefdeck theme');

export type ThemeFile = z.infer<typeof ThemeFileSchema>;
