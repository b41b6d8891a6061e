// Accelerators. `names` are the strings nvidia-smi (`--query-gpu=name`), DCGM (`modelName`) or
// rocm-smi/amd-smi (product name) print, then a readable alias. Board power from
// research/hardware-and-pue.md section 1, with the source it names; `year` is the launch year.
import { fail, writeDataset } from './io.mjs';

const SECONDS_PER_YEAR = 365.25 * 24 * 3600;

const EMBODIED_GENERIC = {
  kg: 150,
  source:
    'Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e ' +
    '(cloud-carbon-coefficients, coefficients.ipynb); not specific to this model',
};
const EMBODIED_A100 = {
  kg: 150,
  source:
    'Luccioni et al. 2022 (BLOOM), 150 kgCO2e per A100; the same figure as the Cloud Carbon Footprint / Teads ' +
    'per-GPU manufacturing constant',
};
const LIFETIME = {
  years: 4,
  source: 'Cloud Carbon Footprint / Teads: 4-year linear amortisation of server hardware (SCI M = TE x TR/EL)',
};

const nvidia = 'nvidia';
const amd = 'amd';
const GPUS = [
  {
    model: 'NVIDIA Tesla V100 SXM2 16GB', names: ['Tesla V100-SXM2-16GB', 'V100 SXM2 16GB'],
    vendor: nvidia, boardPowerW: 300, memoryGiB: 16, formFactor: 'SXM2', year: 2017,
    source: 'Patterson et al. 2021, Table 4 (V100 TDP 300 W); NVIDIA V100 datasheet (SXM2 300 W)',
  },
  {
    model: 'NVIDIA Tesla V100 SXM2 32GB', names: ['Tesla V100-SXM2-32GB', 'V100 SXM2 32GB'],
    vendor: nvidia, boardPowerW: 300, memoryGiB: 32, formFactor: 'SXM2', year: 2018,
    source: 'Patterson et al. 2021, Table 4 (V100 TDP 300 W); NVIDIA V100 datasheet (SXM2 300 W)',
  },
  {
    model: 'NVIDIA Tesla V100 PCIe 16GB', names: ['Tesla V100-PCIE-16GB', 'V100 PCIe 16GB'],
    vendor: nvidia, boardPowerW: 250, memoryGiB: 16, formFactor: 'PCIe', year: 2017,
    source: 'NVIDIA V100 datasheet (PCIe 250 W); Green Algorithms TDP_gpu.csv (V100S PCIe 250 W)',
  },
  {
    model: 'NVIDIA Tesla V100 PCIe 32GB', names: ['Tesla V100-PCIE-32GB', 'V100 PCIe 32GB'],
    vendor: nvidia, boardPowerW: 250, memoryGiB: 32, formFactor: 'PCIe', year: 2018,
    source: 'NVIDIA V100 datasheet (PCIe 250 W); Green-Algorithms-data v3.1 (V100 PCIe 32 GB 250 W)',
  },
  {
    model: 'NVIDIA Tesla V100S PCIe 32GB', names: ['Tesla V100S-PCIE-32GB', 'V100S PCIe 32GB'],
    vendor: nvidia, boardPowerW: 250, memoryGiB: 32, formFactor: 'PCIe', year: 2019,
    source: 'Green Algorithms TDP_gpu.csv (NVIDIA Tesla V100S 250 W)',
  },
  {
    model: 'NVIDIA A100 SXM4 40GB', names: ['NVIDIA A100-SXM4-40GB', 'A100 SXM4 40GB'],
    vendor: nvidia, boardPowerW: 400, memoryGiB: 40, formFactor: 'SXM4', year: 2020,
    source: 'Touvron et al. 2023 (LLaMA): NVLink A100 TDP 400 W; NVIDIA A100 datasheet',
  },
  {
    model: 'NVIDIA A100 SXM4 80GB', names: ['NVIDIA A100-SXM4-80GB', 'A100 SXM4 80GB'],
    vendor: nvidia, boardPowerW: 400, memoryGiB: 80, formFactor: 'SXM4', year: 2020,
    source: 'Luccioni et al. 2022 (BLOOM): A100 SXM4 80GB TDP 400 W; NVIDIA A100 datasheet',
  },
  {
    model: 'NVIDIA A100 PCIe 40GB', names: ['NVIDIA A100-PCIE-40GB', 'A100 PCIe 40GB'],
    vendor: nvidia, boardPowerW: 250, memoryGiB: 40, formFactor: 'PCIe', year: 2020,
    source: 'NVIDIA A100 datasheet (PCIe 40GB 250 W), as cited in Green Algorithms TDP_gpu.csv',
  },
  {
    model: 'NVIDIA A100 PCIe 80GB', names: ['NVIDIA A100 80GB PCIe', 'A100 PCIe 80GB'],
    vendor: nvidia, boardPowerW: 300, memoryGiB: 80, formFactor: 'PCIe', year: 2021,
    source: 'NVIDIA A100 80GB PCIe product brief PB-10577 (300 W), as cited in Green Algorithms TDP_gpu.csv',
  },
  {
    model: 'NVIDIA H100 SXM5 80GB', names: ['NVIDIA H100 80GB HBM3', 'H100 SXM5 80GB', 'H100 SXM'],
    vendor: nvidia, boardPowerW: 700, memoryGiB: 80, formFactor: 'SXM5', year: 2022,
    source: 'NVIDIA H100 datasheet (SXM 700 W); Llama 3 model cards and paper: H100-80GB TDP 700 W',
  },
  {
    model: 'NVIDIA H100 PCIe 80GB', names: ['NVIDIA H100 PCIe', 'H100 PCIe 80GB'],
    vendor: nvidia, boardPowerW: 350, memoryGiB: 80, formFactor: 'PCIe', year: 2022,
    source: 'Green-Algorithms-data v3.1 via TechPowerUp: H100 PCIe 350 W (configurable 300-350 W)',
  },
  {
    model: 'NVIDIA H100 NVL 94GB', names: ['NVIDIA H100 NVL', 'H100 NVL 94GB'],
    vendor: nvidia, boardPowerW: 400, memoryGiB: 94, formFactor: 'PCIe (NVL)', year: 2023,
    source: 'NVIDIA H100 datasheet via mlco2/impact gpus.csv: H100 NVL 400 W (configurable 350-400 W)',
  },
  {
    model: 'NVIDIA H200 SXM 141GB', names: ['NVIDIA H200', 'H200 SXM 141GB', 'H200 SXM'],
    vendor: nvidia, boardPowerW: 700, memoryGiB: 141, formFactor: 'SXM5', year: 2024,
    source: 'NVIDIA H200 product page (up to 700 W), confirmed by several secondary sources',
  },
  {
    model: 'NVIDIA H200 NVL 141GB', names: ['NVIDIA H200 NVL', 'H200 NVL 141GB'],
    vendor: nvidia, boardPowerW: 600, memoryGiB: 141, formFactor: 'PCIe (NVL)', year: 2024,
    source: 'NVIDIA H200 product page (NVL up to 600 W), confirmed by secondary sources',
  },
  {
    model: 'NVIDIA B200 180GB', names: ['NVIDIA B200', 'B200 SXM'],
    vendor: nvidia, boardPowerW: 1000, memoryGiB: 180, formFactor: 'SXM (HGX B200)', year: 2024,
    source: 'HGX B200 configurable up to 1 kW per GPU (secondary, citing NVIDIA); DGX B200 1,440 GB GPU memory over 8 GPUs',
  },
  {
    model: 'NVIDIA L4', names: ['NVIDIA L4', 'L4 24GB'],
    vendor: nvidia, boardPowerW: 72, memoryGiB: 24, formFactor: 'PCIe (low profile)', year: 2023,
    source: 'NVIDIA L4 product brief PB-11316-001 (72 W), via mlco2/impact gpus.csv',
  },
  {
    model: 'NVIDIA L40S', names: ['NVIDIA L40S', 'L40S 48GB'],
    vendor: nvidia, boardPowerW: 350, memoryGiB: 48, formFactor: 'PCIe', year: 2023,
    source: 'NVIDIA L40S datasheet (350 W), via mlco2/impact gpus.csv',
  },
  {
    model: 'NVIDIA Tesla T4', names: ['Tesla T4', 'NVIDIA T4'],
    vendor: nvidia, boardPowerW: 70, memoryGiB: 16, formFactor: 'PCIe (low profile)', year: 2018,
    source: 'NVIDIA T4 datasheet (70 W), via mlco2/impact gpus.csv and Green Algorithms TDP_gpu.csv',
  },
  {
    model: 'NVIDIA A10G', names: ['NVIDIA A10G', 'A10G 24GB'],
    vendor: nvidia, boardPowerW: 150, memoryGiB: 24, formFactor: 'PCIe (AWS)', year: 2021,
    source: 'TechPowerUp A10G (150 W), via mlco2/impact gpus.csv; CCF/Teads max 153 W',
  },
  {
    model: 'NVIDIA A10', names: ['NVIDIA A10', 'A10 24GB'],
    vendor: nvidia, boardPowerW: 150, memoryGiB: 24, formFactor: 'PCIe', year: 2021,
    source: 'NVIDIA A10 datasheet (150 W; recalled, not re-read)',
  },
  {
    model: 'NVIDIA RTX A5000', names: ['NVIDIA RTX A5000'],
    vendor: nvidia, boardPowerW: 230, memoryGiB: 24, formFactor: 'PCIe (workstation)', year: 2021,
    source: 'NVIDIA RTX A5000 datasheet (230 W), via mlco2/impact gpus.csv',
  },
  {
    model: 'NVIDIA RTX A6000', names: ['NVIDIA RTX A6000'],
    vendor: nvidia, boardPowerW: 300, memoryGiB: 48, formFactor: 'PCIe (workstation)', year: 2020,
    source: 'TechPowerUp RTX A6000 (300 W), via mlco2/impact gpus.csv',
  },
  {
    model: 'NVIDIA GeForce RTX 3090', names: ['NVIDIA GeForce RTX 3090', 'GeForce RTX 3090'],
    vendor: nvidia, boardPowerW: 350, memoryGiB: 24, formFactor: 'PCIe (desktop)', year: 2020,
    source: 'TechPowerUp GeForce RTX 3090 (350 W), via mlco2/impact gpus.csv',
  },
  {
    model: 'NVIDIA GeForce RTX 4090', names: ['NVIDIA GeForce RTX 4090', 'GeForce RTX 4090'],
    vendor: nvidia, boardPowerW: 450, memoryGiB: 24, formFactor: 'PCIe (desktop)', year: 2022,
    source: 'NVIDIA Ada GPU architecture whitepaper (450 W), via mlco2/impact gpus.csv',
  },
  {
    model: 'AMD Instinct MI250X', names: ['AMD Instinct MI250X', 'MI250X OAM'],
    vendor: amd, boardPowerW: 500, memoryGiB: 128, formFactor: 'OAM', year: 2021,
    source:
      'AMD MI250X specification: 500 W board power, 560 W peak (secondary sources disagree, 500 vs 560 W). ' +
      'One MI250X is two GCDs; rocm-smi lists each GCD and reports the package power on the first',
  },
  {
    model: 'AMD Instinct MI300X', names: ['AMD Instinct MI300X', 'AMD Instinct MI300X OAM', 'MI300X OAM'],
    vendor: amd, boardPowerW: 750, memoryGiB: 192, formFactor: 'OAM', year: 2023,
    source: 'AMD MI300X specification footnotes: up to 750 W (several secondary sources agree)',
  },
].map((gpu) => {
  const embodied = gpu.model.includes('A100') ? EMBODIED_A100 : EMBODIED_GENERIC;
  return { ...gpu, embodiedKgCo2e: embodied.kg, embodiedSource: embodied.source };
});

