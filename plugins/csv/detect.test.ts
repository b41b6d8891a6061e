import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DETECT_HEAD_BYTES, runPlugin, textSource } from 'carbon-ci/testing';
import type { TelemetryPlugin } from 'carbon-ci';
import { builtinPlugins } from '../index.js';
import { choosePlugin } from '../../src/telemetry/choose.js';
import { readHead } from './detect.js';
import plugin from './index.js';

const pluginsDir = fileURLToPath(new URL('..', import.meta.url));
const own = fileURLToPath(new URL('./fixtures', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const headOf = (path: string) => readFileSync(path).subarray(0, DETECT_HEAD_BYTES).toString('utf8');

/** What `--plugin auto` makes of a file: the chosen plugin's name, or "refused". */
function outcome(path: string, plugins: TelemetryPlugin[]): string {
  try {
    return choosePlugin({ path, head: headOf(path) }, plugins).name;
  } catch {
    return 'refused';
  }
}

describe('csv detection', () => {
  const others = readdirSync(pluginsDir)
    .filter((name) => name !== 'csv' && statSync(join(pluginsDir, name)).isDirectory())
    .flatMap((name) => {
      const fixtures = join(pluginsDir, name, 'fixtures');
      try {
        return filesUnder(fixtures);
      } catch {
        return [];
      }
    });

  it("claims none of the other plugins' fixtures: every file goes where it went without csv", () => {
    expect(others.length).toBeGreaterThan(60);
    const withoutCsv = builtinPlugins.filter((p) => p.name !== 'csv');
    const changed = others
      .map((path) => ({ path: relative(pluginsDir, path), before: outcome(path, withoutCsv), after: outcome(path, builtinPlugins) }))
      .filter((r) => r.before !== r.after || r.after === 'csv');
    expect(changed).toEqual([]);
  });

  it('stays more than the tie margin under every dedicated plugin on their fixtures', () => {
    for (const path of others) {
      const head = headOf(path);
      const best = Math.max(...builtinPlugins.filter((p) => p.name !== 'csv').map((p) => p.detect({ path, head })));
      const mine = plugin.detect({ path, head });
      if (mine > 0) expect(best - mine, relative(pluginsDir, path)).toBeGreaterThanOrEqual(0.1);
    }
  });

  it('detects its own fixtures, and refuses those in fixtures/options/ with options that read them', async () => {
    for (const path of filesUnder(own).filter((p) => p.endsWith('.csv') && !p.includes('/bad/'))) {
      const name = relative(own, path);
      const head = headOf(path);
      const reading = readHead(head);
      if (!name.startsWith('options/')) {
        expect(plugin.detect({ path, head }), name).toBe(0.4);
        expect(choosePlugin({ path, head }, builtinPlugins).name, name).toBe('csv');
        continue;
      }
      expect(plugin.detect({ path, head }), name).toBe(0);
      const suggest = reading && 'refusal' in reading ? reading.refusal.suggest : undefined;
      expect(suggest, name).toBeDefined();
      const { records } = await runPlugin(plugin, path, { options: { ...suggest } });
      expect(records.length, name).toBeGreaterThan(0);
    }
  });

  it('detects its own example, which the README shows', () => {
    expect(plugin.example).toBeDefined();
    expect(plugin.detect({ path: 'power.csv', head: `${plugin.example!}\n` })).toBeGreaterThan(0);
    expect(readFileSync(new URL('./README.md', import.meta.url), 'utf8')).toContain(plugin.example!);
  });

  it('is not taken in by JSON lines, Prometheus text or a log without a header', () => {
    for (const head of ['{"t": "2025-01-20T09:00:00Z", "gpu": 0, "watts": 78.3}\n{"t": 1}\n', 'DCGM_FI_DEV_POWER_USAGE{gpu="0",UUID="GPU-1"} 61.2\n', '2025-01-20T09:00:00Z,0,78.3\n2025-01-20T09:00:01Z,0,78.3\n']) {
      expect(plugin.detect({ path: 'x', head })).toBe(0);
    }
  });
});

describe('refusals through --plugin auto', () => {
  const refusal = (text: string, path = 'logs/power.csv') => {
    try {
      choosePlugin({ path, head: text }, builtinPlugins);
    } catch (error) {
      return error as Error & { line?: number; hint?: string };
    }
    throw new Error('chosen');
  };

  it('names the family and what is missing: no power column, no timestamps, a single row', () => {
    expect(refusal('timestamp,temperature_C\n2025-03-04T10:00:00Z,55\n2025-03-04T10:00:01Z,56\n').message).toMatch(/delimited file with a time column but no power or energy column/);
    expect(refusal('step,loss,power_W\n1,0.5,200\n2,0.4,210\n').message).toMatch(/no timestamps/);
    const single = refusal('timestamp,power_W\n2025-03-04T10:00:00Z,200\n');
    expect(single.message).toMatch(/:2: a single row/);
  });

  it('prints the exact command line that reads a file whose units are not stated', () => {
    const error = refusal('time,GPU0,GPU1\n2025-03-04T10:00:00Z,100,100\n2025-03-04T10:00:01Z,100,100\n', 'my logs/gpu.csv');
    expect(error.line).toBe(1);
    expect(error.hint).toContain("carbon-ci report 'my logs/gpu.csv' --plugin csv --plugin-option power=GPU0,GPU1 --plugin-option unit=W");
  });

  it('leaves "could not tell the format" to files that look like none', () => {
    expect(refusal('hello world\nthis is not a log\n').message).toMatch(/could not tell the format/);
  });

  it('reads a semicolon log and a header with spaces after the commas', async () => {
    const { records } = await runPlugin(plugin, textSource('timestamp, gpu, power [W]\n2025-03-04T10:00:00Z, 0, 61.5\n2025-03-04T10:00:01Z, 0, 62\n', 's.csv'));
    expect(records.map((r) => (r as { powerW: number }).powerW)).toEqual([61.5, 62]);
  });
});
