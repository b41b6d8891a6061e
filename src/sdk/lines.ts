import { InputError } from '../shared/errors.js';

/** A batch of consecutive lines of a text file; `firstLine` is the 1-based number of `lines[0]`. */
export interface LineBatch {
  firstLine: number;
  lines: string[];
  /** True when the last line of the file did not end with a newline (it may be truncated). */
  unterminatedLast: boolean;
}

export interface ReadLinesOptions {
  /** Named in errors. */
  file?: string;
  /** A line longer than this many characters is refused (the input is not a line-oriented log). */
  maxLineChars?: number;
}

const DEFAULT_MAX_LINE_CHARS = 4 * 1024 * 1024;

/** The encoding that a file's first bytes betray, when it is one that a UTF-8 reader must refuse. */
export function sniffUnsupportedEncoding(bytes: Uint8Array): 'UTF-16' | 'UTF-32' | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return b2 === 0 && b3 === 0 ? 'UTF-32' : 'UTF-16';
  if (b0 === 0xfe && b1 === 0xff) return 'UTF-16';
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return 'UTF-32';
  // No byte-order mark: ASCII text in UTF-16 has every other byte zero.
  if (bytes.length >= 4 && b0 !== 0 && b1 === 0 && b2 !== 0 && b3 === 0) return 'UTF-16';
  if (bytes.length >= 4 && b0 === 0 && b1 !== 0 && b2 === 0 && b3 !== 0) return 'UTF-16';
  return undefined;
}

export function unsupportedEncodingError(encoding: string, file: string | undefined): InputError {
  return new InputError(`the file is ${encoding} encoded; carbon-ci reads UTF-8`, {
    file,
    hint: `convert it, e.g. \`iconv -f ${encoding} -t UTF-8 IN > OUT\` (PowerShell: \`Get-Content IN | Set-Content -Encoding utf8 OUT\`)`,
  });
}

/** The decoder's name for UTF-16 that starts with its byte-order mark (PowerShell's `>` writes UTF-16LE so); undefined for any other start. */
export function utf16WithBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 2) return undefined;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // FF FE 00 00 is UTF-32LE's mark; a UTF-16 file cannot start with a NUL character after its mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes[2] === 0 && bytes[3] === 0)) return 'utf-16le';
  return undefined;
}

function asBuffer(chunk: Buffer | Uint8Array | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
}

/**
 * The stream as UTF-8: UTF-16 with a byte-order mark is decoded (a character cut between chunks, even
 * at an odd byte, is kept whole) and re-encoded, so that the line readers need only know UTF-8; any
 * other stream is passed on as it is, its first bytes gathered into one chunk of at least 4 bytes.
 */
export async function* utf8Stream(stream: AsyncIterable<Buffer | Uint8Array | string>): AsyncGenerator<Buffer> {
  const it = stream[Symbol.asyncIterator]();
  try {
    let head: Buffer = Buffer.alloc(0);
    while (head.length < 4) {
      const next = await it.next();
      if (next.done) break;
      head = head.length === 0 ? asBuffer(next.value) : Buffer.concat([head, asBuffer(next.value)]);
    }
    const encoding = utf16WithBom(head);
    if (encoding === undefined) {
      if (head.length > 0) yield head;
      for (let next = await it.next(); !next.done; next = await it.next()) yield asBuffer(next.value);
      return;
    }
    // The decoder drops the byte-order mark.
    const decoder = new TextDecoder(encoding);
    yield Buffer.from(decoder.decode(head, { stream: true }), 'utf8');
    for (let next = await it.next(); !next.done; next = await it.next()) {
      const text = decoder.decode(asBuffer(next.value), { stream: true });
      if (text !== '') yield Buffer.from(text, 'utf8');
    }
    const rest = decoder.decode();
    if (rest !== '') yield Buffer.from(rest, 'utf8');
  } finally {
    await it.return?.();
  }
}

/** Compressed formats by their magic bytes, and the command that decompresses each. */
const PACKED: { magic: number[]; format: string; fix: string }[] = [
  { magic: [0x1f, 0x8b], format: 'gzip-compressed', fix: 'gunzip -k FILE, or zcat FILE > log.csv' },
  { magic: [0x28, 0xb5, 0x2f, 0xfd], format: 'zstd-compressed', fix: 'zstd -d FILE -o log.csv' },
  { magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], format: 'xz-compressed', fix: 'unxz -k FILE, or xzcat FILE > log.csv' },
  { magic: [0x42, 0x5a, 0x68], format: 'bzip2-compressed', fix: 'bunzip2 -k FILE, or bzcat FILE > log.csv' },
  { magic: [0x50, 0x4b, 0x03, 0x04], format: 'a zip archive', fix: 'unzip FILE, and pass the log inside' },
];

