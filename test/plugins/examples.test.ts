// Every built-in plugin shows an example of what it reads (`carbon-ci plugins`, its README): the example
// must be what the plugin really reads, so detection picks that plugin for it, and its README shows it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { choosePlugin } from '../../src/telemetry/index.js';
import { builtinPlugins } from '../../plugins/index.js';

/** Plugins that detect by file name too are shown their example under the name their tool writes. */
const EXAMPLE_PATHS: Record<string, string> = {
  'hf-trainer': 'out/trainer_state.json',
  carbontracker: 'logs/1234.host_2024-01-01T000000Z_carbontracker.log',
  codecarbon: 'emissions.csv',
  mlflow: 'history.json',
  csv: 'logs/power.csv',
};

const readme = (name: string) => readFileSync(fileURLToPath(new URL(`../../plugins/${name}/README.md`, import.meta.url)), 'utf8');

describe('plugin examples', () => {
  it('every built-in plugin has one', () => {
    expect(builtinPlugins.filter((plugin) => !plugin.example?.trim()).map((plugin) => plugin.name)).toEqual([]);
  });

  for (const plugin of builtinPlugins.filter((p) => p.example)) {
    it(`${plugin.name}: detection picks it for its example, and its README shows the example`, () => {
      const path = EXAMPLE_PATHS[plugin.name] ?? `example-${plugin.name}.log`;
      expect(plugin.detect({ path, head: `${plugin.example!}\n` })).toBeGreaterThan(0);
      expect(choosePlugin({ path, head: `${plugin.example!}\n` }, builtinPlugins).name).toBe(plugin.name);
      const text = readme(plugin.name);
      for (const line of plugin.example!.split('\n')) expect(text).toContain(line);
    });
  }
});
