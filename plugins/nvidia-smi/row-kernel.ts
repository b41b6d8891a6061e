import { CONSTANT, OTHER, POWER, TIME, UTILIZATION, type RowShape } from './row-shape.js';
import { ROW_KERNEL_WASM_BASE64 } from './row-kernel.generated.js';
import { instantiateKernel, type KernelMemory } from 'carbon-ci';

interface KernelExports {
  init(): void;
  readRows(start: number, limit: number, cursor: number, devices: number, readings: boolean, powerScale: number, suspiciousW: number): number;
}

/** The addresses and sizes that assembly/rows.ts exports. */
const LAYOUT = [
  'SHAPE_TABLE', 'MAX_DEVICES', 'SHAPE_AREA', 'SHAPE_AREA_BYTES', 'INPUT', 'INPUT_BYTES', 'MAX_ROWS', 'OUT_SLOT', 'OUT_WALL_MS',
  'OUT_POWER', 'OUT_UTILIZATION', 'LAST_TIME_MS', 'MEMORY_BYTES', 'STATUS_END', 'STATUS_CURSOR', 'STATUS_UTILIZATIONS', 'SHAPE_SEGMENTS',
  'SHAPE_DATE', 'SHAPE_DAY_MS',
] as const;
type Layout = Record<(typeof LAYOUT)[number], number>;

const KINDS = { TIME, CONSTANT, POWER, UTILIZATION, OTHER };
const DATE_BYTES = 11;

/**
 * The row kernel (assembly/rows.ts, compiled to WebAssembly): reads the rows of a chunk that have
 * their GPU's shape into columns. It replaced the same loop in TypeScript, which took more time than
 * the rest of a row's reading (bench/ measures the whole). One instance per reader, with memory of its
 * own (under 2 MB).
 */
export class RowKernel {
  private readonly exports: KernelExports & { memory: KernelMemory };
  private readonly at: Layout;
  private readonly heap: Uint8Array;
  private readonly view: DataView;
  private nextShape: number;
  /** Per row read: the GPU's slot, the wall-clock time (ms), power and utilisation as printed (NaN: no such field). */
  readonly slots: Int32Array;
  readonly wallMs: Float64Array;
  readonly power: Float64Array;
  readonly utilization: Float64Array;
  /** Per device slot, the time of its last reading, kept by `readReadings`. */
  readonly lastTimeMs: Float64Array;

  constructor() {
    const names = [...LAYOUT, ...(Object.keys(KINDS) as (keyof typeof KINDS)[])];
    const { exports, at } = instantiateKernel<KernelExports, (typeof names)[number]>(ROW_KERNEL_WASM_BASE64, names, 'MEMORY_BYTES');
    for (const [name, value] of Object.entries(KINDS) as [keyof typeof KINDS, number][]) {
      if (at[name] !== value) throw new Error(`row kernel: segment kind ${name} is ${at[name]} in the kernel, ${value} here (rebuild it: npm run build:kernel)`);
    }
    this.exports = exports;
    this.at = at;
    const memory = exports.memory;
    this.exports.init();
    this.heap = new Uint8Array(memory.buffer);
    this.view = new DataView(memory.buffer);
    this.nextShape = this.at.SHAPE_AREA;
    const rows = this.at.MAX_ROWS;
    this.slots = new Int32Array(memory.buffer, this.at.OUT_SLOT, rows);
    this.wallMs = new Float64Array(memory.buffer, this.at.OUT_WALL_MS, rows);
    this.power = new Float64Array(memory.buffer, this.at.OUT_POWER, rows);
    this.utilization = new Float64Array(memory.buffer, this.at.OUT_UTILIZATION, rows);
    this.lastTimeMs = new Float64Array(memory.buffer, this.at.LAST_TIME_MS, this.at.MAX_DEVICES);
  }

  /** The largest chunk the kernel takes. */
  get inputBytes(): number {
    return this.at.INPUT_BYTES;
  }

  /** The most rows one `read` returns. */
  get maxRows(): number {
    return this.at.MAX_ROWS;
  }

  /** Offset in the chunk of the first row that the last `read` left. */
  get end(): number {
    return this.view.getInt32(this.at.STATUS_END, true);
  }

