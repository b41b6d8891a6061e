// Types for generate-dcgm.mjs, so that tests can import it from TypeScript.
import type { GeneratorOptions } from './generate.mjs';

export function dcgmExporterChunks(options: GeneratorOptions & { intervalS?: number }): Generator<string>;
export function dcgmiDmonChunks(options: GeneratorOptions): Generator<string>;
