import { inflateRawSync } from 'node:zlib';

/** A named file held in memory, as an artifact carries it. */
export interface MemoryFile {
  name: string;
  data: Buffer;
}

/** Limits for reading a zip that someone else wrote (a fork's artifact is untrusted). */
export interface ZipLimits {
  maxEntries: number;
  maxTotalBytes: number;
}

const DEFAULT_LIMITS: ZipLimits = { maxEntries: 64, maxTotalBytes: 64 * 1024 * 1024 };

export const LOCAL_HEADER = 0x04034b50;
export const CENTRAL_HEADER = 0x02014b50;
export const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

/** Read a zip archive into memory (stored and deflated entries). Throws a plain Error on a bad archive. */
export function readZip(zip: Buffer, limits: ZipLimits = DEFAULT_LIMITS): MemoryFile[] {
  const endOffset = findEndOfCentralDirectory(zip);
  const entries = zip.readUInt16LE(endOffset + 10);
  const centralOffset = zip.readUInt32LE(endOffset + 16);
  if (entries > limits.maxEntries) throw new Error(`zip has ${entries} entries, more than the ${limits.maxEntries} allowed`);
  const files: MemoryFile[] = [];
  let total = 0;
  let at = centralOffset;
  for (let i = 0; i < entries; i++) {
    need(zip, at, 46);
    if (zip.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error('zip central directory is corrupt');
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    need(zip, at + 46, nameLength);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    total += size;
    if (total > limits.maxTotalBytes) throw new Error(`zip unpacks to more than ${limits.maxTotalBytes} bytes`);

    need(zip, localOffset, 30);
    if (zip.readUInt32LE(localOffset) !== LOCAL_HEADER) throw new Error(`zip entry ${name}: bad local header`);
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    need(zip, dataStart, compressedSize);
    const raw = zip.subarray(dataStart, dataStart + compressedSize);
    let data: Buffer;
    if (method === 0) data = Buffer.from(raw);
    else if (method === 8) data = inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) });
    else throw new Error(`zip entry ${name}: compression method ${method} is not supported`);
    if (data.length !== size || crc32(data) !== crc) throw new Error(`zip entry ${name}: size or checksum mismatch`);
    files.push({ name, data });
  }
  return files;
}

function findEndOfCentralDirectory(zip: Buffer): number {
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= earliest; at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new Error('not a zip archive (no end of central directory)');
}

function need(zip: Buffer, at: number, length: number): void {
  if (at < 0 || at + length > zip.length) throw new Error('zip archive is truncated');
}


let crcTable: Uint32Array | undefined;

export function crc32(data: Uint8Array): number {
  crcTable ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of data) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
