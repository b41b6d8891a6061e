/**
 * loadPlugin as the bundled CLI and Action run it: plain Node, no vitest module runner, and a plugin
 * in a directory where 'carbon-ci' is not installed (a user's repository using the Action).
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
let dir: string;
let bundle: string;

// A user's plugin that needs the SDK at run time: definePlugin and InputError come from 'carbon-ci'.
const PLUGIN = `
import { definePlugin, InputError, readLines } from 'carbon-ci';
export default definePlugin({
  name: 'user-jsonl',
  kind: 'telemetry',
  description: 'reads {"watts": n} lines',
  detect: () => 0,
  async *read(source) {
    if (typeof InputError !== 'function') throw new Error('no InputError from carbon-ci');
    for await (const batch of readLines(source.open())) {
      yield batch.lines.filter(Boolean).map((line, i) => ({
        type: 'power', timeMs: 1700000000000 + i * 1000, device: { id: '0' }, powerW: JSON.parse(line).watts, unit: 'W',
      }));
    }
  },
});
`;

async function loadInNode(spec: string, cwd = dir): Promise<{ ok: boolean; name?: string; records?: number; warnings?: string[]; message?: string; inputError?: boolean }> {
  const { stdout } = await run(process.execPath, [bundle, spec, cwd], { cwd });
  return JSON.parse(stdout.trim().split('\n').pop()!) as { ok: boolean };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'carbon-ci-node-'));
  bundle = join(dir, 'load-plugin-main.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['test/plugins/fixtures/load-plugin-main.ts'],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  await writeFile(join(dir, 'plugin.mjs'), PLUGIN);
  await mkdir(join(dir, 'ts'), { recursive: true });
  await writeFile(join(dir, 'ts', 'plugin.ts'), PLUGIN.replace("async *read(source)", 'async *read(source: { open(): AsyncIterable<Buffer> })'));
  await mkdir(join(dir, 'with-tsx', 'node_modules'), { recursive: true });
  await writeFile(join(dir, 'with-tsx', 'plugin.mts'), PLUGIN.replace("async *read(source)", 'async *read(source: { open(): AsyncIterable<Buffer> })'));
  await writeFile(join(dir, 'with-tsx', 'commonjs.ts'), PLUGIN);
  await symlink(join(root, 'node_modules', 'tsx'), join(dir, 'with-tsx', 'node_modules', 'tsx'), 'dir');
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadPlugin under plain Node', () => {
  it("serves 'carbon-ci' to a plugin where it is not installed, and the guard drops the malformed record", async () => {
    const result = await loadInNode('./plugin.mjs');
    expect(result).toMatchObject({ ok: true, name: 'user-jsonl', records: 0 });
    // Both records carry an unknown `unit` property: the guard drops them and says which plugin and record.
    expect(result.warnings).toEqual([expect.stringMatching(/plugin user-jsonl yielded 2 malformed record\(s\) from power\.jsonl, dropped; the first: record has unknown property "unit"/)]);
  });

  it('loads a TypeScript plugin with tsx installed in the repository (or natively where Node strips types)', async () => {
    const result = await loadInNode('./plugin.mts', join(dir, 'with-tsx'));
    expect(result).toMatchObject({ ok: true, name: 'user-jsonl' });
  });

  it('explains why a .ts plugin in a CommonJS package cannot get carbon-ci', async () => {
    const result = await loadInNode('./commonjs.ts', join(dir, 'with-tsx'));
    expect(result).toMatchObject({ ok: false, inputError: true });
    expect(result.message).toMatch(/Cannot find module 'carbon-ci'[\s\S]*fix: the plugin was loaded as CommonJS.*name the file \.mjs \(or \.mts\)/);
  });

  it('refuses a TypeScript plugin, with the ways out, where Node cannot strip types and tsx is absent', async () => {
    const result = await loadInNode('./ts/plugin.ts');
    if (typeof (process.features as { typescript?: unknown }).typescript === 'string') {
      expect(result).toMatchObject({ ok: true });
      return;
    }
    expect(result).toMatchObject({ ok: false, inputError: true });
    expect(result.message).toMatch(/"\.\/ts\/plugin\.ts" is TypeScript[\s\S]*Node 22\.18[\s\S]*tsx/);
  });
});
