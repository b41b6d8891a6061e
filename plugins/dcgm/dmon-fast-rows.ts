import { epochToMs, readDecimalFieldBytes, skipBlanks, skipPrintable } from 'carbon-ci';
import type { DecimalField } from 'carbon-ci';
import { DCGM_BLANK_MIN, type DeviceRegistry } from './devices.js';
import { DmonKernel } from './dmon-kernel.js';
import type { DmonColumns } from './dmon-columns.js';

/** A column read from the rows: its place among the row's values, and the record it makes. */
export interface WantedColumn {
  column: number;
  type: 'power' | 'energy-counter';
}

const SPACE = 32;
const TAB = 9;
const CR = 13;
const LF = 10;
/** `GPU`, the entity of the rows read here. */
const G = 71;
const P = 80;
const U = 85;
const HASH = 35;
/** `id` (lower case: a byte | 32). */
const I = 105;
const D = 100;
/** An epoch prefix has at least this many integer digits (as the general path's prefix pattern asks). */
const EPOCH_MIN_DIGITS = 9;
/** GPU ids up to this many digits. */
const INDEX_MAX_DIGITS = 6;
/** Printable ASCII and blanks, all of which a regular expression's `.` matches. */
const PLAIN_TEXT = /^[\t\x20-\x7e]*$/;

/**
 * What a line read from the bytes was: a `GPU` row (its records pushed), the last `#Entity` header
 * again, the units line under a header (`ID  W  mJ`); or unread, left to the general path.
 */
export type FastLine = 'row' | 'repeated-header' | 'units' | 'unread';

/**
 * The common lines of a dmon log read straight from the bytes: no decoding, no split, no objects
 * (the readings go to columns). A row `<epoch s> GPU <index> <value> ...`
 * with plain decimals as values, and the header and units lines that dmon repeats. Anything else (an
 * ISO time, another entity, a missing or blank value, a short row, a new header, a stray byte) is left
 * to the general path, which reads it as text and says what is wrong; what is read here, that path
 * would read the same. Runs of rows go through the row kernel (WebAssembly), which reads them as `row`
 * does; `row` reads those it leaves.
 */
export class FastRows {
  /** Where the line after the last one read starts. */
  next = 0;
  /** Per GPU index, its device's place in the columns. */
  private readonly columnByIndex: number[] = [];
  private columns = 0;
  private wanted: readonly WantedColumn[] = [];
  /** For each column, its place in `wanted`, or -1 when it is not read. */
  private slotOfColumn = new Int8Array(0);
  /** The last header after its time (`#Entity` and the column names, as written), when it is plain text. */
  private header: Buffer | undefined;
  private readonly values = new Float64Array(2);
  private readonly kernel = new DmonKernel();
  /** The chunk loaded in the kernel, while `consume` reads it; undefined when it did not fit. */
  private loaded: Uint8Array | undefined;
  /** Where the last decimal read ends, and its integer digits. */
  private readonly field: DecimalField = { end: 0, integerDigits: 0 };

  constructor(
    private readonly devices: DeviceRegistry,
    private readonly readings: DmonColumns,
  ) {}

  /** The columns named by a new `#Entity` header, and the header itself (after the time, trimmed). */
  setColumns(header: string, columns: number, wanted: readonly WantedColumn[]): void {
    this.header = PLAIN_TEXT.test(header) ? Buffer.from(header, 'latin1') : undefined;
    this.columns = columns;
    this.wanted = wanted;
    this.slotOfColumn = new Int8Array(columns).fill(-1);
    wanted.forEach(({ column }, slot) => (this.slotOfColumn[column] = slot));
    this.kernel.setColumns(this.slotOfColumn);
  }

  /** The chunk the next `readRows` read from, when it fits the kernel (the bytes must not change until then). */
  load(bytes: Uint8Array): void {
    this.loaded = bytes.length <= this.kernel.inputBytes ? bytes : undefined;
    if (this.loaded) this.kernel.load(bytes);
  }

  /** GPU rows from `start`, at most `maxRows`, while the kernel reads them (their readings are taken); `next` is then set. Returns how many. */
  readRows(bytes: Uint8Array, start: number, size: number, maxRows: number): number {
    if (bytes !== this.loaded || size !== bytes.length) return 0;
    const kernel = this.kernel;
    const rows = kernel.read(start, size, maxRows);
    const { time, index: indexes, values: kernelValues } = kernel;
    const values = this.values;
    for (let r = 0; r < rows; r++) {
      values[0] = kernelValues[2 * r]!;
      values[1] = kernelValues[2 * r + 1]!;
      this.take(time[r]!, indexes[r]!);
    }
    this.next = kernel.end;
    return rows;
  }

