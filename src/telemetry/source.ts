import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { open } from 'node:fs/promises';
import { sniffUnsupportedEncoding, unsupportedEncodingError } from './lines.js';
import type { FileSource } from './plugin.js';

/**
 * Read chunk size. Small chunks keep each reader's memory flat (a chunk's buffer and its records die
 * young); 1 MiB chunks cost about 40 MB more per thread for no speed (measured with bench/).
 */
const CHUNK_BYTES = 1 << 16;
export const HEAD_BYTES = 64 * 1024;

/** Told the size of each chunk of file bytes as a reader takes it (for progress). */
export type ByteCounter = (bytes: number) => void;

export function fileSource(path: string, onBytes?: ByteCounter): FileSource {
  return {
    kind: 'file',
    path,
    open: () => counted(createReadStream(path, { highWaterMark: CHUNK_BYTES }), onBytes),
  };
}

function counted<T extends NodeJS.ReadableStream>(stream: T, onBytes: ByteCounter | undefined): T {
  if (onBytes) stream.on('data', (chunk: Buffer) => onBytes(chunk.length));
  return stream;
}

/**
 * One part of a file read in byte ranges: `preamble` (the header lines every part needs), then the
 * bytes [start, end) of the file, which begin and end at line boundaries. The path is the file's.
 */
export function rangeSource(path: string, preamble: string, start: number, end: number, onBytes?: ByteCounter): FileSource {
  return {
    kind: 'file',
    path,
    open: () => {
      const body = end > start ? counted(createReadStream(path, { start, end: end - 1, highWaterMark: CHUNK_BYTES }), onBytes) : undefined;
      async function* parts(): AsyncGenerator<Buffer> {
        if (preamble.length > 0) yield Buffer.from(preamble, 'utf8');
        if (body) for await (const chunk of body) yield chunk as Buffer;
      }
      return Readable.from(parts(), { objectMode: false });
    },
  };
}

/** The byte offset just after the first `lines` lines of a file (a byte-order mark included). */
export async function offsetAfterLines(path: string, lines: number): Promise<number> {
  const handle = await open(path, 'r');
  try {
    const window = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(window, 0, window.length, 0);
    let offset = 0;
    for (let i = 0; i < lines; i++) {
      const newline = window.subarray(0, bytesRead).indexOf(10, offset);
      if (newline < 0) return bytesRead;
      offset = newline + 1;
    }
    return offset;
  } finally {
    await handle.close();
  }
}

/**
 * Offsets that cut a file of `size` bytes into about `parts` ranges, each starting just after a
 * newline (never inside a line), from `from` (the end of the header) on. Fewer when the file is small.
 */
export async function lineAlignedCuts(path: string, size: number, parts: number, from: number): Promise<number[]> {
  const cuts = [from];
  const handle = await open(path, 'r');
  try {
    const window = Buffer.alloc(64 * 1024);
    for (let k = 1; k < parts; k++) {
      const target = from + Math.floor(((size - from) * k) / parts);
      if (target <= cuts[cuts.length - 1]!) continue;
      const { bytesRead } = await handle.read(window, 0, window.length, target);
      const newline = window.subarray(0, bytesRead).indexOf(10);
      if (newline < 0) continue;
      const cut = target + newline + 1;
      if (cut < size) cuts.push(cut);
    }
  } finally {
    await handle.close();
  }
  return [...cuts, size];
}

/**
 * The first `maxBytes` of a file decoded as UTF-8, without a byte-order mark; a character cut by the
 * limit is left out. A UTF-16 or UTF-32 file is refused (decoded as UTF-8 it would be noise).
 */
export async function readHead(path: string, maxBytes = HEAD_BYTES): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(maxBytes);
    let filled = 0;
    while (filled < maxBytes) {
      const { bytesRead } = await handle.read(buffer, filled, maxBytes - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    const bytes = buffer.subarray(0, filled);
    const encoding = sniffUnsupportedEncoding(bytes);
    if (encoding) throw unsupportedEncodingError(encoding, path);
    return new TextDecoder('utf-8').decode(bytes, { stream: true });
  } finally {
    await handle.close();
  }
}
