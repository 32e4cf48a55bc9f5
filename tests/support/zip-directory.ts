/**
 * A zip's central directory read straight from the bytes (APPNOTE 4.3.12 and 4.3.16), independent
 * of our writer and of fflate, so tests can check what those do not: flags, methods, DOS times,
 * CRCs and sizes as written. Signatures are returned, not checked, so each test asserts them.
 */
export interface CentralEntry {
  /** 0x02014b50 in a well-formed entry. */
  signature: number;
  name: string;
  flag: number;
  method: number;
  dosTime: number;
  dosDate: number;
  crc: number;
  compressedSize: number;
  size: number;
}

export interface CentralDirectory {
  /** 0x06054b50 when the end record was found. */
  endSignature: number;
  entries: CentralEntry[];
}

export function zipCentralDirectory(zip: Uint8Array): CentralDirectory {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // The end record is the last 22 bytes unless a comment follows it: search back for it.
  let eocd = zip.byteLength - 22;
  while (eocd > 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const entries: CentralEntry[] = [];
  for (let i = 0; i < count; i++) {
    const nameLen = view.getUint16(p + 28, true);
    entries.push({
      signature: view.getUint32(p, true),
      name: new TextDecoder().decode(zip.subarray(p + 46, p + 46 + nameLen)),
      flag: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      dosTime: view.getUint16(p + 12, true),
      dosDate: view.getUint16(p + 14, true),
      crc: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
    });
    p += 46 + nameLen + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return { endSignature: view.getUint32(eocd, true), entries };
}