export function buildGpus() {
  const seen = new Map();
  for (const gpu of GPUS) {
    for (const name of [gpu.model, ...gpu.names]) {
      const key = name.toLowerCase();
      if (seen.has(key) && seen.get(key) !== gpu.model) fail(`GPU name ${name} is used by ${seen.get(key)} and ${gpu.model}`);
      seen.set(key, gpu.model);
    }
  }
  const gpus = [...GPUS].sort((a, b) => (a.model < b.model ? -1 : 1));
  writeDataset(
    'gpus.json',
    {
      description:
        'Accelerators: names as nvidia-smi / DCGM / rocm-smi print them, board power (W), nominal memory, form factor, ' +
        'launch year, and a manufacturing (embodied) footprint per device amortised over `defaultLifetime`.',
      defaultLifetime: { seconds: LIFETIME.years * SECONDS_PER_YEAR, years: LIFETIME.years, source: LIFETIME.source },
      gpus,
    },
    {
      licence:
        'facts with per-row sources (vendor datasheets, papers, mlco2/impact gpus.csv MIT, Green Algorithms CC BY 4.0, ' +
        'Cloud Carbon Footprint Apache-2.0)',
      attribution:
        'Board power and memory: the vendor datasheets and papers named in each row, several via mlco2/impact data/gpus.csv ' +
        '(MIT, Copyright (c) 2013-2019 Blackrock Digital LLC) and Green Algorithms data/latest/TDP_gpu.csv (CC BY 4.0, ' +
        'Lannelongue et al.). Embodied footprint: Cloud Carbon Footprint / Teads (Apache-2.0); Luccioni et al. 2022.',
    },
  );
}
