import type { Layout } from './fields.js';

// Segment kinds: the same numbers as in assembly/rows.ts (RowKernel checks that they agree).
/** The timestamp: the same width in every row. */
export const TIME = 0;
/** Bytes that repeat in every row of one GPU: its index, uuid, name, bus id, with their commas. */
export const CONSTANT = 1;
export const POWER = 2;
export const UTILIZATION = 3;
/** Any other field: only its delimiter is looked for. */
export const OTHER = 4;

/**
 * What one GPU's rows look like, learnt from one of its rows: the fields that name the GPU are the
 * same bytes in every row, and the timestamp has the same width. The row kernel reads rows of this
 * shape without a look at every byte; any other row is left to the general path.
 */
export class RowShape {
  /** Per segment, in column order: its kind, then (TIME) the field's width or (CONSTANT) the stretch's length; 0 otherwise. */
  readonly segments: Int32Array;
  /** The bytes of the constant stretches, one after the other. */
  readonly stretches: Uint8Array;

  /** Learn the shape from a row read the general way: `bounds[c]` is the end of field `c` (its comma, or the line's end). */
  constructor(layout: Layout, bytes: Uint8Array, start: number, bounds: Int32Array) {
    const count = layout.count;
    const constant = (c: number) => c === layout.index || c === layout.uuid || c === layout.name || c === layout.busId;
    const segments: number[] = [];
    const stretches: number[] = [];
    let c = 0;
    while (c < count) {
      const fieldStart = c === 0 ? start : bounds[c - 1]! + 1;
      if (c === layout.timestamp) {
        segments.push(TIME, bounds[c]! - fieldStart);
        c++;
      } else if (constant(c) && c < count - 1) {
        let last = c;
        while (last + 1 < count - 1 && constant(last + 1)) last++;
        // The stretch runs from the field's first byte to its last field's comma, inclusive.
        const stretch = bytes.subarray(fieldStart, bounds[last]! + 1);
        segments.push(CONSTANT, stretch.length);
        stretches.push(...stretch);
        c = last + 1;
      } else {
        segments.push(c === layout.power ? POWER : c === layout.utilization ? UTILIZATION : OTHER, 0);
        c++;
      }
    }
    this.segments = Int32Array.from(segments);
    this.stretches = Uint8Array.from(stretches);
  }
}
