import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isInputError } from 'carbon-ci';
import { loadPlugin, withUserPlugins } from './load.js';
import { pluginShapeProblems } from './shape.js';

let dir: string;

const PLUGIN = (name: string) => `
import { definePlugin } from 'carbon-ci';
export default definePlugin({
  name: '${name}',
  kind: 'telemetry',
  description: 'test plugin',
  options: { type: 'object', properties: { scale: { type: 'number' } } },
  detect: () => 0,
  async *read() {},
});
`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'carbon-ci-load-'));
  await mkdir(join(dir, 'carbon'), { recursive: true });
  await writeFile(join(dir, 'carbon', 'good.mjs'), PLUGIN('good-one'));
  await writeFile(join(dir, 'carbon', 'named.mjs'), `export const plugin = { name: 'named', kind: 'telemetry', description: 'plain object, no SDK', detect: () => 0, read: async function* () {} };`);
  await writeFile(join(dir, 'carbon', 'shapeless.mjs'), `export default { name: 'Bad Name', kind: 'intensity', detect: 1 };`);
  await writeFile(join(dir, 'carbon', 'bad-example.mjs'), `export default { name: 'bad-example', kind: 'telemetry', description: 'x', example: ['a,b', '1,2'], explain: 'no', detect: () => 0, read: async function* () {} };`);
  await writeFile(join(dir, 'carbon', 'throws.mjs'), `throw new Error('boom at import');`);
  await writeFile(join(dir, 'carbon', 'bad-schema.mjs'), `export default { name: 'bad-schema', kind: 'telemetry', description: 'x', options: { type: 'no-such-type' }, detect: () => 0, read: async function* () {} };`);
  await writeFile(join(dir, 'carbon', 'plugin.json'), '{}');
  await writeFile(join(dir, 'carbon', 'typed.ts'), PLUGIN('typed'));
  const pkg = join(dir, 'node_modules', '@acme', 'carbon-plugin');
  await mkdir(join(pkg, 'dist'), { recursive: true });
  await writeFile(
    join(pkg, 'package.json'),
    JSON.stringify({ name: '@acme/carbon-plugin', type: 'module', exports: { '.': { types: './dist/index.d.ts', import: './dist/index.mjs', require: './dist/index.cjs' } } }),
  );
  await writeFile(join(pkg, 'dist', 'index.mjs'), PLUGIN('acme'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function failure(spec: string): Promise<Error> {
  const error = await loadPlugin(spec, dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isInputError(error), `${spec} should fail with an InputError`).toBe(true);
  return error as Error;
}

describe('loadPlugin', () => {
  it('loads a .mjs file relative to the working directory', async () => {
    const plugin = await loadPlugin('./carbon/good.mjs', dir);
    expect(plugin).toMatchObject({ name: 'good-one', kind: 'telemetry' });
    expect(typeof plugin.read).toBe('function');
  });

  it('takes a plain object exported as `plugin` (no SDK import needed)', async () => {
    expect((await loadPlugin('carbon/named.mjs', dir)).name).toBe('named');
  });

  it('loads an installed package through its "exports" import condition', async () => {
    expect((await loadPlugin('@acme/carbon-plugin', dir)).name).toBe('acme');
    expect((await loadPlugin('@acme/carbon-plugin', join(dir, 'carbon'))).name).toBe('acme');
  });

  it('names the spec and the path it looked at when the file is missing', async () => {
    const error = await failure('./carbon/missing.mjs');
    expect(error.message).toMatch(/plugin module "\.\/carbon\/missing\.mjs" not found \(looked for .*carbon[\\/]missing\.mjs\)/);
  });

  it('says how to install a missing package', async () => {
    expect((await failure('carbon-ci-plugin-nope')).message).toMatch(/"carbon-ci-plugin-nope" is not installed[\s\S]*npm install --save-dev carbon-ci-plugin-nope/);
  });

  it('lists every shape problem of a module that is not a plugin', async () => {
    const { message } = await failure('./carbon/shapeless.mjs');
    expect(message).toMatch(/name must be lower-case/);
    expect(message).toMatch(/kind must be "telemetry" \(got "intensity"\)/);
    expect(message).toMatch(/description must be/);
    expect(message).toMatch(/detect must be a function/);
    expect(message).toMatch(/read must be a function/);
    expect(message).toMatch(/fix: export default definePlugin/);
  });

  it("refuses a plain object's example that is no string and explain that is no function, as definePlugin does", async () => {
    const error = (await failure('./carbon/bad-example.mjs')) as Error & { hint?: string };
    expect(error.message).toMatch(/^plugin module "\.\/carbon\/bad-example\.mjs" is not a telemetry plugin: /);
    expect(error.message).toMatch(/example must be a string, a header and a row of what it reads \(got an array\)/);
    expect(error.message).toMatch(/explain must be a function \(input\) => \{ message, hint \} or undefined \(got a string\)/);
    expect(error.hint).toMatch(/definePlugin/);
  });

  it('reports an import-time crash as the plugin module failing to load', async () => {
    expect((await failure('./carbon/throws.mjs')).message).toMatch(/plugin module "\.\/carbon\/throws\.mjs" failed to load: boom at import/);
  });

  it('refuses an options schema that does not compile', async () => {
    expect((await failure('./carbon/bad-schema.mjs')).message).toMatch(/"\.\/carbon\/bad-schema\.mjs": .*options schema is not a valid JSON Schema/);
  });

  it('refuses files that are not modules', async () => {
    expect((await failure('./carbon/plugin.json')).message).toMatch(/must be a \.js, \.mjs, \.cjs or \.ts file/);
  });

  it('is honest about TypeScript on a Node without type stripping and without tsx', async () => {
    if (typeof (process.features as { typescript?: unknown }).typescript === 'string') {
      expect((await loadPlugin('./carbon/typed.ts', dir)).name).toBe('typed');
      return;
    }
    expect((await failure('./carbon/typed.ts')).message).toMatch(/is TypeScript, which Node .* cannot run without a build step[\s\S]*fix: compile it to \.mjs.*Node 22\.18.*tsx/);
  });

  it('pluginShapeProblems accepts a definePlugin result', () => {
    expect(pluginShapeProblems({ name: 'x', kind: 'telemetry', description: 'd', detect: () => 0, read: () => ({}) })).toEqual([]);
    expect(pluginShapeProblems(undefined)).toEqual([expect.stringMatching(/no default/)]);
  });
});

describe('withUserPlugins', () => {
  it('appends loaded plugins, guards all, and refuses a taken name', async () => {
    const builtin = { name: 'good-one', kind: 'telemetry' as const, description: 'x', detect: () => 0, read: async function* () {} };
    const plugins = await withUserPlugins([], ['./carbon/named.mjs', '@acme/carbon-plugin'], dir);
    expect(plugins.map((p) => p.name)).toEqual(['named', 'acme']);
    const error = await withUserPlugins([builtin], ['./carbon/good.mjs'], dir).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/"\.\/carbon\/good\.mjs" is named "good-one", like a plugin already loaded/);
  });
});
