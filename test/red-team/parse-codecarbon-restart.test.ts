// Red team, parsing: a CodeCarbon run restarted under the same run_id. Its rows are cumulative
// (energy and duration grow from the run's start); a restart begins again from zero. It was recognised
// only when the duration fell, so a restart whose first row happened to have a larger duration was read
// as the old run going on: its energy counted as a small increment (or refused as energy going down).
import { describe, expect, it } from 'vitest';
import type { EnergyRecord } from 'carbon-ci';
import { expectInputError, runPlugin, textSource } from 'carbon-ci/testing';
import codecarbon from '../../plugins/codecarbon/index.js';

const J_PER_KWH = 3.6e6;
const HEADER = 'timestamp,project_name,run_id,duration,emissions,gpu_energy,gpu_count,gpu_model';
const row = (timestamp: string, durationS: number, gpuKWh: number, run = 'run-a') => `${timestamp},llm,${run},${durationS},0.0001,${gpuKWh},1,NVIDIA A100-SXM4-80GB`;
const file = (...rows: string[]) => `${[HEADER, ...rows].join('\n')}\n`;
const at = (wall: string) => Date.parse(`${wall}Z`);

async function read(text: string) {
  const { records, infos } = await runPlugin(codecarbon, textSource(text, 'emissions.csv'), { timeZone: 'UTC' });
  return { records: records as EnergyRecord[], infos };
}

describe('codecarbon: a run restarted under the same run_id', () => {
  it('counts the whole energy of a restart whose first duration is larger than the last one before it', async () => {
    // run-a: 60 s, 0.002 kWh. Restarted at 00:10:00; its first row, 100 s in, has 0.0025 kWh of its own.
    const { records, infos } = await read(file(row('2025-06-01T00:00:30', 30, 0.001), row('2025-06-01T00:01:00', 60, 0.002), row('2025-06-01T00:11:40', 100, 0.0025)));
    expect(records.map((r) => r.energyJ)).toEqual([0.001 * J_PER_KWH, (0.002 - 0.001) * J_PER_KWH, 0.0025 * J_PER_KWH]);
    expect(records.map((r) => [r.startMs, r.endMs])).toEqual([
      [at('2025-06-01T00:00:00'), at('2025-06-01T00:00:30')],
      [at('2025-06-01T00:00:30'), at('2025-06-01T00:01:00')],
      [at('2025-06-01T00:10:00'), at('2025-06-01T00:11:40')],
    ]);
    expect(records[2]!.device).toBe(records[0]!.device);
    expect(infos).toContain("emissions.csv:4: run run-a starts again (its start, timestamp − duration, moved 600 s later, after the run's previous row); read as a new run with the same id");
  });

  it('reads a restart whose energy is below the run\u2019s last total as a restart, not as a corrupted file', async () => {
    const { records } = await read(file(row('2025-06-01T00:01:00', 60, 0.002), row('2025-06-01T00:11:40', 100, 0.0015), row('2025-06-01T00:12:40', 160, 0.0024)));
    expect(records.map((r) => r.energyJ)).toEqual([0.002 * J_PER_KWH, 0.0015 * J_PER_KWH, (0.0024 - 0.0015) * J_PER_KWH]);
  });

  it('still reads a fallen duration as a restart, and keeps a run whose start only jitters by the rounding of its timestamps', async () => {
    const fallen = await read(file(row('2025-06-01T00:01:00', 60, 0.002), row('2025-06-01T00:10:15', 15, 0.0004)));
    expect(fallen.records.map((r) => r.energyJ)).toEqual([0.002 * J_PER_KWH, 0.0004 * J_PER_KWH]);
    expect(fallen.infos).toContain('emissions.csv:3: run run-a starts again (its duration went down); read as a new run with the same id');
    // Timestamps to the second, durations to the microsecond: the start moves by up to a second.
    const jitter = await read(file(row('2025-06-01T00:00:30', 29.1, 0.001), row('2025-06-01T00:01:00', 60.9, 0.002), row('2025-06-01T00:01:30', 90.2, 0.003)));
    expect(jitter.records.map((r) => r.energyJ)).toEqual([0.001 * J_PER_KWH, (0.002 - 0.001) * J_PER_KWH, (0.003 - 0.002) * J_PER_KWH]);
    expect(jitter.infos.join('\n')).not.toMatch(/starts again/);
  });

  it('still refuses a total that goes down while the run goes on (same start)', async () => {
    await expectInputError(read(file(row('2025-06-01T00:00:30', 30, 0.002), row('2025-06-01T00:01:00', 60, 0.001))), {
      message: 'gpu energy of run run-a went down from 0.002 to 0.001 kWh',
      line: 3,
    });
  });
});
