import type { DeviceRef } from 'carbon-ci';
import { bytesEqual } from './scan.js';

/** One GPU of a log: its ref, the key its rows name it by, its slot in the columns records, its last time. */
export interface Gpu {
  ref: DeviceRef;
  key: string;
  keyBytes: Buffer;
  slot: number;
  lastTimeMs: number;
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

  atIndex(index: number): Gpu | undefined {
    return this.byIndex[index];
  }

  setIndex(index: number, gpu: Gpu): void {
    this.byIndex[index] = gpu;
  }
}
