import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isInputError } from 'carbon-ci';
import { expectRecords, runPlugin, textSource } from 'carbon-ci/testing';
import wandb from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

describe('wandb plugin', () => {
  it('reads the real wandb-events.jsonl: one power record per row, _timestamp in s, utilisation from gpu.N.gpu', async () => {
    const { records, warnings, confidence } = await runPlugin(wandb, fixture('wandb-events.jsonl'));
    expect(confidence).toBeGreaterThanOrEqual(0.9);
    expect(warnings).toEqual([]);
    expectRecords(
      records,
      [27.79, 28.17, 28.53, 28.82, 29.03, 29.26].map((powerW, i) => ({
        type: 'power' as const,
        device: { id: 'gpu0', index: 0 },
        powerW,
        timeMs: [1582070941, 1582070972, 1582071002, 1582071032, 1582071062, 1582071092][i]! * 1000,
      })),
    );
    expect(records[0]).toMatchObject({ utilization: 0.0407, origin: { line: 1 } });
    expect(new Set(records.map((r) => r.device)).size).toBe(1);
  });

  it('reads a pandas CSV of run.history(stream="system"): two GPUs, process twin ignored, blank samples skipped', async () => {
    const { records, warnings } = await runPlugin(wandb, fixture('history-system.csv'), { options: { host: 'gpu-node-7', model: 'NVIDIA A100-SXM4-80GB' } });
    expect(warnings).toEqual([]);
    expectRecords(records, [
      { type: 'power', device: 'gpu-node-7:gpu0', powerW: 304.31, timeMs: 1718012415871 },
      { type: 'power', device: 'gpu-node-7:gpu1', powerW: 299.62, timeMs: 1718012415871 },
      { type: 'power', device: 'gpu-node-7:gpu0', powerW: 313.48 },
      { type: 'power', device: 'gpu-node-7:gpu1', powerW: 308.83 },
      { type: 'power', device: 'gpu-node-7:gpu0', powerW: 307.9 },
      { type: 'power', device: 'gpu-node-7:gpu1', powerW: 305.1 },
      { type: 'power', device: { id: 'gpu-node-7:gpu0', model: 'NVIDIA A100-SXM4-80GB', host: 'gpu-node-7' }, powerW: 310.4, timeMs: 1718012475933 },
    ]);
    expect(records[1]).toMatchObject({ utilization: 0.95 });
  });

  it('uses gpu.process.N only when the plain key is missing', async () => {
    const text = '{"system.gpu.process.2.powerWatts": 150.5, "_timestamp": 1700000000.25}\n';
    const { records } = await runPlugin(wandb, textSource(text, 'events.jsonl'));
    expectRecords(records, [{ type: 'power', device: { id: 'gpu2', index: 2 }, powerW: 150.5, timeMs: 1700000000250 }]);
  });

  it('reads pandas JSON lines, where a GPU that was not sampled is null, without warnings', async () => {
    const text = [
      '{"_runtime":15.4,"_timestamp":1718012415.8712,"system.gpu.0.powerWatts":304.31,"system.gpu.1.powerWatts":null,"loss":null}',
      '{"_runtime":16.0,"_timestamp":1718012416.0,"system.gpu.0.powerWatts":null,"system.gpu.1.powerWatts":null,"loss":0.71}',
      '{"_runtime":30.4,"_timestamp":1718012430.8868,"system.gpu.0.powerWatts":313.48,"system.gpu.1.powerWatts":308.83,"loss":null}',
    ].join('\n');
    const { records, warnings } = await runPlugin(wandb, textSource(`${text}\n`, 'history.jsonl'));
    expect(warnings).toEqual([]);
    expectRecords(records, [
      { type: 'power', device: 'gpu0', powerW: 304.31 },
      { type: 'power', device: 'gpu0', powerW: 313.48 },
      { type: 'power', device: 'gpu1', powerW: 308.83 },
    ]);
  });

  it('drops a truncated line, a row without _timestamp and a non-numeric power, and says so', async () => {
    const { records, warnings } = await runPlugin(wandb, fixture('bad/garbled.jsonl'));
    expect(records.map((r) => r.type === 'power' && r.powerW)).toEqual([27.79, 28.17]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/dropped 3 .*1 not JSON, 1 without a _timestamp, 1 with a power value that is not a number.*first at line 3/);
  });

  it('refuses a chart-panel CSV without _timestamp, naming file, line and fix', async () => {
    const error = await runPlugin(wandb, fixture('bad/no-timestamp.csv')).catch((e: unknown) => e);
    expect(isInputError(error)).toBe(true);
    expect((error as Error).message).toMatch(/no-timestamp\.csv:1: .*no _timestamp column[\s\S]*fix: .*run\.history\(stream="system"\)/);
  });

  it('refuses an events file without GPU power', async () => {
    const error = await runPlugin(wandb, fixture('bad/no-gpu.jsonl')).catch((e: unknown) => e);
    expect(isInputError(error)).toBe(true);
    expect((error as Error).message).toMatch(/no GPU power readings/);
  });

  it('claims W&B files and nothing that merely mentions power', () => {
    expect(wandb.detect({ path: 'x.csv', head: 'timestamp, power.draw [W]\n2024/01/01 00:00:00.000, 300 W\n' })).toBe(0);
    expect(wandb.detect({ path: 'x.jsonl', head: '{"t": "2024-01-01T00:00:00Z", "gpu": 0, "watts": 312.4}\n' })).toBe(0);
    expect(wandb.detect({ path: 'h.csv', head: '_step,_timestamp,gpu.0.powerWatts\n1,1700000000,300\n' })).toBeGreaterThanOrEqual(0.9);
  });

  it('rejects unknown options through its schema', async () => {
    const error = await runPlugin(wandb, fixture('wandb-events.jsonl'), { options: { hots: 'typo' } }).catch((e: unknown) => e);
    expect(isInputError(error)).toBe(true);
    expect((error as Error).message).toMatch(/unknown option "hots"/);
  });
});
