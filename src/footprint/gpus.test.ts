import { describe, expect, it } from 'vitest';
import { gpuEmbodied } from './gpus.js';
import { listGpus, lookupGpu, suggestGpus } from './index.js';

// Names exactly as nvidia-smi --query-gpu=name (or DCGM modelName, amd-smi market name) prints them.
const REQUIRED: [printed: string, model: string, boardPowerW: number, memoryGiB: number][] = [
  ['Tesla V100-SXM2-16GB', 'NVIDIA Tesla V100 SXM2 16GB', 300, 16],
  ['Tesla V100-SXM2-32GB', 'NVIDIA Tesla V100 SXM2 32GB', 300, 32],
  ['Tesla V100-PCIE-16GB', 'NVIDIA Tesla V100 PCIe 16GB', 250, 16],
  ['Tesla V100-PCIE-32GB', 'NVIDIA Tesla V100 PCIe 32GB', 250, 32],
  ['NVIDIA A100-SXM4-40GB', 'NVIDIA A100 SXM4 40GB', 400, 40],
  ['NVIDIA A100-SXM4-80GB', 'NVIDIA A100 SXM4 80GB', 400, 80],
  ['NVIDIA A100-PCIE-40GB', 'NVIDIA A100 PCIe 40GB', 250, 40],
  ['NVIDIA A100 80GB PCIe', 'NVIDIA A100 PCIe 80GB', 300, 80],
  ['NVIDIA H100 80GB HBM3', 'NVIDIA H100 SXM5 80GB', 700, 80],
  ['NVIDIA H100 PCIe', 'NVIDIA H100 PCIe 80GB', 350, 80],
  ['NVIDIA H100 NVL', 'NVIDIA H100 NVL 94GB', 400, 94],
  ['NVIDIA H200', 'NVIDIA H200 SXM 141GB', 700, 141],
  ['NVIDIA B200', 'NVIDIA B200 180GB', 1000, 180],
  ['NVIDIA L4', 'NVIDIA L4', 72, 24],
  ['NVIDIA L40S', 'NVIDIA L40S', 350, 48],
  ['Tesla T4', 'NVIDIA Tesla T4', 70, 16],
  ['NVIDIA A10G', 'NVIDIA A10G', 300, 24],
  ['NVIDIA A10', 'NVIDIA A10', 150, 24],
  ['NVIDIA GeForce RTX 3090', 'NVIDIA GeForce RTX 3090', 350, 24],
  ['NVIDIA GeForce RTX 4090', 'NVIDIA GeForce RTX 4090', 450, 24],
  ['AMD Instinct MI250X', 'AMD Instinct MI250X', 500, 128],
  ['AMD Instinct MI300X', 'AMD Instinct MI300X', 750, 192],
  ['NVIDIA A40', 'NVIDIA A40', 300, 48],
  ['NVIDIA A30', 'NVIDIA A30', 165, 24],
  ['NVIDIA H800', 'NVIDIA H800 SXM5 80GB', 700, 80],
  ['NVIDIA A800-SXM4-80GB', 'NVIDIA A800 SXM4 80GB', 400, 80],
  ['NVIDIA L40', 'NVIDIA L40', 300, 48],
  ['Tesla P100-PCIE-16GB', 'NVIDIA Tesla P100 PCIe 16GB', 250, 16],
  ['Tesla P100-PCIE-12GB', 'NVIDIA Tesla P100 PCIe 12GB', 250, 12],
  ['AMD Instinct MI210', 'AMD Instinct MI210', 300, 64],
  ['TPU v4', 'Google TPU v4', 170, 32],
  ['NVIDIA GH200 480GB', 'NVIDIA GH200 Grace Hopper Superchip', 1000, 96],
  ['AMD Instinct MI325X', 'AMD Instinct MI325X', 1000, 256],
];

describe('lookupGpu', () => {
  it.each(REQUIRED)('finds %s', (printed, model, boardPowerW, memoryGiB) => {
    const spec = lookupGpu(printed);
    expect(spec).toMatchObject({ model, boardPowerW, memoryGiB });
    expect(spec?.names).toContain(printed);
    expect(spec?.source.length).toBeGreaterThan(5);
  });

  it.each([
    ['A100-SXM4-80GB', 'NVIDIA A100 SXM4 80GB'],
    ['nvidia a100-sxm4-80gb', 'NVIDIA A100 SXM4 80GB'],
    ['NVIDIA A100 80GB PCIe', 'NVIDIA A100 PCIe 80GB'],
    ['A100 PCIe 80GB', 'NVIDIA A100 PCIe 80GB'],
    ['NVIDIA A100-PCIE-40GB', 'NVIDIA A100 PCIe 40GB'],
    ['NVIDIA Tesla T4', 'NVIDIA Tesla T4'],
    ['T4', 'NVIDIA Tesla T4'],
    ['GeForce RTX 3090', 'NVIDIA GeForce RTX 3090'],
    ['8 x NVIDIA GeForce RTX 3090', 'NVIDIA GeForce RTX 3090'],
    ['MI300X', 'AMD Instinct MI300X'],
    ['H100_PCIe', 'NVIDIA H100 PCIe 80GB'],
  ])('tolerates %j', (input, model) => {
    expect(lookupGpu(input)?.model).toBe(model);
  });

  it('tells the A10 from the A10G and the A100', () => {
    expect(lookupGpu('NVIDIA A10')?.model).toBe('NVIDIA A10');
    expect(lookupGpu('NVIDIA A10G')?.model).toBe('NVIDIA A10G');
    expect(lookupGpu('NVIDIA A100')).toBeUndefined();
  });

  it.each([
    'NVIDIA GeForce RTX 3050 Laptop GPU',
    'NVIDIA GeForce RTX 4090 D',
    'NVIDIA H100',
    'NVIDIA A100-SXM4',
    'NVIDIA T400 4GB',
    'NVIDIA',
    '',
    'Tesla V100',
    'AMD Instinct MI100',
    'TPU v5e',
    'TPU v5p',
    'NVIDIA GH200',
  ])('never guesses for the unknown or ambiguous %j', (input) => {
    expect(lookupGpu(input)).toBeUndefined();
  });

  it('resolves every listed name to its own model', () => {
    for (const spec of listGpus()) {
      for (const name of [spec.model, ...spec.names]) expect(lookupGpu(name)?.model, name).toBe(spec.model);
    }
  });

  it('hands out copies, so a caller cannot change the table', () => {
    const spec = lookupGpu('Tesla T4');
    if (spec) spec.boardPowerW = 1;
    expect(lookupGpu('Tesla T4')?.boardPowerW).toBe(70);
  });
});

