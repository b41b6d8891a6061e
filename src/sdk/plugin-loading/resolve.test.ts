import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pluginModuleFile } from './resolve.js';

let dir: string;

async function installPackage(name: string, manifest: object, files: Record<string, string>): Promise<void> {
  const root = join(dir, 'node_modules', name);
  for (const [file, text] of Object.entries({ 'package.json': JSON.stringify({ name, ...manifest }), ...files })) {
    await mkdir(join(root, file, '..'), { recursive: true });
    await writeFile(join(root, file), text);
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'carbon-ci-resolve-'));
  await mkdir(join(dir, 'deep', 'er'), { recursive: true });
  await installPackage('esm-only', { type: 'module', exports: { '.': { import: './index.mjs' }, './extra': { import: './extra.mjs' } } }, { 'index.mjs': '', 'extra.mjs': '' });
  await installPackage('@acme/dual', { exports: { '.': { require: './index.cjs', import: './index.mjs' } } }, { 'index.mjs': '', 'index.cjs': '' });
  await installPackage('legacy', { main: 'lib/main.js' }, { 'lib/main.js': '' });
  await installPackage('broken', { exports: { '.': { import: '../outside.mjs' } } }, {});
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('pluginModuleFile', () => {
  it('resolves an ES-module-only package and its subpaths, from the working directory or below it', async () => {
    expect(await pluginModuleFile('esm-only', dir)).toBe(join(dir, 'node_modules', 'esm-only', 'index.mjs'));
    expect(await pluginModuleFile('esm-only/extra', join(dir, 'deep', 'er'))).toBe(join(dir, 'node_modules', 'esm-only', 'extra.mjs'));
  });

  it("takes a dual package's ES module build, where the plugin can import carbon-ci", async () => {
    expect(await pluginModuleFile('@acme/dual', dir)).toBe(join(dir, 'node_modules', '@acme', 'dual', 'index.mjs'));
  });

  it('follows "main" in a package without "exports"', async () => {
    expect(await pluginModuleFile('legacy', dir)).toBe(join(dir, 'node_modules', 'legacy', 'lib', 'main.js'));
  });

  it('names what is wrong with a package it cannot resolve', async () => {
    await expect(pluginModuleFile('esm-only/nope', dir)).rejects.toThrow(/plugin package "esm-only\/nope" exports no "\.\/nope" entry for import/);
    await expect(pluginModuleFile('broken', dir)).rejects.toThrow(/plugin package "broken" cannot be resolved: Invalid "exports" main target/);
    await expect(pluginModuleFile('@scope', dir)).rejects.toThrow(/neither a file path nor an npm package name/);
  });
});
