import { chmodSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Factors } from '../../footprint/types.js';
import type { OrtRuntime } from '../runtime-loader.js';

export const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/onnx/', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function fixture(name: string): string {
  return `${FIXTURES}${name}`;
}

/** PUE 1.5 and 400 g/kWh: 1 kWh of device energy is 600 g. */
export const TEST_FACTORS: Factors = {
  pue: { value: 1.5, source: 'test' },
  intensity: { gPerKWh: 400, location: 'TEST', source: 'test', year: 2024 },
};

export function testRuntime(): OrtRuntime {
  return createRequire(import.meta.url)('onnxruntime-node') as OrtRuntime;
}

/** A stand-in for nvidia-smi: answers one-off queries with a fake GPU; with -lms, prints a local-time timestamp and 150 W every N ms. */
export function writeFakeNvidiaSmi(directory: string): string {
  const path = join(directory, 'nvidia-smi');
  writeFileSync(
    path,
    `#!/usr/bin/env node
const args = process.argv.slice(2);
if (!args.includes('-lms')) {
  console.log(args.includes('--query-gpu=name') ? 'Fake GPU 16GB' : '0, Fake GPU 16GB, 550.00, 16384 MiB');
  process.exit(0);
}
const every = Number(args[args.indexOf('-lms') + 1]);
const pad = (n, w = 2) => String(n).padStart(w, '0');
const tick = () => {
  const d = new Date();
  console.log(\`\${d.getFullYear()}/\${pad(d.getMonth() + 1)}/\${pad(d.getDate())} \${pad(d.getHours())}:\${pad(d.getMinutes())}:\${pad(d.getSeconds())}.\${pad(d.getMilliseconds(), 3)}, 150.00\`);
};
tick();
setInterval(tick, every);
`,
  );
  chmodSync(path, 0o755);
  return path;
}
