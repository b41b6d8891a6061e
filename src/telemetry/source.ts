import { createReadStream, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { InputError } from '../shared/errors.js';
import { decodeHead } from '../sdk/lines.js';
import type { FileSource } from '../sdk/plugin.js';

/**
 * Chunk size of `open()` streams: large enough that per-chunk costs downstream are spread over
 * thousands of rows, small enough that the chunks waiting for the garbage collector stay few
 * (bench/README.md has the measurements).
 */
const CHUNK_BYTES = 1 << 18;
const MIN_CHUNK_BYTES = 1 << 12;
export const HEAD_BYTES = 64 * 1024;

/** Told the size of each chunk of file bytes as a reader takes it (for progress). */
export type ByteCounter = (bytes: number) => void;

/** A file to read; `sizeBytes`, when the caller has stat'ed it already, spares a second stat. */
export function fileSource(path: string, onBytes?: ByteCounter, sizeBytes?: number): FileSource {
  return {
    kind: 'file',
    path,
    open: () => {
      // A small file gets a small buffer: thousands of small files would otherwise make a chunk's worth of garbage each.
      const size = sizeBytes ?? statSync(path, { throwIfNoEntry: false })?.size ?? CHUNK_BYTES;
      const stream = createReadStream(path, { highWaterMark: Math.max(MIN_CHUNK_BYTES, Math.min(CHUNK_BYTES, size + 1)) });
      if (onBytes) stream.on('data', (chunk) => onBytes(chunk.length));
      return stream;
    },
  };
}

/**
 * The first `maxBytes` of a file decoded as UTF-8 (or UTF-16 with a byte-order mark), without the mark; a
 * character cut by the limit is left out. UTF-16 without a mark, UTF-32 and compressed files are refused.
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
    return decodeHead(buffer.subarray(0, filled), path);
  } finally {
    await handle.close();
  }
}

/**
 * The InputError for a path that is not a regular file (a FIFO, a device, a socket), which carbon-ci
 * would wait on forever or read as endless noise; undefined for a regular file or a directory.
 */
export function notAFileError(info: Stats, file: string): InputError | undefined {
  if (info.isFIFO()) {
    return new InputError('this is a FIFO (named pipe): carbon-ci reads files, not pipes', {
      file,
      hint: 'write the log to a regular file (e.g. `nvidia-smi ... -f power.csv`) and pass that file once the logger has stopped',
    });
  }
  const kind = info.isCharacterDevice() ? 'a character device' : info.isBlockDevice() ? 'a block device' : info.isSocket() ? 'a socket' : undefined;
  if (kind === undefined) return undefined;
  return new InputError(`this is ${kind}, not a file: carbon-ci reads telemetry log files`, {
    file,
    hint: 'pass the log file that the logger wrote (e.g. power.csv), not a device or socket',
  });
}
