// Loading a WebAssembly kernel (AssemblyScript compiled by scripts/build-kernel.mjs, shipped as base64).

// The few WebAssembly APIs used here (Node's types leave them out without the DOM library).
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: object };
}
const { WebAssembly: wasm } = globalThis as unknown as { WebAssembly: WebAssemblyApi };

export interface KernelMemory {
  buffer: ArrayBuffer;
  grow(pages: number): number;
}

const PAGE_BYTES = 65536;
/** Modules compiled in this thread, by their base64. */
const compiled = new Map<string, object>();

/**
 * A new instance of the WebAssembly kernel in `base64` (compiled once per thread), with memory of its
 * own: its exports, and the values of the exported globals named in `layout` (the kernel's addresses
 * and sizes). With `memoryBytes` (one of those names), its memory first grows to that size.
 */
export function instantiateKernel<Exports extends object, Name extends string>(
  base64: string,
  layout: readonly Name[],
  memoryBytes?: Name,
): { exports: Exports & { memory: KernelMemory }; at: Record<Name, number> } {
  let module = compiled.get(base64);
  if (module === undefined) compiled.set(base64, (module = new wasm.Module(Buffer.from(base64, 'base64'))));
  const exports = new wasm.Instance(module, {}).exports as Exports & { memory: KernelMemory } & Record<string, unknown>;
  const at = Object.fromEntries(layout.map((name) => [name, (exports[name] as { value: number }).value])) as Record<Name, number>;
  if (memoryBytes !== undefined) growMemory(exports.memory, at[memoryBytes]);
  return { exports, at };
}

/** Grows a kernel's memory to at least `bytes` (views of its old buffer are then detached). */
export function growMemory(memory: KernelMemory, bytes: number): void {
  const missing = Math.ceil((bytes - memory.buffer.byteLength) / PAGE_BYTES);
  if (missing > 0) memory.grow(missing);
}
