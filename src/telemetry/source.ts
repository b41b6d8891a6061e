import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { open } from 'node:fs/promises';
import { sniffUnsupportedEncoding, unsupportedEncodingError } from './lines.js';
import type { FileSource } from './plugin.js';

/**
 * Chunk size of `open()` streams. Each chunk is a new buffer, freed only when the garbage collector
 * gets to it: small chunks keep memory flat (1 MiB chunks cost about 40 MB more per thread).
 */
const CHUNK_BYTES = 1 << 16;
/**
 * `chunks()` reads this much at a time into each of two reused buffers (few system calls, no
 * garbage), and hands it on in pieces of YIELD_BYTES: small batches downstream keep memory flat.
 */
const READ_BYTES = 1 << 20;
const YIELD_BYTES = 1 << 18;
export const HEAD_BYTES = 64 * 1024;

/** Told the size of each chunk of file bytes as a reader takes it (for progress). */
export type ByteCounter = (bytes: number) => void;

export function fileSource(path: string, onBytes?: ByteCounter): FileSource {
  return {
    kind: 'file',
    path,
    open: () => counted(createReadStream(path, { highWaterMark: CHUNK_BYTES }), onBytes),
    chunks: () => reusedChunks(path, 0, Infinity, onBytes),
  };
}

/**
 * The bytes [start, end) of a file in chunks read into two buffers in turn: while the caller works
 * on one chunk the next is read into the other. A chunk is valid until the caller asks for the one
 * after it.
 */
async function* reusedChunks(path: string, start: number, end: number, onBytes: ByteCounter | undefined): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffers = [Buffer.allocUnsafe(READ_BYTES), Buffer.allocUnsafe(READ_BYTES)];
    let position = start;
    const readInto = async (buffer: Buffer): Promise<number> => {
      const length = Math.min(buffer.length, end - position);
      if (length <= 0) return 0;
      const at = position;
      position += length;
      const { bytesRead } = await handle.read(buffer, 0, length, at);
      return bytesRead;
    };
    let turn = 0;
    let next = readInto(buffers[0]!);
    for (;;) {
      const bytesRead = await next;
      if (bytesRead === 0) break;
      const filled = buffers[turn]!;
      turn ^= 1;
      // A short read is the end of the file (or of the range).
      next = bytesRead < filled.length && position >= end ? Promise.resolve(0) : readInto(buffers[turn]!);
      for (let at = 0; at < bytesRead; at += YIELD_BYTES) {
        const piece = filled.subarray(at, Math.min(bytesRead, at + YIELD_BYTES));
        onBytes?.(piece.length);
        yield piece;
      }
    }
    await next.catch(() => 0);
  } finally {
    await handle.close();
  }
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
    async *chunks() {
      if (preamble.length > 0) yield Buffer.from(preamble, 'utf8');
      if (end > start) yield* reusedChunks(path, start, end, onBytes);
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
 * Offsets that cut a file of `size` bytes into ranges of about the given shares of its bytes (they
 * sum to 1), each starting just after a newline (never inside a line), from `from` (the end of the
 * header) on. Fewer ranges when the file is small.
 */
export async function lineAlignedCuts(path: string, size: number, shares: readonly number[], from: number): Promise<number[]> {
  const cuts = [from];
  const handle = await open(path, 'r');
  try {
    const window = Buffer.alloc(64 * 1024);
    let before = 0;
    for (let k = 1; k < shares.length; k++) {
      before += shares[k - 1]!;
      const target = from + Math.floor((size - from) * before);
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
