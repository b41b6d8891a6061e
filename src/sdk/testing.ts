/**
 * `carbon-ci/testing`: run a plugin on a file, check every record against the record schema and
 * compare with what you expect. Framework-neutral: failures are thrown Errors, so vitest, jest and
 * node:test all report them.
 */
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { FileSource, PluginContext, TelemetryPlugin } from './index.js';
import type { DeviceRef, PluginRecord, TelemetryRecord } from './index.js';
import { expandRecords } from './power-columns.js';
import { decodeHead } from './lines.js';
import { validatePluginOptions } from '../telemetry/plugin-options.js';
import { fileSource as diskSource } from '../telemetry/source.js';
import { isValidRecord, previewRecord, validateRecord } from './testing/validate-record.js';
import { isInputError, type InputError } from '../shared/errors.js';

export { isValidRecord, validateRecord, validatePluginOptions, expandRecords };

/** The bytes of the head that `detect` sees. */
export const DETECT_HEAD_BYTES = 64 * 1024;

export interface TestContext<Options = Record<string, unknown>> extends PluginContext<Options> {
  /** Messages the plugin logged, by level, in order. */
  messages: { debug: string[]; info: string[]; warn: string[] };
  /** Whether the plugin asked for `localTimeZone()` (it read timestamps that carry no zone). */
  readonly usedLocalTimeZone: boolean;
}

export interface ContextOptions {
  /** IANA zone for timestamps without one; default UTC. */
  timeZone?: string;
  /** Raw plugin options; validated and coerced against the plugin's options schema when `plugin` is given. */
  options?: Record<string, unknown>;
  plugin?: Pick<TelemetryPlugin<never>, 'name' | 'options'>;
  signal?: AbortSignal;
}

/** A PluginContext that records what the plugin logs. */
export function createContext<Options = Record<string, unknown>>(settings: ContextOptions = {}): TestContext<Options> {
  const messages = { debug: [] as string[], info: [] as string[], warn: [] as string[] };
  const raw = settings.options ?? {};
  const options = (settings.plugin ? validatePluginOptions(settings.plugin, raw) : raw) as Options;
  const timeZone = settings.timeZone ?? 'UTC';
  let usedLocalTimeZone = false;
  return {
    options,
    localTimeZone: () => {
      usedLocalTimeZone = true;
      return timeZone;
    },
    get usedLocalTimeZone() {
      return usedLocalTimeZone;
    },
    signal: settings.signal ?? new AbortController().signal,
    log: {
      debug: (message) => messages.debug.push(message),
      info: (message) => messages.info.push(message),
      warn: (message) => messages.warn.push(message),
    },
    messages,
  };
}

/** A FileSource for a file on disk, as carbon-ci gives plugins. */
export function fileSource(path: string): FileSource {
  return diskSource(path);
}

/** A FileSource whose bytes are `text`, for tests that build input inline; `path` is what detect and errors see. */
export function textSource(text: string | Buffer, path = 'inline.txt'): FileSource {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return { kind: 'file', path, open: () => Readable.from([bytes]) };
}

/**
 * What `detect` would see for this source: its path and its first 64 KiB decoded as carbon-ci's detection
 * decodes them (UTF-8, or UTF-16 with a byte-order mark, without the mark; CR-only line ends as LF). A file
 * carbon-ci refuses (UTF-16 without a mark, UTF-32, compressed) throws the InputError it would.
 */
export async function detectInput(source: FileSource): Promise<{ path: string; head: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  const stream = source.open();
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      chunks.push(bytes);
      size += bytes.length;
      if (size >= DETECT_HEAD_BYTES) break;
    }
  } finally {
    (stream as { destroy?: () => void }).destroy?.();
  }
  // Decoded as carbon-ci's detection decodes a file's head, so that a test sees what `detect` will.
  return { path: source.path, head: decodeHead(Buffer.concat(chunks).subarray(0, DETECT_HEAD_BYTES), source.path) };
}

export interface RunPluginOptions {
  timeZone?: string;
  options?: Record<string, unknown>;
  signal?: AbortSignal;
  /** Check every record against the schema and throw on the first invalid one (default true). */
  validate?: boolean;
}

