// Red team: embodied CO2e was charged over the time between two runs of the same GPU (two 10-minute
// runs 24 h apart: 216 g instead of 12 g), though the job held the GPU for 20 minutes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReport } from '../../src/pipeline/index.js';

const HEADER = 'timestamp, index, uuid, name, power.draw [W]';
const UUID = 'GPU-5e1c1b1a-0000-4000-8000-00000000abcd';

function run(day: number): string {
  const rows: string[] = [];
  for (let s = 0; s <= 600; s += 1) {
    const t = new Date(Date.UTC(2026, 2, day, 8, 0, s));
    const stamp = t.toISOString().replace('T', ' ').replace('Z', '').replace(/-/g, '/');
    rows.push(`${stamp}, 0, ${UUID}, NVIDIA A100-SXM4-80GB, 300.00 W`);
  }
  return rows.join('\n');
}

describe('embodied CO2e of a GPU seen in two runs a day apart', () => {
  it('is charged for the 20 minutes it was held, not for the 24 hours between the runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-embodied-'));
    const file = join(dir, 'two-runs.csv');
    writeFileSync(file, `${HEADER}\n${run(2)}\n${run(3)}\n`);
    const report = await runReport({ inputs: [file], location: 'FR', timeZone: 'UTC' });
    const device = report.devices[0]!;
    expect(device.gapCount).toBe(1);
    // 462.5 kg over 4 years (the table's A100 figure: 150 kg + its eighth of a 2,500 kg server) for 2 × 600 s.
    const lifetimeS = 4 * 365.25 * 24 * 3600;
    expect(device.embodiedCo2eG).toBeCloseTo((462_500 * 1200) / lifetimeS, 6);
    expect(report.totals.embodiedCo2eG).toBeLessThan(5); // a day would be ≈ 320 g
  });
});
