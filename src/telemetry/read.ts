import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../shared/errors.js';
import { choosePlugin } from './choose.js';
import { validatePluginOptions } from './plugin-options.js';
import type { FileSource, TelemetryPlugin } from '../sdk/plugin.js';
import type { Logger } from '../shared/logger.js';
import { asReadError, readWithValidOptions, type TelemetryBatch } from './read-plugin.js';
import { fileSource, HEAD_BYTES, notAFileError, readHead, type ByteCounter } from './source.js';
import { isValidTimeZone } from '../sdk/time.js';

export type { TelemetryBatch } from './read-plugin.js';

export interface ReadTelemetryOptions {
  /** A plugin name, or `auto` / undefined to detect each file's format. */
  plugin?: string;
  plugins: TelemetryPlugin[];
  /** IANA zone for timestamps that carry none. */
  timeZone: string;
  /** A zone of their own for some files (absolute paths): logs whose writer's zone is known, read in it whatever `timeZone` says. */
  fileTimeZones?: Record<string, string>;
  /** Options per plugin name, validated against each plugin's own schema before it reads. */
  pluginOptions?: Record<string, Record<string, unknown>>;
  log: Logger;
  signal?: AbortSignal;
  /** Told the size of each chunk of file bytes read (for progress). */
  onBytes?: ByteCounter;
  /** Told when a plugin asks for the time zone: it has timestamps without one. */
  onTimeZoneRead?: () => void;
}

/**
 * Read telemetry files one after the other, each with its own plugin (named, or detected from the
 * file's head), as batches of records. Errors in the input are InputErrors naming the file; any other
 * failure inside a plugin is a PluginError naming the plugin and the file.
 */
export async function* readTelemetry(files: string[], options: ReadTelemetryOptions): AsyncGenerator<TelemetryBatch> {
  if (!isValidTimeZone(options.timeZone)) {
    throw new InputError(`unknown time zone "${options.timeZone}"`, {
      hint: 'use an IANA zone name such as America/Los_Angeles, Europe/Berlin or UTC (--timezone)',
    });
  }
  const signal = options.signal ?? new AbortController().signal;
  for (const file of files) {
    signal.throwIfAborted();
    const { plugin, sizeBytes } = await inspectFile(file, options);
    const ownZone = options.fileTimeZones?.[resolve(file)];
    // A file with a zone of its own does not make the default zone matter (no warning about it).
    const zoned = ownZone === undefined ? options : { ...options, timeZone: ownZone, onTimeZoneRead: undefined };
    // The size read when the plugin was chosen sizes the read buffer: no second stat of the file.
    yield* readWithPlugin(plugin, fileSource(file, options.onBytes, sizeBytes), zoned);
  }
}

/**
 * Read one source with a chosen plugin, as batches of records: the plugin's options validated first,
 * its failures turned into InputErrors or PluginErrors naming it and the file.
 */
export async function* readWithPlugin(
  plugin: TelemetryPlugin,
  source: FileSource,
  options: Pick<ReadTelemetryOptions, 'pluginOptions' | 'log' | 'timeZone' | 'signal' | 'onTimeZoneRead'>,
): AsyncGenerator<TelemetryBatch> {
  const pluginOptions = validatePluginOptions<Record<string, unknown>>(plugin, options.pluginOptions?.[plugin.name] ?? {});
  yield* readWithValidOptions(plugin, source, { ...options, pluginOptions });
}

/** The plugin for a file: the one named, or the one that detects its format from its head. */
export async function pluginForFile(file: string, options: Pick<ReadTelemetryOptions, 'plugin' | 'plugins'>): Promise<TelemetryPlugin> {
  return (await inspectFile(file, options)).plugin;
}

/** The file's plugin and its size, from one stat: a directory, a pipe or an empty file is an InputError. */
async function inspectFile(file: string, options: Pick<ReadTelemetryOptions, 'plugin' | 'plugins'>): Promise<{ plugin: TelemetryPlugin; sizeBytes: number }> {
  let size: number;
  let head: string;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new InputError('is a directory', { file, hint: `name the files in it, e.g. "${file}/*.csv"` });
    const special = notAFileError(info, file);
    if (special) throw special;
    size = info.size;
    head = size === 0 ? '' : await readHead(file, Math.min(size, HEAD_BYTES));
  } catch (error) {
    throw asReadError(error, undefined, file);
  }
  if (size === 0) {
    throw new InputError('the file is empty (0 bytes)', {
      file,
      hint: 'the logger wrote nothing: check that it ran until the job ended and that this is the file it wrote (nvidia-smi ... -f FILE)',
    });
  }
  if (head.trim() === '' && size <= Buffer.byteLength(head)) {
    throw new InputError('the file is empty (only blank lines)', {
      file,
      hint: 'the logger wrote no samples: check that it ran until the job ended',
    });
  }
  return { plugin: choosePlugin({ path: file, head }, options.plugins, options.plugin), sizeBytes: size };
}
