// The default time zone only matters for timestamps written without one: the report warns about it
// only when a plugin read such timestamps (it asked for the zone), on any thread.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinPlugins } from '../../plugins/index.js';
import { readFilesInto } from '../../src/pipeline/parallel/read-files.js';
import { energyAccumulator } from '../../src/pipeline/parallel/read-unit.js';
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

  it('is told from worker threads too', { timeout: 60_000 }, async () => {
    let asked = 0;
    const options = { plugins: builtinPlugins, plugin: undefined, timeZone: 'UTC', maxGapS: 'auto' as const, pluginOptions: {}, log: { debug() {}, info() {}, warn() {} } };
    await readFilesInto(energyAccumulator('auto'), [join(ROOT, 'examples/nvidia-smi-8xA100.csv')], {
      ...options,
      workers: 2,
      parallelMinBytes: 0,
      partMinBytes: 2_000_000,
      onTimeZoneRead: () => asked++,
    });
    // Once for each of the two parts: the one read in this thread and the one read on a worker.
    expect(asked).toBe(2);
  });
});
