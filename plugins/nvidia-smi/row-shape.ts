import { civilToMs, parseDateTimeBytes, parseNumberBytes, parseTimeOfDayBytes } from 'carbon-ci';
import type { Layout } from './fields.js';

const COMMA = 44;
const SPACE = 32;
const LF = 10;
const CR = 13;
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

// Segment kinds.
/** The timestamp: the same width in every row. */
const TIME = 0;
/** Bytes that repeat in every row of one GPU: its index, uuid, name, bus id, with their commas. */
const CONSTANT = 1;
const POWER = 2;
const UTILIZATION = 3;
/** Any other field: only its comma is looked for. */
const OTHER = 4;

/** Per segment: its kind, then (TIME) its width, or (CONSTANT) its length, first word and first byte. */
const STRIDE = 4;

/** Where `RowShape.read` puts what it found. */
export const WALL_MS = 0;
export const POWER_VALUE = 1;
export const UTILIZATION_VALUE = 2;

/** `YYYY/MM/DD `: the part of a timestamp that rows of the same day share. */
const DATE_BYTES = 11;

/**
 * What one GPU's rows look like, learnt from one of its rows: the fields that name the GPU are the
 * same bytes in every row, and the timestamp has the same width. A row that has this shape is read
 * without a look at every byte: the constant stretch is compared four bytes at a time, and the short
 * number fields are parsed as they are scanned. The values are exactly those of the general path
 * (`parseNumberBytes` between the commas); a row that does not match is left to that path.
 */
export class RowShape {
  private readonly plan: Int32Array;
  /** The constant stretches as little-endian 32-bit words; a stretch whose length is no multiple of 4 ends with a word that overlaps the one before. */
  private readonly words: Int32Array;
  /** The constant stretches' bytes, for those shorter than a word. */
  private readonly stretchBytes: Uint8Array;
  /** The delimiter of the last number field read. */
  private delimiter = 0;
  /** The date of the last timestamp read in full, as three overlapping words, and its midnight (wall clock). */
  private readonly date = new Int32Array(3);
  private hasDate = false;
  private dayMs = 0;
  private readonly stamp = new Float64Array(2);

  /** Learn the shape from a row read the general way: `bounds[c]` is the end of field `c` (its comma, or the line's end). */
  constructor(layout: Layout, bytes: Uint8Array, start: number, bounds: Int32Array) {
    const count = layout.count;
    const constant = (c: number) => c === layout.index || c === layout.uuid || c === layout.name || c === layout.busId;
    const plan: number[] = [];
    const words: number[] = [];
    const stretchBytes: number[] = [];
    let c = 0;
    while (c < count) {
      const fieldStart = c === 0 ? start : bounds[c - 1]! + 1;
      if (c === layout.timestamp) {
        plan.push(TIME, bounds[c]! - fieldStart, 0, 0);
        c++;
      } else if (constant(c) && c < count - 1) {
        let last = c;
        while (last + 1 < count - 1 && constant(last + 1)) last++;
        // The stretch runs from the field's first byte to its last field's comma, inclusive.
        const stretch = bytes.subarray(fieldStart, bounds[last]! + 1);
        plan.push(CONSTANT, stretch.length, words.length, stretchBytes.length);
        words.push(...wordsOf(stretch));
        stretchBytes.push(...stretch);
        c = last + 1;
      } else {
        plan.push(c === layout.power ? POWER : c === layout.utilization ? UTILIZATION : OTHER, 0, 0, 0);
        c++;
      }
    }
    this.plan = Int32Array.from(plan);
    this.words = Int32Array.from(words);
    this.stretchBytes = Uint8Array.from(stretchBytes);
  }

  /**
   * Read the row that starts at `start` into `values` (WALL_MS, NaN when the timestamp is not one;
   * POWER_VALUE and UTILIZATION_VALUE, NaN when the field holds no number) when it has this shape,
   * and return where it ends (its LF); -1 when it does not have this shape. The row must end with
   * an LF before `limit`: every scan stops at it.
   */
  read(bytes: Uint8Array, view: DataView, start: number, limit: number, values: Float64Array): number {
    const plan = this.plan;
    const last = plan.length - STRIDE;
    let p = start;
    for (let s = 0; s <= last; s += STRIDE) {
      const kind = plan[s]!;
      const isLast = s === last;
      // Where the field's delimiter is: its comma, or the row's LF for the last field.
      let delimiter: number;
      if (kind === CONSTANT) {
        const length = plan[s + 1]!;
        if (p + length > limit || !this.sameStretch(bytes, view, p, length, plan[s + 2]!, plan[s + 3]!)) return -1;
        p += length;
        continue;
      } else if (kind === TIME) {
        const fieldEnd = p + plan[s + 1]!;
        delimiter = fieldEnd < limit ? delimiterAt(bytes, fieldEnd, isLast) : -1;
        if (delimiter < 0) return -1;
        values[WALL_MS] = this.wallMs(bytes, view, p, fieldEnd);
      } else if (kind === OTHER) {
        delimiter = nextDelimiter(bytes, p, limit, isLast);
      } else {
        values[kind === POWER ? POWER_VALUE : UTILIZATION_VALUE] = this.numberField(bytes, p, limit, isLast);
        delimiter = this.delimiter;
      }
      if (delimiter < 0) return -1;
      if (isLast) return delimiter;
      p = delimiter + 1;
    }
    return -1;
  }