/**
 * The InputError for a file that a UTF-8 line reader must refuse, from its first bytes: UTF-16 or
 * UTF-32 text, or a compressed file (which would read as noise); undefined when it is fine.
 */
function unreadableTextError(bytes: Uint8Array, file: string | undefined): InputError | undefined {
  const encoding = sniffUnsupportedEncoding(bytes);
  if (encoding) return unsupportedEncodingError(encoding, file);
  const packed = PACKED.find(({ magic }) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b));
  if (!packed) return undefined;
  const name = file ?? 'FILE';
  return new InputError(`this file is ${packed.format}; carbon-ci reads plain-text logs`, {
    file,
    hint: `decompress it first (${packed.fix.replaceAll('FILE', name)}) and pass the decompressed file`,
  });
}

/** Whether the first line ends with a lone CR (classic Mac OS line ends): such a file is read with CR as its line end. */
function endsLinesWithCr(bytes: Uint8Array): boolean {
  const cr = bytes.indexOf(13);
  if (cr < 0 || cr + 1 >= bytes.length || bytes[cr + 1] === 10) return false;
  const lf = bytes.indexOf(10);
  return lf < 0 || lf > cr;
}

/**
 * The text that `detect` is shown of a file's first bytes, as the line readers would read them: UTF-8, or
 * UTF-16 with a byte-order mark, decoded without the mark; a character cut by the end of `bytes` left out;
 * CR-only line ends (classic Mac OS) as LF. UTF-16 without a mark, UTF-32 and compressed files are refused
 * with an InputError naming `file`. One decoding for carbon-ci's detection and the SDK's `detectInput`.
 */
export function decodeHead(bytes: Uint8Array, file: string | undefined): string {
  const utf16 = utf16WithBom(bytes);
  const utf8 = utf16 ? Buffer.from(new TextDecoder(utf16).decode(bytes, { stream: true }), 'utf8') : bytes;
  const unreadable = unreadableTextError(utf8, file);
  if (unreadable) throw unreadable;
  const head = new TextDecoder('utf-8').decode(utf8, { stream: true });
  return endsLinesWithCr(utf8) ? head.replaceAll('\r', '\n') : head;
}

/** A copy of `bytes` with every CR made a LF. */
function crToLf(bytes: Uint8Array): Buffer {
  const copy = Buffer.from(bytes);
  for (let i = copy.indexOf(13); i >= 0; i = copy.indexOf(13, i + 1)) copy[i] = 10;
  return copy;
}

/**
 * Split a byte stream into lines, in batches (one per chunk of the stream), without holding the file
 * in memory. Decodes UTF-8 (a character split across chunks is kept whole), strips a byte-order mark
 * and the `\r` of CRLF line endings, and reads CR-only line ends (classic Mac OS) as line ends. Decodes
 * UTF-16 with a byte-order mark (PowerShell's `>` writes it); refuses UTF-16 without one, UTF-32 and
 * compressed files, with a message that says how to convert.
 */
export async function* readLines(
  stream: AsyncIterable<Buffer | Uint8Array | string>,
  options: ReadLinesOptions = {},
): AsyncGenerator<LineBatch> {
  const maxLineChars = options.maxLineChars ?? DEFAULT_MAX_LINE_CHARS;
  // The default decoder drops a leading byte-order mark, also when it is split across chunks.
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  let lineNo = 1;
  let sniffed = false;
  let crOnly = false;
  let pending: Buffer | undefined;

  for await (const chunk of utf8Stream(stream)) {
    let bytes: Uint8Array = chunk;
    if (!sniffed) {
      pending = pending ? Buffer.concat([pending, bytes]) : Buffer.from(bytes);
      if (pending.length < 4) continue;
      bytes = pending;
      pending = undefined;
      sniffed = true;
      const unreadable = unreadableTextError(bytes, options.file);
      if (unreadable) throw unreadable;
      crOnly = endsLinesWithCr(bytes);
    }
    if (crOnly) bytes = crToLf(bytes);
    const text = carry + decoder.decode(bytes, { stream: true });
    const lastNewline = text.lastIndexOf('\n');
    if (lastNewline < 0) {
      carry = text;
      if (carry.length > maxLineChars) throw tooLong(lineNo, maxLineChars, options.file);
      continue;
    }
    carry = text.slice(lastNewline + 1);
    const lines = text.slice(0, lastNewline).split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.length > maxLineChars) throw tooLong(lineNo + i, maxLineChars, options.file);
      if (line.charCodeAt(line.length - 1) === 13) lines[i] = line.slice(0, -1);
    }
    yield { firstLine: lineNo, lines, unterminatedLast: false };
    lineNo += lines.length;
  }

  if (pending) {
    const unreadable = unreadableTextError(pending, options.file);
    if (unreadable) throw unreadable;
    carry += decoder.decode(endsLinesWithCr(pending) ? crToLf(pending) : pending, { stream: true });
  }
  carry += decoder.decode();
  if (carry.length > 0) {
    const lines = carry.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.charCodeAt(line.length - 1) === 13) lines[i] = line.slice(0, -1);
    }
    const unterminatedLast = lines[lines.length - 1] !== '';
    if (!unterminatedLast) lines.pop();
    if (lines.length > 0) yield { firstLine: lineNo, lines, unterminatedLast };
  }
}

