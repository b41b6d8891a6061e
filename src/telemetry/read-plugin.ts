import { InputError, isInputError } from '../shared/errors.js';
import { PluginError } from './plugin-error.js';
import type { FileSource, PluginContext, TelemetryPlugin } from '../sdk/plugin.js';
import type { Logger } from '../shared/logger.js';
import type { PluginRecord } from '../sdk/records.js';

export interface TelemetryBatch {
  plugin: string;
  file: string;
  records: PluginRecord[];
}

/** Plugins that yield records one by one are re-batched to this size. */
const SINGLES_BATCH = 4096;
const USER_FS_ERRORS = new Set(['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'ELOOP']);

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
      const item = step.value;
      if (Array.isArray(item)) {
        if (singles.length > 0) {
          yield { plugin: plugin.name, file, records: singles };
          singles = [];
        }
        if (item.length > 0) yield { plugin: plugin.name, file, records: item };
      } else {
        singles.push(item);
        if (singles.length >= SINGLES_BATCH) {
          yield { plugin: plugin.name, file, records: singles };
          singles = [];
        }
      }
    }
    if (singles.length > 0) yield { plugin: plugin.name, file, records: singles };
  } finally {
    await iterator.return?.();
  }
}

export function asReadError(error: unknown, plugin: string | undefined, file: string): Error {
  if (isInputError(error)) {
    return error.file === undefined ? new InputError(error.message, { file, line: error.line }) : error;
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && USER_FS_ERRORS.has(code)) {
    return new InputError(`cannot read the file (${code})`, { file, hint: 'check that the path exists and is readable' });
  }
  if ((error as Error | null)?.name === 'AbortError') return error as Error;
  return new PluginError(plugin ?? 'carbon-ci', file, error);
}
