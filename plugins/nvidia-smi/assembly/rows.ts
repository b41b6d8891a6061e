// The row kernel: reads the rows of an nvidia-smi log that have their GPU's shape, compiled to
// WebAssembly (AssemblyScript; `npm run build:kernel` writes ../row-kernel.generated.ts).
//
// It is the fast path only. A row is taken when it has the shape of the GPU expected next, its date
// is the one that GPU's rows had before, and its numbers are plain decimals with an optional unit; the
// values are then exactly those the general path (in TypeScript) reads. At any other row it stops and
// leaves that row to the general path. `../row-kernel.ts` lays out the memory and drives it.

import { byte, isDigitValue, powerOfTen, storePowersOfTen } from '../../../src/sdk/assembly/common';

// Memory layout, in bytes. The TypeScript side reads these exported globals.
/** Per device slot, the address of its shape (0: none). */
export const SHAPE_TABLE: i32 = 1024;
export const MAX_DEVICES: i32 = 1024;
/** Shapes, one after the other (see the format below). */
export const SHAPE_AREA: i32 = SHAPE_TABLE + MAX_DEVICES * 4;
export const SHAPE_AREA_BYTES: i32 = 256 * 1024;
/** The chunk of the log being read. */
export const INPUT: i32 = SHAPE_AREA + SHAPE_AREA_BYTES;
export const INPUT_BYTES: i32 = 1024 * 1024;
/** What `readRows` found, one entry per row: the device slot, the wall-clock time, power and utilisation as printed (NaN: no such field). */
export const MAX_ROWS: i32 = 16384;
export const OUT_SLOT: i32 = INPUT + INPUT_BYTES;
export const OUT_WALL_MS: i32 = OUT_SLOT + MAX_ROWS * 4;
export const OUT_POWER: i32 = OUT_WALL_MS + MAX_ROWS * 8;
export const OUT_UTILIZATION: i32 = OUT_POWER + MAX_ROWS * 8;
/** Per device slot, the time of its last reading (f64, ms), for `readReadings`. */
export const LAST_TIME_MS: i32 = OUT_UTILIZATION + MAX_ROWS * 8;
export const MEMORY_BYTES: i32 = LAST_TIME_MS + MAX_DEVICES * 8;
/** Where `readRows` leaves the offset of the first row it did not read, and the slot of the last GPU it read. */
export const STATUS_END: i32 = 0;
export const STATUS_CURSOR: i32 = 4;
/** How many of the rows `readReadings` read have a utilisation. */
export const STATUS_UTILIZATIONS: i32 = 8;

// A shape: i32 segment count, i32 has-date flag, three i32 date words (the date's 11 bytes,
// `YYYY/MM/DD `, read at +0, +4 and +7), i32 padding, f64 midnight of that date (wall-clock ms),
// then per segment four i32: kind, then (TIME) the field's width or (CONSTANT) the stretch's length
// and the address of its bytes, which follow the segments.
export const SHAPE_SEGMENTS: i32 = 32;
export const SHAPE_DATE: i32 = 8;
export const SHAPE_DAY_MS: i32 = 24;
export const TIME: i32 = 0;
export const CONSTANT: i32 = 1;
export const POWER: i32 = 2;
export const UTILIZATION: i32 = 3;
export const OTHER: i32 = 4;

const COMMA: i32 = 44;
const SPACE: i32 = 32;
const LF: i32 = 10;
const CR: i32 = 13;
const COLON: i32 = 58;
const DOT: i32 = 46;
/** `YYYY/MM/DD `: the part of a timestamp that rows of the same day share. */
const DATE_BYTES: i32 = 11;

export function init(): void {
  storePowersOfTen();
}

function isUnitLetter(c: i32): bool {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 37;
}

/** The delimiter of a field whose text ends at `at`: the comma there, or for the last field the LF there or after a CR; -1 when there is none. */
function delimiterAt(at: i32, isLast: bool): i32 {
  const c = byte(at);
  if (!isLast) return c == COMMA ? at : -1;
  if (c == LF) return at;
  return c == CR && byte(at + 1) == LF ? at + 1 : -1;
}

/** Two ASCII digits as a number; -1 when either is not a digit. */
function twoDigits(at: i32): i32 {
  const a = byte(at) - 48;
  const b = byte(at + 1) - 48;
  return isDigitValue(a) && isDigitValue(b) ? a * 10 + b : -1;
}

