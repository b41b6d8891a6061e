import { SPECIALS_KERNEL_WASM_BASE64 } from './specials-kernel.generated.js';
import { growMemory, instantiateKernel, type KernelMemory } from './wasm-kernel.js';

interface KernelExports {
  findSpecials(length: number, out: number, delimiter: number): number;
}

/** What an entry of `SpecialsKernel.find`'s list says of its byte (entry = offset × 4 + kind). */
export const SPECIAL_DELIMITER = 0;
export const SPECIAL_NEWLINE = 1;
export const SPECIAL_QUOTE = 2;

/**
 * The delimiter kernel (assembly/specials.ts, WebAssembly): lists where a chunk's delimiters,
 * newlines and double quotes are, sixteen bytes at a time. One instance per DelimitedLine, with
 * memory of its own (about five times the largest chunk it was given).
 */
export class SpecialsKernel {
  private readonly exports: KernelExports & { memory: KernelMemory };
  private readonly input: number;

  constructor() {
    const { exports, at } = instantiateKernel<KernelExports, 'INPUT' | 'DELIMITER' | 'NEWLINE' | 'QUOTE'>(SPECIALS_KERNEL_WASM_BASE64, [
      'INPUT',
      'DELIMITER',
      'NEWLINE',
      'QUOTE',
    ]);
    if (at.DELIMITER !== SPECIAL_DELIMITER || at.NEWLINE !== SPECIAL_NEWLINE || at.QUOTE !== SPECIAL_QUOTE) {
      throw new Error('delimiter kernel: its kinds differ from these (rebuild it: npm run build:kernel)');
    }
    this.exports = exports;
    this.input = at.INPUT;
  }

  /**
   * The offsets of the bytes of `bytes` that are `delimiter` (an ASCII byte), `\n` or `"`, in order, each
   * as offset × 4 + its SPECIAL_ kind. The array is the kernel's memory: valid until the next call.
   */
  find(bytes: Uint8Array, delimiter: number): Int32Array {
    const length = bytes.length;
    const out = (this.input + length + 15) & ~15;
    const memory = this.exports.memory;
    growMemory(memory, out + 4 * length);
    new Uint8Array(memory.buffer, this.input, length).set(bytes);
    const count = this.exports.findSpecials(length, out, delimiter);
    return new Int32Array(memory.buffer, out, count);
  }
}
