// Red team: a DST fall-back hour in zone-less local times, read without --timezone, was dropped as
// "time went backwards" while coverage stayed at 100 % and the zone warning said totals did not depend on it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReport } from '../../src/pipeline/index.js';

const ROOT = join(import.meta.dirname, '../..');
const LOG = join(ROOT, 'plugins/nvidia-smi/fixtures/dst-fall-back-new-york.csv');

describe('a log written across a DST fall-back, in local time', () => {
  it('read without a zone: lower coverage, and a warning that names --timezone and the repeated hour', async () => {
    const report = await runReport({ inputs: [LOG], location: 'FR' });
    const device = report.devices[0]!;
    // 9 samples 20 min apart in real time: 160 min; read as UTC only 100 min are on the timeline, 60 min repeat.
    expect(device.energyJ).toBeCloseTo(300 * 100 * 60, 6);
    expect(device.coverage).toBeCloseTo(100 / 160, 9);
    const zone = report.warnings.find((w) => w.code === 'time-zone-default')!;
    expect(zone.message).toMatch(/went back in time/);
    expect(zone.message).toMatch(/--timezone/);
    expect(zone.message).not.toMatch(/do not depend on it/);
    expect(report.warnings.find((w) => w.code === 'time-backwards')!.message).toMatch(/about 60 min in all, is not counted: coverage lowered/);
  });

  it('read in its zone: the repeated hour is the second pass, all of it counted', async () => {
    const report = await runReport({ inputs: [LOG], location: 'FR', timeZone: 'America/New_York' });
    expect(report.devices[0]!.energyJ).toBeCloseTo(300 * 160 * 60, 6);
    expect(report.devices[0]!.coverage).toBe(1);
    expect(report.warnings.map((w) => w.code)).not.toContain('time-backwards');
  });
});
