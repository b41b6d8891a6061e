// Types for options.mjs, so that tests can import it from TypeScript.
export const GROUPS: string[];
export const FLAT_MEMORY_FRACTION: number;
export const ONE_ROUND_FROM_BYTES: number;
export const DEFAULT_ROUNDS: number;
export const USAGE: string;
export class UsageError extends Error {}

export interface BenchOptions {
  help: boolean;
  small: boolean;
  groups: string[];
  nvidiaSmiSizes: number[];
  /** The smaller and the larger size of the CodeCarbon and DCGM inputs. */
  otherSizes: [number, number];
  runs: number | undefined;
  out: string;
  cacheDir: string;
}

export function defaultCacheDir(small: boolean, env?: NodeJS.ProcessEnv): string;
export function parseOptions(argv: string[]): BenchOptions;
export function roundsFor(bytes: number, runs: number | undefined): number;
