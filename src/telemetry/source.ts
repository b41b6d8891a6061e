import { createReadStream, readSync } from 'node:fs';
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
 * `chunks()` reads this much at a time into one reused buffer and hands each read on as a chunk: few
 * system calls, no garbage, and per-chunk costs downstream spread over many rows (1 MiB against
 * 256 KiB: a tenth less time on the 1 GB nvidia-smi log of bench/, memory as flat).
 */
const READ_BYTES = 1 << 20;
/** `chunks()` lets the event loop run after each this many bytes (the main thread also serves the reader workers). */
const EVENT_LOOP_BYTES = 4 << 20;
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
 * The bytes [start, end) of a file in chunks read into one buffer: a chunk is valid until the caller
 * asks for the one after it. The reads are synchronous, in this thread: a reader has nothing else to
 * do meanwhile, and a read handed to libuv's pool waits for a core that the readers keep busy
 * (measured with bench/: a tenth less time end to end, on one thread or two).
 */
async function* reusedChunks(path: string, start: number, end: number, onBytes: ByteCounter | undefined): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(READ_BYTES);
    let position = start;
    let sinceEventLoop = 0;
    for (;;) {
      const length = Math.min(buffer.length, end - position);
      const bytesRead = length > 0 ? readSync(handle.fd, buffer, 0, length, position) : 0;
      if (bytesRead === 0) break;
      position += bytesRead;
      onBytes?.(bytesRead);
      yield buffer.subarray(0, bytesRead);
      sinceEventLoop += bytesRead;
      if (sinceEventLoop >= EVENT_LOOP_BYTES) {
        sinceEventLoop = 0;
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
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