export interface RunPluginResult {
  /** One reading per record: `power-columns` records are expanded (after they were checked against the schema). */
  records: TelemetryRecord[];
  /** What the plugin passed to `context.log.warn`. */
  warnings: string[];
  /** What it passed to `context.log.info` and `debug`. */
  infos: string[];
  /** The plugin's `detect` score for this file. */
  confidence: number;
  /** How many times `read` yielded (an array counts once): large inputs should come in batches. */
  yields: number;
}

/** Run `plugin` on a file (a path, a file: URL, or a FileSource from `textSource`) the way carbon-ci does. */
export async function runPlugin<Options>(
  plugin: TelemetryPlugin<Options>,
  file: string | URL | FileSource,
  settings: RunPluginOptions = {},
): Promise<RunPluginResult> {
  const source = typeof file === 'string' ? fileSource(file) : file instanceof URL ? fileSource(fileURLToPath(file)) : file;
  const context = createContext<Options>({ ...settings, plugin: plugin as Pick<TelemetryPlugin<never>, 'name' | 'options'> });
  const confidence = plugin.detect(await detectInput(source));
  const yielded: PluginRecord[] = [];
  let yields = 0;
  for await (const item of plugin.read(source, context)) {
    yields++;
    if (Array.isArray(item)) for (const record of item) yielded.push(record);
    else yielded.push(item);
  }
  if (settings.validate !== false) assertValidRecords(yielded, plugin.name);
  return {
    records: expandRecords(yielded),
    warnings: context.messages.warn,
    infos: [...context.messages.info, ...context.messages.debug],
    confidence,
    yields,
  };
}

/** Throw when any record breaks the record schema; the message names the first few, with their index. */
export function assertValidRecords(records: readonly unknown[], label = 'records'): void {
  const failures: string[] = [];
  let invalid = 0;
  records.forEach((record, index) => {
    const problems = validateRecord(record);
    if (problems.length === 0) return;
    invalid++;
    if (failures.length < 5) failures.push(`  #${index}: ${problems.join('; ')}\n    ${previewRecord(record)}`);
  });
  if (invalid > 0) {
    throw new Error(`${label}: ${invalid} of ${records.length} records break schemas/telemetry-record.schema.json\n${failures.join('\n')}`);
  }
}

/** An expected record: only the fields you give are compared; `device` may be just the id. */
export type ExpectedRecord = { type: TelemetryRecord['type']; device?: string | Partial<DeviceRef> } & Partial<
  Record<'timeMs' | 'startMs' | 'endMs' | 'powerW' | 'counterJ' | 'energyJ' | 'utilization', number>
> & { origin?: { file?: string; line?: number } };

export interface Tolerances {
  /** Allowed |actual − expected| for energyJ and counterJ (J); default 1e-6. */
  toleranceJ?: number;
  /** Allowed |actual − expected| for powerW (W); default 1e-6. */
  tolerancePowerW?: number;
  /** Allowed |actual − expected| for instants (ms); default 0. */
  toleranceMs?: number;
}

/**
 * Compare records one by one, in order, with what you expect. Throws one Error listing every
 * difference (up to 20), e.g. `record 3: powerW 300.1 W, expected 312.4 W (tolerance 0.01 W)`.
 */