function tooLong(lineNo: number, maxLineChars: number, file: string | undefined): InputError {
  return new InputError(`line is longer than ${maxLineChars} characters: this is not a line-oriented text log`, {
    file,
    line: lineNo,
    hint: 'pass the log file itself (not a binary, archive or single-line JSON export), or choose the matching --plugin',
  });
}

/**
 * Whole lines as raw bytes: each chunk ends just after a newline (or at the end of the file), so no
 * line is split between chunks. For parsers that read ASCII fields straight from bytes, which is several
 * times faster than decoding and splitting strings. The UTF-8 byte-order mark is removed; UTF-16 with a
 * byte-order mark comes as UTF-8; UTF-16 without one, UTF-32 and compressed files are refused. Lines keep their `\n` (and `\r\n`; CR-only line ends become
 * `\n`); the consumer counts them. A chunk is valid
 * until the next is asked for (it may share the buffer of a `FileSource.chunks()` stream).
 */
export interface LineChunk {
  bytes: Buffer;
  /** This chunk ends with the file's last line, which has no newline (it may be truncated). */
  unterminatedLast: boolean;
}

export async function* readLineChunks(
  stream: AsyncIterable<Buffer | Uint8Array | string>,
  options: ReadLinesOptions = {},
): AsyncGenerator<LineChunk> {
  const maxLineChars = options.maxLineChars ?? DEFAULT_MAX_LINE_CHARS;
  let carry: Buffer | undefined;
  let sniffed = false;
  let crOnly = false;
  let offset = 0;
  for await (const chunk of utf8Stream(stream)) {
    let data: Buffer = chunk;
    if (!sniffed) {
      if (carry) data = Buffer.concat([carry, data]);
      carry = undefined;
      if (data.length < 4) {
        carry = Buffer.from(data);
        continue;
      }
      sniffed = true;
      const unreadable = unreadableTextError(data, options.file);
      if (unreadable) throw unreadable;
      crOnly = endsLinesWithCr(data);
      if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) data = data.subarray(3);
    }
    if (crOnly) data = crToLf(data);
    if (carry) {
      // The line cut by the last chunk, finished with this chunk's first line, on its own: the rest
      // of the chunk is passed on without being copied.
      const newline = data.indexOf(10);
      if (newline < 0) {
        carry = Buffer.concat([carry, data]);
        if (carry.length > maxLineChars) throw tooLongAt(offset, maxLineChars, options.file);
        continue;
      }
      const line = Buffer.concat([carry, data.subarray(0, newline + 1)]);
      carry = undefined;
      if (line.length > maxLineChars) throw tooLongAt(offset, maxLineChars, options.file);
      offset += line.length;
      yield { bytes: line, unterminatedLast: false };
      data = data.subarray(newline + 1);
    }
    const lastNewline = data.lastIndexOf(10);
    if (lastNewline < 0) {
      if (data.length > maxLineChars) throw tooLongAt(offset, maxLineChars, options.file);
      // A copy: the stream may reuse the chunk's buffer (FileSource.chunks).
      carry = Buffer.from(data);
      continue;
    }
    if (lastNewline + 1 < data.length) carry = Buffer.from(data.subarray(lastNewline + 1));
    offset += lastNewline + 1;
    yield { bytes: data.subarray(0, lastNewline + 1), unterminatedLast: false };
  }
  if (carry && carry.length > 0) {
    if (!sniffed) {
      const unreadable = unreadableTextError(carry, options.file);
      if (unreadable) throw unreadable;
      if (carry[0] === 0xef && carry[1] === 0xbb && carry[2] === 0xbf) carry = carry.subarray(3);
    }
    if (carry.length > 0) yield { bytes: carry, unterminatedLast: carry[carry.length - 1] !== 10 };
  }
}

function tooLongAt(offset: number, maxLineChars: number, file: string | undefined): InputError {
  return new InputError(`a line starting at byte ${offset} is longer than ${maxLineChars} bytes: this is not a line-oriented text log`, {
    file,
    hint: 'pass the log file itself (not a binary, archive or single-line JSON export), or choose the matching --plugin',
  });
}
