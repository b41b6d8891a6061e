import type { Logger } from '../shared/logger.js';
/** Where a line came from, so that a syntax error can name the file and line. */
export interface Where {
    file?: string;
    line?: number;
}
/**
 * Split one CSV line into fields (RFC 4180 quoting: `"a, b"` and `""` for a quote).
 * Fields are returned as written, untrimmed; a quoted field loses its quotes.
 * A field that opens a quote and never closes it is an InputError: records never span lines here.
 */
export declare function splitCsvLine(text: string, options?: Where & {
    delimiter?: string;
}): string[];
/**
 * A header name split into its base name and the unit written after it: `power.draw [W]`, `Power (W)`.
 * Scanned without a regular expression, so that a name of any length costs one pass.
 */
export declare function splitUnitSuffix(name: string): {
    name: string;
    unit?: string;
};
export interface ColumnMatch {
    /** 0-based position in the header. */
    index: number;
    /** The header text as written (trimmed). */
    name: string;
    /** The unit in brackets or parentheses after the name, when there is one. */
    unit?: string;
}
/** Case-insensitive, trimmed, inner whitespace collapsed. */
export declare function normalizeColumnName(name: string): string;
/**
 * The first header column that matches a candidate, trying candidates in order of preference.
 * A string candidate matches the whole name or the name without its unit suffix, ignoring case;
 * a RegExp is tested against the trimmed name as written.
 */
export declare function findColumn(header: readonly string[], ...candidates: (string | RegExp)[]): ColumnMatch | undefined;
/** Like findColumn, but an InputError that lists the columns present when none matches. */
export declare function requireColumn(header: readonly string[], candidates: readonly (string | RegExp)[], where: Where & {
    hint?: string;
}): ColumnMatch;
/** True when a field holds a tool's marker for "no value": `-`, `N/A`, `[Not Supported]`, empty… */
export declare function isMissingValue(text: string): boolean;
/**
 * A decimal number, optionally followed by a unit from `units` (a map from unit to the factor that
 * converts it to the unit you want): `parseNumber('62.87 W', { units: { W: 1, mW: 1e-3 } })` = 62.87.
 * Returns null for a missing-value marker and NaN for anything else that is not a number, so that
 * a plugin can drop the first with a warning and refuse the second with an InputError.
 * Strict: `''`, `'0x10'` and `'1,5'` are not numbers (unlike `Number()`), nor is text longer than 64 characters.
 */
export declare function parseNumber(text: string, options?: {
    units?: Record<string, number>;
}): number | null;
/**
 * An epoch number in seconds, milliseconds, microseconds or nanoseconds, told apart by magnitude
 * (any instant after 1973 is unambiguous), converted to milliseconds.
 */
export declare function epochToMs(value: number): number;
/** A wall-clock date and time as written, and its UTC offset when the text carried one. */
export interface ParsedDateTime {
    /** The wall-clock fields as if they were UTC, in ms; subtract the zone's offset to get UTC. */
    wallMs: number;
    /** The offset from UTC written in the text (`Z`, `+02:00`, `-0700`), in ms east; absent if none. */
    offsetMs?: number;
}
/**
 * Parse `2024-05-31T10:39:13`, `2024/01/15 10:23:45.123`, `20210102 19:12:31`, `2024-05-31 10:39:13.5+02:00`…
 * Returns undefined when the text is not a date-time or a field is out of range.
 */
export declare function parseDateTime(text: string): ParsedDateTime | undefined;
/** UTC ms of a parsed date-time: its own offset when it has one, else `toUtc` (the user's zone). */
export declare function dateTimeToUtc(parsed: ParsedDateTime, toUtc: (wallMs: number) => number): number;
/** One sample line of the Prometheus text format (also OpenMetrics, and `promtool tsdb dump`). */
export interface PrometheusSample {
    name: string;
    labels: Record<string, string>;
    /** The value; NaN, +Infinity and -Infinity are kept as such. */
    value: number;
    /** The timestamp as written: ms in the Prometheus text format, seconds in OpenMetrics. */
    timestamp?: number;
    /** The timestamp in epoch ms, with seconds and ms told apart by magnitude (see epochToMs). */
    timeMs?: number;
}
/**
 * Parse one line of the Prometheus text exposition format. Returns null for blank lines and
 * comments (`# HELP`, `# TYPE`, `# EOF`). Accepts labels with or without spaces after commas, a
 * trailing comma, escaped label values, OpenMetrics exemplars (ignored), and the name given as
 * `__name__` inside the braces as `promtool tsdb dump` prints it. Throws InputError on bad syntax.
 */
export declare function parsePrometheusLine(line: string, where?: Where): PrometheusSample | null;
/**
 * Counts rows a plugin skipped, by reason, and reports each reason once as a warning with the count
 * and the first line, instead of one warning per row.
 */
export declare class DroppedRows {
    private readonly file;
    private readonly reasons;
    constructor(file: string);
    add(reason: string, line?: number): void;
    get total(): number;
    /** One `log.warn` per reason; `effect` says what the dropped rows mean for the result. */
    report(log: Logger, effect?: string): void;
}
