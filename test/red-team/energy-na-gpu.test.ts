// Red team: a GPU whose every reading is [N/A] vanished from the report while coverage showed 100 %.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPlugin } from 'carbon-ci/testing';
import nvidiaSmi from '../../plugins/nvidia-smi/index.js';
import { EnergyAccumulator } from '../../src/energy/index.js';
import { runReport } from '../../src/pipeline/index.js';
import { renderMarkdown } from '../../src/render/index.js';

const HEADER = 'timestamp, index, uuid, name, power.draw [W]';

function log(): string {
  const rows = [HEADER];
  for (let s = 0; s <= 60; s += 10) {
    const stamp = new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString().replace('T', ' ').replace('Z', '').replace(/-/g, '/');
    rows.push(`${stamp}, 0, GPU-aaaa, NVIDIA A100-SXM4-80GB, 300.00 W`, `${stamp}, 1, GPU-bbbb, NVIDIA A100-SXM4-80GB, [N/A]`);
  }
  const file = join(mkdtempSync(join(tmpdir(), 'carbon-ci-na-')), 'gpu.csv');
  writeFileSync(file, `${rows.join('\n')}\n`);
  return file;
}

describe('a GPU whose every reading is [N/A]', () => {
  it('is in the report with no energy and 0 % coverage, and the overall coverage shows it', async () => {
    const report = await runReport({ inputs: [log()], location: 'FR', timeZone: 'UTC' });
    expect(report.devices.map((d) => [d.id, d.coverage])).toEqual([
      ['GPU-aaaa', 1],
      ['GPU-bbbb', 0],
    ]);
    expect(report.devices[1]!.energyJ).toBe(0);
    expect(report.coverage).toBeCloseTo(0.5, 9);
    expect(report.warnings.find((w) => w.code === 'no-reading-device')?.message).toMatch(/GPU-bbbb.*gave no power reading.*0 % coverage/);
  });

  it('has no maximum gap of its own: none was applied, whatever --max-gap says', async () => {
    const fixed = await runReport({ inputs: [log()], location: 'FR', timeZone: 'UTC', maxGapS: 60 });
    expect(fixed.devices.map((d) => [d.id, d.maxGapS])).toEqual([
      ['GPU-aaaa', 60],
      ['GPU-bbbb', undefined],
    ]);
    const auto = await runReport({ inputs: [log()], location: 'FR', timeZone: 'UTC' });
    expect(auto.devices.map((d) => d.maxGapS)).toEqual([50, undefined]);
    // The method names only the gaps that were applied: 5 x the 10 s interval.
    expect(renderMarkdown(auto)).toContain('samples further apart than the adaptive maximum gap (here 50.0 s) are not bridged');
  });

  it('comes from the plugin as schema-valid no-reading records for its first and last rows', async () => {
    const { records } = await runPlugin(nvidiaSmi, log());
    const unread = records.filter((r) => r.type === 'no-reading');
    expect(unread.map((r) => [r.device.id, r.origin?.line])).toEqual([
      ['GPU-bbbb', 3],
      ['GPU-bbbb', 15],
    ]);
  });

  it('in the energy stage: a no-reading between readings leaves them bridged; only no-readings make a 0 % device', () => {
    const accumulator = new EnergyAccumulator({ maxGapS: 30 });
    const gpu = { id: 'gpu0' };
    const lone = { id: 'gpu1' };
    accumulator.addBatch(
      [
        { type: 'power', timeMs: 0, device: gpu, powerW: 100 },
        { type: 'no-reading', timeMs: 10_000, device: gpu },
        { type: 'power', timeMs: 20_000, device: gpu, powerW: 100 },
        { type: 'no-reading', timeMs: 0, device: lone },
        { type: 'no-reading', timeMs: 20_000, device: lone },
      ],
      { plugin: 'test', file: 'x' },
    );
    const { devices } = accumulator.finish();
    expect(devices.map((d) => [d.device.id, d.energyJ, d.coverage, d.startMs, d.endMs])).toEqual([
      ['gpu0', 2000, 1, 0, 20_000],
      ['gpu1', 0, 0, 0, 20_000],
    ]);
  });
});
