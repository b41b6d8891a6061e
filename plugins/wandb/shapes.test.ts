// W&B system metrics as people re-export them: pandas CSVs of the history (sparse, _runtime only,
// renamed columns), and the binary .wandb transaction log, which is refused with the export command.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectInputError, expectRecords, runPlugin, textSource } from 'carbon-ci/testing';
import { runReport } from '../../src/pipeline/index.js';
import wandb from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
/** Trapezoids over 15 s steps. */
const trapezoidJ = (watts: number[]) => watts.slice(1).reduce((sum, w, i) => sum + ((w + watts[i]!) / 2) * 15, 0);

describe('wandb: re-exported history', () => {
  it('detects its own example', () => {
    expect(wandb.example).toBeDefined();
    expect(wandb.detect({ path: 'history.csv', head: wandb.example! })).toBeGreaterThan(0);
  });

  it('reads a sparse history: the hours between bursts are gaps, not bridged (the maximum-gap rule)', async () => {
    const { records, warnings } = await runPlugin(wandb, fixture('history-sparse.csv'));
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(24);
    const report = await runReport({ inputs: [fixture('history-sparse.csv')], timeZone: 'UTC', location: 'FR' });
    const gpu0 = report.devices.find((d) => d.id === 'gpu0')!;
    const burst = [298.4, 301.2, 305.7, 303.9, 300.1, 299.6];
    expect(gpu0.energyJ).toBeCloseTo(trapezoidJ(burst) + trapezoidJ(burst.map((w) => w - 20)), 6);
    expect(gpu0.energyJ).toBeCloseTo(43797, 6);
    // 150 s measured of the 10 875 s between the first and last sample.
    expect(gpu0.coverage).toBeCloseTo(150 / 10875, 6);
    const gaps = report.warnings.filter((w) => w.code === 'gaps');
    expect(gaps.map((w) => w.deviceId).sort()).toEqual(['gpu0', 'gpu1']);
    expect(gaps[0]!.message).toMatch(/gpu0: 1 span not bridged \(3 h in all; maximum gap 75 s\): no energy is counted there and coverage is 1\.4%/);
  });

  it('warns when most rows are minutes apart: a downsampled history (samples=500)', async () => {
    const rows = Array.from({ length: 8 }, (_, i) => `${1733040000 + i * 1200},${300 + i}`);
    const { records, warnings } = await runPlugin(wandb, textSource(`_timestamp,system.gpu.0.powerWatts\n${rows.join('\n')}\n`, 'history.csv'));
    expect(records).toHaveLength(8);
    expect(warnings).toEqual([expect.stringMatching(/history\.csv: most samples are more than 2 min apart.*downsampled.*samples=100000/)]);
  });

  it('places a _runtime-only export in time with startedAt from wandb-metadata.json (UTC without a zone)', async () => {
    const { records } = await runPlugin(wandb, fixture('history-runtime.csv'), { options: { startedAt: '2024-12-01T08:00:00.512300' } });
    expectRecords(records.slice(0, 2), [
      { type: 'power', device: 'gpu0', powerW: 298.4, timeMs: Date.parse('2024-12-01T08:00:15.512Z') },
      { type: 'power', device: 'gpu0', powerW: 301.2, timeMs: Date.parse('2024-12-01T08:00:30.512Z') },
    ]);
    await expectInputError(runPlugin(wandb, fixture('history-runtime.csv')), {
      message: /_runtime \(seconds since the run started\) but no _timestamp/,
      line: 1,
      hint: /wandb\.startedAt=.*history\(stream="events"\)/,
    });
    await expectInputError(runPlugin(wandb, fixture('history-runtime.csv'), { options: { startedAt: 'yesterday' } }), { message: /option startedAt "yesterday" is not a date/, hint: /wandb-metadata\.json/ });
    const jsonl = '{"_runtime": 15.0, "system.gpu.0.powerWatts": 298.4}\n';
    await expectInputError(runPlugin(wandb, textSource(jsonl, 'history.jsonl')), { message: /no _timestamp/, line: 1 });
  });

  it('reads columns renamed with their unit (GPU N Power Usage (W)) and refuses bare "GPU N" columns', async () => {
    const named = '_timestamp,GPU 0 Power Usage (W),GPU 1 Power Usage (W)\n1733040015.5,298.4,288.0\n1733040030.5,301.2,290.5\n';
    const { records, confidence } = await runPlugin(wandb, textSource(named, 'gpu-power.csv'));
    expect(confidence).toBeGreaterThanOrEqual(0.9);
    expectRecords(records, [
      { type: 'power', device: { id: 'gpu0', index: 0 }, powerW: 298.4, timeMs: 1733040015500 },
      { type: 'power', device: { id: 'gpu1', index: 1 }, powerW: 288.0 },
      { type: 'power', device: 'gpu0', powerW: 301.2 },
      { type: 'power', device: 'gpu1', powerW: 290.5 },
    ]);
    await expectInputError(runPlugin(wandb, textSource('_timestamp,GPU 0,GPU 1\n1733040015.5,298.4,288.0\n', 'gpus.csv'), { validate: false }), {
      message: /GPU 0, GPU 1 do not say what they hold/,
      line: 1,
      hint: /system\.gpu\.N\.powerWatts/,
    });
  });

  it('refuses a binary .wandb transaction log with the commands that export its history', async () => {
    const log = Buffer.concat([Buffer.from(':W&B', 'latin1'), Buffer.from([0xe1, 0xbe, 0x01]), Buffer.alloc(64, 0x7f)]);
    expect(wandb.detect({ path: 'wandb/run-20241201_080000-k3x9/run-k3x9.wandb', head: log.toString('utf8') })).toBeGreaterThanOrEqual(0.9);
    await expectInputError(runPlugin(wandb, textSource(log, 'wandb/run-20241201_080000-k3x9/run-k3x9.wandb')), {
      message: /W&B transaction log \(\.wandb\), a binary file/,
      hint: /wandb sync wandb\/run-20241201_080000-k3x9\/`.*history\(stream="events"\)\.to_csv/,
    });
    // Renamed, it is still known by its first bytes.
    await expectInputError(runPlugin(wandb, textSource(log, 'downloads/run-k3x9'), { validate: false }), { message: /W&B transaction log/ });
  });
});
