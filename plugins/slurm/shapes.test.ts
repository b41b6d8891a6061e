// sacct in the shapes people save it in: -P with a few columns, another delimiter, the fixed-width
// table, and --json; and output where no energy was gathered, which is "not measured", never 0 J.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectInputError, expectRecords, runPlugin, textSource } from 'carbon-ci/testing';
import { runReport } from '../../src/pipeline/index.js';
import slurm from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const at = (iso: string) => Date.parse(iso);
const noteOf = (record: unknown) => (record as { sourceReported?: { note?: string } }).sourceReported?.note;

describe('slurm: sacct text in its other shapes', () => {
  it('detects its own example', () => {
    expect(slurm.example).toBeDefined();
    expect(slurm.detect({ path: 'sacct.txt', head: slurm.example! })).toBeGreaterThan(0);
  });

  it('reads the fixed-width table by its dashes; a cut AllocTRES or JobName is left out with a warning', async () => {
    const { records, warnings, confidence } = await runPlugin(slurm, fixture('fixed-width.txt'), { timeZone: 'UTC' });
    expect(confidence).toBeGreaterThanOrEqual(0.9);
    expectRecords(records, [
      { type: 'energy', device: { id: 'slurm:gpu-a[07-08]', count: 2 }, energyJ: 20318530, startMs: at('2025-01-20T09:00:04Z'), endMs: at('2025-01-20T11:30:09Z'), origin: { line: 3 } },
      { type: 'energy', device: 'slurm:gpu-b02', energyJ: 412330, startMs: at('2025-01-20T11:31:00Z'), endMs: at('2025-01-20T11:41:00Z'), origin: { line: 8 } },
    ]);
    expect(noteOf(records[1])).toMatch(/job 4102790\.batch \(batch\) on gpu-b02, 1 GPU\(s\) allocated/);
    expect(warnings).toEqual([
      expect.stringMatching(/3 AllocTRES value\(s\) are cut short .*AllocTRES%80/),
      expect.stringMatching(/1 JobName value\(s\) are cut short/),
    ]);
  });

  it('refuses a JobID cut short by its column, with the wider --format and -P', async () => {
    await expectInputError(runPlugin(slurm, fixture('bad/fixed-width-truncated.txt'), { timeZone: 'UTC' }), {
      message: /JobID is cut short/,
      line: 4,
      hint: /sacct -j <jobid> --format=JobID%30,JobName,Start,End,NodeList,ConsumedEnergyRaw`.*sacct -P/,
    });
  });

  it('reads -P with only JobID, End, ElapsedRaw, NodeList and ConsumedEnergyRaw: Start = End − Elapsed', async () => {
    const job = await runPlugin(slurm, fixture('parsable2-subset.txt'), { timeZone: 'UTC' });
    expect(job.warnings).toEqual([]);
    expectRecords(job.records, [{ type: 'energy', device: 'slurm:gpu-a[07-08]', energyJ: 20318530, startMs: at('2025-01-20T09:00:04Z'), endMs: at('2025-01-20T11:30:09Z') }]);
    const steps = await runPlugin(slurm, fixture('parsable2-subset.txt'), { timeZone: 'UTC', options: { level: 'steps' } });
    expectRecords(steps.records, [{ type: 'energy', energyJ: 9611210, startMs: at('2025-01-20T09:00:11Z'), endMs: at('2025-01-20T10:10:02Z'), origin: { line: 5 } }]);
  });

  it('reads tab-separated output with Start + Elapsed (days) and the rounded ConsumedEnergy, and says it is rounded', async () => {
    const { records, warnings } = await runPlugin(slurm, fixture('tab-separated.txt'), { timeZone: 'UTC' });
    expectRecords(records, [
      {
        type: 'energy',
        device: { id: 'slurm:gh[101-104]', count: 4 },
        energyJ: 1.37e9,
        startMs: at('2025-03-02T22:15:40Z'),
        endMs: at('2025-03-02T22:15:40Z') + (86400 + 2 * 3600 + 30 * 60 + 5) * 1000,
      },
    ]);
    expect(noteOf(records[0])).toMatch(/16 GPU\(s\) gh200 allocated/);
    expect(warnings).toEqual([
      expect.stringMatching(/3 line\(s\) give ConsumedEnergy rounded to four digits .*ConsumedEnergyRaw/),
      expect.stringMatching(/1 job line\(s\) have no Start or End \(pending or still running\)/),
    ]);
  });

  it('reads -p (a delimiter after every field) with a tab delimiter, epoch-second times (SLURM_TIME_FORMAT=%s), and a header cut by its column', async () => {
    const tabs = 'JobID\tStart\tEnd\tNodeList\tConsumedEnergyRaw\t\n77\t1738396800\t1738400400\tn3\t1800000\t\n';
    const { records } = await runPlugin(slurm, textSource(tabs, 'sacct-p.tsv'));
    expectRecords(records, [{ type: 'energy', device: 'slurm:n3', energyJ: 1800000, startMs: at('2025-02-01T08:00:00Z'), endMs: at('2025-02-01T09:00:00Z') }]);
    // `--format=JobID,Start,End,ConsumedEnergyRaw%10`: sacct cuts the header too.
    const fixed = [
      'JobID                      Start                 End   NNodes ConsumedE+ ',
      '------------ ------------------- ------------------- -------- ---------- ',
      '77           2025-02-01T08:00:00 2025-02-01T09:00:00        1    1800000 ',
    ].join('\n');
    const cut = await runPlugin(slurm, textSource(`${fixed}\n`, 'sacct.txt'), { timeZone: 'UTC' });
    expectRecords(cut.records, [{ type: 'energy', device: 'slurm:job-77', energyJ: 1800000, startMs: at('2025-02-01T08:00:00Z') }]);
  });

  it('refuses output that has neither End nor Elapsed, or no node count, naming the sacct command with what it lacks', async () => {
    await expectInputError(runPlugin(slurm, fixture('bad/no-end-or-elapsed.txt')), {
      message: /lacks End/,
      line: 1,
      hint: /`sacct -P -j <jobid> --format=JobID,Start,NodeList,ConsumedEnergyRaw,End`/,
    });
    await expectInputError(runPlugin(slurm, textSource('JobID|Elapsed|End|ConsumedEnergyRaw\n9|01:00:00|2025-02-01T09:00:00|3600000\n', 'nodes.txt')), {
      message: /lacks NNodes, NodeList/,
      hint: /--format=JobID,Elapsed,End,ConsumedEnergyRaw,NNodes,NodeList`/,
    });
  });

  it('energy not gathered (empty ConsumedEnergy, AcctGatherEnergyType=none) is not measured: refused, never 0 J', async () => {
    await expectInputError(runPlugin(slurm, fixture('bad/energy-not-gathered.txt')), {
      message: /no job .* usable ConsumedEnergyRaw: its energy was not measured/,
      hint: /AcctGatherEnergyType/,
    });
    const mixed = 'JobID|Start|End|NodeList|ConsumedEnergyRaw\n1|2025-02-01T08:00:00|2025-02-01T09:00:00|n1|\n2|2025-02-01T09:00:00|2025-02-01T10:00:00|n1|1800000\n';
    const { records, warnings } = await runPlugin(slurm, textSource(mixed, 'mixed.txt'), { timeZone: 'UTC' });
    expectRecords(records, [{ type: 'energy', energyJ: 1800000, startMs: at('2025-02-01T09:00:00Z') }]);
    expect(warnings).toEqual([expect.stringMatching(/1 job line\(s\) have no measured energy .*not measured, so not counted \(never as 0 J\)/)]);
  });
});

