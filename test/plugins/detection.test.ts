/**
 * The detection table: every fixture of every built-in plugin (plugins/<name>/fixtures/**, without
 * fixtures/bad/ and README.md) is claimed by its own plugin, above every other plugin by at least the
 * margin that `--plugin auto` needs to choose, and no other plugin claims it at 0.5 or more.
 * Fixtures of other formats or of broken input belong in fixtures/bad/; fixtures that only the plugin's
 * options can read (detection must refuse them) in fixtures/options/.
 */
import { existsSync, openSync, readSync, closeSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TelemetryPlugin } from 'carbon-ci';
import { builtinPlugins } from '../../plugins/index.js';
import { utf16WithBom } from '../../src/sdk/lines.js';
import { choosePlugin } from '../../src/telemetry/choose.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pluginsDir = join(root, 'plugins');
/** choosePlugin refuses to pick between two scores closer than this (src/telemetry/choose.ts). */
const TIE_MARGIN = 0.1;
const HEAD_BYTES = 64 * 1024;

function fixturesOf(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) {
        if (at === dir && (entry.name === 'bad' || entry.name === 'options')) continue;
        walk(path);
      } else if (entry.isFile() && entry.name !== 'README.md') out.push(path);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

function head(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(HEAD_BYTES, statSync(path).size));
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    const bytes = buffer.subarray(0, read);
    // As carbon-ci's readHead: UTF-16 with a byte-order mark (PowerShell's `>`) is decoded as such.
    return new TextDecoder(utf16WithBom(bytes) ?? 'utf-8').decode(bytes, { stream: true });
  } finally {
    closeSync(fd);
  }
}

// Every plugin folder, loaded directly, so the table is complete even before plugins/index.ts lists it.
// A folder counts when its index.ts has a default export or it has fixtures/ (a folder without either,
// such as a data source that is not a file plugin, is not in the table).
const own = new Map<string, TelemetryPlugin>();
for (const entry of readdirSync(pluginsDir, { withFileTypes: true })) {
  const index = join(pluginsDir, entry.name, 'index.ts');
  if (!entry.isDirectory() || !existsSync(index)) continue;
  const module = (await import(pathToFileURL(index).href)) as { default?: TelemetryPlugin };
  if (module.default !== undefined || existsSync(join(pluginsDir, entry.name, 'fixtures'))) own.set(entry.name, module.default!);
}
const folders = [...own.keys()].sort();
const all = new Map<string, TelemetryPlugin>();
for (const plugin of [...builtinPlugins, ...own.values()]) if (plugin && !all.has(plugin.name)) all.set(plugin.name, plugin);

function score(plugin: TelemetryPlugin, input: { path: string; head: string }): number {
  const value = plugin.detect(input);
  return Number.isFinite(value) ? value : Number.NaN;
}

describe('detection table', () => {
  it('finds the plugin folders', () => {
    expect(folders.length).toBeGreaterThanOrEqual(5);
  });

  it('plugins/index.ts lists every plugin folder', () => {
    expect(builtinPlugins.every((p) => typeof p?.detect === 'function'), 'builtinPlugins holds an entry that is not a plugin').toBe(true);
    const listed = new Set(builtinPlugins.map((p) => p?.name));
    const missing = [...own.entries()].map(([folder, p]) => p?.name ?? `${folder} (no default export)`).filter((name) => !listed.has(name));
    expect(missing, 'plugins not registered in plugins/index.ts builtinPlugins').toEqual([]);
  });

  describe.each(folders)('plugins/%s', (folder) => {
    const plugin = own.get(folder)!;
    const fixtures = fixturesOf(join(pluginsDir, folder, 'fixtures'));

    it('exports its plugin as the default export of index.ts', () => {
      expect(typeof plugin?.detect, `plugins/${folder}/index.ts has no default-exported plugin`).toBe('function');
    });

    it('has real-format fixtures', () => {
      expect(fixtures.length, `plugins/${folder}/fixtures/ holds no fixture`).toBeGreaterThan(0);
    });

    it.each(fixtures.map((path) => relative(root, path)))('%s is its own, and no one else’s', (path) => {
      const input = { path, head: head(join(root, path)) };
      const mine = score(plugin, input);
      if (!plugin) return;
      const others = [...all.values()].filter((p) => p.name !== plugin.name).map((p) => ({ name: p.name, score: score(p, input) }));
      const table = [`${plugin.name}: ${mine}`, ...others.filter((o) => o.score !== 0).map((o) => `${o.name}: ${o.score}`)].join(', ');
      expect(mine, `${plugin.name} must claim it (${table})`).toBeGreaterThan(0);
      for (const other of others) {
        expect(Number.isNaN(other.score), `${other.name}.detect returned a non-number`).toBe(false);
        expect(other.score, `${other.name} claims a ${plugin.name} fixture (${table})`).toBeLessThan(0.5);
        expect(mine - other.score, `${plugin.name} must beat ${other.name} by the tie margin (${table})`).toBeGreaterThanOrEqual(TIE_MARGIN);
      }
      // As `--plugin auto` chooses, among every plugin.
      expect(choosePlugin(input, [...all.values()]).name).toBe(plugin.name);
    });
  });
});
