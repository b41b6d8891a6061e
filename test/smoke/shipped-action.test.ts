import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import type { SmokeResult } from '../../src/report/types.js';
import { ONNXRUNTIME_NODE_VERSION } from '../../src/smoke/runtime-loader.js';
import { fixture, REPO_ROOT, TEST_FACTORS } from '../../src/smoke/test/helpers.js';

const execFileAsync = promisify(execFile);

// The published Action is dist/ at a tag, run by the runner's node with no npm install. This test
// bundles the smoke step the way scripts/bundle.mjs does (onnxruntime-node external) into a directory
// with no node_modules above it, and runs it as the runner would.
const root = mkdtempSync(join(tmpdir(), 'carbon-ci-shipped-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The step's result line: @actions/tool-cache's `::debug::` lines share stdout with it, as on a runner (which hides them). */
function resultOf(stdout: string): SmokeResult {
  return JSON.parse(stdout.split('\n').filter((line) => line.startsWith('{')).pop()!) as SmokeResult;
}

async function bundleSmokeStep(): Promise<string> {
  const entry = join(root, 'entry.ts');
  writeFileSync(
    entry,
    `import { smokeFromActionInputs } from ${JSON.stringify(join(REPO_ROOT, 'src/smoke/index.ts'))};
const inputs: Record<string, string> = { model: process.argv[2]!, device: 'auto', 'smoke-iterations': '3' };
const outcome = await smokeFromActionInputs((name) => inputs[name] ?? '', ${JSON.stringify(TEST_FACTORS)}, (m) => console.error(m));
console.log(JSON.stringify(outcome.result));
`,
  );
  const outfile = join(root, 'action', 'dist', 'index.js');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['onnxruntime-node'],
    alias: { 'carbon-ci': join(REPO_ROOT, 'src/sdk/index.ts') },
    banner: { js: "import { createRequire as __carbonCiCreateRequire } from 'node:module'; const require = __carbonCiCreateRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  return outfile;
}

describe('the smoke step as shipped in dist/', () => {
  it('installs onnxruntime-node into the runner tool cache at first use and runs the model', { timeout: 240_000 }, async () => {
    const bundle = await bundleSmokeStep();
    expect(readFileSync(bundle, 'utf8')).not.toContain('onnxruntime_binding');
    mkdirSync(join(root, 'workspace'));
    const model = join(root, 'workspace', 'model.onnx');
    copyFileSync(fixture('mlp-classifier.onnx'), model);
    const toolCache = join(root, 'tool-cache');
    const env = {
      // Only node (and the npm beside it) on PATH: no nvidia-smi, so the CPU build is installed even on a GPU machine.
      PATH: dirname(process.execPath),
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      RUNNER_TOOL_CACHE: toolCache,
      // Offline: `npm ci` of this repository has put every locked package in the npm cache.
      npm_config_offline: 'true',
      ...(process.env.npm_config_cache ? { npm_config_cache: process.env.npm_config_cache } : {}),
    };
    const first = await execFileAsync(process.execPath, [bundle, model], { cwd: join(root, 'workspace'), env, maxBuffer: 10 * 1024 * 1024 });
    const result = resultOf(first.stdout);
    expect(result).toMatchObject({ passed: true, executionProvider: 'cpu', requestedDevice: 'auto', iterations: 3 });
    expect(result.fallbackReason).toMatch(/CUDA execution provider unavailable/);
    expect(first.stderr).toMatch(new RegExp(`installing onnxruntime-node@${ONNXRUNTIME_NODE_VERSION.replace(/\./g, '\\.')}`));
    const installed = join(toolCache, 'carbon-ci-onnxruntime-node', ONNXRUNTIME_NODE_VERSION, `${process.platform}-${process.arch}`);
    expect(existsSync(`${installed}.complete`)).toBe(true);

    // The next job on the same runner finds it in the cache.
    const second = await execFileAsync(process.execPath, [bundle, model], { cwd: join(root, 'workspace'), env });
    expect(resultOf(second.stdout).passed).toBe(true);
    expect(second.stderr).not.toMatch(/installing/);
  });
});
