import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isInputError } from 'carbon-ci';
import { expectRecords, runPlugin } from 'carbon-ci/testing';
import mlflow from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const RUN = 'mlruns/815472030394715243/9c3b7f27e4f04a4d8a9a1f0b4c2d6e81/metrics/system';

describe('mlflow plugin', () => {
  it('reads a file-store metric file: ms timestamps, W values, device index from the file name', async () => {
    const { records, warnings, confidence } = await runPlugin(mlflow, fixture(`${RUN}/gpu_0_power_usage_watts`));
    expect(confidence).toBeGreaterThanOrEqual(0.9);
    expect(warnings).toEqual([]);
    expectRecords(
      records,
      [71.3, 268.9, 297.4, 301.2, 299.8, 302.6, 118.5].map((powerW) => ({ type: 'power' as const, device: { id: 'gpu0', index: 0 }, powerW })),
    );
    expect(records[0]).toMatchObject({ timeMs: 1717236012518, origin: { line: 1 } });
    expect(records[6]).toMatchObject({ timeMs: 1717236073032, origin: { line: 7 } });
  });

  it('takes the host from the node id (MLFLOW_SYSTEM_METRICS_NODE_ID) and drops nan with a warning', async () => {
    const { records, warnings } = await runPlugin(mlflow, fixture(`${RUN}/node-b/gpu_1_power_usage_watts`));
    expectRecords(
      records,
      [69.8, 255.1, 289.0, 290.7].map((powerW) => ({ type: 'power' as const, device: { id: 'node-b:gpu1', host: 'node-b', index: 1 }, powerW })),
    );
    expect(warnings).toEqual([expect.stringMatching(/dropped 1 line\(s\).*first at line 4/)]);
  });

  it('keeps two-field lines, drops malformed ones and the cut last line, and counts them', async () => {
    const { records, warnings } = await runPlugin(mlflow, fixture('bad/mlruns/1/0a1b2c3d4e5f40718293a4b5c6d7e8f9/metrics/system/gpu_0_power_usage_watts'));
    expect(records.map((r) => r.type === 'power' && r.powerW)).toEqual([71.3, 268.9, 299.8]);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/dropped 2 line\(s\).*first at line 3/);
    expect(warnings[1]).toMatch(/dropped line 6, the last line/);
  });

  it('reads a REST get-history response', async () => {
    const { records } = await runPlugin(mlflow, fixture('get-history.json'), { options: { host: 'trainer-1', model: 'NVIDIA A10G' } });
    expectRecords(records, [
      { type: 'power', device: { id: 'trainer-1:gpu0', model: 'NVIDIA A10G' }, timeMs: 1717240000120, powerW: 54.9 },
      { type: 'power', device: 'trainer-1:gpu0', timeMs: 1717240010204, powerW: 233.6 },
      { type: 'power', device: 'trainer-1:gpu0', timeMs: 1717240020291, powerW: 234.6 },
      { type: 'power', device: 'trainer-1:gpu0', timeMs: 1717240030377, powerW: 229.3 },
    ]);
  });

  it('reads a per-key dump with string timestamps and joins utilisation at the same instant', async () => {
    const { records } = await runPlugin(mlflow, fixture('run-system-metrics.json'));
    expectRecords(records, [
      { type: 'power', device: 'gpu0', timeMs: 1760000000000, powerW: 100, utilization: 0.1 },
      { type: 'power', device: 'gpu0', timeMs: 1760000005000, powerW: 100, utilization: 0.9 },
      { type: 'power', device: 'gpu0', timeMs: 1760000010000, powerW: 100, utilization: 0.5 },
    ]);
  });

  it('refuses an export without GPU power, with the fix', async () => {
    const error = await runPlugin(mlflow, fixture('bad/no-gpu-power.json')).catch((e: unknown) => e);
    expect(isInputError(error)).toBe(true);
    expect((error as Error).message).toMatch(/no-gpu-power\.json: no GPU power metrics[\s\S]*fix: .*get-history/);
  });

  it('detects by path, not by the generic "<number> <number>" content alone', () => {
    const head = '1717236012518 71.3 0\n';
    expect(mlflow.detect({ path: 'x/metrics/system/gpu_3_power_usage_watts', head })).toBeGreaterThanOrEqual(0.9);
    expect(mlflow.detect({ path: 'C:\\runs\\mlruns\\0\\abc\\metrics\\system\\gpu_0_power_usage_watts', head })).toBeGreaterThanOrEqual(0.9);
    expect(mlflow.detect({ path: 'power.txt', head })).toBe(0);
    expect(mlflow.detect({ path: 'x/metrics/system/gpu_0_utilization_percentage', head })).toBe(0);
  });
});
