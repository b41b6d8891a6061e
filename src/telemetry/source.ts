import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { sniffUnsupportedEncoding, unsupportedEncodingError } from './lines.js';
import type { FileSource } from './plugin.js';

/** Read chunk size: large chunks mean fewer, larger batches downstream. */
const CHUNK_BYTES = 1 << 20;
export const HEAD_BYTES = 64 * 1024;

export function fileSource(path: string): FileSource {
  return {
    kind: 'file',
    path,
    open: () => createReadStream(path, { highWaterMark: CHUNK_BYTES }),
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
