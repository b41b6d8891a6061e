import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { sniffUnsupportedEncoding, unsupportedEncodingError } from '../sdk/lines.js';
import type { FileSource } from '../sdk/plugin.js';

/**
 * Chunk size of `open()` streams: large enough that per-chunk costs downstream are spread over
 * thousands of rows, small enough that the chunks waiting for the garbage collector stay few
 * (bench/README.md has the measurements).
 */
const CHUNK_BYTES = 1 << 18;
export const HEAD_BYTES = 64 * 1024;

/** Told the size of each chunk of file bytes as a reader takes it (for progress). */
export type ByteCounter = (bytes: number) => void;

export function fileSource(path: string, onBytes?: ByteCounter): FileSource {
  return {
    kind: 'file',
    path,
    open: () => {
      const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
      if (onBytes) stream.on('data', (chunk) => onBytes(chunk.length));
      return stream;
    },
  };
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
