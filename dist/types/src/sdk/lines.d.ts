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
/**
 * The InputError for a file that a UTF-8 line reader must refuse, from its first bytes: UTF-16 or
 * UTF-32 text, or a compressed file (which would read as noise); undefined when it is fine.
 */
export declare function unreadableTextError(bytes: Uint8Array, file: string | undefined): InputError | undefined;
/** Whether the first line ends with a lone CR (classic Mac OS line ends): such a file is read with CR as its line end. */
export declare function endsLinesWithCr(bytes: Uint8Array): boolean;
/**
 * Split a byte stream into lines, in batches (one per chunk of the stream), without holding the file
 * in memory. Decodes UTF-8 (a character split across chunks is kept whole), strips a byte-order mark
 * and the `\r` of CRLF line endings, and reads CR-only line ends (classic Mac OS) as line ends. Refuses
 * UTF-16 and UTF-32, which some Windows loggers write, and compressed files, with a message that says how to convert.
 */
export declare function readLines(stream: AsyncIterable<Buffer | Uint8Array | string>, options?: ReadLinesOptions): AsyncGenerator<LineBatch>;
/**
 * Whole lines as raw bytes: each chunk ends just after a newline (or at the end of the file), so no
 * line is split between chunks. For parsers that read ASCII fields straight from bytes, which is several
 * times faster than decoding and splitting strings. The UTF-8 byte-order mark is removed; UTF-16,
 * UTF-32 and compressed files are refused. Lines keep their `\n` (and `\r\n`; CR-only line ends become
 * `\n`); the consumer counts them. A chunk is valid
 * until the next is asked for (it may share the buffer of a `FileSource.chunks()` stream).
 */
export interface LineChunk {
    bytes: Buffer;
    /** This chunk ends with the file's last line, which has no newline (it may be truncated). */
    unterminatedLast: boolean;
}
export declare function readLineChunks(stream: AsyncIterable<Buffer | Uint8Array | string>, options?: ReadLinesOptions): AsyncGenerator<LineChunk>;