export function expectRecords(actual: readonly TelemetryRecord[], expected: readonly ExpectedRecord[], tolerances: Tolerances = {}): void {
  const toleranceJ = tolerances.toleranceJ ?? 1e-6;
  const tolerancePowerW = tolerances.tolerancePowerW ?? 1e-6;
  const toleranceMs = tolerances.toleranceMs ?? 0;
  const differences: string[] = [];
  if (actual.length !== expected.length) differences.push(`got ${actual.length} records, expected ${expected.length}`);
  const count = Math.min(actual.length, expected.length);
  for (let i = 0; i < count && differences.length < 20; i++) {
    const got = actual[i]! as unknown as Record<string, unknown>;
    const want = expected[i]!;
    if (got.type !== want.type) {
      differences.push(`record ${i}: type ${String(got.type)}, expected ${want.type}`);
      continue;
    }
    const numeric: [keyof ExpectedRecord, number, string][] = [
      ['timeMs', toleranceMs, 'ms'],
      ['startMs', toleranceMs, 'ms'],
      ['endMs', toleranceMs, 'ms'],
      ['powerW', tolerancePowerW, 'W'],
      ['energyJ', toleranceJ, 'J'],
      ['counterJ', toleranceJ, 'J'],
      ['utilization', 1e-9, ''],
    ];
    for (const [field, tolerance, unit] of numeric) {
      const wanted = want[field] as number | undefined;
      if (wanted === undefined) continue;
      const value = got[field];
      if (typeof value !== 'number' || !(Math.abs(value - wanted) <= tolerance)) {
        differences.push(`record ${i}: ${field} ${String(value)}${unit && ` ${unit}`}, expected ${wanted}${unit && ` ${unit}`} (tolerance ${tolerance}${unit && ` ${unit}`})`);
      }
    }
    const device = got.device as DeviceRef | undefined;
    const wantDevice = typeof want.device === 'string' ? { id: want.device } : want.device;
    for (const [key, value] of Object.entries(wantDevice ?? {})) {
      const gotValue = device?.[key as keyof DeviceRef];
      if (gotValue !== value) differences.push(`record ${i}: device.${key} ${JSON.stringify(gotValue)}, expected ${JSON.stringify(value)}`);
    }
    for (const [key, value] of Object.entries(want.origin ?? {})) {
      const gotValue = (got.origin as Record<string, unknown> | undefined)?.[key];
      if (gotValue !== value) differences.push(`record ${i}: origin.${key} ${JSON.stringify(gotValue)}, expected ${JSON.stringify(value)}`);
    }
  }
  if (differences.length > 0) throw new Error(`records differ from what was expected:\n  ${differences.join('\n  ')}`);
}

/** What `expectInputError` checks: each one given must hold. */
export interface ExpectedInputError {
  /** Text the message contains, or a pattern it matches. */
  message?: string | RegExp;
  /** The file the error names (as given to the plugin: the source's path). */
  file?: string;
  line?: number;
  /** Text the hint (the "fix:" line) contains, or a pattern it matches; `true`: any hint. */
  hint?: string | RegExp | true;
}

/**
 * Run `run` (a function or a promise, e.g. `runPlugin(...)`) and return the InputError it throws;
 * throws an Error when it succeeds, throws anything else, or the error differs from `expected`.
 */
export async function expectInputError(run: Promise<unknown> | (() => unknown), expected: ExpectedInputError = {}): Promise<InputError> {
  let thrown: unknown;
  try {
    await (typeof run === 'function' ? run() : run);
  } catch (error) {
    thrown = error;
  }
  if (thrown === undefined) throw new Error('expected an InputError, but nothing was thrown');
  if (!isInputError(thrown)) throw new Error(`expected an InputError, got ${thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown)}`);
  const problems: string[] = [];
  const matches = (text: string | undefined, want: string | RegExp) => text !== undefined && (typeof want === 'string' ? text.includes(want) : want.test(text));
  if (expected.message !== undefined && !matches(thrown.message, expected.message)) problems.push(`message ${JSON.stringify(thrown.message)} does not match ${String(expected.message)}`);
  if (expected.file !== undefined && thrown.file !== expected.file) problems.push(`file ${JSON.stringify(thrown.file)}, expected ${JSON.stringify(expected.file)}`);
  if (expected.line !== undefined && thrown.line !== expected.line) problems.push(`line ${String(thrown.line)}, expected ${expected.line}`);
  if (expected.hint === true ? thrown.hint === undefined : expected.hint !== undefined && !matches(thrown.hint, expected.hint)) {
    problems.push(`hint ${JSON.stringify(thrown.hint)} does not match ${String(expected.hint)}`);
  }
  if (problems.length > 0) throw new Error(`the InputError differs from what was expected:\n  ${problems.join('\n  ')}`);
  return thrown;
}
