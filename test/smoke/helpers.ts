import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Factors } from '../../src/footprint/types.js';
import type { OrtRuntime } from '../../src/smoke/runtime-loader.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/onnx/', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function fixture(name: string): string {
  return `${FIXTURES}${name}`;
}

/** PUE 1.5 and 400 g/kWh: 1 kWh of device energy is 600 g. */
export const TEST_FACTORS: Factors = {
  pue: { value: 1.5, source: 'test' },
  intensity: { gPerKWh: 400, location: 'TEST', source: 'test' },
};

export function testRuntime(): OrtRuntime {
  return createRequire(import.meta.url)('onnxruntime-node') as OrtRuntime;
}
