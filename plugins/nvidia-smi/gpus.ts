import type { DeviceRef, NoReadingRecord } from 'carbon-ci';
import { bytesEqual } from './scan.js';

/** One GPU of a log: its ref, the key its rows name it by, its slot in the columns records, its last time. */
export interface Gpu {
  ref: DeviceRef;
  key: string;
  keyBytes: Buffer;
  slot: number;
  lastTimeMs: number;
  /** The first and last rows without a power reading ([N/A]), as time and line; undefined when none. */
  missing?: { firstMs: number; firstLine: number; lastMs: number; lastLine: number };
}

/** The GPUs of one log, found by key (uuid, bus id), by index, or by the order rows cycle through them. */
export class GpuList {
  readonly all: Gpu[] = [];
  /** The refs by slot: the `devices` of the columns records. */
  readonly refs: DeviceRef[] = [];
  private readonly byKey = new Map<string, Gpu>();
  private readonly byIndex: (Gpu | undefined)[] = [];
  /** The slot of the last row's GPU. */
  cursor = -1;

  add(key: string, ref: DeviceRef): Gpu {
    const gpu: Gpu = { ref, key, keyBytes: Buffer.from(key, 'utf8'), slot: this.all.length, lastTimeMs: -Infinity };
    this.all.push(gpu);
    this.refs.push(ref);
    this.byKey.set(key, gpu);
    return gpu;
  }

  byKeyText(key: string): Gpu | undefined {
    return this.byKey.get(key);
  }

  /** The GPU whose key is `bytes[start, end)`; interleaved logs cycle through the GPUs in order, so the next one is tried before hashing. */
  byKeyBytes(bytes: Uint8Array, start: number, end: number): Gpu | undefined {
    const all = this.all;
    if (all.length > 0) {
      const guess = all[this.cursor + 1 < all.length ? this.cursor + 1 : 0]!;
      if (bytesEqual(guess.keyBytes, bytes, start, end)) return guess;
    }
    return this.byKey.get(Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('utf8'));
  }

  /** A row of `gpu` without a power reading. */
  noteMissing(gpu: Gpu, timeMs: number, line: number): void {
    const missing = gpu.missing;
    if (!missing) gpu.missing = { firstMs: timeMs, firstLine: line, lastMs: timeMs, lastLine: line };
    else if (timeMs > missing.lastMs) Object.assign(missing, { lastMs: timeMs, lastLine: line });
  }

  /** For each GPU that gave no reading at all: its first and last rows as no-reading records, so that it shows in the report with 0 % coverage. */
  unreadRecords(file: string): NoReadingRecord[] {
    return this.all.flatMap((gpu) => {
      const missing = gpu.missing;
      if (gpu.lastTimeMs !== -Infinity || !missing) return [];
      const first: NoReadingRecord = { type: 'no-reading', timeMs: missing.firstMs, device: gpu.ref, origin: { file, line: missing.firstLine } };
      if (missing.lastMs === missing.firstMs) return [first];
      return [first, { type: 'no-reading', timeMs: missing.lastMs, device: gpu.ref, origin: { file, line: missing.lastLine } }];
    });
  }

  atIndex(index: number): Gpu | undefined {
    return this.byIndex[index];
  }

  setIndex(index: number, gpu: Gpu): void {
    this.byIndex[index] = gpu;
  }
}
