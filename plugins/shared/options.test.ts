import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TelemetryPlugin } from 'carbon-ci';
import { createContext, expectInputError, fileSource } from 'carbon-ci/testing';
import dcgm from '../dcgm/index.js';
import nvidiaSmiDmon from '../nvidia-smi-dmon/index.js';
import rocmSmi from '../rocm-smi/index.js';
import zeus from '../zeus/index.js';
import { hostOption } from './options.js';

const fixture = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

describe('hostOption', () => {
  it('gives the host, or undefined when absent, and refuses what is not a host name with the fix', async () => {
    expect(hostOption({ host: 'node1' })).toBe('node1');
    expect(hostOption({})).toBeUndefined();
    for (const host of ['', 42, null, ['a']]) {
      await expectInputError(() => hostOption({ host }), { message: /plugin option host must be a non-empty string/, hint: /--plugin-option host=node1/ });
    }
  });

  it('is the check of every plugin that reads the option itself, also when its read is called without the schema', async () => {
    const plugins: [TelemetryPlugin<never>, string][] = [
      [dcgm as TelemetryPlugin<never>, 'dcgm/fixtures/exporter-scrapes-ms.prom'],
      [nvidiaSmiDmon as TelemetryPlugin<never>, 'nvidia-smi-dmon/fixtures/dt-new-driver-2gpu.log'],
      [rocmSmi as TelemetryPlugin<never>, 'rocm-smi/fixtures/amd-smi-metric-watch.csv'],
      [zeus as TelemetryPlugin<never>, 'zeus/fixtures/disjoint-1gpu.csv'],
    ];
    for (const [plugin, path] of plugins) {
      const context = createContext({ options: { host: 42 } });
      const readAll = async () => {
        for await (const batch of plugin.read(fileSource(fixture(path)), context as never)) void batch;
      };
      await expect(expectInputError(readAll, { hint: /--plugin-option host=node1/ }), plugin.name).resolves.toBeTruthy();
    }
  });
});
