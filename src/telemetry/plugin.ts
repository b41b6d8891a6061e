import type { PluginRecord } from './records.js';

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  /** A warning the report will list. Say what was dropped and the effect on coverage. */
  warn(message: string): void;
}

/** What a plugin's `read` receives besides the source. */
export interface PluginContext<Options = Record<string, unknown>> {
  /** Options already validated against the plugin's `options` schema. */
  options: Options;
  log: Logger;
  /** IANA zone for timestamps that carry none (nvidia-smi prints local time). */
  timeZone: string;
  signal: AbortSignal;
  /**
   * True when the reader is done with each batch before it asks for the next (carbon-ci's energy
   * stage is): a plugin may then reuse the arrays of the records it yields, as a `PowerColumnsBuilder`
   * made with `{ reuse: true }` does. Absent or false: every record must stay valid as yielded.
   */
  batchesReadAtOnce?: boolean;
}

/** A file to read. `open` streams its bytes; a plugin never needs the whole file in memory. */
export interface FileSource {
  kind: 'file';
  path: string;
  open(): NodeJS.ReadableStream & AsyncIterable<Buffer>;
  /**
   * The same bytes as `open()`, faster: large chunks read into a reused buffer, so a chunk is valid
   * only until the next one is asked for (copy what you keep). Absent on some sources: use
   * `sourceChunks(source)`, which falls back to `open()`.
   */
  chunks?(): AsyncIterable<Buffer>;
}

/** The bytes of a source as `chunks()` gives them where it can, else as `open()` does. */
export function sourceChunks(source: FileSource): AsyncIterable<Buffer> {
  return source.chunks ? source.chunks() : source.open();
}

export type Source = FileSource;

/** What `detect` sees: the file's name and its first bytes (up to 64 KiB), decoded as UTF-8. */
export interface DetectInput {
  path: string;
  head: string;
}

/** How sure a plugin is that a file is its format: 0 (not mine) to 1 (certainly mine). */
export type Confidence = number;

export interface TelemetryPlugin<Options = Record<string, unknown>> {
  name: string;
  kind: 'telemetry';
  description: string;
  /** A JSON Schema for the plugin's options; each numeric option names its unit. */
  options?: Record<string, unknown>;
  detect(input: DetectInput): Confidence;
  /** Yield records, or arrays of records to cut per-record overhead on large inputs. */
  read(source: Source, context: PluginContext<Options>): AsyncIterable<PluginRecord | PluginRecord[]>;
  /**
   * Optional: lets carbon-ci read a large file of this format in parts, on several cores. Given the
   * file's head, return the preamble (the header lines, as in `head`) that every part needs before
   * its rows, or undefined when the file cannot be read in parts (a row depends on rows before it
   * beyond the header). Each part is then read by `read` as a file made of the preamble followed by
   * whole lines of the original. carbon-ci falls back to one reader for the file when a part logs
   * anything or its records do not join up.
   */
  splitPreamble?(input: DetectInput): string | undefined;
}

export type Plugin<Options = Record<string, unknown>> = TelemetryPlugin<Options>;

export function definePlugin<Options = Record<string, unknown>>(plugin: TelemetryPlugin<Options>): TelemetryPlugin<Options> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(plugin.name)) {
    throw new Error(`plugin name "${plugin.name}" must be lower-case letters, digits and dashes`);
  }
  if (plugin.kind !== 'telemetry') throw new Error(`plugin ${plugin.name}: kind must be "telemetry"`);
  if (typeof plugin.detect !== 'function' || typeof plugin.read !== 'function') {
    throw new Error(`plugin ${plugin.name}: detect and read must be functions`);
  }
  return Object.freeze({ ...plugin });
}
