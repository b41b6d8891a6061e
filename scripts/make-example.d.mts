// Types for make-example.mjs, so that tests and the benchmark can import it from TypeScript.
export interface WallClockStart {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export interface NvidiaSmiLogOptions {
  gpus?: number;
  durationS?: number;
  seed?: number;
  start?: WallClockStart;
  model?: string;
  chunkChars?: number;
}

export const EXAMPLE_OPTIONS: Readonly<Required<Omit<NvidiaSmiLogOptions, 'chunkChars'>>>;
export const EXAMPLE_PATH: string;
export const HEADER: string;
export function nvidiaSmiLogChunks(options?: NvidiaSmiLogOptions): Generator<string>;
export function writeNvidiaSmiLog(stream: NodeJS.WritableStream, options?: NvidiaSmiLogOptions): Promise<number>;
export function prng(seed: number): () => number;
export function noise(random: () => number, sd: number): number;
export function hex(random: () => number, digits: number): string;
