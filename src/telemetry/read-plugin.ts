import { InputError, isInputError } from '../shared/errors.js';
import { PluginError } from './plugin-error.js';
import type { FileSource, PluginContext, TelemetryPlugin } from '../sdk/plugin.js';
import type { Logger } from '../shared/logger.js';
import type { ColumnsRecord, PluginRecord } from '../sdk/records.js';
import { columnsOf, isColumnsRecord } from '../sdk/power-columns.js';
import { MAX_DATE_MS } from '../sdk/time.js';

export interface TelemetryBatch {
  plugin: string;
  file: string;
  records: PluginRecord[];
}

/** Plugins that yield records one by one are re-batched to this size. */
const SINGLES_BATCH = 4096;
/** The file-system errors that are the user's to fix: what each means, and the fix. */
const USER_FS_ERRORS: Record<string, [string, string]> = {
  ENOENT: ['cannot read the file (ENOENT)', 'check that the path exists and is readable'],
  EACCES: ['cannot read the file: permission denied (EACCES)', 'make it readable by the user that runs carbon-ci, e.g. `chmod a+r FILE`'],
  EPERM: ['cannot read the file: operation not permitted (EPERM)', 'make it readable by the user that runs carbon-ci'],
  EISDIR: ['cannot read the file: it is a directory (EISDIR)', 'name the files in it, e.g. "DIR/*.csv"'],
  ENOTDIR: ['cannot read the file: a part of its path is not a directory (ENOTDIR)', 'check the path'],
  ELOOP: [
    'cannot read the file: its path is a loop of symbolic links (ELOOP)',
    'a link points back at itself through other links: check them with `ls -l` and `readlink -f FILE`, and pass the log file itself',
  ],
};

export interface ReadSourceOptions {
  /** The plugin's options, already validated against its schema (validatePluginOptions). */
  pluginOptions: Record<string, unknown>;
  log: Logger;
  /** IANA zone for timestamps that carry none. */
  timeZone: string;
  signal?: AbortSignal;
  /** Told when the plugin asks for the time zone: it has timestamps without one. */
  onTimeZoneRead?: () => void;
}

/**
 * Read one source with a chosen plugin whose options are valid, as batches of records; its failures
 * turned into InputErrors or PluginErrors naming it and the file.
 */
export async function* readWithValidOptions(plugin: TelemetryPlugin, source: FileSource, options: ReadSourceOptions): AsyncGenerator<TelemetryBatch> {
  const file = source.path;
  const signal = options.signal ?? new AbortController().signal;
  options.log.debug(`${file}: reading with plugin ${plugin.name}`);
  const { timeZone, onTimeZoneRead, pluginOptions } = options;
  const context: PluginContext = {
    options: pluginOptions,
    log: options.log,
    signal,
    localTimeZone() {
      onTimeZoneRead?.();
      return timeZone;
    },
  };
  let iterator: AsyncIterator<PluginRecord | PluginRecord[]>;
  try {
    iterator = plugin.read(source, context)[Symbol.asyncIterator]();
  } catch (error) {
    throw asReadError(error, plugin.name, file);
  }
  let singles: PluginRecord[] = [];
  const undated = new UndatedRecords();
  try {
    for (;;) {
      let step: IteratorResult<PluginRecord | PluginRecord[]>;
      try {
        step = await iterator.next();
      } catch (error) {
        throw asReadError(error, plugin.name, file);
      }
      if (step.done) break;
      signal.throwIfAborted();
      const item = undated.keep(step.value);
      if (Array.isArray(item)) {
        if (singles.length > 0) {
          yield { plugin: plugin.name, file, records: singles };
          singles = [];
        }
        if (item.length > 0) yield { plugin: plugin.name, file, records: item };
      } else if (item !== undefined) {
        singles.push(item);
        if (singles.length >= SINGLES_BATCH) {
          yield { plugin: plugin.name, file, records: singles };
          singles = [];
        }
      }
    }
    if (singles.length > 0) yield { plugin: plugin.name, file, records: singles };
    undated.report(file, options.log);
  } finally {
    await iterator.return?.();
  }
}

