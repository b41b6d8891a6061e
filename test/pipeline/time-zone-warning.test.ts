// The default time zone only matters for timestamps written without one: the report warns about it
// only when a plugin read such timestamps (it called localTimeZone()).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { definePlugin, wallClockToUtc, type TelemetryPlugin } from 'carbon-ci';
import { runReport } from '../../src/pipeline/index.js';

const ROOT = join(import.meta.dirname, '../..');
const codes = async (file: string) => (await runReport({ inputs: [join(ROOT, file)], location: 'FR' })).warnings.map((w) => w.code);

describe('the time-zone-default warning', () => {
  it('comes with nvidia-smi logs, which print local time', async () => {
    expect(await codes('examples/nvidia-smi-8xA100.csv')).toContain('time-zone-default');
  });

  it('does not come with DCGM scrapes or dmon logs whose times are epoch milliseconds or seconds', async () => {
    expect(await codes('plugins/dcgm/fixtures/exporter-scrapes-ms.prom')).not.toContain('time-zone-default');
    expect(await codes('plugins/dcgm/fixtures/dcgmi-dmon-epoch.log')).not.toContain('time-zone-default');
  });
  it('comes with a custom plugin only when it asks for the zone, not when the SDK copies its context', async () => {
    const file = join(ROOT, 'examples/nvidia-smi-8xA100.csv');
    const reader = (askZone: boolean): TelemetryPlugin =>
      definePlugin({
        name: askZone ? 'asks-zone' : 'epoch-times',
        kind: 'telemetry',
        description: 'one reading',
        detect: () => 0,
        async *read(_source, context) {
          const copy = { ...context };
          const timeMs = askZone ? wallClockToUtc(copy.localTimeZone())(Date.UTC(2026, 0, 1)) : Date.UTC(2026, 0, 1);
          yield [
            { type: 'power', timeMs, device: { id: 'gpu0' }, powerW: 100 },
            { type: 'power', timeMs: timeMs + 1000, device: { id: 'gpu0' }, powerW: 100 },
          ];
        },
      });
    for (const askZone of [false, true]) {
      const plugin = reader(askZone);
      const report = await runReport({ inputs: [file], plugins: [plugin], plugin: plugin.name, location: 'FR' });
      expect(report.warnings.map((w) => w.code).includes('time-zone-default')).toBe(askZone);
    }
  });
});
