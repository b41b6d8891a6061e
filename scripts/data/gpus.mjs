// Accelerators. `names` are the strings nvidia-smi (`--query-gpu=name`), DCGM (`modelName`) or
// rocm-smi/amd-smi (product name) print, then a readable alias. Board power from
// the project notes shared/research/hardware-and-pue.md section 1 (outside this repository; docs/data-sources.md states each figure and its source), with the source it names; `year` is the launch year.
import { CCF_AWS_EMBODIED, embodiedFor, embodiedModels, LIFETIME } from './gpu-embodied.mjs';
import { fail, writeDataset } from './io.mjs';

const SECONDS_PER_YEAR = 365.25 * 24 * 3600;

const nvidia = 'nvidia';
const amd = 'amd';
const google = 'google';
const SECONDARY_TABLE = 'the hardware table of github.com/canncupiscent/dc-liquid-cooling-calculator, Hardware_spec.md (secondary)';
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
    vendor: nvidia, boardPowerW: 300, memoryGiB: 24, formFactor: 'PCIe (AWS)', year: 2021,
    source:
      'nvidia-smi power limit 300 W on every AWS g5 size: S. Prasanna (AWS), "Choosing the right GPU for deep learning ' +
      'on AWS", table column "TDP from nvidia-smi" (gist.github.com/shashankprasanna/10ebe6dc1ba1d8d93db17da4e2cc890e). ' +
      'Replaces 150 W (TechPowerUp via mlco2/impact gpus.csv row "A10G,gpu,150"; CCF/Teads max 153 W), the A10 figure',
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
  {
    model: 'NVIDIA A40', names: ['NVIDIA A40', 'A40 48GB'],
    vendor: nvidia, boardPowerW: 300, memoryGiB: 48, formFactor: 'PCIe', year: 2020,
    source: 'NVIDIA A40 product brief PB-09976-001 (max power 300 W); TechPowerUp A40 PCIe and huggingface.co/hardware/a40 agree',
  },
  {
    model: 'NVIDIA A30', names: ['NVIDIA A30', 'A30 24GB'],
    vendor: nvidia, boardPowerW: 165, memoryGiB: 24, formFactor: 'PCIe', year: 2021,
    source: 'NVIDIA A30 datasheet (max TDP 165 W), as listed by huggingface.co/hardware/a30 (secondary)',
  },
  {
    model: 'NVIDIA L40', names: ['NVIDIA L40', 'L40 48GB'],
    vendor: nvidia, boardPowerW: 300, memoryGiB: 48, formFactor: 'PCIe', year: 2022,
    source: `NVIDIA L40 datasheet (max power 300 W), via ${SECONDARY_TABLE}`,
  },
  {
    model: 'NVIDIA Tesla P100 PCIe 16GB', names: ['Tesla P100-PCIE-16GB', 'P100 PCIe 16GB'],
    vendor: nvidia, boardPowerW: 250, memoryGiB: 16, formFactor: 'PCIe', year: 2016,
    source:
      'NVIDIA Tesla P100 PCIe datasheet (250 W), as cited in Green Algorithms TDP_gpu.csv row "NVIDIA Tesla P100,250"; ' +
      'mlco2/impact gpus.csv row "Tesla P100,gpu,250"',
  },
  {
    model: 'NVIDIA Tesla P100 PCIe 12GB', names: ['Tesla P100-PCIE-12GB', 'P100 PCIe 12GB'],
    vendor: nvidia, boardPowerW: 250, memoryGiB: 12, formFactor: 'PCIe', year: 2016,
    source: 'NVIDIA Tesla P100 PCIe datasheet (12 and 16 GB, 250 W), as cited in Green Algorithms TDP_gpu.csv row "NVIDIA Tesla P100,250"',
  },
  {
    model: 'AMD Instinct MI210', names: ['AMD Instinct MI210', 'MI210 64GB'],
    vendor: amd, boardPowerW: 300, memoryGiB: 64, formFactor: 'PCIe', year: 2022,
    source: `AMD Instinct MI210 specification (300 W total board power), via ${SECONDARY_TABLE}`,
  },
  {
    model: 'NVIDIA H800 SXM5 80GB', names: ['NVIDIA H800', 'NVIDIA H800 80GB HBM3', 'H800 SXM5 80GB'],
    vendor: nvidia, boardPowerW: 700, memoryGiB: 80, formFactor: 'SXM5', year: 2023,
    source:
      'huggingface.co/hardware/h800 (power 700 W; secondary). The H800 is the H100 SXM with its NVLink bandwidth cut for ' +
      'export; the board power is the H100 SXM datasheet figure',
  },
  {
    model: 'NVIDIA A800 SXM4 80GB', names: ['NVIDIA A800-SXM4-80GB', 'NVIDIA A800 80GB', 'A800 SXM4 80GB'],
    vendor: nvidia, boardPowerW: 400, memoryGiB: 80, formFactor: 'SXM4', year: 2022,
    source:
      'huggingface.co/hardware/a800 (power 400 W; secondary). The A800 is the A100 SXM4 with its NVLink bandwidth cut for ' +
      'export; the board power is the A100 SXM4 datasheet figure',
  },
  {
    // One row, the whole superchip: nvidia-smi lists one device per GH200, and NVIDIA publishes no power for the
    // Hopper GPU apart from the module, so the module's figure (CPU and memory included) is the device's.
    model: 'NVIDIA GH200 Grace Hopper Superchip', names: ['NVIDIA GH200 480GB', 'GH200 Grace Hopper', 'GH200 96GB'],
    vendor: nvidia, boardPowerW: 1000, memoryGiB: 96, formFactor: 'Superchip module (Grace CPU + Hopper GPU)', year: 2023,
    source:
      'NVIDIA GH200 Grace Hopper Superchip datasheet/product page: module power programmable from 450 W to 1,000 W, ' +
      'covering the CPU, the GPU and their memory (96 GB HBM3, up to 480 GB LPDDR5X); ServeTheHome and several secondary ' +
      'sources agree. 1,000 W is the top of the range and counts the whole superchip, Grace CPU and LPDDR5X included',
  },
  {
    model: 'AMD Instinct MI325X', names: ['AMD Instinct MI325X', 'AMD Instinct MI325X OAM', 'MI325X OAM'],
    vendor: amd, boardPowerW: 1000, memoryGiB: 256, formFactor: 'OAM', year: 2024,
    source:
      'AMD Instinct MI325X specification: 1,000 W peak total board power, as listed by secondary sources ' +
      '(yobitel.com knowledge base "AMD MI325X", awesomeagents.ai hardware page; not read from AMD\'s page). ' +
      'The 750 W some tables give is the MI300X\'s figure: the MI325X is the same CDNA 3 silicon with HBM3E',
  },
  {
    model: 'Google TPU v4', names: ['TPU v4', 'TPU v4 chip'],
    vendor: google, boardPowerW: 170, memoryGiB: 32, formFactor: 'TPU chip', year: 2021,
    source:
      'Green Algorithms TDP_gpu.csv row "TPU v4,170" (Google Cloud TPU system-architecture page); PaLM measured 378.5 W ' +
      'per chip including its share of the host. No per-chip embodied figure is published',
  },
];

