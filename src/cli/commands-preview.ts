/**
 * `briefdeck preview <outline>` (deck + PDF handout + thumbnails + contact sheet) and the PDF step
 * of `briefdeck build --pdf`. Both build through buildCommand, so diagnostics and the "✓" line are
 * the same as `build`'s. A missing soffice/pdftoppm is an I/O error (exit 3) naming the package.
 */
import path from 'node:path';
import { convertToPdf } from '../preview/convert-pdf.js';
import { findTool, missingToolMessage, type ToolName } from '../preview/find-tool.js';
import { pdfPathFor, previewDeck } from '../preview/preview-deck.js';
import { buildCommand, deckOutputPath, type BuildFlags } from './commands-build.js';
import { EXIT, type CliIO } from './io.js';

/** Finds the external programs a command needs, or prints which package provides the missing one. */
async function requireTools<T extends ToolName>(io: CliIO, names: readonly T[], purpose: string): Promise<Record<T, string> | undefined> {
  const found = {} as Record<T, string>;
  for (const n of names) {
    const at = await findTool(n, { env: (v) => io.host.env(v) });
    if (!at) {
      io.stderr(`error: ${missingToolMessage(n, purpose)}\n`);
      return undefined;
    }
    found[n] = at;
  }
  return found;
}

const shown = (io: CliIO, f: string): string => path.relative(io.cwd, f) || f;

export async function previewCommand(io: CliIO, outline: string, flags: BuildFlags): Promise<number> {
  const tools = await requireTools(io, ['soffice', 'pdftoppm'] as const, 'briefdeck preview');
  if (!tools) return EXIT.io;
  const built = await buildCommand(io, [outline], flags);
  if (built !== EXIT.ok) return built;
  const pptx = deckOutputPath(io, outline, flags);
  const r = await previewDeck(pptx, tools, io.host);
  if (!r.ok) {
    io.stderr(`error: ${r.error}\n`);
    return EXIT.io;
  }
  if (flags.format === 'text' && !flags.quiet) {
    io.stderr(`✓ ${shown(io, r.files.pdf)}  PDF handout\n`);
    io.stderr(`✓ ${shown(io, path.dirname(r.files.thumbnails[0]!))}${path.sep}  ${r.files.thumbnails.length} slide thumbnails\n`);
    io.stderr(`✓ ${shown(io, r.files.contactSheet)}  every slide on one page\n`);
  }
  return EXIT.ok;
}

/** `build --pdf`: build every outline, then convert the decks this run wrote, in one soffice call. */
export async function buildWithPdfCommand(io: CliIO, outlines: string[], flags: BuildFlags): Promise<number> {
  const tools = await requireTools(io, ['soffice'] as const, 'briefdeck build --pdf');
  if (!tools) return EXIT.io;
  // Only decks this run wrote: after a failed build an older deck may be there, not to be passed off as new.
  const written = new Set<string>();
  const recording: CliIO = {
    ...io,
    host: { ...io.host, writeFileAtomic: async (f, d) => (await io.host.writeFileAtomic(f, d), void written.add(path.resolve(f))) },
  };
  const built = await buildCommand(recording, outlines, flags);
  if (built === EXIT.usage) return built;
  const decks = new Set(outlines.map((file) => deckOutputPath(io, file, flags)).filter((pptx) => written.has(pptx)));
  const jobs = [...decks].map((pptx) => ({ pptx, pdf: pdfPathFor(pptx) }));
  const outcomes = await convertToPdf(tools.soffice, jobs);
  for (const o of outcomes) {
    if (o.error) io.stderr(`error: ${o.error}\n`);
    else if (flags.format === 'text' && !flags.quiet) io.stderr(`✓ ${shown(io, o.pdf)}  PDF handout\n`);
  }
  return Math.max(built, outcomes.some((o) => o.error) ? EXIT.io : EXIT.ok);
}
