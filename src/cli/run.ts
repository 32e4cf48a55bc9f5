/**
 * The briefdeck command line: `run(argv, io)` parses the arguments, runs one command and returns
 * the exit code. It never calls process.exit and prints only through `io`, so tests run it
 * in-process. Internal errors (bugs) exit 70 with the stack, and say so.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { BuildFlags } from './commands-build.js';
import { EXIT, type CliIO } from './io.js';

// Each command's module is imported when that command runs, so `build` does not pay for the
// drafting, preview or watch code, and `schema`/`check` never load the chart or PPTX stack.
const commandsBuild = () => import('./commands-build.js');

const BUILD_EXAMPLES = `
Examples:
  $ briefdeck build decks/openai-infrastructure-bet.de.yaml        → out/openai-infrastructure-bet.de.pptx
  $ briefdeck build decks/*.yaml --out-dir out                     every deck, each on its own
  $ briefdeck build talk.yaml -o ~/Desktop/talk.pptx --charts native
  $ briefdeck build talk.yaml --strict --format json               gate a deck in CI
  $ briefdeck build --watch talk.yaml                              rebuild on every save (Ctrl+C stops)
  $ briefdeck build talk.yaml --pdf                                also out/talk.pdf (needs LibreOffice)`;

const PREVIEW_EXAMPLES = `
Examples:
  $ briefdeck preview talk.yaml              → out/talk.pptx, out/talk.pdf, out/talk-slides/slide-01.png …,
                                               out/talk-contact-sheet.png (every slide on one picture)
  $ briefdeck preview talk.yaml --out-dir /tmp/look
Needs LibreOffice (soffice) and poppler (pdftoppm):
  Debian/Ubuntu: sudo apt-get install libreoffice-impress poppler-utils
  macOS:         brew install --cask libreoffice && brew install poppler
  Windows:       the LibreOffice installer, and poppler for Windows on PATH`;

const CHECK_EXAMPLES = `
Examples:
  $ briefdeck check decks/showcase.yaml
  $ briefdeck check decks/*.yaml --strict --format json`;

const INIT_EXAMPLES = `
Examples:
  $ briefdeck init                         → briefing/deck.yaml, theme.yaml, data/capex.csv, …
  $ briefdeck init q3-review && briefdeck build --watch q3-review/deck.yaml`;

function program(io: CliIO, setExit: (code: number) => void): Command {
  const cmd = new Command('briefdeck')
    .description('Compile YAML briefing outlines into PowerPoint decks with rendered charts.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showHelpAfterError('(run briefdeck --help for usage)');

  const common = (c: Command): Command =>
    c
      .addOption(new Option('--format <format>', 'diagnostics as text or json').choices(['text', 'json']).default('text'))
      .option('--strict', 'treat warnings as errors')
      .option('-q, --quiet', 'print only problems')
      .option('-v, --verbose', 'also print info diagnostics (what was shrunk, what fell back)')
      .addOption(new Option('--charts <target>', 'draw every chart as image or native').choices(['image', 'native']))
      .addOption(new Option('--max-outline-bytes <bytes>', 'refuse outlines larger than this (default 2 MiB)').argParser(positiveInt));

  common(
    cmd
      .command('build')
      .description('build decks from outlines (default output: out/<outline name>.pptx)')
      .argument('<outline...>', 'outline YAML files')
      .option('-o, --output <file>', 'output .pptx (one outline only)')
      .option('--out-dir <dir>', 'output folder', undefined)
      .option('--no-cache', 'render every chart afresh (skip .briefdeck-cache)')
      .option('--force', 'overwrite an output file even if it is not a deck')
      .option('-w, --watch', 'rebuild whenever the outline, its data, images or theme change (one outline)')
      .option('--pdf', 'also write a PDF handout beside each deck (needs LibreOffice)'),
  )
    .addHelpText('after', BUILD_EXAMPLES)
    .action(async (outlines: string[], opts: Record<string, unknown>) => {
      if (opts['watch'] && opts['pdf']) {
        io.stderr('error: --watch and --pdf cannot be combined; use briefdeck preview for a PDF\n');
        return setExit(EXIT.usage);
      }
      if (opts['watch']) return setExit(await (await import('./commands-watch.js')).watchCommand(io, outlines, flags(opts)));
      if (opts['pdf']) return setExit(await (await import('./commands-preview.js')).buildWithPdfCommand(io, outlines, flags(opts)));
      setExit(await (await commandsBuild()).buildCommand(io, outlines, flags(opts)));
    });

  common(
    cmd
      .command('preview')
      .description('build a deck, then a PDF handout, slide thumbnails and one contact sheet of all slides')
      .argument('<outline>', 'outline YAML file')
      .option('--out-dir <dir>', 'output folder (default out)')
      .option('--no-cache', 'render every chart afresh (skip .briefdeck-cache)')
      .option('--force', 'overwrite an output file even if it is not a deck'),
  )
    .addHelpText('after', PREVIEW_EXAMPLES)
    .action(async (outline: string, opts: Record<string, unknown>) => setExit(await (await import('./commands-preview.js')).previewCommand(io, outline, flags(opts))));

  common(cmd.command('check').description('check outlines without writing anything').argument('<outline...>', 'outline YAML files'))
    .addHelpText('after', CHECK_EXAMPLES)
    .action(async (outlines: string[], opts: Record<string, unknown>) => setExit(await (await commandsBuild()).checkCommand(io, outlines, flags(opts))));

  cmd
    .command('schema')
    .description("print the outline's JSON Schema (for editors)")
    .addHelpText('after', '\nExample:\n  $ briefdeck schema > schema/outline.schema.json')
    .action(async () => setExit((await import('./commands-schema.js')).schemaCommand(io)));

  cmd
    .command('draft')
    .description('draft an outline from an article (Markdown or plain text; - for stdin)')
    .argument('<article>', 'article file, or - for standard input')
    .option('-o, --output <file>', 'write the outline here instead of stdout')
    .option('--locale <locale>', 'override the detected locale (de-DE, en-US, …)')
    .option('--force', 'overwrite an existing output file')
    .addHelpText('after', '\nExamples:\n  $ briefdeck draft article.md -o decks/article.yaml\n  $ cat article.txt | briefdeck draft - --locale de-DE')
    .action(async (article: string, opts: { output?: string; locale?: string; force?: boolean }) => setExit(await (await import('./commands-draft.js')).draftCommand(io, article, opts)));

  cmd
    .command('init')
    .description('start a deck: a folder with a commented outline showing every slide kind, a data file and a theme')
    .argument('[dir]', 'folder for the new deck', 'briefing')
    .option('--force', 'overwrite files that exist')
    .addHelpText('after', INIT_EXAMPLES)
    .action(async (dir: string, opts: { force?: boolean }) => setExit(await (await import('./commands-init.js')).initCommand(io, dir, opts)));

  return cmd;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError('expected a whole number of bytes, e.g. 4194304');
  return n;
}

function flags(o: Record<string, unknown>): BuildFlags {
  return {
    format: (o['format'] as 'text' | 'json') ?? 'text',
    cache: o['cache'] !== false,
    ...(typeof o['output'] === 'string' ? { output: o['output'] } : {}),
    ...(typeof o['outDir'] === 'string' ? { outDir: o['outDir'] } : {}),
    ...(o['charts'] ? { charts: o['charts'] as 'image' | 'native' } : {}),
    ...(o['strict'] ? { strict: true } : {}),
    ...(o['quiet'] ? { quiet: true } : {}),
    ...(o['verbose'] ? { verbose: true } : {}),
    ...(o['force'] ? { force: true } : {}),
    ...(typeof o['maxOutlineBytes'] === 'number' ? { maxOutlineBytes: o['maxOutlineBytes'] } : {}),
  };
}

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  let code: number = EXIT.ok;
  const cmd = program(io, (c) => (code = c));
  try {
    if (argv.length === 0) {
      cmd.outputHelp();
      return EXIT.usage;
    }
    await cmd.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end with exitCode 0; everything else commander rejects is usage.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const err = e as Error;
    io.stderr(`internal error: this is a bug in briefdeck, please report it with the outline that caused it.\n${err.stack ?? String(err)}\n`);
    return EXIT.internal;
  }
}
