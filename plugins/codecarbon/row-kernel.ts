import { instantiateKernel, type KernelMemory } from 'carbon-ci';
import { EMISSIONS_KERNEL_WASM_BASE64 } from './row-kernel.generated.js';

interface KernelExports {
  init(): void;
  readRows(start: number, limit: number, fieldCount: number, slots: number): number;
}

const LAYOUT = [
  'STATUS_END', 'COLUMN_SLOTS', 'MAX_COLUMNS', 'SLOT_DECIMAL', 'MAX_SLOTS', 'INPUT', 'INPUT_BYTES', 'MAX_ROWS', 'OUT_LINE', 'OUT_BOUNDS',
  'OUT_VALUES', 'MEMORY_BYTES',
] as const;
type Layout = Record<(typeof LAYOUT)[number], number>;

/** The fields a row kernel keeps: per column of the header, its slot (-1: not kept); per slot, whether it is read as a number. */
export interface KeptFields {
  fieldCount: number;
  slotOfColumn: Int32Array;
  decimal: readonly boolean[];
}

/**
 * The row kernel (assembly/rows.ts, WebAssembly): finds the fields of a chunk's ordinary rows and
 * reads their numbers, a chunk at a time. Splitting the rows and reading their 17-digit numbers in
 * TypeScript took most of the reader's time (bench/ measures the whole). One instance per reader,
 * with memory of its own (about 3 MB).
 */
export class EmissionsRowKernel {
  private readonly exports: KernelExports & { memory: KernelMemory };
  private readonly at: Layout;
  private readonly heap: Uint8Array;
  private readonly words: Int32Array;
  private fieldCount = 0;
  private slots = 0;
  /** Per row read, the offset of its line in the chunk. */
  readonly lineStart: Int32Array;
  /** Per row and slot (row × slots + slot), the start and end of the field: two entries. */
  readonly bounds: Int32Array;
  /** Per row and slot, the field's number; NaN when it is not a number read here. */
  readonly values: Float64Array;

  constructor() {
    const { exports, at } = instantiateKernel<KernelExports, (typeof LAYOUT)[number]>(EMISSIONS_KERNEL_WASM_BASE64, LAYOUT, 'MEMORY_BYTES');
    this.exports = exports;
    this.at = at;
    exports.init();
    const buffer = exports.memory.buffer;
    this.heap = new Uint8Array(buffer);
    this.words = new Int32Array(buffer);
    this.lineStart = new Int32Array(buffer, at.OUT_LINE, at.MAX_ROWS);
    this.bounds = new Int32Array(buffer, at.OUT_BOUNDS, at.MAX_ROWS * at.MAX_SLOTS * 2);
    this.values = new Float64Array(buffer, at.OUT_VALUES, at.MAX_ROWS * at.MAX_SLOTS);
  }

  /** The largest chunk the kernel takes. */
  get inputBytes(): number {
    return this.at.INPUT_BYTES;
  }

  /** The most rows one `read` returns. */
  get maxRows(): number {
    return this.at.MAX_ROWS;
  }

  /** Offset in the chunk of the first line that the last `read` left. */
  get end(): number {
    return this.words[this.at.STATUS_END >> 2]!;
  }

  /** Which fields to keep, for rows of `fieldCount` fields; false when there are more columns or slots than the kernel holds. */
  keep({ fieldCount, slotOfColumn, decimal }: KeptFields): boolean {
    const { MAX_COLUMNS, MAX_SLOTS, COLUMN_SLOTS, SLOT_DECIMAL } = this.at;
    if (fieldCount > MAX_COLUMNS || decimal.length > MAX_SLOTS || slotOfColumn.length !== fieldCount) return false;
    const words = this.words;
    for (let column = 0; column < MAX_COLUMNS; column++) words[(COLUMN_SLOTS >> 2) + column] = column < fieldCount ? slotOfColumn[column]! : -1;
    for (let slot = 0; slot < MAX_SLOTS; slot++) words[(SLOT_DECIMAL >> 2) + slot] = decimal[slot] ? 1 : 0;
    this.fieldCount = fieldCount;
    this.slots = decimal.length;
    return true;
  }

  /** Copy a chunk in (at most `inputBytes`); `read` reads from it. */
  load(bytes: Uint8Array): void {
    this.heap.set(bytes, this.at.INPUT);
  }

  /** The ordinary rows of the loaded chunk from `start` up to `limit`, until a line that is not one; returns how many. */
  read(start: number, limit: number): number {
    return this.exports.readRows(start, limit, this.fieldCount, this.slots);
  }
}