/** Milliseconds since midnight of `HH:MM:SS` with 0 to 9 fraction digits filling [start, end) exactly; -1 when it is not one (parseTimeOfDayBytes). */
function timeOfDayMs(start: i32, end: i32): i32 {
  if (end - start < 8) return -1;
  const hour = twoDigits(start);
  const minute = twoDigits(start + 3);
  const second = twoDigits(start + 6);
  if ((hour | minute | second) < 0 || byte(start + 2) != COLON || byte(start + 5) != COLON) return -1;
  if (hour > 23 || minute > 59 || second > 60) return -1;
  let ms = 0;
  if (end > start + 8) {
    const digits = end - start - 9;
    if (byte(start + 8) != DOT || digits < 1 || digits > 9) return -1;
    for (let k = 0; k < digits; k++) {
      const d = byte(start + 9 + k) - 48;
      if (!isDigitValue(d)) return -1;
      if (k < 3) ms = ms * 10 + d;
    }
    if (digits < 3) ms *= digits == 1 ? 100 : 10;
  }
  return ((hour * 60 + minute) * 60 + second) * 1000 + ms;
}

function sameBytes(at: i32, stretch: i32, length: i32): bool {
  if (length < 4) {
    for (let k = 0; k < length; k++) if (load<u8>(at + k) != load<u8>(stretch + k)) return false;
    return true;
  }
  if (length >= 16) {
    // Sixteen bytes at a time; the last sixteen overlap the ones before when the length is no multiple of 16.
    const whole = length & ~15;
    for (let k = 0; k < whole; k += 16) if (!i8x16.all_true(i8x16.eq(v128.load(at + k), v128.load(stretch + k)))) return false;
    return whole == length || i8x16.all_true(i8x16.eq(v128.load(at + length - 16), v128.load(stretch + length - 16)));
  }
  const whole = length & ~3;
  for (let k = 0; k < whole; k += 4) if (load<i32>(at + k) != load<i32>(stretch + k)) return false;
  return whole == length || load<i32>(at + length - 4) == load<i32>(stretch + length - 4);
}

/**
 * Read rows from INPUT + [start, limit) while each has the shape of the GPU after `cursor` (in slot
 * order, wrapping at `devices`), writing them to the OUT_ columns; at most MAX_ROWS. Every row must
 * end with an LF before `limit`. Returns the number of rows read; STATUS_END and STATUS_CURSOR say
 * where the next row starts and which GPU was read last.
 *
 * With `readings` (a log whose wall clock is UTC), the rows become the readings the reader hands on:
 * power times `powerScale`, utilisation as a fraction (NaN when out of 0..100 %); it stops before a
 * reading that needs its line in a warning: power above `suspiciousW`, or a time not after the GPU's
 * last (LAST_TIME_MS, which it keeps). STATUS_UTILIZATIONS then says how many rows have a utilisation.
 */
export function readRows(start: i32, limit: i32, cursor: i32, devices: i32, readings: bool, powerScale: f64, suspiciousW: f64): i32 {
  const end = INPUT + limit;
  let pos = INPUT + start;
  let rows = 0;
  let utilizations = 0;
  while (pos < end && rows < MAX_ROWS) {
    const slot = cursor + 1 < devices ? cursor + 1 : 0;
    const shape = slot < MAX_DEVICES ? load<i32>(SHAPE_TABLE + slot * 4) : 0;
    if (shape == 0) break;
    const rowEnd = readRow(shape, pos, end, rows);
    if (rowEnd < 0) break;
    if (readings) {
      const powerAt = OUT_POWER + rows * 8;
      const power = powerScale == 1 ? load<f64>(powerAt) : load<f64>(powerAt) * powerScale;
      const timeMs = load<f64>(OUT_WALL_MS + rows * 8);
      const lastAt = LAST_TIME_MS + slot * 8;
      if (power > suspiciousW || !(timeMs > load<f64>(lastAt))) break;
      store<f64>(powerAt, power);
      store<f64>(lastAt, timeMs);
      const utilizationAt = OUT_UTILIZATION + rows * 8;
      const percent = load<f64>(utilizationAt);
      const fraction = percent >= 0 && percent <= 100 ? percent / 100 : NaN;
      store<f64>(utilizationAt, fraction);
      if (fraction == fraction) utilizations++;
    }
    store<i32>(OUT_SLOT + rows * 4, slot);
    rows++;
    cursor = slot;
    pos = rowEnd + 1;
  }
  store<i32>(STATUS_END, pos - INPUT);
  store<i32>(STATUS_CURSOR, cursor);
  store<i32>(STATUS_UTILIZATIONS, utilizations);
  return rows;
}

