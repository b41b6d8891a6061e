/**
 * Parsing helpers for plugin authors: CSV fields, columns found by name, numbers with unit
 * suffixes and missing-value markers, timestamps, and the Prometheus/OpenMetrics text format.
 * Every function works on one line or one field at a time, so a plugin can stream any file.
 */
import { InputError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';

/** Where a line came from, so that a syntax error can name the file and line. */
export interface Where {
  file?: string;
  line?: number;
}

// ---------------------------------------------------------------------------------------------
// CSV

/**
 * Split one CSV line into fields (RFC 4180 quoting: `"a, b"` and `""` for a quote).
 * Fields are returned as written, untrimmed; a quoted field loses its quotes.
 * A field that opens a quote and never closes it is an InputError: records never span lines here.
 */
export function splitCsvLine(text: string, options: Where & { delimiter?: string } = {}): string[] {
  const delimiter = options.delimiter ?? ',';
  if (!text.includes('"')) return text.split(delimiter);
  const fields: string[] = [];
  let field = '';
  let i = 0;
  let atFieldStart = true;
  while (i < text.length) {
    const ch = text[i]!;
    if (atFieldStart && ch === '"') {
      i++;
      let closed = false;
      while (i < text.length) {
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        field += c;
        i++;
      }
      if (!closed) {
        throw new InputError('a quoted CSV field is not closed on this line', {
          file: options.file,
          line: options.line,
          hint: 'the line is truncated or a value contains a stray double quote; repair or remove the line',
        });
      }
      atFieldStart = false;
      continue;
    }
    if (text.startsWith(delimiter, i)) {
      fields.push(field);
      field = '';
      i += delimiter.length;
      atFieldStart = true;
      continue;
    }
    field += ch;
    atFieldStart = false;
    i++;
  }
  fields.push(field);
  return fields;
}

/**
 * A header name split into its base name and the unit written after it: `power.draw [W]`, `Power (W)`.
 * Scanned without a regular expression, so that a name of any length costs one pass.
 */
export function splitUnitSuffix(name: string): { name: string; unit?: string } {
  const trimmed = name.trim();
  const last = trimmed.length - 1;
  let open = -1;
  if (trimmed[last] === ']') {
    // The unit opens at the first `[` after any earlier `]`.
    open = trimmed.indexOf('[', trimmed.lastIndexOf(']', last - 1) + 1);
  } else if (trimmed[last] === ')') {
    open = trimmed.lastIndexOf('(', last - 1);
    if (trimmed.lastIndexOf(')', last - 1) > open) open = -1;
  }
  const base = open < 0 ? '' : trimmed.slice(0, open).trimEnd();
  if (base === '') return { name: trimmed };
  return { name: base, unit: trimmed.slice(open + 1, last).trim() };
}

export interface ColumnMatch {
  /** 0-based position in the header. */
  index: number;
  /** The header text as written (trimmed). */
  name: string;
  /** The unit in brackets or parentheses after the name, when there is one. */
  unit?: string;
}

/** Case-insensitive, trimmed, inner whitespace collapsed. */
export function normalizeColumnName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The first header column that matches a candidate, trying candidates in order of preference.
 * A string candidate matches the whole name or the name without its unit suffix, ignoring case;
 * a RegExp is tested against the trimmed name as written.
 */
export function findColumn(header: readonly string[], ...candidates: (string | RegExp)[]): ColumnMatch | undefined {
  for (const candidate of candidates) {
    for (let index = 0; index < header.length; index++) {
      const raw = header[index]!.trim();
      const split = splitUnitSuffix(raw);
      const hit =
        typeof candidate === 'string'
          ? normalizeColumnName(raw) === normalizeColumnName(candidate) ||
            normalizeColumnName(split.name) === normalizeColumnName(candidate)
          : candidate.test(raw);
      if (hit) return split.unit === undefined ? { index, name: raw } : { index, name: raw, unit: split.unit };
    }
  }
  return undefined;
}

/** Like findColumn, but an InputError that lists the columns present when none matches. */
export function requireColumn(
  header: readonly string[],
  candidates: readonly (string | RegExp)[],
  where: Where & { hint?: string },
): ColumnMatch {
  const found = findColumn(header, ...candidates);
  if (found) return found;
  const wanted = candidates.map((c) => (typeof c === 'string' ? `"${c}"` : String(c))).join(' or ');
  const present = header.slice(0, 40).map((h) => clip(h.trim(), 60)).join(', ') + (header.length > 40 ? ', …' : '');
  throw new InputError(`no column ${wanted} in the header (columns: ${present})`, {
    file: where.file,
    line: where.line,
    hint: where.hint ?? 'check that the file was written with the fields this plugin reads',
  });
}

// ---------------------------------------------------------------------------------------------
// Numbers

// One way only to match each digit (no two adjacent quantifiers over digits), so that a failing match is linear.
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const NUMBER_AND_UNIT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*(\S+)$/;
/** Longest text read as a number (with its unit): no reading is longer, and the bound keeps every match cheap. */
const MAX_NUMBER_CHARS = 64;
const MISSING = /^(?:|-|–|—|nan|none|null|n\/a.*|\[n\/a\]|na|\[not supported\]|not supported|\[unknown error\]|unknown|\[insufficient permissions\])$/i;

const isDecimal = (text: string): boolean => text.length <= MAX_NUMBER_CHARS && NUMBER.test(text);
/** `text` cut to `max` characters, for a message. */
const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max)}…` : text);

/** True when a field holds a tool's marker for "no value": `-`, `N/A`, `[Not Supported]`, empty… */
export function isMissingValue(text: string): boolean {
  return MISSING.test(text.trim());
}

/**
 * A decimal number, optionally followed by a unit from `units` (a map from unit to the factor that
 * converts it to the unit you want): `parseNumber('62.87 W', { units: { W: 1, mW: 1e-3 } })` = 62.87.
 * Returns null for a missing-value marker and NaN for anything else that is not a number, so that
 * a plugin can drop the first with a warning and refuse the second with an InputError.
 * Strict: `''`, `'0x10'` and `'1,5'` are not numbers (unlike `Number()`), nor is text longer than 64 characters.
 */
export function parseNumber(text: string, options: { units?: Record<string, number> } = {}): number | null {
  const trimmed = text.trim();
  if (trimmed.length > MAX_NUMBER_CHARS) return isMissingValue(trimmed) ? null : Number.NaN;
  if (NUMBER.test(trimmed)) return Number(trimmed);
  if (isMissingValue(trimmed)) return null;
  if (options.units) {
    const match = NUMBER_AND_UNIT.exec(trimmed);
    if (match) {
      const factor = options.units[match[2]!];
      if (factor !== undefined) return Number(match[1]) * factor;
    }
  }
  return Number.NaN;
}

// ---------------------------------------------------------------------------------------------
// Time

/**
 * An epoch number in seconds, milliseconds, microseconds or nanoseconds, told apart by magnitude
 * (any instant after 1973 is unambiguous), converted to milliseconds.
 */
export function epochToMs(value: number): number {
  const size = Math.abs(value);
  if (size < 1e11) return value * 1000;
  if (size < 1e14) return value;
  if (size < 1e17) return value / 1000;
  return value / 1e6;
}

/** A wall-clock date and time as written, and its UTC offset when the text carried one. */
export interface ParsedDateTime {
  /** The wall-clock fields as if they were UTC, in ms; subtract the zone's offset to get UTC. */
  wallMs: number;
  /** The offset from UTC written in the text (`Z`, `+02:00`, `-0700`), in ms east; absent if none. */
  offsetMs?: number;
}

const DATE_TIME =
  /^(\d{4})([-/]?)(\d{2})\2(\d{2})(?:[T ]+)(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Parse `2024-05-31T10:39:13`, `2024/01/15 10:23:45.123`, `20210102 19:12:31`, `2024-05-31 10:39:13.5+02:00`…
 * Returns undefined when the text is not a date-time or a field is out of range.
 */
export function parseDateTime(text: string): ParsedDateTime | undefined {
  const trimmed = text.trim();
  // The longest date-time (`2024-05-31T10:39:13.123456789+02:00`) has 35 characters.
  if (trimmed.length > MAX_NUMBER_CHARS) return undefined;
  const m = DATE_TIME.exec(trimmed);
  if (!m) return undefined;
  const [year, month, day, hour, minute] = [m[1], m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number, number];
  const second = m[7] === undefined ? 0 : Number(m[7]);
  const fraction = m[8] === undefined ? 0 : Number(`0.${m[8]}`);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return undefined;
  const wholeMs = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(wholeMs).getUTCDate() !== day && second !== 60) return undefined;
  const wallMs = wholeMs + Math.round(fraction * 1000);
  const zone = m[9];
  if (zone === undefined) return { wallMs };
  if (zone.toUpperCase() === 'Z') return { wallMs, offsetMs: 0 };
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offsetMs = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0')) * 60_000;
  return { wallMs, offsetMs };
}

/** UTC ms of a parsed date-time: its own offset when it has one, else `toUtc` (the user's zone). */
export function dateTimeToUtc(parsed: ParsedDateTime, toUtc: (wallMs: number) => number): number {
  return parsed.offsetMs === undefined ? toUtc(parsed.wallMs) : parsed.wallMs - parsed.offsetMs;
}

// ---------------------------------------------------------------------------------------------
// Prometheus text exposition format and OpenMetrics

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

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_.]*/;

function promSyntaxError(message: string, where: Where): InputError {
  return new InputError(`not a Prometheus/OpenMetrics sample line: ${message}`, {
    file: where.file,
    line: where.line,
    hint: 'the line is truncated or was edited by hand; repair or delete it',
  });
}

function parsePromValue(token: string): number {
  switch (token) {
    case 'NaN':
      return Number.NaN;
    case '+Inf':
    case 'Inf':
      return Number.POSITIVE_INFINITY;
    case '-Inf':
      return Number.NEGATIVE_INFINITY;
  }
  return isDecimal(token) ? Number(token) : Number.NaN;
}

/**
 * Parse one line of the Prometheus text exposition format. Returns null for blank lines and
 * comments (`# HELP`, `# TYPE`, `# EOF`). Accepts labels with or without spaces after commas, a
 * trailing comma, escaped label values, OpenMetrics exemplars (ignored), and the name given as
 * `__name__` inside the braces as `promtool tsdb dump` prints it. Throws InputError on bad syntax.
 */
