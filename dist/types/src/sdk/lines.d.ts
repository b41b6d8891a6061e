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
/** The encoding that a file's first bytes betray, when it is one that a UTF-8 reader must refuse. */
export declare function sniffUnsupportedEncoding(bytes: Uint8Array): 'UTF-16' | 'UTF-32' | undefined;
export declare function unsupportedEncodingError(encoding: string, file: string | undefined): InputError;
/** The decoder's name for UTF-16 that starts with its byte-order mark (PowerShell's `>` writes UTF-16LE so); undefined for any other start. */
export declare function utf16WithBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined;
/**
 * The stream as UTF-8: UTF-16 with a byte-order mark is decoded (a character cut between chunks, even
 * at an odd byte, is kept whole) and re-encoded, so that the line readers need only know UTF-8; any
 * other stream is passed on as it is, its first bytes gathered into one chunk of at least 4 bytes.
 */
export declare function utf8Stream(stream: AsyncIterable<Buffer | Uint8Array | string>): AsyncGenerator<Buffer>;
/**
 * The text that `detect` is shown of a file's first bytes, as the line readers would read them: UTF-8, or
 * UTF-16 with a byte-order mark, decoded without the mark; a character cut by the end of `bytes` left out;
 * CR-only line ends (classic Mac OS) as LF. UTF-16 without a mark, UTF-32 and compressed files are refused
 * with an InputError naming `file`. One decoding for carbon-ci's detection and the SDK's `detectInput`.
 */
export declare function decodeHead(bytes: Uint8Array, file: string | undefined): string;
/**
 * Split a byte stream into lines, in batches (one per chunk of the stream), without holding the file
 * in memory. Decodes UTF-8 (a character split across chunks is kept whole), strips a byte-order mark
 * and the `\r` of CRLF line endings, and reads CR-only line ends (classic Mac OS) as line ends. Decodes
 * UTF-16 with a byte-order mark (PowerShell's `>` writes it); refuses UTF-16 without one, UTF-32 and
 * compressed files, with a message that says how to convert.
 */
export declare function readLines(stream: AsyncIterable<Buffer | Uint8Array | string>, options?: ReadLinesOptions): AsyncGenerator<LineBatch>;
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
export declare function readLineChunks(stream: AsyncIterable<Buffer | Uint8Array | string>, options?: ReadLinesOptions): AsyncGenerator<LineChunk>;
