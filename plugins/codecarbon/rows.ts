import { bytesEqual, bytesText, civilToMs, dateTimeToUtc, parseDateTime, parseDateTimeBytes, parseDecimalBytes, parseNumber } from 'carbon-ci';
import type { DelimitedLine } from 'carbon-ci';

type ToUtc = (wallMs: number) => number;

/**
 * The fields of one data row, as the reader asks for them. Two kinds read the same values: `TextRow`
 * (the decoded, split line: any row) and `ByteRow` (straight from the bytes: ordinary rows, fast).
 */
export interface Row {
  /** 1-based line number. */
  readonly line: number;
  /** The field as written (untrimmed). */
  text(column: number): string;
  /** The field's number as `parseNumber` reads it; NaN for a missing-value marker or a non-number. */
  number(column: number): number;
  /** The UTC instant (ms) of a timestamp field; NaN when it is not a date and time. */
  instantMs(column: number): number;
  /** The trimmed field, for a value that rows repeat (the run id). */
  key(column: number): string;
}

function numberOfText(text: string): number {
  return parseNumber(text) ?? Number.NaN;
}

function instantOfText(text: string, toUtc: ToUtc): number {
  const parsed = parseDateTime(text);
  return parsed ? dateTimeToUtc(parsed, toUtc) : Number.NaN;
}

export class TextRow implements Row {
  constructor(
    private readonly fields: readonly string[],
    readonly line: number,
    private readonly toUtc: ToUtc,
  ) {}

  text(column: number): string {
    return this.fields[column]!;
  }

  number(column: number): number {
    return numberOfText(this.fields[column]!);
  }

  instantMs(column: number): number {
    return instantOfText(this.fields[column]!, this.toUtc);
  }

  key(column: number): string {
    return this.fields[column]!.trim();
  }
}

/** A timestamp with a fraction beyond milliseconds is left to `parseDateTime`, which rounds it. */
const MAX_BYTE_TIMESTAMP_LENGTH = 'YYYY-MM-DDTHH:MM:SS.mmm'.length;
/** `Date.UTC` (and so `parseDateTime`) reads the years 0 to 99 as 1900 to 1999: those go its way. */
const FIRST_BYTE_DATE = 100_00_00;

/**
 * A row read from the fields of a `DelimitedLine` (a line without quotes). Numbers and timestamps in
 * the forms CodeCarbon writes are read from the bytes; anything else is decoded and read like a
 * `TextRow` field, so both kinds give the same values. One instance serves every row.
 */
export class ByteRow implements Row {
  line = 0;
  private bytes: Uint8Array = new Uint8Array(0);
  private readonly stamp = new Float64Array(2);
  private dateKey = -1;
  private dayStartMs = 0;
  private keyBytes: Uint8Array = new Uint8Array(0);
  private keyText = '';

  constructor(
    private readonly fields: DelimitedLine,
    private readonly toUtc: ToUtc,
  ) {}

  /** This row, now the line that `fields` last scanned in `bytes`. */
  at(bytes: Uint8Array, line: number): this {
    this.bytes = bytes;
    this.line = line;
    return this;
  }

  text(column: number): string {
    return bytesText(this.bytes, this.fields.fieldStart(column), this.fields.fieldEnd(column));
  }

  number(column: number): number {
    const value = parseDecimalBytes(this.bytes, this.fields.fieldStart(column), this.fields.fieldEnd(column));
    return Number.isNaN(value) ? numberOfText(this.text(column)) : value;
  }

  instantMs(column: number): number {
    const start = this.fields.fieldStart(column);
    const end = this.fields.fieldEnd(column);
    const stamp = this.stamp;
    if (end - start <= MAX_BYTE_TIMESTAMP_LENGTH && parseDateTimeBytes(this.bytes, start, end, stamp) && stamp[0]! >= FIRST_BYTE_DATE) {
      return this.toUtc(this.dayStart(stamp[0]!) + stamp[1]!);
    }
    return instantOfText(this.text(column), this.toUtc);
  }

  key(column: number): string {
    const start = this.fields.fieldStart(column);
    const end = this.fields.fieldEnd(column);
    if (!bytesEqual(this.keyBytes, this.bytes, start, end)) {
      // A copy (Buffer's slice would be a view): the bytes of a chunk are reused for the next.
      this.keyBytes = new Uint8Array(this.bytes.subarray(start, end));
      this.keyText = this.text(column).trim();
    }
    return this.keyText;
  }

  /** Ms from 1970 to the start of the day `yyyymmdd` (wall clock). */
  private dayStart(yyyymmdd: number): number {
    if (yyyymmdd !== this.dateKey) {
      this.dateKey = yyyymmdd;
      this.dayStartMs = civilToMs(Math.floor(yyyymmdd / 10000), Math.floor(yyyymmdd / 100) % 100, yyyymmdd % 100);
    }
    return this.dayStartMs;
  }
}