describe('listGpus', () => {
  it('lists every required model; every GPU has an embodied figure (device + host share) with a range', () => {
    const models = listGpus().map((spec) => spec.model);
    for (const [, model] of REQUIRED) expect(models).toContain(model);
    for (const spec of listGpus().filter((gpu) => gpu.vendor !== 'google')) {
      const embodied = gpuEmbodied(spec.model);
      expect(embodied, spec.model).toMatchObject({ kgCo2e: 462.5, gpuKgCo2e: 150, hostKgCo2e: 312.5 });
      expect(embodied?.source, spec.model).toMatch(/Cloud Carbon Footprint.*HPE Apollo 6500/);
      // The device's and the host's sources are the table's two columns, as they are, and the full text joins them.
      expect(embodied, spec.model).toMatchObject({ deviceSource: spec.embodiedDeviceSource, hostSource: spec.embodiedHostSource });
      expect(embodied?.source, spec.model).toBe(`${spec.embodiedDeviceSource}; plus the host's share: ${spec.embodiedHostSource}`);
      expect(embodied?.range, spec.model).toMatchObject({ lowKgCo2e: 318, highKgCo2e: 584.599 });
      expect(embodied?.range?.source, spec.model).toMatch(/Chien et al\. 2023.*p4d\.24xlarge 4676\.79/);
    }
    expect(gpuEmbodied('NVIDIA A100-SXM4-80GB')?.source).toMatch(/BLOOM/);
    expect(gpuEmbodied('NVIDIA A100-SXM4-80GB')?.source).not.toMatch(/generic/);
    expect(gpuEmbodied('Tesla T4')?.source).toMatch(/generic/);
  });

  it('gives a TPU no embodied figure: none is published per chip', () => {
    expect(lookupGpu('TPU v4')?.embodiedKgCo2e).toBeUndefined();
    expect(gpuEmbodied('TPU v4')).toBeUndefined();
    expect(gpuEmbodied('no such GPU')).toBeUndefined();
  });
});

describe('new rows of issue 18', () => {
  it('keeps L40 and L40S, P100 12 GB and 16 GB, A10 and A10G apart', () => {
    expect(lookupGpu('NVIDIA L40')?.model).toBe('NVIDIA L40');
    expect(lookupGpu('NVIDIA L40S')?.model).toBe('NVIDIA L40S');
    expect(lookupGpu('Tesla P100-PCIE-12GB')?.memoryGiB).toBe(12);
    expect(lookupGpu('Tesla P100-PCIE-16GB')?.memoryGiB).toBe(16);
    expect(lookupGpu('NVIDIA A10')?.boardPowerW).toBe(150);
    expect(lookupGpu('NVIDIA A10G')?.source).toMatch(/nvidia-smi power limit 300 W.*g5/);
  });

  it('names a source for every new row', () => {
    for (const name of ['NVIDIA A40', 'NVIDIA A30', 'NVIDIA L40', 'Tesla P100-PCIE-16GB', 'AMD Instinct MI210', 'TPU v4']) {
      expect(lookupGpu(name)?.source, name).toMatch(/datasheet|product brief|specification|TDP_gpu\.csv/);
    }
    for (const name of ['NVIDIA H800', 'NVIDIA A800-SXM4-80GB']) expect(lookupGpu(name)?.source, name).toMatch(/huggingface\.co\/hardware\/.*secondary/);
  });

  it('counts a GH200 as its whole superchip, CPU and memory included, and says so', () => {
    const gh200 = lookupGpu('NVIDIA GH200 480GB');
    expect(gh200?.source).toMatch(/450 W to 1,000 W.*CPU, the GPU and their memory/);
    expect(gh200?.source).toMatch(/whole superchip, Grace CPU and LPDDR5X included/);
    expect(gh200?.formFactor).toMatch(/Grace CPU \+ Hopper GPU/);
  });

  it('keeps the MI325X apart from the MI300X, with its own power and a named source', () => {
    expect(lookupGpu('AMD Instinct MI300X')?.boardPowerW).toBe(750);
    expect(lookupGpu('MI325X')?.model).toBe('AMD Instinct MI325X');
    expect(lookupGpu('AMD Instinct MI325X')?.source).toMatch(/1,000 W peak total board power.*secondary/);
  });
});

describe('suggestGpus', () => {
  it('offers the variants of a bare family name', () => {
    const suggestions = suggestGpus('H100');
    expect(suggestions).toContain('NVIDIA H100 SXM5 80GB');
    expect(suggestions).toContain('NVIDIA H100 PCIe 80GB');
    expect(suggestions.length).toBeLessThanOrEqual(5);
  });

  it('offers nothing for a name far from every model', () => {
    expect(suggestGpus('Intel Arc A770')).toEqual([]);
  });
});
