// The row kernel of the CodeCarbon reader, compiled to WebAssembly (AssemblyScript; `npm run
// build:kernel` writes ../row-kernel.generated.ts). `../row-kernel.ts` lays out the memory and drives it.
//
// It reads ordinary rows only, the ones the reader's byte path takes: a digit first, no double quote,
// as many fields as the header, an LF at the end. For each it gives where the fields the reader asks
// for are, and the numbers of those that hold one (`decimal`: `parseDecimalBytes`'s value or NaN). At
// any other line it stops and leaves that line to the reader.

import { byte, isDigitValue } from '../../../src/sdk/assembly/common';
import { decimal, storeExactPowersOfTen } from '../../../src/sdk/assembly/decimal';

/** Where `readRows` leaves the offset of the first line it did not read. */
export const STATUS_END: i32 = 0;
/** Per column of the header, the slot its field goes to (i32; -1: not read). */
export const COLUMN_SLOTS: i32 = 1024;
export const MAX_COLUMNS: i32 = 256;
/** Per slot, 1 when its field is read as a number (i32). */
export const SLOT_DECIMAL: i32 = COLUMN_SLOTS + MAX_COLUMNS * 4;
export const MAX_SLOTS: i32 = 32;
/** The chunk being read; sixteen bytes after it are read (and ignored) by the last block of a line. */
export const INPUT: i32 = 4096;
export const INPUT_BYTES: i32 = 1024 * 1024;
export const MAX_ROWS: i32 = 4096;
/** Per row read, the offset of its line. */
export const OUT_LINE: i32 = INPUT + INPUT_BYTES + 16;
/** Per row and slot (row × slots + slot), the offsets of the field's start and end (two i32). */
export const OUT_BOUNDS: i32 = OUT_LINE + MAX_ROWS * 4;
/** Per row and slot, the field's number (f64; NaN: not a number read here, or not a number slot). */
export const OUT_VALUES: i32 = OUT_BOUNDS + MAX_ROWS * MAX_SLOTS * 8;
export const MEMORY_BYTES: i32 = OUT_VALUES + MAX_ROWS * MAX_SLOTS * 8;

const COMMA: i32 = 44;
const LF: i32 = 10;
const CR: i32 = 13;
const DOUBLE_QUOTE: i32 = 34;

export function init(): void {
  storeExactPowersOfTen();
}

function keepField(field: i32, start: i32, end: i32, bounds: i32): void {
  const slot = load<i32>(COLUMN_SLOTS + (field << 2));
  if (slot < 0) return;
  store<i32>(bounds + (slot << 3), start - INPUT);
  store<i32>(bounds + (slot << 3) + 4, end - INPUT);
}

/**
 * The line at `pos` as an ordinary row of `fieldCount` fields (fewer than MAX_COLUMNS), its fields
 * kept at `bounds`: the offset of its LF, or -1 when it is no such row or has no LF before `end`.
 */
function scanRow(pos: i32, end: i32, fieldCount: i32, bounds: i32): i32 {
  if (!isDigitValue(byte(pos) - 48)) return -1;
  const commas = i8x16.splat(<i8>COMMA);
  const newlines = i8x16.splat(<i8>LF);
  const quotes = i8x16.splat(<i8>DOUBLE_QUOTE);
  let field = 0;
  let fieldStart = pos;
  for (let block = pos; block < end; block += 16) {
    const bytes = v128.load(block);
    let mask = i8x16.bitmask(v128.or(v128.or(i8x16.eq(bytes, commas), i8x16.eq(bytes, newlines)), i8x16.eq(bytes, quotes)));
    while (mask != 0) {
      const at = block + <i32>ctz(mask);
      if (at >= end) return -1;
      const c = byte(at);
      if (c == COMMA) {
        if (field + 1 >= fieldCount) return -1;
        keepField(field, fieldStart, at, bounds);
        field++;
        fieldStart = at + 1;
      } else if (c == LF) {
        if (field + 1 != fieldCount) return -1;
        keepField(field, fieldStart, at > pos && byte(at - 1) == CR ? at - 1 : at, bounds);
        return at;
      } else {
        return -1;
      }
      mask &= mask - 1;
    }
  }
  return -1;
}

/**
 * Read the ordinary rows of INPUT + [start, limit) until a line that is not one, at most MAX_ROWS:
 * per row, its line's offset (OUT_LINE), its kept fields' offsets (OUT_BOUNDS) and numbers
 * (OUT_VALUES), `slots` entries a row. Returns how many; STATUS_END says where the next line starts.
 */
export function readRows(start: i32, limit: i32, fieldCount: i32, slots: i32): i32 {
  const end = INPUT + limit;
  let pos = INPUT + start;
  let rows = 0;
  while (pos < end && rows < MAX_ROWS) {
    const entry = rows * slots;
    const bounds = OUT_BOUNDS + (entry << 3);
    const lf = scanRow(pos, end, fieldCount, bounds);
    if (lf < 0) break;
    const values = OUT_VALUES + (entry << 3);
    for (let slot = 0; slot < slots; slot++) {
      const at = slot << 3;
      const value = load<i32>(SLOT_DECIMAL + (slot << 2)) != 0 ? decimal(INPUT + load<i32>(bounds + at), INPUT + load<i32>(bounds + at + 4)) : NaN;
      store<f64>(values + at, value);
    }
    store<i32>(OUT_LINE + (rows << 2), pos - INPUT);
    rows++;
    pos = lf + 1;
  }
  store<i32>(STATUS_END, pos - INPUT);
  return rows;
}
