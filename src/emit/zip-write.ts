/**
 * A reproducible zip: entries sorted with [Content_Types].xml first, DEFLATE level 6 for text
 * parts (already-compressed media and workbooks are stored), and one fixed entry time.
 *
 * fflate derives the DOS date/time from `mtime` with local-time getters, so the same instant
 * gives different bytes in America/New_York and UTC. We therefore write the entries and then
 * patch the DOS fields of every local and central header with the UTC fields of `isoDate`.
 * fflate refuses dates outside 1980–2099 (in local time), so it is given a fixed placeholder
 * instant; dates the DOS format cannot hold (before 1980, after 2107) are clamped to its range.
 */
import { zipSync, type Zippable } from 'fflate';

const STORED_EXTENSIONS = /\.(png|jpe?g|gif|xlsx|mp4|m4v)$/i;
const CONTENT_TYPES = '[Content_Types].xml';
/** Any instant fflate accepts in every time zone; overwritten by patchDosTimes. */
const PLACEHOLDER_MTIME = Date.UTC(2000, 0, 1, 12);
const DOS_MIN = Date.UTC(1980, 0, 1);
const DOS_MAX = Date.UTC(2107, 11, 31, 23, 59, 58);

/** Sort key: [Content_Types].xml first, then by code unit order (locale-independent). */
export function entryOrder(a: string, b: string): number {
  if (a === b) return 0;
  if (a === CONTENT_TYPES) return -1;
  if (b === CONTENT_TYPES) return 1;
  return a < b ? -1 : 1;
}

export function writeZip(files: Readonly<Record<string, Uint8Array>>, isoDate: string): Uint8Array {
  const names = Object.keys(files).sort(entryOrder);
  const entries: Zippable = {};
  for (const name of names) {
    const data = files[name] as Uint8Array;
    entries[name] = [data, { level: STORED_EXTENSIONS.test(name) ? 0 : 6, mtime: PLACEHOLDER_MTIME }];
  }
  const zip = zipSync(entries);
  patchDosTimes(zip, dosDateTime(isoDate));
  return zip;
}

/** DOS time and date words of an instant, from its UTC fields (2-second resolution, 1980–2107). */
export function dosDateTime(isoDate: string): { time: number; date: number } {
  const ms = Date.parse(isoDate);
  const d = new Date(Number.isFinite(ms) ? Math.min(Math.max(ms, DOS_MIN), DOS_MAX) : PLACEHOLDER_MTIME);
  const year = d.getUTCFullYear();
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
  const date = ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  return { time, date };
}

/** Rewrites the DOS time/date of every entry, walking the central directory. */
function patchDosTimes(zip: Uint8Array, dos: { time: number; date: number }): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let i = 0; i < count; i++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error('emit: malformed central directory');
    view.setUint16(p + 12, dos.time, true);
    view.setUint16(p + 14, dos.date, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('emit: malformed local header');
    view.setUint16(local + 10, dos.time, true);
    view.setUint16(local + 12, dos.date, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
}

function findEndOfCentralDirectory(view: DataView): number {
  for (let p = view.byteLength - 22; p >= Math.max(0, view.byteLength - 22 - 0xffff); p--) {
    if (view.getUint32(p, true) === 0x06054b50) return p;
  }
  throw new Error('emit: no end of central directory');
}