export function buildGpus() {
  const models = embodiedModels();
  const table = GPUS.map((gpu) => ({ ...gpu, ...embodiedFor(gpu, models) }));
  const seen = new Map();
  for (const gpu of table) {
    for (const name of [gpu.model, ...gpu.names]) {
      const key = name.toLowerCase();
      if (seen.has(key) && seen.get(key) !== gpu.model) fail(`GPU name ${name} is used by ${seen.get(key)} and ${gpu.model}`);
      seen.set(key, gpu.model);
    }
  }
  const gpus = [...table].sort((a, b) => (a.model < b.model ? -1 : 1));
  writeDataset(
    'gpus.json',
    {
      description:
        'Accelerators: names as nvidia-smi / DCGM / rocm-smi print them, board power (W), nominal memory, form factor, ' +
        'launch year, and a manufacturing (embodied) footprint per device amortised over `defaultLifetime`: ' +
        '`embodiedKgCo2e` = the device (`embodiedGpuKgCo2e`, source `embodiedDeviceSource`) + its host server\'s share ' +
        '(`embodiedHostKgCo2e`, source `embodiedHostSource`), ' +
        'with a published low/high per device (`embodiedLowKgCo2e`, `embodiedHighKgCo2e`, `embodiedRangeSource`).',
      defaultLifetime: { seconds: LIFETIME.years * SECONDS_PER_YEAR, years: LIFETIME.years, source: LIFETIME.source },
      gpus,
    },
    {
      inputs: [CCF_AWS_EMBODIED],
      licence:
        'facts with per-row sources (vendor datasheets, papers, mlco2/impact gpus.csv MIT, Green Algorithms CC BY 4.0, ' +
        'Cloud Carbon Footprint Apache-2.0)',
      attribution:
        'Board power and memory: the vendor datasheets and papers named in each row, several via mlco2/impact data/gpus.csv ' +
        '(MIT, Copyright (c) 2013-2019 Blackrock Digital LLC) and Green Algorithms data/latest/TDP_gpu.csv (CC BY 4.0, ' +
        'Lannelongue et al.). Embodied footprint: Cloud Carbon Footprint / Teads and cloud-carbon-coefficients (Apache-2.0); Luccioni et al. 2022; Chien et al. 2023.',
    },
  );
}
