import type { Stats } from 'node:fs';
import { InputError } from '../shared/errors.js';
import type { FileSource } from '../sdk/plugin.js';
export declare const HEAD_BYTES: number;
/** Told the size of each chunk of file bytes as a reader takes it (for progress). */
export type ByteCounter = (bytes: number) => void;
export declare function fileSource(path: string, onBytes?: ByteCounter): FileSource;
/**
 * The first `maxBytes` of a file decoded as UTF-8, without a byte-order mark; a character cut by the
 * limit is left out. A UTF-16, UTF-32 or compressed file is refused (decoded as UTF-8 it would be noise).
 */
export declare function readHead(path: string, maxBytes?: number): Promise<string>;
/**
 * The InputError for a path that is not a regular file (a FIFO, a device, a socket), which carbon-ci
 * would wait on forever or read as endless noise; undefined for a regular file or a directory.
 */
export declare function notAFileError(info: Stats, file: string): InputError | undefined;