  /** Reads the line at `start` when it is a common one (a row's readings are taken); `next` is then set. */
  read(bytes: Buffer, start: number, size: number): FastLine {
    const time = readDecimalFieldBytes(bytes, skipBlanks(bytes, start, size), size, this.field);
    if (Number.isNaN(time) || this.field.integerDigits < EPOCH_MIN_DIGITS || !isBlank(bytes[this.field.end]!)) return 'unread';
    const body = skipBlanks(bytes, this.field.end, size);
    const first = bytes[body];
    if (first === G) return this.row(bytes, body, size, time) ? 'row' : 'unread';
    if (first === HASH) return this.repeatedHeader(bytes, body, size) ? 'repeated-header' : 'unread';
    return this.unitsLine(bytes, body, size) ? 'units' : 'unread';
  }

  /** A `GPU` row after its time. */
  private row(bytes: Uint8Array, entity: number, size: number, time: number): boolean {
    if (bytes[entity + 1] !== P || bytes[entity + 2] !== U || !isBlank(bytes[entity + 3]!)) return false;
    const index = readDecimalFieldBytes(bytes, skipBlanks(bytes, entity + 3, size), size, this.field);
    if (!Number.isInteger(index) || this.field.integerDigits > INDEX_MAX_DIGITS) return false;
    for (let column = 0; column < this.columns; column++) {
      const valueStart = skipBlanks(bytes, this.field.end, size);
      const slot = this.slotOfColumn[column]!;
      if (slot < 0) {
        this.field.end = skipPrintable(bytes, valueStart, size);
        if (this.field.end === valueStart) return false;
        continue;
      }
      const value = readDecimalFieldBytes(bytes, valueStart, size, this.field);
      if (!(value < DCGM_BLANK_MIN)) return false;
      this.values[slot] = value;
    }
    this.next = lineAfter(bytes, skipBlanks(bytes, this.field.end, size), size);
    if (this.next < 0) return false;
    this.take(time, index);
    return true;
  }

  /** The readings of a row read (its values in `values`), to the columns. */
  private take(time: number, index: number): void {
    this.push(Math.round(epochToMs(time)), (this.columnByIndex[index] ??= this.readings.columnOf(this.devices.get({ index })!)));
  }

  /** The last header again, byte for byte, then only blanks: the general path would read the same columns. */
  private repeatedHeader(bytes: Buffer, body: number, size: number): boolean {
    const header = this.header;
    const end = body + (header?.length ?? 0);
    if (header === undefined || end > size || header.compare(bytes, body, end) !== 0) return false;
    this.next = lineAfter(bytes, skipBlanks(bytes, end, size), size);
    return this.next >= 0;
  }

  /** `ID` as the first field (any case), on a line of plain text: the general path skips it. */
  private unitsLine(bytes: Uint8Array, body: number, size: number): boolean {
    if ((bytes[body]! | 32) !== I || (bytes[body + 1]! | 32) !== D || skipPrintable(bytes, body, size) !== body + 2) return false;
    this.next = plainLineAfter(bytes, body + 2, size);
    return this.next >= 0;
  }

  private push(timeMs: number, column: number): void {
    const wanted = this.wanted;
    for (let slot = 0; slot < wanted.length; slot++) {
      const value = this.values[slot]!;
      if (wanted[slot]!.type === 'power') this.readings.addPower(column, timeMs, value);
      else this.readings.addCounter(column, timeMs, value / 1000);
    }
  }

}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

/**
 * Where the next line starts when the rest of this one, from `i`, is plain text (printable ASCII and
 * blanks, which a regular expression's `.` matches); else -1.
 */
function plainLineAfter(bytes: Uint8Array, i: number, size: number): number {
  while (i < size && (isBlank(bytes[i]!) || (bytes[i]! > SPACE && bytes[i]! < 127))) i++;
  return lineAfter(bytes, i, size);
}

/** Where the next line starts when `i` is at the end of this one (CRLF or LF, or the end of the chunk); else -1. */
function lineAfter(bytes: Uint8Array, i: number, size: number): number {
  if (i === size) return size;
  if (bytes[i] === LF) return i + 1;
  if (bytes[i] === CR && (i + 1 === size || bytes[i + 1] === LF)) return Math.min(i + 2, size);
  return -1;
}
