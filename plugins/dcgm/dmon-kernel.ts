import { instantiateKernel, type KernelMemory } from 'carbon-ci';
import { DMON_KERNEL_WASM_BASE64 } from './dmon-kernel.generated.js';

interface KernelExports {
  init(): void;
  readRows(start: number, limit: number, maxRows: number, columns: number): number;
}

/** The addresses and sizes that assembly/dmon-rows.ts exports. */
const LAYOUT = ['INPUT', 'INPUT_BYTES', 'MAX_ROWS', 'OUT_TIME', 'OUT_INDEX', 'OUT_VALUES', 'SLOTS', 'MAX_COLUMNS', 'MEMORY_BYTES', 'STATUS_END'] as const;
type Layout = Record<(typeof LAYOUT)[number], number>;

/**
 * The dmon row kernel (assembly/dmon-rows.ts, WebAssembly): reads the common GPU rows of a chunk into
 * columns, for FastRows to take. One instance per reader, with memory of its own (about 1.2 MB).
 */
export class DmonKernel {
  private readonly exports: KernelExports & { memory: KernelMemory };
  private readonly at: Layout;
  private readonly heap: Uint8Array;
  private readonly view: DataView;
  private readonly slots: Int8Array;
  private columns = -1;
  /** Per row read: the time as written (epoch s or ms), the GPU id, and two values per row (by slot). */
  readonly time: Float64Array;
  readonly index: Int32Array;
  readonly values: Float64Array;

  constructor() {
    ({ exports: this.exports, at: this.at } = instantiateKernel<KernelExports, (typeof LAYOUT)[number]>(DMON_KERNEL_WASM_BASE64, LAYOUT, 'MEMORY_BYTES'));
    const memory = this.exports.memory;
    this.exports.init();
    this.heap = new Uint8Array(memory.buffer);
    this.view = new DataView(memory.buffer);
    this.slots = new Int8Array(memory.buffer, this.at.SLOTS, this.at.MAX_COLUMNS);
    this.time = new Float64Array(memory.buffer, this.at.OUT_TIME, this.at.MAX_ROWS);
    this.index = new Int32Array(memory.buffer, this.at.OUT_INDEX, this.at.MAX_ROWS);
    this.values = new Float64Array(memory.buffer, this.at.OUT_VALUES, this.at.MAX_ROWS * 2);
  }

  /** The largest chunk the kernel takes. */
  get inputBytes(): number {
    return this.at.INPUT_BYTES;
  }

  /** Per column of the header, the slot (0 or 1) of its value, or -1 to skip it; with more columns or slots, `read` reads no row. */
  setColumns(slotOfColumn: Int8Array): void {
    const fits = slotOfColumn.length <= this.at.MAX_COLUMNS && slotOfColumn.every((slot) => slot <= 1);
    if (fits) this.slots.set(slotOfColumn);
    this.columns = fits ? slotOfColumn.length : -1;
  }

  /** Copy a chunk in (at most `inputBytes`); `read` reads from it. */
  load(bytes: Uint8Array): void {
    this.heap.set(bytes, this.at.INPUT);
  }

  /** GPU rows of the loaded chunk from `start` to `limit`, at most `maxRows`, into the row columns; returns how many. */
  read(start: number, limit: number, maxRows: number): number {
    return this.columns < 0 ? 0 : this.exports.readRows(start, limit, maxRows, this.columns);
  }

  /** Offset in the chunk of the first line that the last `read` left. */
  get end(): number {
    return this.view.getInt32(this.at.STATUS_END, true);
  }
}