export function parsePrometheusLine(line: string, where: Where = {}): PrometheusSample | null {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  if (i === line.length || line[i] === '#') return null;
  let rest = line.slice(i);
  let name = '';
  const nameMatch = METRIC_NAME.exec(rest);
  if (nameMatch) {
    name = nameMatch[0];
    rest = rest.slice(name.length);
  }
  const labels: Record<string, string> = {};
  if (rest.startsWith('{')) {
    rest = rest.slice(1);
    for (;;) {
      rest = rest.trimStart();
      if (rest.startsWith('}')) {
        rest = rest.slice(1);
        break;
      }
      const labelMatch = LABEL_NAME.exec(rest);
      if (!labelMatch) throw promSyntaxError('expected a label name', where);
      const label = labelMatch[0];
      rest = rest.slice(label.length).trimStart();
      if (!rest.startsWith('=')) throw promSyntaxError(`expected = after label ${label}`, where);
      rest = rest.slice(1).trimStart();
      if (!rest.startsWith('"')) throw promSyntaxError(`expected a quoted value for label ${label}`, where);
      let value = '';
      let j = 1;
      let closed = false;
      while (j < rest.length) {
        const c = rest[j]!;
        if (c === '\\') {
          const next = rest[j + 1];
          value += next === 'n' ? '\n' : (next ?? '');
          j += 2;
          continue;
        }
        if (c === '"') {
          closed = true;
          j++;
          break;
        }
        value += c;
        j++;
      }
      if (!closed) throw promSyntaxError(`unterminated value of label ${label}`, where);
      labels[label] = value;
      rest = rest.slice(j).trimStart();
      if (rest.startsWith(',')) rest = rest.slice(1);
      else if (!rest.startsWith('}')) throw promSyntaxError(`expected , or } after label ${label}`, where);
    }
  }
  if (name === '') {
    name = labels.__name__ ?? '';
    delete labels.__name__;
    if (name === '') throw promSyntaxError('no metric name', where);
  }
  const exemplar = rest.indexOf(' # ');
  if (exemplar >= 0) rest = rest.slice(0, exemplar);
  const tokens = rest.trim().split(/\s+/);
  if (tokens.length < 1 || tokens[0] === '' || tokens.length > 2) throw promSyntaxError('expected a value and an optional timestamp', where);
  const value = parsePromValue(tokens[0]!);
  if (Number.isNaN(value) && tokens[0] !== 'NaN') throw promSyntaxError(`value "${clip(tokens[0]!, 60)}" is not a number`, where);
  const sample: PrometheusSample = { name, labels, value };
  if (tokens.length === 2) {
    const timestamp = isDecimal(tokens[1]!) ? Number(tokens[1]) : Number.NaN;
    if (!Number.isFinite(timestamp)) throw promSyntaxError(`timestamp "${clip(tokens[1]!, 60)}" is not a number`, where);
    sample.timestamp = timestamp;
    sample.timeMs = Math.round(epochToMs(timestamp));
  }
  return sample;
}

// ---------------------------------------------------------------------------------------------
// Dropped rows

/**
 * Counts rows a plugin skipped, by reason, and reports each reason once as a warning with the count
 * and the first line, instead of one warning per row.
 */
export class DroppedRows {
  private readonly reasons = new Map<string, { count: number; firstLine: number | undefined }>();

  constructor(private readonly file: string) {}

  add(reason: string, line?: number): void {
    const entry = this.reasons.get(reason);
    if (entry) entry.count++;
    else this.reasons.set(reason, { count: 1, firstLine: line });
  }

  get total(): number {
    let total = 0;
    for (const entry of this.reasons.values()) total += entry.count;
    return total;
  }

  /** One `log.warn` per reason; `effect` says what the dropped rows mean for the result. */
  report(log: Logger, effect = 'their samples are missing, which lowers the coverage of the devices concerned'): void {
    for (const [reason, { count, firstLine }] of this.reasons) {
      const where = firstLine === undefined ? '' : ` (first at line ${firstLine})`;
      log.warn(`${this.file}: dropped ${count} row${count === 1 ? '' : 's'}: ${reason}${where}; ${effect}`);
    }
  }
}