  /** The slot of the last GPU that the last `read` read (the cursor it was given when it read none). */
  get cursor(): number {
    return this.view.getInt32(this.at.STATUS_CURSOR, true);
  }

  /** Copy a chunk in (at most `inputBytes`); `read` reads from it. */
  load(bytes: Uint8Array): void {
    this.heap.set(bytes, this.at.INPUT);
  }

  /**
   * Rows of the loaded chunk from `start` to `limit` (an offset just after an LF), while each has the
   * shape of the GPU after `cursor`, into the row columns; returns how many.
   */
  read(start: number, limit: number, cursor: number, devices: number): number {
    return this.exports.readRows(start, limit, cursor, devices, false, 1, 0);
  }

  /**
   * `read` for a log whose wall clock is UTC: the rows as the readings the reader hands on (power
   * times `powerScale`, utilisation as a fraction, NaN when out of range), stopping before one that
   * needs its line (power above `suspiciousW`, a time not after `lastTimeMs[slot]`, which it updates).
   */
  readReadings(start: number, limit: number, cursor: number, devices: number, powerScale: number, suspiciousW: number): number {
    return this.exports.readRows(start, limit, cursor, devices, true, powerScale, suspiciousW);
  }

  /** How many of the rows the last `readReadings` read have a utilisation. */
  get utilizations(): number {
    return this.view.getInt32(this.at.STATUS_UTILIZATIONS, true);
  }

  /** The most device slots the kernel knows. */
  get maxDevices(): number {
    return this.at.MAX_DEVICES;
  }

  /** Give the GPU in `slot` its shape; false when the kernel has no room for it (its rows then go the general way). */
  setShape(slot: number, shape: RowShape): boolean {
    const { segments, stretches } = shape;
    const count = segments.length / 2;
    const size = this.at.SHAPE_SEGMENTS + count * 16 + stretches.length;
    const address = this.nextShape;
    if (slot >= this.at.MAX_DEVICES || address + size > this.at.SHAPE_AREA + this.at.SHAPE_AREA_BYTES) return false;
    // Shapes start on 8 bytes, for their f64.
    this.nextShape = address + Math.ceil(size / 8) * 8;
    const view = this.view;
    view.setInt32(address, count, true);
    view.setInt32(address + 4, 0, true);
    let stretch = address + this.at.SHAPE_SEGMENTS + count * 16;
    this.heap.set(stretches, stretch);
    for (let s = 0; s < count; s++) {
      const segment = address + this.at.SHAPE_SEGMENTS + s * 16;
      const kind = segments[2 * s]!;
      const length = segments[2 * s + 1]!;
      view.setInt32(segment, kind, true);
      view.setInt32(segment + 4, length, true);
      view.setInt32(segment + 8, kind === CONSTANT ? stretch : 0, true);
      if (kind === CONSTANT) stretch += length;
    }
    view.setInt32(this.at.SHAPE_TABLE + slot * 4, address, true);
    return true;
  }

  /**
   * The date that the GPU in `slot` had in its last row read the general way: its timestamp's first
   * 11 bytes (`YYYY/MM/DD `) at `bytes[at]`, and that date's midnight on the wall clock. Rows of
   * another date are left to the general path, which tells the kernel of the new date here.
   */
  setDate(slot: number, bytes: Uint8Array, at: number, dayMs: number): void {
    if (slot >= this.at.MAX_DEVICES || at + DATE_BYTES > bytes.length) return;
    const address = this.view.getInt32(this.at.SHAPE_TABLE + slot * 4, true);
    if (address === 0) return;
    const date = address + this.at.SHAPE_DATE;
    const view = this.view;
    view.setInt32(date, word(bytes, at), true);
    view.setInt32(date + 4, word(bytes, at + 4), true);
    view.setInt32(date + 8, word(bytes, at + 7), true);
    view.setFloat64(address + this.at.SHAPE_DAY_MS, dayMs, true);
    view.setInt32(address + 4, 1, true);
  }

  /** Forget every shape (the columns changed). */
  clearShapes(): void {
    this.heap.fill(0, this.at.SHAPE_TABLE, this.at.SHAPE_TABLE + this.at.MAX_DEVICES * 4);
    this.nextShape = this.at.SHAPE_AREA;
  }
}

/** Four bytes as a little-endian 32-bit word. */
function word(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24);
}
