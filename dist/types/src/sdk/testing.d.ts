import type { FileSource, PluginContext, TelemetryPlugin } from './index.js';
import type { DeviceRef, TelemetryRecord } from './index.js';
import { expandRecords } from './power-columns.js';
import { validatePluginOptions } from '../telemetry/plugin-options.js';
import { isValidRecord, validateRecord } from './testing/validate-record.js';
import { type InputError } from '../shared/errors.js';
export { isValidRecord, validateRecord, validatePluginOptions, expandRecords };
/** The bytes of the head that `detect` sees. */
export declare const DETECT_HEAD_BYTES: number;
export interface TestContext<Options = Record<string, unknown>> extends PluginContext<Options> {
    /** Messages the plugin logged, by level, in order. */
    messages: {
        debug: string[];
        info: string[];
        warn: string[];
    };
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
export declare function createContext<Options = Record<string, unknown>>(settings?: ContextOptions): TestContext<Options>;
/** A FileSource for a file on disk, as carbon-ci gives plugins. */
export declare function fileSource(path: string): FileSource;
/** A FileSource whose bytes are `text`, for tests that build input inline; `path` is what detect and errors see. */
export declare function textSource(text: string | Buffer, path?: string): FileSource;
/**
 * What `detect` would see for this source: its path and its first 64 KiB decoded as carbon-ci's detection
 * decodes them (UTF-8, or UTF-16 with a byte-order mark, without the mark; CR-only line ends as LF). A file
 * carbon-ci refuses (UTF-16 without a mark, UTF-32, compressed) throws the InputError it would.
 */
export declare function detectInput(source: FileSource): Promise<{
    path: string;
    head: string;
}>;
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
export declare function runPlugin<Options>(plugin: TelemetryPlugin<Options>, file: string | URL | FileSource, settings?: RunPluginOptions): Promise<RunPluginResult>;
/** Throw when any record breaks the record schema; the message names the first few, with their index. */
export declare function assertValidRecords(records: readonly unknown[], label?: string): void;
/** An expected record: only the fields you give are compared; `device` may be just the id. */
export type ExpectedRecord = {
    type: TelemetryRecord['type'];
    device?: string | Partial<DeviceRef>;
} & Partial<Record<'timeMs' | 'startMs' | 'endMs' | 'powerW' | 'counterJ' | 'energyJ' | 'utilization', number>> & {
    origin?: {
        file?: string;
        line?: number;
    };
};
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
export declare function expectRecords(actual: readonly TelemetryRecord[], expected: readonly ExpectedRecord[], tolerances?: Tolerances): void;
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
export declare function expectInputError(run: Promise<unknown> | (() => unknown), expected?: ExpectedInputError): Promise<InputError>;
