import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanFile, writePlanFile } from './daemon-files.js';
import { gpusSampled } from './plan.js';
import type { SamplerPlan } from './types.js';

describe('gpusSampled', () => {
  it("says each vendor's choice of GPUs, from --gpus or the vendor's own variable", () => {
    expect(gpusSampled(['nvidia-smi', 'rapl'], '1', {})).toBe('GPUs 1');
    expect(gpusSampled(['nvidia-smi'], undefined, { CUDA_VISIBLE_DEVICES: '0,1' })).toBe('GPUs 0,1');
    expect(gpusSampled(['amd-smi', 'host-usage'], undefined, { ROCR_VISIBLE_DEVICES: '0,2' })).toBe('GPUs 0,2');
    expect(gpusSampled(['xpu-smi'], undefined, { ZE_AFFINITY_MASK: '1.0' })).toBe('GPUs 1');
    expect(gpusSampled(['nvidia-smi', 'amd-smi'], undefined, { ROCR_VISIBLE_DEVICES: '1' })).toBe('nvidia-smi: all GPUs; amd-smi: GPUs 1');
    expect(gpusSampled(['rapl'], undefined, { CUDA_VISIBLE_DEVICES: '-1' })).toBe('no GPU');
  });
});

describe('the plan file', () => {
  const plan: SamplerPlan = {
    tools: [{ name: 'xpu-smi', logBase: 'xpu-smi-raw', executable: '/opt/intel bin/xpu-smi', args: ['dump', '-d', '-1', '-m', '0,1,8', '-i', '1'], datesRows: true }],
    zones: [{ id: 'intel-rapl:0', name: 'package-0', energyPath: '/sys/class/powercap/intel-rapl:0/energy_uj', maxEnergyRangeUj: '262143328850' }],
    skipped: [{ name: 'nvidia-smi', reason: 'nvidia-smi is not on PATH' }],
  };

  it('reads back what it wrote, spaces in paths included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-plan-'));
    await writePlanFile(dir, plan, 250, 1000);
    expect(await readPlanFile(dir)).toEqual(plan);
  });

  it('refuses a field that bash would split or drop (a tab, a line break, nothing)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-plan-'));
    const tool = plan.tools[0]!;
    await expect(writePlanFile(dir, { ...plan, tools: [{ ...tool, executable: '/opt/a\tb/xpu-smi' }] }, 1000, 1000)).rejects.toThrow(/holds a tab or a line break/);
    await expect(writePlanFile(dir, { ...plan, tools: [{ ...tool, args: ['dump', ''] }] }, 1000, 1000)).rejects.toThrow(/empty/);
  });
});
