// Types for generate.mjs, so that tests can import it from TypeScript.
export const GENERATOR_VERSIONS: Readonly<{ codecarbon: string; 'dcgm-exporter': string; 'dcgmi-dmon': string }>;
export const CODECARBON_HEADER: string;
/** mulberry32: floats in [0, 1) from a 32-bit seed. */
export function prng(seed: number): () => number;
/** A float as Python's repr() writes it. */
export function pyFloat(x: number): string;

export interface GeneratorOptions {
  /** Stop after the first whole row, scrape or second that reaches this many bytes. */
  targetBytes: number;
  seed?: number;
  chunkChars?: number;
}

export function codecarbonChunks(options: GeneratorOptions & { gpus?: 1 | 8 }): Generator<string>;