  /** Milliseconds since the epoch, on the log's wall clock, of the timestamp field `bytes[start, end)`; NaN when it is not one. */
  private wallMs(bytes: Uint8Array, view: DataView, start: number, end: number): number {
    let s = start;
    while (bytes[s] === SPACE) s++;
    const date = this.date;
    // Rows of the same day: only the time of day is new.
    if (this.hasDate && end - s >= 19 && view.getInt32(s, true) === date[0] && view.getInt32(s + 4, true) === date[1] && view.getInt32(s + 7, true) === date[2]) {
      const ms = parseTimeOfDayBytes(bytes, s + DATE_BYTES, end);
      if (ms >= 0) return this.dayMs + ms;
    }
    return this.wallMsInFull(bytes, view, start, end);
  }

  private wallMsInFull(bytes: Uint8Array, view: DataView, start: number, end: number): number {
    const stamp = this.stamp;
    if (!parseDateTimeBytes(bytes, start, end, stamp)) return Number.NaN;
    const dateKey = stamp[0]!;
    this.dayMs = civilToMs(Math.floor(dateKey / 10000), Math.floor(dateKey / 100) % 100, dateKey % 100);
    let s = start;
    while (bytes[s] === SPACE || bytes[s] === 9) s++;
    this.date[0] = view.getInt32(s, true);
    this.date[1] = view.getInt32(s + 4, true);
    this.date[2] = view.getInt32(s + 7, true);
    this.hasDate = true;
    return this.dayMs + stamp[1]!;
  }

  private sameStretch(bytes: Uint8Array, view: DataView, at: number, length: number, firstWord: number, firstByte: number): boolean {
    if (length < 4) {
      for (let k = 0; k < length; k++) if (bytes[at + k] !== this.stretchBytes[firstByte + k]) return false;
      return true;
    }
    const words = this.words;
    const whole = length >> 2;
    for (let w = 0; w < whole; w++) if (view.getInt32(at + w * 4, true) !== words[firstWord + w]) return false;
    return (length & 3) === 0 || view.getInt32(at + length - 4, true) === words[firstWord + whole];
  }

  /**
   * The number in the field that starts at `start`, as `parseNumberBytes` reads it between the
   * field's delimiters; sets `delimiter` (-1 when the field has none: the row is not of this shape).
   * Plain decimals with an optional unit (`61.25 W`, `0 %`) are read in the same pass that finds
   * the delimiter; anything else is found first, then parsed.
   */
  private numberField(bytes: Uint8Array, start: number, limit: number, isLast: boolean): number {
    // No scan passes the row's LF: it is no space, digit, dot or letter.
    let i = start;
    while (bytes[i] === SPACE) i++;
    let mantissa = 0;
    let digits = 0;
    let fraction = 0;
    let c = bytes[i]! - 48;
    while (c >= 0 && c <= 9) {
      mantissa = mantissa * 10 + c;
      digits++;
      c = bytes[++i]! - 48;
    }
    if (c === 46 - 48) {
      c = bytes[++i]! - 48;
      while (c >= 0 && c <= 9) {
        mantissa = mantissa * 10 + c;
        digits++;
        fraction++;
        c = bytes[++i]! - 48;
      }
    }
    while (bytes[i] === SPACE) i++;
    // A unit. An exponent (`1.5e3`) stops here too, at its digit or sign, and goes the general way.
    while (isUnitLetter(bytes[i]!)) i++;
    if (digits > 0 && digits <= 15) {
      const delimiter = delimiterAt(bytes, i, isLast);
      if (delimiter >= 0) {
        this.delimiter = delimiter;
        return fraction === 0 ? mantissa : mantissa / POW10[fraction]!;
      }
    }
    const delimiter = nextDelimiter(bytes, start, limit, isLast);
    this.delimiter = delimiter;
    if (delimiter < 0) return Number.NaN;
    const fieldEnd = isLast && delimiter > start && bytes[delimiter - 1] === CR ? delimiter - 1 : delimiter;
    return parseNumberBytes(bytes, start, fieldEnd);
  }
}

/**
 * The delimiter of a field whose text ends at `i`: the comma there, or for the last field the LF
 * there or after a CR; -1 when there is none.
 */
function delimiterAt(bytes: Uint8Array, i: number, isLast: boolean): number {
  const c = bytes[i];
  if (!isLast) return c === COMMA ? i : -1;
  if (c === LF) return i;
  return c === CR && bytes[i + 1] === LF ? i + 1 : -1;
}

/** The delimiter of the field that starts at `start`, found by looking: the next comma, or for the last field the LF; -1 when the other comes first. */
function nextDelimiter(bytes: Uint8Array, start: number, limit: number, isLast: boolean): number {
  let i = start;
  let c = 0;
  while (i < limit && (c = bytes[i]!) !== COMMA && c !== LF) i++;
  if (i === limit) return -1;
  return (c === LF) === isLast ? i : -1;
}

function isUnitLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 37;
}

/** The stretch as little-endian words: whole words, then (if the length is no multiple of 4) its last four bytes. */
function wordsOf(stretch: Uint8Array): number[] {
  if (stretch.length < 4) return [];
  const view = new DataView(stretch.buffer, stretch.byteOffset, stretch.length);
  const words: number[] = [];
  for (let at = 0; at + 4 <= stretch.length; at += 4) words.push(view.getInt32(at, true));
  if (stretch.length % 4 !== 0) words.push(view.getInt32(stretch.length - 4, true));
  return words;
}
