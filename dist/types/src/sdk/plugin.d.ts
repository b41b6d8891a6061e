import type { Logger } from '../shared/logger.js';
import type { PluginRecord } from './records.js';
export type { Logger };
/** What a plugin's `read` receives besides the source. */
export interface PluginContext<Options = Record<string, unknown>> {
    /** Options already validated against the plugin's `options` schema. */
    options: Options;
    log: Logger;
    /**
     * The IANA zone in which to read timestamps that carry none (nvidia-smi prints local time). Call it
     * when, and only when, the file has such timestamps: the report then names the zone it used, and
     * warns when the user gave none.
     */
    localTimeZone(): string;
    signal: AbortSignal;
}
/** A file to read. `open` streams its bytes; a plugin never needs the whole file in memory. */
export interface FileSource {
    kind: 'file';
    path: string;
    open(): NodeJS.ReadableStream & AsyncIterable<Buffer>;
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
    /**
     * One or a few lines of what the plugin reads, as the tool writes them (a header and a row), shown by
     * `carbon-ci plugins` so that a user can tell which plugin reads a file.
     */
    example?: string;
    /** A JSON Schema for the plugin's options; each numeric option names its unit. */
    options?: Record<string, unknown>;
    detect(input: DetectInput): Confidence;
    /**
     * Asked only when no plugin detects a file: why a file of this plugin's family cannot be read as it is
     * (a column or a unit it lacks), with a hint that says how to read it. Undefined when it is not of the family.
     */
    explain?(input: DetectInput): {
        message: string;
        line?: number;
        hint: string;
    } | undefined;
    /** Yield records, or arrays of records to cut per-record overhead on large inputs. */
    read(source: Source, context: PluginContext<Options>): AsyncIterable<PluginRecord | PluginRecord[]>;
}
export type Plugin<Options = Record<string, unknown>> = TelemetryPlugin<Options>;
export declare function definePlugin<Options = Record<string, unknown>>(plugin: TelemetryPlugin<Options>): TelemetryPlugin<Options>;
/**
 * A source of records that is not a file: a server queried over the job's window, a sampler of the
 * running job. The entry points build them from their flags; the pipeline reads each as one stream.
 */
export interface RecordSource {
    /** Named in the report's inputs as the plugin is for files ("prometheus"). */
    name: string;
    /** Where the records come from, for messages (a URL without its credentials). */
    location: string;
    read(context: Omit<PluginContext, 'options'>): AsyncIterable<PluginRecord[]>;
}
