// A whole (small) file as text: for JSON documents and for a file's head, which plugins read at once.
import { InputError } from '../shared/errors.js';
import { utf8Stream } from './lines.js';
import type { Source } from './plugin.js';

export interface ReadTextOptions {
  /** Bytes read at most (after UTF-16 is decoded to UTF-8). */
  maxBytes: number;
  /**
   * Past `maxBytes`: with this, an InputError naming the file (`what` is too large, then the hint); without
   * it, the text is cut at `maxBytes` (a head, to look at).
   */
  tooLarge?: { what: string; hint: string };
}

/** The source's text, UTF-8 or UTF-16 with a byte-order mark (the mark dropped), at most `maxBytes` of it. */
export async function readText(source: Source, options: ReadTextOptions): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const bytes of utf8Stream(source.open())) {
    size += bytes.length;
    if (size > options.maxBytes) {
      if (options.tooLarge) {
        throw new InputError(`${options.tooLarge.what} is larger than ${formatMiB(options.maxBytes)}`, { file: source.path, hint: options.tooLarge.hint });
      }
      chunks.push(bytes.subarray(0, bytes.length - (size - options.maxBytes)));
      break;
    }
    chunks.push(bytes);
  }
  // A cut may fall inside a character: the decoder replaces the partial one rather than failing.
  return Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
}

function formatMiB(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Number((bytes / 1024 / 1024).toFixed(1))} MiB` : `${bytes} bytes`;
}
