import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nvidiaSmiSampler, parseSampleLine } from '../power-sampler.js';
import { writeFakeNvidiaSmi } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-sampler-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fakeNvidiaSmi(): string {
  return writeFakeNvidiaSmi(dir);
}

describe('parseSampleLine', () => {
  it('reads nvidia-smi timestamp and power.draw in local time', () => {
    const sample = parseSampleLine('2026/11/23 11:02:07.299, 71.23');
    expect(sample).toEqual({ timeMs: new Date(2026, 10, 23, 11, 2, 7, 299).getTime(), powerW: 71.23 });
  });

  it('skips readings nvidia-smi cannot give', () => {
    expect(parseSampleLine('2026/11/23 11:02:07.299, [N/A]')).toBeNull();
    expect(parseSampleLine('2026/11/23 11:02:07.299, [Not Supported]')).toBeNull();
  });
});

describe('nvidiaSmiSampler', () => {
  it('samples the GPU while it runs and names it', async () => {
    const sampler = await nvidiaSmiSampler({ command: fakeNvidiaSmi(), intervalMs: 50, gpu: '0' })();
    expect(sampler).not.toBeNull();
    expect(sampler!.deviceName).toBe('Fake GPU 16GB');
    await new Promise((resolve) => setTimeout(resolve, 400));
    const samples = await sampler!.stop();
    expect(samples.length).toBeGreaterThanOrEqual(3);
    expect(samples.every((s) => s.powerW === 150 && Math.abs(s.timeMs - Date.now()) < 5000)).toBe(true);
  });

  it('is null where nvidia-smi is missing', async () => {
    expect(await nvidiaSmiSampler({ command: join(dir, 'no-such-nvidia-smi') })()).toBeNull();
  });
});
