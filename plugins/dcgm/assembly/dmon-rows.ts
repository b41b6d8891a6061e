// The dmon row kernel: reads the common rows of a `dcgmi dmon` log (`<epoch> GPU <id> <value> ...`),
// compiled to WebAssembly (AssemblyScript; `npm run build:kernel` writes ../dmon-kernel.generated.ts).
//
// The fast path only, as FastRows (../dmon-fast-rows.ts) reads a row: what it takes here, FastRows
// would take with the same values, to the bit. At any other line (a header, a units line, another
// entity, a missing or blank value, more than 15 digits, a stray byte) it stops and leaves that line
// to FastRows and the general path. `../dmon-kernel.ts` lays out the memory and drives it.

import { byte, isDigitValue, powerOfTen, storePowersOfTen } from '../../../src/sdk/assembly/common';

/** The chunk being read. */
export const INPUT: i32 = 1024;
export const INPUT_BYTES: i32 = 1024 * 1024;
/** Per row read: the time as written (f64, epoch seconds or ms), the GPU id (i32), two values (f64). */
export const MAX_ROWS: i32 = 8192;
export const OUT_TIME: i32 = INPUT + INPUT_BYTES;
export const OUT_INDEX: i32 = OUT_TIME + MAX_ROWS * 8;
export const OUT_VALUES: i32 = OUT_INDEX + MAX_ROWS * 4;
/** Per column of the header: the slot (0 or 1) its value goes to, or -1 when it is skipped (i8). */
export const SLOTS: i32 = OUT_VALUES + MAX_ROWS * 16;
export const MAX_COLUMNS: i32 = 256;
export const MEMORY_BYTES: i32 = SLOTS + MAX_COLUMNS;
/** Where `readRows` leaves the offset of the first line it did not read. */
export const STATUS_END: i32 = 0;

const SPACE: i32 = 32;
const TAB: i32 = 9;
const CR: i32 = 13;
const LF: i32 = 10;
const DOT: i32 = 46;
const G: i32 = 71;
const P: i32 = 80;
const U: i32 = 85;
/** DCGM's blank values start here (DCGM_FP64_BLANK, 2^47). */
const BLANK_MIN: f64 = 140737488355328;
const EPOCH_MIN_DIGITS: i32 = 9;
const INDEX_MAX_DIGITS: i32 = 6;

/** Where the last decimal read ends, and its integer digits. */
let fieldEnd: i32 = 0;
let fieldIntegerDigits: i32 = 0;

export function init(): void {
  storePowersOfTen();
}

function isDigit(c: i32): bool {
  return isDigitValue(c - 48);
}

function isBlank(c: i32): bool {
  return c == SPACE || c == TAB;
}

function skipBlanks(i: i32, end: i32): i32 {
  while (i < end && isBlank(byte(i))) i++;
  return i;
}

/** As readDecimalFieldBytes: `digits[.digits]` ending at a blank, CR, LF or `end`; NaN otherwise, and for more than 15 digits (which FastRows reads with Number()). */
function decimal(at: i32, end: i32): f64 {
  // The digits as an integer: exact in an i64, and in the f64 it becomes, up to 15 digits (checked
  // below); integer steps are quicker than a chain of f64 multiply-adds.
  let i = at;
  let mantissa: i64 = 0;
  while (i < end && isDigit(byte(i))) {
    mantissa = mantissa * 10 + <i64>(byte(i) - 48);
    i++;
  }
  const integerDigits = i - at;
  let fraction = 0;
  if (i < end && byte(i) == DOT) {
    const fractionStart = ++i;
    while (i < end && isDigit(byte(i))) {
      mantissa = mantissa * 10 + <i64>(byte(i) - 48);
      i++;
    }
    fraction = i - fractionStart;
    if (fraction == 0) return NaN;
  }
  if (integerDigits == 0) return NaN;
  if (i < end) {
    const c = byte(i);
    if (!(isBlank(c) || c == CR || c == LF)) return NaN;
  }
  if (integerDigits + fraction > 15) return NaN;
  fieldEnd = i;
  fieldIntegerDigits = integerDigits;
  return fraction == 0 ? <f64>mantissa : <f64>mantissa / powerOfTen(fraction);
}

/** Where the next line starts when `i` ends this one (LF, CRLF or the end); -1 otherwise. */
function lineAfter(i: i32, end: i32): i32 {
  if (i == end) return end;
  if (byte(i) == LF) return i + 1;
  if (byte(i) == CR && (i + 1 == end || byte(i + 1) == LF)) return i + 2 < end ? i + 2 : end;
  return -1;
}

/** The GPU row at `p` as row `r` of the output, with `columns` values; where the next line starts, or -1 when the row is left to FastRows. */
function row(p: i32, end: i32, columns: i32, r: i32): i32 {
  const time = decimal(skipBlanks(p, end), end);
  if (time != time || fieldIntegerDigits < EPOCH_MIN_DIGITS) return -1;
  if (fieldEnd >= end || !isBlank(byte(fieldEnd))) return -1;
  const entity = skipBlanks(fieldEnd, end);
  if (entity + 3 >= end || byte(entity) != G || byte(entity + 1) != P || byte(entity + 2) != U || !isBlank(byte(entity + 3))) return -1;
  const index = decimal(skipBlanks(entity + 3, end), end);
  if (!(index == Math.floor(index)) || fieldIntegerDigits > INDEX_MAX_DIGITS) return -1;
  for (let column = 0; column < columns; column++) {
    const valueStart = skipBlanks(fieldEnd, end);
    const slot = <i32>load<i8>(SLOTS + column);
    if (slot < 0) {
      let i = valueStart;
      while (i < end && byte(i) > SPACE && byte(i) < 127) i++;
      if (i == valueStart) return -1;
      fieldEnd = i;
      continue;
    }
    const value = decimal(valueStart, end);
    if (!(value < BLANK_MIN)) return -1;
    store<f64>(OUT_VALUES + r * 16 + slot * 8, value);
  }
  const next = lineAfter(skipBlanks(fieldEnd, end), end);
  if (next < 0) return -1;
  store<f64>(OUT_TIME + r * 8, time);
  store<i32>(OUT_INDEX + r * 4, <i32>index);
  return next;
}

/**
 * Reads GPU rows from INPUT + [start, limit) while it can, at most `maxRows` (and MAX_ROWS), each with
 * `columns` values (SLOTS says which are kept); returns how many. STATUS_END says where it stopped.
 */
export function readRows(start: i32, limit: i32, maxRows: i32, columns: i32): i32 {
  const end = INPUT + limit;
  const most = maxRows < MAX_ROWS ? maxRows : MAX_ROWS;
  let pos = INPUT + start;
  let rows = 0;
  while (pos < end && rows < most) {
    const next = row(pos, end, columns, rows);
    if (next < 0) break;
    rows++;
    pos = next;
  }
  store<i32>(STATUS_END, pos - INPUT);
  return rows;
}
