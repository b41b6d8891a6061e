import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isInputError } from 'carbon-ci';
import { expectRecords, runPlugin, textSource } from 'carbon-ci/testing';
import slurm from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const at = (iso: string) => Date.parse(iso);

describe('slurm plugin', () => {
  it('reads the real CSCS job once (the job line), not job + batch + extern + step', async () => {
    const { records, warnings, confidence } = await runPlugin(slurm, fixture('cscs-santis-4node.txt'), { timeZone: 'Europe/Zurich' });
    expect(confidence).toBeGreaterThanOrEqual(0.9);
    expect(warnings).toEqual([]);
    expectRecords(records, [
      {
        type: 'energy',
        energyJ: 20543125,
        startMs: at('2024-03-15T19:24:16Z'),
        endMs: at('2024-03-15T19:59:18Z'),
        device: { id: 'slurm:santis/nid[001002,001004,001012,001014]', component: 'node', host: 'nid[001002,001004,001012,001014]' },
        origin: { line: 2 },
      },
    ]);
    const record = records[0]!;
    expect(record.type === 'energy' && record.sourceReported?.note).toMatch(/job 38113 \(eff\.slm\).*whole-node energy.*not GPU energy alone/);
  });

  it('reads times by their own offset where SLURM_TIME_FORMAT writes one (%FT%T%z)', async () => {
    const text = [
      'JobID|Cluster|ConsumedEnergyRaw|AllocTRES|ElapsedRaw|Start|End|NNodes|NodeList|State',
      '38113|santis|20543125|cpu=288,energy=20543125,node=1|2102|2024-03-15T20:24:16+0100|2024-03-15T20:59:18+0100|1|nid001002|COMPLETED',
      '',
    ].join('\n');
    const { records } = await runPlugin(slurm, textSource(text, 'sacct.txt'), { timeZone: 'Asia/Tokyo' });
    expectRecords(records, [{ type: 'energy', energyJ: 20543125, startMs: at('2024-03-15T19:24:16Z'), endMs: at('2024-03-15T19:59:18Z') }]);
  });

  it('per job: job line, else batch; GPU count from AllocTRES; a running job is reported, not counted', async () => {
    const { records, warnings } = await runPlugin(slurm, fixture('gpu-jobs.txt'), { timeZone: 'UTC' });
    expectRecords(records, [
      { type: 'energy', device: 'slurm:gpucl/gpu-a[07-08]', energyJ: 20318530, startMs: at('2025-01-20T09:00:04Z'), endMs: at('2025-01-20T11:30:09Z') },
      { type: 'energy', device: 'slurm:gpucl/gpu-b02', energyJ: 412330, startMs: at('2025-01-20T11:31:00Z'), origin: { line: 8 } },
    ]);
    const first = records[0]!;
    expect(first.type === 'energy' && first.sourceReported?.note).toMatch(/8 GPU\(s\) a100 allocated/);
    expect(warnings).toEqual([expect.stringMatching(/1 job line\(s\) have no Start or End/)]);
  });

  it('level=steps gives the srun steps, one shared device object for the same nodes', async () => {
    const { records } = await runPlugin(slurm, fixture('gpu-jobs.txt'), { options: { level: 'steps' } });
    expectRecords(records, [
      { type: 'energy', energyJ: 9611210, startMs: at('2025-01-20T09:00:11Z'), endMs: at('2025-01-20T10:10:02Z') },
      { type: 'energy', energyJ: 10590034, startMs: at('2025-01-20T10:10:20Z'), endMs: at('2025-01-20T11:29:58Z') },
    ]);
    expect(records[0]!.device).toBe(records[1]!.device);
  });

  it('refuses output without energy accounting, counting zeros and NO_VAL', async () => {
    const result = await runPlugin(slurm, fixture('bad/energy-off.txt')).catch((e: unknown) => e);
    expect(isInputError(result)).toBe(true);
    expect((result as Error).message).toMatch(/no job .* usable ConsumedEnergyRaw[\s\S]*fix: .*AcctGatherEnergyType/);
  });

  it('names the missing column and the sacct command that adds it', async () => {
    const error = await runPlugin(slurm, fixture('bad/no-energy-column.txt')).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/no-energy-column\.txt:1: .*lacks ConsumedEnergyRaw[\s\S]*fix: rerun sacct .*--format=.*ConsumedEnergyRaw/);
  });

  it('refuses headerless output', async () => {
    const error = await runPlugin(slurm, fixture('bad/noheader.txt')).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/noheader\.txt:1: the first line is not a sacct header[\s\S]*without -n/);
  });

  it('rejects an unknown level through the options schema', async () => {
    const error = await runPlugin(slurm, fixture('gpu-jobs.txt'), { options: { level: 'node' } }).catch((e: unknown) => e);
    expect(isInputError(error)).toBe(true);
    expect((error as Error).message).toMatch(/option "level" must be equal to one of the allowed values/);
  });
});
