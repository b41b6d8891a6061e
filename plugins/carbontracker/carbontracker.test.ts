import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isInputError } from 'carbon-ci';
import { expectRecords, runPlugin } from 'carbon-ci/testing';
import carbontracker from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const at = (iso: string) => Date.parse(iso);

describe('carbontracker plugin', () => {
  it('reads the Apple-silicon sample: scalar power per component, epoch window from its end time and duration', async () => {
    const { records, warnings, confidence } = await runPlugin(carbontracker, fixture('61022.root_2025-11-18T155354Z_carbontracker.log'), {
      timeZone: 'Europe/Copenhagen',
    });
    expect(confidence).toBeGreaterThanOrEqual(0.9);
    expect(warnings).toEqual([]);
    const endMs = at('2025-11-18T14:54:28Z');
    expectRecords(
      records,
      [
        { type: 'energy', device: { id: 'gpu', model: 'GPU, ANE', component: 'gpu' }, startMs: endMs - 33570, endMs, energyJ: 0.019533333333333337 * 33.57 },
        { type: 'energy', device: { id: 'cpu', model: 'CPU', component: 'cpu' }, energyJ: 6.785066666666666 * 33.57 },
      ],
      { toleranceJ: 1e-9 },
    );
  });

  it('reads 8 GPUs with a wrapped numpy array, 2 CPU packages, and reports the too-short epoch as missing', async () => {
    const { records, warnings } = await runPlugin(carbontracker, fixture('train_48211.root_2024-06-03T091502Z_carbontracker.log'));
    expect(records).toHaveLength(2 * (8 + 2));
    const gpus = [301.23456789, 298.71234567, 305.02345678, 299.10000001, 302.55555555, 300.01234567, 297.8, 303.3];
    const epoch1 = 32 * 60 + 35.12;
    expectRecords(
      records.slice(0, 10),
      [
        ...gpus.map((w, i) => ({
          type: 'energy' as const,
          device: { id: `gpu${i}`, index: i, model: 'NVIDIA A100-SXM4-40GB', vendor: 'nvidia' as const, component: 'gpu' as const },
          energyJ: w * epoch1,
          endMs: at('2024-06-03T09:47:40Z'),
          startMs: at('2024-06-03T09:47:40Z') - 1955120,
        })),
        { type: 'energy', device: { id: 'cpu0', model: 'cpu:0', component: 'cpu' }, energyJ: 121.5 * epoch1 },
        { type: 'energy', device: { id: 'cpu1', component: 'cpu' }, energyJ: 118.25 * epoch1 },
      ],
      { toleranceJ: 1e-6 },
    );
    expect(records[10]!.device).toBe(records[0]!.device);
    expect(records[10]).toMatchObject({ energyJ: expect.closeTo(310 * (32 * 60 + 31.88), 6), origin: { line: 11 } });
    expect(warnings).toEqual([expect.stringMatching(/2 epoch reading\(s\) have no power .*first at line 15; their energy is missing, not zero/)]);
  });

  it('reads the 1.x format with thread, level and milliseconds', async () => {
    const { records } = await runPlugin(carbontracker, fixture('2020-05-17T1902Z_carbontracker.log'), { timeZone: 'UTC' });
    expectRecords(records, [
      { type: 'energy', device: { id: 'gpu0', model: 'Tesla T4', vendor: 'nvidia' }, endMs: at('2020-05-17T19:02:42.233Z'), startMs: at('2020-05-17T19:02:42.233Z') - 8012, energyJ: 18.5104 * 8.012345 },
    ]);
  });

  it('refuses the output log and names the standard log to pass instead', async () => {
    const error = await runPlugin(carbontracker, fixture('bad/2024-05-01T100000Z_carbontracker_output.log')).catch((e: unknown) => e);
    expect(isInputError(error)).toBe(true);
    expect((error as Error).message).toMatch(/summary \(output\) log[\s\S]*fix: pass the standard log beside it/);
  });

  it('refuses a log whose epochs all lack power, rather than reporting zero', async () => {
    const error = await runPlugin(carbontracker, fixture('bad/short-epochs_carbontracker.log')).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/no epoch with a duration and a power reading/);
  });

  it('does not claim unrelated logs', () => {
    expect(carbontracker.detect({ path: 'train.log', head: '2024-06-03 09:15:02 - INFO - epoch 1 loss 0.3\n' })).toBe(0);
  });
});