/** One row that starts at `p`, as row `row` of the output; returns its LF, or -1 when the row is left to the general path. */
function readRow(shape: i32, p: i32, end: i32, row: i32): i32 {
  const segments = load<i32>(shape);
  let utilization: f64 = NaN;
  for (let s = 0; s < segments; s++) {
    const segment = shape + SHAPE_SEGMENTS + s * 16;
    const kind = load<i32>(segment);
    const isLast = s == segments - 1;
    let delimiter = -1;
    if (kind == CONSTANT) {
      const length = load<i32>(segment + 4);
      if (p + length > end || !sameBytes(p, load<i32>(segment + 8), length)) return -1;
      p += length;
      continue;
    }
    if (kind == TIME) {
      const fieldEnd = p + load<i32>(segment + 4);
      if (fieldEnd >= end) return -1;
      delimiter = delimiterAt(fieldEnd, isLast);
      if (delimiter < 0) return -1;
      let at = p;
      while (byte(at) == SPACE) at++;
      const date = shape + SHAPE_DATE;
      if (load<i32>(shape + 4) == 0 || fieldEnd - at < 19) return -1;
      if (load<i32>(at) != load<i32>(date) || load<i32>(at + 4) != load<i32>(date + 4) || load<i32>(at + 7) != load<i32>(date + 8)) return -1;
      const q = at + DATE_BYTES;
      let ms = -1;
      if (fieldEnd - q == 12) {
        // `HH:MM:SS.mmm`, as nvidia-smi prints it, read here; other widths by timeOfDayMs.
        const hour = twoDigits(q);
        const minute = twoDigits(q + 3);
        const second = twoDigits(q + 6);
        const f1 = byte(q + 9) - 48;
        const f2 = byte(q + 10) - 48;
        const f3 = byte(q + 11) - 48;
        if ((hour | minute | second) >= 0 && isDigitValue(f1) && isDigitValue(f2) && isDigitValue(f3) && byte(q + 2) == COLON && byte(q + 5) == COLON && byte(q + 8) == DOT && hour <= 23 && minute <= 59 && second <= 60) {
          ms = ((hour * 60 + minute) * 60 + second) * 1000 + f1 * 100 + f2 * 10 + f3;
        }
      } else {
        ms = timeOfDayMs(q, fieldEnd);
      }
      if (ms < 0) return -1;
      store<f64>(OUT_WALL_MS + row * 8, load<f64>(shape + SHAPE_DAY_MS) + <f64>ms);
    } else if (kind == OTHER) {
      // Eight bytes at a time while they fit before `end`: a byte of w ^ repeated COMMA (or LF) is 0
      // where w has one, and the lowest high bit of (v - 0x01..) & ~v marks the first such byte.
      let i = p;
      let c = 0;
      while (i + 8 <= end) {
        const w = load<u64>(i);
        const x = w ^ 0x2c2c2c2c2c2c2c2c;
        const y = w ^ 0x0a0a0a0a0a0a0a0a;
        const first = (((x - 0x0101010101010101) & ~x) | ((y - 0x0101010101010101) & ~y)) & 0x8080808080808080;
        if (first != 0) {
          i += <i32>(ctz(first) >> 3);
          break;
        }
        i += 8;
      }
      while (i < end) {
        c = byte(i);
        if (c == COMMA || c == LF) break;
        i++;
      }
      if (i == end || (c == LF) != isLast) return -1;
      delimiter = i;
    } else {
      // A plain decimal with an optional unit (`61.25 W`, `0 %`); anything else is left to the general
      // path. No scan passes the row's LF: it is no space, digit, dot or letter.
      let i = p;
      while (byte(i) == SPACE) i++;
      let mantissa: f64 = 0;
      let digits = 0;
      let fraction = 0;
      let d = byte(i) - 48;
      while (isDigitValue(d)) {
        mantissa = mantissa * 10 + <f64>d;
        digits++;
        d = byte(++i) - 48;
      }
      if (d == DOT - 48) {
        d = byte(++i) - 48;
        while (isDigitValue(d)) {
          mantissa = mantissa * 10 + <f64>d;
          digits++;
          fraction++;
          d = byte(++i) - 48;
        }
      }
      while (byte(i) == SPACE) i++;
      // An exponent (`1.5e3`) stops here, at its digit or sign: no delimiter follows.
      while (isUnitLetter(byte(i))) i++;
      if (digits == 0 || digits > 15) return -1;
      delimiter = delimiterAt(i, isLast);
      if (delimiter < 0) return -1;
      const value = fraction == 0 ? mantissa : mantissa / powerOfTen(fraction);
      if (kind == POWER) store<f64>(OUT_POWER + row * 8, value);
      else utilization = value;
    }
    if (isLast) {
      store<f64>(OUT_UTILIZATION + row * 8, utilization);
      return delimiter;
    }
    p = delimiter + 1;
  }
  return -1;
}