export function asReadError(error: unknown, plugin: string | undefined, file: string): Error {
  if (isInputError(error)) {
    return error.file === undefined ? new InputError(error.message, { file, line: error.line }) : error;
  }
  const code = (error as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' && Object.hasOwn(USER_FS_ERRORS, code) ? USER_FS_ERRORS[code] : undefined;
  if (known) return new InputError(known[0], { file, hint: known[1].replace('FILE', file) });
  if ((error as Error | null)?.name === 'AbortError') return error as Error;
  return new PluginError(plugin ?? 'carbon-ci', file, error);
}

function outside(timeMs: number): boolean {
  // A record beyond the dates JavaScript can hold has a corrupted or mis-scaled time.
  return timeMs > MAX_DATE_MS || timeMs < -MAX_DATE_MS;
}

/** Drops the records whose instants are beyond JavaScript's dates (which would break every later stage), and says so once. */
class UndatedRecords {
  private dropped = 0;
  private kept = 0;
  private first = '';

  /** `item` without its readings beyond the dates; undefined for a single record that is. */
  keep(item: PluginRecord | PluginRecord[]): PluginRecord | PluginRecord[] | undefined {
    if (!Array.isArray(item)) return this.dated(item);
    let out: PluginRecord[] | undefined;
    for (let i = 0; i < item.length; i++) {
      const record = this.dated(item[i]!);
      if (record !== item[i] && out === undefined) out = item.slice(0, i);
      if (out && record) out.push(record);
    }
    return out ?? item;
  }

  report(file: string, log: Logger): void {
    if (this.dropped === 0) return;
    const what = `${this.dropped} reading(s) whose time is beyond the dates JavaScript can hold (year 275760), first ${this.first}: a corrupted timestamp, or one in another unit than the format's`;
    if (this.kept === 0) throw new InputError(`no usable readings: ${what}`, { file, hint: 'repair the timestamps (epoch seconds or ms, or ISO 8601 dates) or regenerate the log' });
    log.warn(`${file}: dropped ${what}; the time they cover counts as a gap`);
  }

  private dated(record: PluginRecord): PluginRecord | undefined {
    // A malformed record is the guard's to report: it passes as it is.
    if (typeof record !== 'object' || record === null) return record;
    if (isColumnsRecord(record)) return this.datedColumns(record);
    const bad = 'timeMs' in record ? record.timeMs : outside(record.startMs) ? record.startMs : record.endMs;
    if (!outside(bad)) {
      this.kept++;
      return record;
    }
    this.note(1, bad, record.origin?.line);
    return undefined;
  }

  private datedColumns(record: ColumnsRecord): ColumnsRecord | undefined {
    const timeMs = record.timeMs;
    if (typeof timeMs?.length !== 'number') return record;
    let first = 0;
    while (first < timeMs.length && !outside(timeMs[first]!)) first++;
    if (first === timeMs.length) {
      this.kept += first;
      return record;
    }
    const keep: number[] = [];
    for (let i = 0; i < timeMs.length; i++) if (!outside(timeMs[i]!)) keep.push(i);
    this.kept += keep.length;
    this.note(timeMs.length - keep.length, timeMs[first]!, undefined);
    if (keep.length === 0) return undefined;
    const filtered: Record<string, unknown> = { ...record };
    for (const [name, column] of Object.entries(columnsOf(record))) if (column) filtered[name] = Float64Array.from(keep, (i) => column[i]!);
    return filtered as unknown as ColumnsRecord;
  }

  private note(count: number, timeMs: number, line: number | undefined): void {
    if (this.dropped === 0) this.first = `${Number(timeMs.toPrecision(4)).toExponential()} ms after 1970${line === undefined ? '' : ` at line ${line}`}`;
    this.dropped += count;
  }
}
