import type { Stats } from 'node:fs';
import { InputError } from '../shared/errors.js';
import type { FileSource } from '../sdk/plugin.js';
export declare const HEAD_BYTES: number;
/** Told the size of each chunk of file bytes as a reader takes it (for progress). */
export type ByteCounter = (bytes: number) => void;
/** A file to read; `sizeBytes`, when the caller has stat'ed it already, spares a second stat. */
export declare function fileSource(path: string, onBytes?: ByteCounter, sizeBytes?: number): FileSource;
/**
 * The first `maxBytes` of a file decoded as UTF-8 (or UTF-16 with a byte-order mark), without the mark; a
 * character cut by the limit is left out. UTF-16 without a mark, UTF-32 and compressed files are refused.
 */
export declare function readHead(path: string, maxBytes?: number): Promise<string>;
/**
 * The InputError for a path that is not a regular file (a FIFO, a device, a socket), which carbon-ci
 * would wait on forever or read as endless noise; undefined for a regular file or a directory.
 */
export declare function notAFileError(info: Stats, file: string): InputError | undefined;
