// Types for inputs.mjs, so that tests can import it from TypeScript.
export function parseSize(text: string): number;
export function sizeLabel(bytes: number): string;

export interface InputSpec {
  id: string;
  format: 'nvidia-smi' | 'codecarbon' | 'dcgm-exporter' | 'dcgmi-dmon';
  group: 'nvidia-smi' | 'codecarbon' | 'dcgm';
  plugin: string;
  targetBytes: number;
  path: string;
  generator: Record<string, unknown>;
  chunks: () => Iterable<string>;
}

export function inputSpecs(plan: { cacheDir: string; groups: string[]; nvidiaSmiSizes: number[]; otherSizes: number[] }): InputSpec[];
export function ensureInput(spec: InputSpec): Promise<boolean>;
export function checkDiskSpace(cacheDir: string, specs: InputSpec[]): Promise<{ needBytes: number; freeBytes: number; message?: string }>;
export function currentPrefixes(): string[];
export function tidyCache(cacheDir: string): Promise<{ path: string; bytes: number }[]>;
