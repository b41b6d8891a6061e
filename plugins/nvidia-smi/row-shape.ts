import { civilToMs, parseDateTimeBytes, parseNumberBytes, parseTimeOfDayBytes } from 'carbon-ci';
import type { Layout } from './fields.js';

const COMMA = 44;
const SPACE = 32;
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
  /** The comma that ended the last number field read. */
  private fieldEnd = 0;
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
   * Read the row `bytes[start, end)` into `values` (WALL_MS, NaN when the timestamp is not one;
   * POWER_VALUE and UTILIZATION_VALUE, NaN when the field holds no number) when it has this shape;
   * false when it does not. `bytes[end]` must be the row's CR or LF: it stops every scan.
   */
  read(bytes: Uint8Array, view: DataView, start: number, end: number, values: Float64Array): boolean {
    const plan = this.plan;
    const last = plan.length - STRIDE;
    let p = start;
    for (let s = 0; s <= last; s += STRIDE) {
      const kind = plan[s]!;
      let fieldEnd: number;
      if (kind === CONSTANT) {
        const length = plan[s + 1]!;
        if (p + length > end || !this.sameStretch(bytes, view, p, length, plan[s + 2]!, plan[s + 3]!)) return false;
        p += length;
        continue;
      } else if (kind === TIME) {
        fieldEnd = p + plan[s + 1]!;
        if (fieldEnd > end || (fieldEnd < end && bytes[fieldEnd] !== COMMA)) return false;
        values[WALL_MS] = this.wallMs(bytes, view, p, fieldEnd);
      } else if (kind === OTHER) {
        fieldEnd = p;
        while (fieldEnd < end && bytes[fieldEnd] !== COMMA) fieldEnd++;
      } else {
        values[kind === POWER ? POWER_VALUE : UTILIZATION_VALUE] = this.numberField(bytes, p, end);
        fieldEnd = this.fieldEnd;
      }
      // Every field but the last ends at a comma; the last at the line's end.
      if (s === last ? fieldEnd !== end : fieldEnd === end) return false;
      p = fieldEnd + 1;
    }
    return true;
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
   * The number in the field that starts at `start` and ends at the next comma (or `end`), as
   * `parseNumberBytes` reads it; sets `fieldEnd`. Plain decimals with an optional unit (`61.25 W`,
   * `0 %`) are read in the same pass that finds the comma; anything else is found first, then parsed.
   */
  private numberField(bytes: Uint8Array, start: number, end: number): number {
    // No scan passes `end`: the CR or LF there is no space, digit, dot or letter.
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
    if (digits > 0 && digits <= 15 && (i === end || bytes[i] === COMMA)) {
      this.fieldEnd = i;
      return fraction === 0 ? mantissa : mantissa / POW10[fraction]!;
    }
    while (i < end && bytes[i] !== COMMA) i++;
    this.fieldEnd = i;
    return parseNumberBytes(bytes, start, i);
  }
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