describe('slurm: sacct --json', () => {
  it('reads Slurm 23.11 JSON: the job allocation once (its energy TRES), epoch seconds as UTC', async () => {
    const { records, warnings, confidence } = await runPlugin(slurm, fixture('sacct-23.11.json'));
    expect(confidence).toBeGreaterThanOrEqual(0.9);
    expectRecords(records, [
      { type: 'energy', device: { id: 'slurm:gpucl/gpu-a[07-08]', count: 2, host: 'gpu-a[07-08]' }, energyJ: 20318530, startMs: at('2025-01-20T09:00:04Z'), endMs: at('2025-01-20T11:30:09Z') },
      { type: 'energy', device: 'slurm:gpucl/gpu-b02', energyJ: 412330, startMs: at('2025-01-20T11:31:00Z'), endMs: at('2025-01-20T11:41:00Z') },
    ]);
    expect(noteOf(records[0])).toMatch(/job 4102771 \(train-llm\) on gpu-a\[07-08\], 8 GPU\(s\) a100 allocated/);
    expect(noteOf(records[1])).toMatch(/job 4102790\.batch/);
    expect(warnings).toEqual([expect.stringMatching(/1 job line\(s\) have no Start or End/)]);
  });

  it('level=steps gives the srun steps from their consumed TRES', async () => {
    const { records } = await runPlugin(slurm, fixture('sacct-23.11.json'), { options: { level: 'steps' } });
    expectRecords(records, [
      { type: 'energy', energyJ: 9611210, startMs: at('2025-01-20T09:00:11Z'), endMs: at('2025-01-20T10:10:02Z') },
      { type: 'energy', energyJ: 10590034, startMs: at('2025-01-20T10:10:20Z'), endMs: at('2025-01-20T11:29:58Z') },
    ]);
  });

  it('reads Slurm 21.08 JSON, whose steps carry energy in statistics.energy.consumed', async () => {
    const { records } = await runPlugin(slurm, fixture('sacct-21.08.json'));
    expectRecords(records, [{ type: 'energy', device: 'slurm:gpucl/gpu-b02', energyJ: 412330, startMs: at('2025-01-20T11:31:00Z'), endMs: at('2025-01-20T11:41:00Z') }]);
  });

  it('reads a step id written as an object, and numeric batch/extern ids', async () => {
    const step = (id: unknown, energy: number) => ({ step: { id }, time: { start: 1738396800, end: 1738400400 }, nodes: { range: 'n1', count: 1 }, tres: { consumed: { total: [{ type: 'energy', count: energy }] } } });
    const json = JSON.stringify({ jobs: [{ job_id: 5, nodes: 'n1', time: { start: 1738396800, end: 1738400400 }, tres: { allocated: [] }, steps: [step({ job_id: 5, step_id: 'batch' }, 3600000), step(4294967292, 0), step('5.0', 1800000)] }] });
    const job = await runPlugin(slurm, textSource(json, 'ids.json'));
    expectRecords(job.records, [{ type: 'energy', energyJ: 3600000 }]);
    expect(noteOf(job.records[0])).toMatch(/job 5\.batch/);
    const steps = await runPlugin(slurm, textSource(json, 'ids.json'), { options: { level: 'steps' } });
    expectRecords(steps.records, [{ type: 'energy', energyJ: 1800000 }]);
  });

  it('refuses JSON without any energy (not measured) and JSON that is not sacct output', async () => {
    const none = JSON.stringify({ jobs: [{ job_id: 5, nodes: 'n1', time: { start: 1738396800, end: 1738400400 }, tres: { allocated: [{ type: 'cpu', count: 8 }] }, steps: [] }] });
    await expectInputError(runPlugin(slurm, textSource(none, 'none.json')), { message: /not measured/, hint: /AcctGatherEnergyType/ });
    await expectInputError(runPlugin(slurm, textSource('{"jobs": 3}', 'odd.json')), { message: /no "jobs" list/, hint: /sacct --json/ });
    await expectInputError(runPlugin(slurm, textSource('{"meta": {}, "jobs": [], "errors": []}', 'empty.json')), { message: 'the sacct output lists no job', hint: /-S <start date>.*since midnight/ });
  });

  it('a report from the JSON counts the job once: 20318530 J + 412330 J', async () => {
    const report = await runReport({ inputs: [fixture('sacct-23.11.json')], timeZone: 'UTC', location: 'FR' });
    expect(report.totals.energyJ).toBeCloseTo(20318530 + 412330, 3);
  });
});
