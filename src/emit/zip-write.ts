/**
 * A reproducible zip container, written here (local headers, central directory, end record):
 * entries sorted with [Content_Types].xml first, DEFLATE (node's zlib, level 6) for text parts,
 * already-compressed media and workbooks stored, one fixed DOS date/time taken from the UTC
 * fields of the build date (so every time zone writes the same bytes), no extra fields, no data
 * descriptors, UTF-8 flag on non-ASCII names.
 *
 * Why not fflate's zipSync: its pure-JS deflate was ≈ 75 % of the zip pass (≈ 1.2 s of a
 * 2,000-slide deck); zlib is native and compresses smaller. fflate's streaming `Zip` takes
 * pre-compressed data but always writes data descriptors (and local-time DOS dates), so the
 * container is written here instead; it is small and has its own tests (zip-write.test.ts).
 *
 * Determinism: the same files and date give the same bytes on every run and in every time zone
 * with the same zlib build (`process.versions.zlib`); a Node release that ships another zlib may
 * deflate differently (the content is identical).
 *
 * Limits: no ZIP64, so at most 65,535 entries and 4 GiB; past that it throws (an internal error:
 * no deck comes near it before the outline size limit).
 */
import { deflateRawSync } from 'node:zlib';
import { crc32 } from './crc32.js';

const STORED_EXTENSIONS = /\.(png|jpe?g|gif|xlsx|mp4|m4v)$/i;
const CONTENT_TYPES = '[Content_Types].xml';
const DEFLATE_LEVEL = 6;
const DOS_MIN = Date.UTC(1980, 0, 1);
const DOS_MAX = Date.UTC(2107, 11, 31, 23, 59, 58);
/** When the date does not parse (never from buildDate, which validates it). */
const FALLBACK = Date.UTC(2000, 0, 1, 12);

const METHOD_STORE = 0;
const METHOD_DEFLATE = 8;
/** "Version needed to extract" 2.0 (deflate); "made by" MS-DOS 2.0, as most writers say. */
const VERSION = 20;
/** General-purpose flag bit 11: the name is UTF-8. */
const FLAG_UTF8 = 0x0800;
const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_RECORD = 22;
const MAX_ENTRIES = 0xffff;
const MAX_OFFSET = 0xffffffff;

/** Sort key: [Content_Types].xml first, then by code unit order (locale-independent). */
export function entryOrder(a: string, b: string): number {
  if (a === b) return 0;
  if (a === CONTENT_TYPES) return -1;
  if (b === CONTENT_TYPES) return 1;
  return a < b ? -1 : 1;
}

interface Entry {
  /** The name as given (for sorting) and as written (UTF-8). */
  key: string;
  name: Uint8Array;
  flag: number;
  method: number;
  crc: number;
  size: number;
  data: Uint8Array;
}

const encoder = new TextEncoder();

/** Zips `files` in one go (see ZipWriter). */
export function writeZip(files: Readonly<Record<string, Uint8Array>>, isoDate: string): Uint8Array {
  const zip = new ZipWriter(isoDate);
  for (const [name, data] of Object.entries(files)) zip.add(name, data);
  return zip.finish();
}

/**
 * Builds the zip one entry at a time: `add` checksums and deflates the entry at once and keeps
 * only the compressed bytes, so the caller can drop each part as soon as it is added (a
 * 2,000-slide deck then never holds its uncompressed XML twice). Entries may come in any order;
 * `finish` writes them sorted (entryOrder). Same entries and date → same bytes.
 */
export class ZipWriter {
  private readonly entries: Entry[] = [];
  private readonly names = new Set<string>();
  private readonly dos: { time: number; date: number };

  constructor(isoDate: string) {
    this.dos = dosDateTime(isoDate);
  }

  /**
   * Adds one entry; media and workbooks (by extension) are stored, everything else deflated.
   * A stored entry keeps `raw` itself (it must not change before `finish`); a deflated one keeps
   * only its compressed bytes, so `raw` may be a reused buffer.
   */
  add(name: string, raw: Uint8Array): void {
    if (this.names.has(name)) throw new Error(`emit: zip entry ${name} added twice`);
    if (this.entries.length >= MAX_ENTRIES) throw new Error(`emit: more than ${MAX_ENTRIES} zip entries need ZIP64`);
    this.names.add(name);
    const stored = STORED_EXTENSIONS.test(name);
    const nameBytes = encoder.encode(name);
    this.entries.push({
      key: name,
      name: nameBytes,
      flag: nameBytes.length !== name.length ? FLAG_UTF8 : 0,
      method: stored ? METHOD_STORE : METHOD_DEFLATE,
      crc: crc32(raw),
      size: raw.byteLength,
      data: stored ? raw : deflate(raw),
    });
  }

