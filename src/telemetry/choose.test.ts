import { describe, expect, it } from 'vitest';
import { choosePlugin } from './choose.js';
import { isInputError } from '../shared/errors.js';
import { definePlugin, type TelemetryPlugin } from '../sdk/plugin.js';

function fake(name: string, score: number | (() => number)): TelemetryPlugin {
  return definePlugin({
    name,
    kind: 'telemetry',
    description: name,
    detect: typeof score === 'number' ? () => score : score,
    async *read() {},
  });
}

const input = { path: 'logs/power.csv', head: 'timestamp, power.draw [W]\n' };

describe('choosePlugin', () => {
  it('returns the named plugin whatever the scores', () => {
    const plugins = [fake('a', 0.9), fake('b', 0)];
    expect(choosePlugin(input, plugins, 'b').name).toBe('b');
  });

  it('refuses an unknown name, listing the known ones', () => {
    expect(() => choosePlugin(input, [fake('a', 1), fake('b', 1)], 'c')).toThrow(/unknown plugin "c"[\s\S]*auto, a, b/);
  });

  it('detects with auto or no name: highest score wins', () => {
    const plugins = [fake('a', 0.3), fake('b', 0.95), fake('c', 0.5)];
    expect(choosePlugin(input, plugins).name).toBe('b');
    expect(choosePlugin(input, plugins, 'auto').name).toBe('b');
  });

  it('refuses when nobody claims the file, with the plugins and --plugin in the hint', () => {
    let error: unknown;
    try {
      choosePlugin(input, [fake('a', 0), fake('b', 0)]);
    } catch (e) {
      error = e;
    }
    expect(isInputError(error)).toBe(true);
    expect((error as Error).message).toMatch(/could not tell the format of this file/);
    expect((error as Error).message).toMatch(/logs\/power\.csv/);
    expect((error as Error).message).toMatch(/known: a, b[\s\S]*--plugin/);
  });

  it('refuses two plugins within 0.1 at the top, naming both', () => {
    expect(() => choosePlugin(input, [fake('a', 0.8), fake('b', 0.75), fake('c', 0.1)])).toThrow(
      /looks like a \(0\.80\) and b \(0\.75\) alike[\s\S]*--plugin a or --plugin b/,
    );
    expect(choosePlugin(input, [fake('a', 0.8), fake('b', 0.69)]).name).toBe('a');
  });

  it('treats a detect that throws or returns NaN as 0, and clamps above 1', () => {
    const plugins = [fake('broken', () => { throw new Error('boom'); }), fake('nan', Number.NaN), fake('big', 7), fake('ok', 0.5)];
    expect(choosePlugin(input, plugins).name).toBe('big');
    expect(() => choosePlugin(input, plugins.slice(0, 2))).toThrow(/could not tell the format/);
  });

  it('refuses a binary file as such, before asking any plugin', () => {
    const explainer = definePlugin({ name: 'e', kind: 'telemetry', description: 'e', detect: () => 0, explain: () => ({ message: 'never', hint: 'never' }), async *read() {} });
    expect(() => choosePlugin({ path: 'a.gz', head: '\u001f\uFFFD\b\u0000\u0000' }, [explainer])).toThrow(/a\.gz: this is a binary file, not a text log/);
    expect(() => choosePlugin({ path: 'b.bin', head: '\uFFFD'.repeat(40) }, [explainer])).toThrow(/binary file/);
  });

  it("gives the first plugin's account of what a file of its family lacks, with its line and hint", () => {
    const silent = definePlugin({ name: 's', kind: 'telemetry', description: 's', detect: () => 0, explain: () => undefined, async *read() {} });
    const broken = definePlugin({ name: 'b', kind: 'telemetry', description: 'b', detect: () => 0, explain: () => { throw new Error('boom'); }, async *read() {} });
    const family = definePlugin({ name: 'f', kind: 'telemetry', description: 'f', detect: () => 0, explain: () => ({ message: 'a time column but no power column', line: 1, hint: 'run: carbon-ci report x --plugin f' }), async *read() {} });
    let error: unknown;
    try {
      choosePlugin(input, [silent, broken, family]);
    } catch (e) {
      error = e;
    }
    expect(isInputError(error)).toBe(true);
    expect(error).toMatchObject({ file: 'logs/power.csv', line: 1, hint: 'run: carbon-ci report x --plugin f' });
    expect((error as Error).message).toMatch(/a time column but no power column/);
    expect(() => choosePlugin(input, [silent, broken])).toThrow(/could not tell the format/);
    expect(choosePlugin(input, [family, fake('sure', 0.7)]).name).toBe('sure');
  });
});
