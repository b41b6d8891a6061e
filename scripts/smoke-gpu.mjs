// GPU proof of the smoke test: on an NVIDIA machine, runs the smoke test with device=cuda and prints
// which execution provider actually ran the model's nodes (from onnxruntime's profile).
// Exits 0 only when the CUDA execution provider ran and every check passed.
//
//   npm run smoke:gpu -- [--model PATH] [--batch-size N] [--iterations N] [--location LOC] [--json PATH]
//
// Needs: an NVIDIA GPU and driver (nvidia-smi), CUDA 12 and cuDNN 9 libraries on the loader path, and
// onnxruntime-node's CUDA provider libraries, which `npm ci` skips here (.npmrc). Fetch them with
//   ONNXRUNTIME_NODE_INSTALL=cuda12 node node_modules/onnxruntime-node/script/install.js
// See docs/smoke-test.md.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';

const root = fileURLToPath(new URL('..', import.meta.url));
const load = (path) => tsImport(new URL(path, new URL('..', import.meta.url)).href, import.meta.url);
const { loadOnnxRuntime, runSmokeTest, formatSmokeSummary } = await load('src/smoke/index.ts');
const { resolveFactors } = await load('src/footprint/index.ts');

const { values: flags } = parseArgs({
  options: {
    model: { type: 'string', default: join(root, 'test/fixtures/onnx/mlp-classifier.onnx') },
    'batch-size': { type: 'string', default: '64' },
    iterations: { type: 'string', default: '200' },
    location: { type: 'string' },
    json: { type: 'string' },
  },
});

function gpuInventory() {
  try {
    return execFileSync('nvidia-smi', ['--query-gpu=index,name,driver_version,memory.total', '--format=csv,noheader'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

const gpus = gpuInventory();
if (!gpus) {
  console.error('smoke:gpu: nvidia-smi is not available: this is not an NVIDIA machine (or the driver is missing).');
  process.exit(2);
}
console.log(`GPUs (nvidia-smi):\n${gpus.replace(/^/gm, '  ')}`);

const runtime = await loadOnnxRuntime({ withCuda: true });
const binDir = join(runtime.packageDir, 'bin', 'napi-v6', process.platform, process.arch);
const cudaProvider = join(binDir, process.platform === 'win32' ? 'onnxruntime_providers_cuda.dll' : 'libonnxruntime_providers_cuda.so');
console.log(`onnxruntime-node ${runtime.version} from ${runtime.packageDir} (${runtime.source})`);
console.log(`CUDA provider library: ${existsSync(cudaProvider) ? cudaProvider : 'MISSING'}`);
if (!existsSync(cudaProvider)) {
  console.error(
    'smoke:gpu: onnxruntime-node has no CUDA provider here; fetch it with\n' +
      '  ONNXRUNTIME_NODE_INSTALL=cuda12 node node_modules/onnxruntime-node/script/install.js',
  );
}

const { factors } = resolveFactors({ location: flags.location });
const result = await runSmokeTest({
  modelPath: flags.model,
  device: 'cuda',
  batchSize: Number(flags['batch-size']),
  iterations: Number(flags.iterations),
  factors,
  runtime: runtime.runtime,
  log: (message) => console.error(message),
});
process.stdout.write(formatSmokeSummary(result));
if (flags.json) await writeFile(flags.json, `${JSON.stringify(result, null, 2)}\n`);

const nodes = Object.entries(result.nodesByProvider ?? {})
  .map(([provider, count]) => `${count} on ${provider}`)
  .join(', ');
console.log(`\nExecution provider that ran the model: ${result.executionProvider}${nodes ? ` (${nodes})` : ''}`);
if (result.executionProvider !== 'cuda') {
  console.error('smoke:gpu: FAILED: the CUDA execution provider did not run the model.');
  process.exit(1);
}
if (!result.passed) {
  console.error('smoke:gpu: FAILED: CUDA ran, but a check failed.');
  process.exit(1);
}
console.log('smoke:gpu: OK: the CUDA execution provider ran the model and every check passed.');