  /** The zip file: local headers and data, central directory, end record. */
  finish(): Uint8Array {
    const entries = [...this.entries].sort((a, b) => entryOrder(a.key, b.key));
    const dos = this.dos;
    const offsets: number[] = [];
    let offset = 0;
    for (const e of entries) {
      offsets.push(offset);
      offset += LOCAL_HEADER + e.name.length + e.data.byteLength;
    }
    const centralSize = entries.reduce((n, e) => n + CENTRAL_HEADER + e.name.length, 0);
    const total = offset + centralSize + END_RECORD;
    if (offset > MAX_OFFSET || entries.some((e) => e.size > MAX_OFFSET)) throw new Error('emit: zip larger than 4 GiB needs ZIP64');
    const out = new Uint8Array(total);
    const view = new DataView(out.buffer);
    let p = 0;
    for (const e of entries) {
      view.setUint32(p, 0x04034b50, true);
      view.setUint16(p + 4, VERSION, true);
      writeEntryFields(view, p + 6, e, dos);
      view.setUint16(p + 28, 0, true); // extra field length
      out.set(e.name, p + LOCAL_HEADER);
      out.set(e.data, p + LOCAL_HEADER + e.name.length);
      p += LOCAL_HEADER + e.name.length + e.data.byteLength;
    }
    const central = p;
    entries.forEach((e, i) => {
      view.setUint32(p, 0x02014b50, true);
      view.setUint16(p + 4, VERSION, true); // made by: MS-DOS (upper byte 0), 2.0
      view.setUint16(p + 6, VERSION, true);
      writeEntryFields(view, p + 8, e, dos);
      // extra, comment, disk number, internal and external attributes: all 0 (bytes 30..41).
      view.setUint32(p + 42, offsets[i] as number, true);
      out.set(e.name, p + CENTRAL_HEADER);
      p += CENTRAL_HEADER + e.name.length;
    });
    view.setUint32(p, 0x06054b50, true);
    view.setUint16(p + 8, entries.length, true);
    view.setUint16(p + 10, entries.length, true);
    view.setUint32(p + 12, p - central, true);
    view.setUint32(p + 16, central, true);
    return out;
  }
}

/**
 * The fields a local header (at its byte 6) and a central-directory header (at its byte 8) share,
 * in the same order: flag, method, DOS time and date, CRC-32, compressed and uncompressed size,
 * name length (APPNOTE 4.3.7 and 4.3.12). Little-endian, 22 bytes from `at`.
 */
function writeEntryFields(view: DataView, at: number, e: Entry, dos: { time: number; date: number }): void {
  view.setUint16(at, e.flag, true);
  view.setUint16(at + 2, e.method, true);
  view.setUint16(at + 4, dos.time, true);
  view.setUint16(at + 6, dos.date, true);
  view.setUint32(at + 8, e.crc, true);
  view.setUint32(at + 12, e.data.byteLength, true);
  view.setUint32(at + 16, e.size, true);
  view.setUint16(at + 20, e.name.length, true);
}

/**
 * Raw DEFLATE of one entry, in an array of its own size. Why the copy: for output under 16 KiB
 * (zlib's chunk) node returns a view into a fresh 16 KiB buffer, so keeping 8,000 small entries
 * until `finish` kept ≈ 128 MiB alive at 2,000 slides instead of ≈ 5 MiB.
 */
function deflate(raw: Uint8Array): Uint8Array {
  const out = deflateRawSync(raw, deflateOptions(raw.byteLength));
  return out.byteLength === out.buffer.byteLength ? out : new Uint8Array(out);
}

/**
 * zlib options for one entry of `size` bytes: level 6, with the window and hash table no larger
 * than the entry needs (window ≥ size + zlib's 262-byte lookahead, so every back-reference the
 * full window allows is still in reach). Why: every call allocates a zlib state of
 * 2^(windowBits+2) + 2^(memLevel+9) bytes that V8 counts as external memory; at the default
 * 15/8 (256 KiB), 8,000 small parts make V8 collect garbage over and over (≈ 0.9 s instead of
 * ≈ 0.15 s for the first zip of a 2,000-slide deck in a process). On that deck's parts the
 * output is byte-identical to the defaults'.
 */
export function deflateOptions(size: number): { level: number; windowBits: number; memLevel: number } {
  const windowBits = Math.max(9, Math.min(15, Math.ceil(Math.log2(size + 262))));
  return { level: DEFLATE_LEVEL, windowBits, memLevel: Math.max(1, Math.min(8, windowBits - 7)) };
}

/** DOS time and date words of an instant, from its UTC fields (2-second resolution, 1980–2107). */
export function dosDateTime(isoDate: string): { time: number; date: number } {
  const ms = Date.parse(isoDate);
  const d = new Date(Number.isFinite(ms) ? Math.min(Math.max(ms, DOS_MIN), DOS_MAX) : FALLBACK);
  const year = d.getUTCFullYear();
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
  const date = ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  return { time, date };
}
