import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keepInCache, loadOnnxRuntime, ONNXRUNTIME_NODE_VERSION, RUNTIME_DIR_ENV, toolCacheDirectory } from '../runtime-loader.js';
import { isInputError } from '../../shared/errors.js';
import { fixture } from './helpers.js';

// A directory with no node_modules above it, as a fresh checkout of the Action at a tag.
const root = mkdtempSync(join(tmpdir(), 'carbon-ci-runtime-'));
const resolveFrom = join(root, 'dist', 'index.js');
const toolCacheDir = join(root, 'tool-cache');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('loadOnnxRuntime from a directory without node_modules', () => {
  it('refuses to guess when installing is not allowed, saying how to get it', async () => {
    const error = await loadOnnxRuntime({ resolveFrom, toolCacheDir, install: false }).catch((e: unknown) => e);
    expect(isInputError(error)).toBe(true);
    expect((error as Error).message).toMatch(new RegExp(`npm install onnxruntime-node@${ONNXRUNTIME_NODE_VERSION.replace(/\./g, '\\.')}`));
    expect((error as Error).message).toMatch(/--install-runtime/);
  });

  it('installs the locked version into the tool cache (offline, from the npm cache), then finds it there', { timeout: 180_000 }, async () => {
    // Asked for the CUDA provider, whose download fails here (its proxy is a closed loopback port),
    // it installs the CPU build instead.
    const logs: string[] = [];
    process.env.GLOBAL_AGENT_HTTP_PROXY = 'http://127.0.0.1:9';
    let first;
    try {
      first = await loadOnnxRuntime({ resolveFrom, toolCacheDir, install: true, withCuda: true, npmArgs: ['--offline'], log: (m) => logs.push(m) });
    } finally {
      delete process.env.GLOBAL_AGENT_HTTP_PROXY;
    }
    expect(logs[0]).toMatch(/with the CUDA execution provider into .*-cuda12$/);
    expect(logs[1]).toMatch(/installing with the CUDA execution provider failed, installing the CPU build instead: .*ECONNREFUSED/);
    expect(existsSync(`${toolCacheDirectory({ toolCacheDir, withCuda: true })}.complete`)).toBe(false);
    const dir = toolCacheDirectory({ toolCacheDir });
    expect(first.source).toBe('tool-cache');
    expect(first.directory).toBe(dir);
    expect(first.version).toBe(ONNXRUNTIME_NODE_VERSION);
    expect(dir).toBe(join(toolCacheDir, 'carbon-ci-onnxruntime-node', ONNXRUNTIME_NODE_VERSION, `${process.platform}-${process.arch}`));
    expect(existsSync(`${dir}.complete`)).toBe(true);
    expect(logs[2]).toBe(`installing onnxruntime-node@${ONNXRUNTIME_NODE_VERSION} into ${dir}`);
    // Only this platform's binaries are kept.
    expect(readdirSync(join(dir, 'node_modules/onnxruntime-node/bin/napi-v6'))).toEqual([process.platform]);

    // The installed runtime works.
    const session = await first.runtime.InferenceSession.create(fixture('mlp-classifier.onnx'));
    const features = new first.runtime.Tensor('float32', new Float32Array(8), [2, 4]);
    const output = await session.run({ features });
    expect(output.probabilities!.dims).toEqual([2, 3]);
    await session.release();

    const again: string[] = [];
    const second = await loadOnnxRuntime({ resolveFrom, toolCacheDir, install: true, log: (m) => again.push(m) });
    expect(second.source).toBe('tool-cache');
    expect(again).toEqual([]);

    // $CARBON_CI_ONNXRUNTIME_DIR wins over everything.
    process.env[RUNTIME_DIR_ENV] = dir;
    try {
      const fromEnv = await loadOnnxRuntime({ resolveFrom, toolCacheDir: join(root, 'elsewhere'), install: false });
      expect(fromEnv).toMatchObject({ source: 'env', directory: dir });
    } finally {
      delete process.env[RUNTIME_DIR_ENV];
    }
  });

  it('refuses a $CARBON_CI_ONNXRUNTIME_DIR that holds no runtime', async () => {
    const empty = join(root, 'empty');
    process.env[RUNTIME_DIR_ENV] = empty;
    try {
      const error = await loadOnnxRuntime({ resolveFrom }).catch((e: unknown) => e);
      expect(isInputError(error)).toBe(true);
      expect((error as Error).message).toMatch(/CARBON_CI_ONNXRUNTIME_DIR is set but/);
    } finally {
      delete process.env[RUNTIME_DIR_ENV];
    }
  });
});

describe('the tool cache through @actions/tool-cache (the Action)', () => {
  /** A stand-in install: a project whose node_modules holds a package named onnxruntime-node. */
  function stagedInstall(at: string): string {
    const pkg = join(at, 'node_modules', 'onnxruntime-node');
    mkdirSync(join(pkg, 'dist'), { recursive: true });
    writeFileSync(join(at, 'package.json'), JSON.stringify({ name: 'carbon-ci-onnxruntime', version: '0.0.0', private: true }));
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'onnxruntime-node', version: ONNXRUNTIME_NODE_VERSION, main: 'dist/index.js' }));
    writeFileSync(join(pkg, 'dist', 'index.js'), 'exports.stand_in = true;');
    return at;
  }

  it('keeps an install with the library under $RUNNER_TOOL_CACHE, in the layout the CLI uses, and finds it there', async () => {
    const runnerCache = join(root, 'runner-tool-cache');
    const saved = process.env.RUNNER_TOOL_CACHE;
    process.env.RUNNER_TOOL_CACHE = runnerCache;
    try {
      const kept = await keepInCache(stagedInstall(join(root, 'staging-lib')), toolCacheDirectory({}), {}, true);
      expect(kept).toBe(toolCacheDirectory({}));
      expect(existsSync(`${kept}.complete`)).toBe(true);
      const found = await loadOnnxRuntime({ resolveFrom, install: false, useToolCache: true });
      expect(found).toMatchObject({ source: 'tool-cache', directory: kept, version: ONNXRUNTIME_NODE_VERSION });
      expect((found.runtime as unknown as { stand_in: boolean }).stand_in).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.RUNNER_TOOL_CACHE;
      else process.env.RUNNER_TOOL_CACHE = saved;
    }
  });

  it('keeps an install without the library (the CLI) in the same place, found by the same rule', async () => {
    const dir = toolCacheDirectory({ toolCacheDir: join(root, 'cli-cache') });
    const kept = await keepInCache(stagedInstall(join(root, 'staging-cli')), dir, {}, false);
    expect(kept).toBe(dir);
    expect(existsSync(`${dir}.complete`)).toBe(true);
    expect(await loadOnnxRuntime({ resolveFrom, toolCacheDir: join(root, 'cli-cache'), install: false })).toMatchObject({ source: 'tool-cache', directory: dir });
  });
});
