/** `briefdeck draft`: article → outline YAML, on stdout or into a file (never over an existing one unless forced). */
import path from 'node:path';
import { schemaReference } from '../assets.js';
import { draftOutline } from '../draft/draft.js';
import { EXIT, type CliIO } from './io.js';
import { printDiagnostics } from './report.js';

export async function draftCommand(io: CliIO, article: string, opts: { output?: string; locale?: string; force?: boolean }): Promise<number> {
  let text: string;
  try {
    text = article === '-' ? await readStdin() : new TextDecoder().decode(await io.host.readFile(path.resolve(io.cwd, article)));
  } catch (e) {
    io.stderr(`error: cannot read ${article}: ${(e as Error).message}\n`);
    return EXIT.io;
  }
  const out = opts.output ? path.resolve(io.cwd, opts.output) : undefined;
  // The modeline points at the schema of the package that drafted it, relative to the new file.
  const schemaRel = out ? schemaReference(path.dirname(out)) : undefined;
  const { yaml, diagnostics } = draftOutline(text, {
    fileName: article,
    ...(opts.locale ? { locale: opts.locale } : {}),
    ...(schemaRel ? { schemaPath: schemaRel } : {}),
  });
  printDiagnostics(io, { file: article, diagnostics }, false);
  if (!out) {
    io.stdout(yaml);
    return EXIT.ok;
  }
  if ((await io.host.stat(out)) && !opts.force) {
    io.stderr(`error: ${opts.output} exists; refusing to overwrite it (use --force)\n`);
    return EXIT.io;
  }
  try {
    await io.host.mkdirp(path.dirname(out));
    await io.host.writeFileAtomic(out, new TextEncoder().encode(yaml));
  } catch (e) {
    io.stderr(`error: cannot write ${opts.output}: ${(e as Error).message}\n`);
    return EXIT.io;
  }
  io.stderr(`✓ ${opts.output}  drafted from ${article}; review the # TODO: comments, then run briefdeck build ${opts.output}\n`);
  return EXIT.ok;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
