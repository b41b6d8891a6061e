import { SPECIALS_KERNEL_WASM_BASE64 } from './specials-kernel.generated.js';

// The few WebAssembly APIs used here (Node's types leave them out without the DOM library).
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: object };
}
const { WebAssembly: wasm } = globalThis as unknown as { WebAssembly: WebAssemblyApi };

interface KernelExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  findSpecials(length: number, out: number, delimiter: number): number;
  INPUT: { value: number };
  DELIMITER: { value: number };
  NEWLINE: { value: number };
  QUOTE: { value: number };
}

/** What an entry of `SpecialsKernel.find`'s list says of its byte (entry = offset × 4 + kind). */
export const SPECIAL_DELIMITER = 0;
export const SPECIAL_NEWLINE = 1;
export const SPECIAL_QUOTE = 2;

const PAGE_BYTES = 65536;

let compiled: object | undefined;

/**
 * The delimiter kernel (assembly/specials.ts, WebAssembly): lists where a chunk's delimiters,
 * newlines and double quotes are, sixteen bytes at a time. One instance per DelimitedLine, with
 * memory of its own (about five times the largest chunk it was given).
 */
export class SpecialsKernel {
  private readonly exports: KernelExports;
  private readonly input: number;

  constructor() {
    compiled ??= new wasm.Module(Buffer.from(SPECIALS_KERNEL_WASM_BASE64, 'base64'));
    this.exports = new wasm.Instance(compiled, {}).exports as KernelExports;
    const { DELIMITER, NEWLINE, QUOTE, INPUT } = this.exports;
    if (DELIMITER.value !== SPECIAL_DELIMITER || NEWLINE.value !== SPECIAL_NEWLINE || QUOTE.value !== SPECIAL_QUOTE) {
      throw new Error('delimiter kernel: its kinds differ from these (rebuild it: npm run build:kernel)');
    }
    this.input = INPUT.value;
  }

  /**
   * The offsets of the bytes of `bytes` that are `delimiter` (an ASCII byte), `\n` or `"`, in order, each
   * as offset × 4 + its SPECIAL_ kind. The array is the kernel's memory: valid until the next call.
   */
  find(bytes: Uint8Array, delimiter: number): Int32Array {
    const length = bytes.length;
    const out = (this.input + length + 15) & ~15;
    const memory = this.exports.memory;
    const missing = Math.ceil((out + 4 * length - memory.buffer.byteLength) / PAGE_BYTES);
    if (missing > 0) memory.grow(missing);
    new Uint8Array(memory.buffer, this.input, length).set(bytes);
    const count = this.exports.findSpecials(length, out, delimiter);
    return new Int32Array(memory.buffer, out, count);
  }
}
