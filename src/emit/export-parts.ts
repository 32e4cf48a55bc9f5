/**
 * pptxgenjs → the parts of the package (parts.ts), with no zip in between.
 *
 * pptxgenjs 4.0.1 has no API for its parts: `write()` adds every part to a `new JSZip()` with
 * `zip.file(name, data, { base64? })` and ends with `zip.generateAsync({ type: outputType })`. Having
 * JSZip build a stored zip only for the zip pass to unzip it again cost ≈ 0.6 s, and several copies
 * of the deck in memory, at 2,000 slides. So JSZip's `generateAsync` is wrapped once: for the private
 * output type PARTS_TYPE it resolves with the parts instead of a zip; for any other type (pptxgenjs
 * zips chart workbooks with type 'base64', other code may use JSZip too) it is JSZip's own. The
 * wrapper stays installed (inert unless asked for PARTS_TYPE), so concurrent emits cannot restore
 * each other's state. It works on the jszip module instance pptxgenjs itself uses, whether loaded
 * from node_modules or bundled into one file with it, provided both resolve to one jszip copy
 * (checked: otherwise the export fails with a clear internal error).
 *
 * The content is read from JSZip's ZipObject (`_data`: a promise of what `file()` prepared, `_dataBinary`:
 * false for a Unicode string). That is jszip 3.10 internals, checked on every part; the tests compare
 * the result with JSZip's own zip of the same deck. Text parts come back as the string a zip reader
 * would decode (parts.ts `wellFormedText`); JSZip's own zip split each string into 16 KiB chunks
 * before UTF-8 encoding, which turned a non-BMP character (an emoji) on a chunk boundary into two
 * U+FFFD; here it survives.
 */
import JSZip from 'jszip';
import type { Pptx } from './pptx-lib.js';
import { decodeUtf8, isTextPart, wellFormedText, type Parts } from './parts.js';

const PARTS_TYPE: string = 'briefdeck-parts';
const WRAPPED = Symbol.for('briefdeck.jszip-parts');

type Generate = (this: JSZip, options?: { type?: string }, onUpdate?: unknown) => Promise<unknown>;

/** What the wrapper resolves with (pptxgenjs passes it through `write()` unchanged). */
interface PartsResult {
  [WRAPPED]: true;
  parts: Parts;
}

/** The parts of the deck as pptxgenjs writes them (names as in the zip). */
export async function exportParts(pptx: Pptx): Promise<Parts> {
  installPartsOutput();
  let result: unknown;
  try {
    result = await pptx.write({ outputType: PARTS_TYPE as 'uint8array' });
  } catch (e) {
    // JSZip's own generateAsync rejects an unknown type: pptxgenjs has a jszip copy of its own.
    if (e instanceof Error && e.message.includes(PARTS_TYPE)) throw new Error(`emit: pptxgenjs does not use briefdeck's jszip (${e.message})`);
    throw e;
  }
  if (!isPartsResult(result)) throw new Error('emit: pptxgenjs did not return its parts');
  return result.parts;
}

function isPartsResult(value: unknown): value is PartsResult {
  return typeof value === 'object' && value !== null && (value as Partial<PartsResult>)[WRAPPED] === true;
}

/** Wraps JSZip.prototype.generateAsync once per jszip instance (see the module comment). */
function installPartsOutput(): void {
  const proto = JSZip.prototype as unknown as { generateAsync: Generate & { [WRAPPED]?: true } };
  if (proto.generateAsync[WRAPPED]) return;
  const original = proto.generateAsync;
  const wrapped: Generate & { [WRAPPED]?: true } = function (this: JSZip, options, onUpdate) {
    if (options?.type !== PARTS_TYPE) return original.call(this, options, onUpdate);
    return collectParts(this).then((parts): PartsResult => ({ [WRAPPED]: true, parts }));
  };
  wrapped[WRAPPED] = true;
  proto.generateAsync = wrapped;
}

/** The JSZip ZipObject fields read here (jszip 3.10 internals). */
interface ZipObjectInternals {
  dir: boolean;
  _data: unknown;
  _dataBinary: unknown;
}

async function collectParts(zip: JSZip): Promise<Parts> {
  const parts: Parts = new Map();
  for (const [name, file] of Object.entries(zip.files)) {
    const entry = file as unknown as ZipObjectInternals;
    if (entry.dir) continue;
    if (typeof entry._dataBinary !== 'boolean') throw new Error(`emit: unexpected jszip entry for ${name} (jszip 3.10 expected)`);
    parts.set(name, partData(name, await entry._data, entry._dataBinary));
  }
  return parts;
}

const encoder = new TextEncoder();

/**
 * One part's content as JSZip would have zipped it and a zip reader read it back: a Unicode
 * string is UTF-8, a binary string one byte per character, bytes (decoded base64) as they are.
 */
function partData(name: string, data: unknown, binary: boolean): string | Uint8Array {
  if (typeof data === 'string') {
    if (!binary) return isTextPart(name) ? wellFormedText(data) : encoder.encode(data);
    const bytes = Uint8Array.from(data, (c) => c.charCodeAt(0) & 0xff);
    return isTextPart(name) ? decodeUtf8(bytes) : bytes;
  }
  if (data instanceof Uint8Array) return isTextPart(name) ? decodeUtf8(data) : data;
  throw new Error(`emit: unexpected jszip content for ${name} (jszip 3.10 expected)`);
}
