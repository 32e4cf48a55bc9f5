/**
 * CRC-32 (IEEE 802.3, the checksum ZIP entries carry) of a byte array, as an unsigned 32-bit
 * number. Node's native `zlib.crc32` when the running Node has it (20.15+); otherwise the classic
 * table-driven loop, so the engines range (>= 20.9) works. Both give the same numbers.
 */
import * as zlib from 'node:zlib';

type Crc = (data: Uint8Array) => number;

let table: Uint32Array | undefined;

/** Table-driven CRC-32 (reflected polynomial 0xEDB88320); exported for the tests. */
export function crc32Table(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = (table[(crc ^ data[i]!) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const native = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

export const crc32: Crc = typeof native === 'function' ? (data) => native(data) >>> 0 : crc32Table;
