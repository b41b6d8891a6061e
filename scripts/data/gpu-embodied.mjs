// Embodied (manufacturing) footprint per accelerator: the device's own figure plus its host server's
// share (the server without its accelerators, divided by the accelerators it holds), with a low/high
// range from other published figures. Facts from the project notes shared/research/hardware-and-pue.md section 3 (outside this repository; docs/data-sources.md states each figure and its source).
import { fail, parseCsv, readRaw, round } from './io.mjs';

export const CCF_AWS_EMBODIED = 'cloud_carbon_footprint/ccf_coefficients__coefficients-aws-embodied.csv';

export const LIFETIME = {
  years: 4,
  source: 'Cloud Carbon Footprint / Teads: 4-year linear amortisation of server hardware (SCI M = TE x TR/EL)',
};

/** The server of Luccioni et al. 2022 (BLOOM): HPE Apollo 6500 Gen10 Plus, 8 × A100 SXM4 80GB, 2,500 kgCO2e without its GPUs. */
const BLOOM_SERVER = { kgWithoutGpus: 2500, gpus: 8 };
/** Chien et al. 2023 (HotCarbon): an A100 with its eighth of the instance (CPU, DRAM, storage), 318 kgCO2. */
const CHIEN_A100_WITH_HOST_KG = 318;

const GPU_A100 =
  'Luccioni et al. 2022 (BLOOM): 150 kgCO2e per A100, the same figure as the Cloud Carbon Footprint / Teads ' +
  'per-GPU manufacturing constant';
const GPU_GENERIC =
  'Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, ' +
  'coefficients.ipynb); not specific to this model';
const HOST =
  'Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / ' +
  '8 GPUs = 312.5 kg';

/** The p4d.24xlarge row (8 × A100) of CCF's AWS embodied coefficients: total and the GPUs' part, kgCO2e. */
function ccfP4d() {
  const [header, ...rows] = parseCsv(readRaw(CCF_AWS_EMBODIED));
  const column = (name) => header.indexOf(name);
  const row = rows.find((cells) => cells[column('type')] === 'p4d.24xlarge');
  if (!row) fail(`${CCF_AWS_EMBODIED}: no p4d.24xlarge row`);
  const total = Number(row[column('total')]);
  const gpus = Number(row[column('additional_gpus')]);
  if (!(total > gpus && gpus > 0)) fail(`${CCF_AWS_EMBODIED}: p4d.24xlarge total ${total} / gpus ${gpus} unusable`);
  return { total, gpus };
}

/**
 * Embodied fields for each accelerator kind: `embodiedKgCo2e` = device + host share (the figure charged),
 * the two parts, and a per-device range. Accelerators with no published per-device figure (TPUs) get none.
 */
export function embodiedModels() {
  const p4d = ccfP4d();
  const hostKg = BLOOM_SERVER.kgWithoutGpus / BLOOM_SERVER.gpus;
  const highKg = round(p4d.total / 8, 3);
  const range = {
    embodiedLowKgCo2e: CHIEN_A100_WITH_HOST_KG,
    embodiedHighKgCo2e: highKg,
    embodiedRangeSource:
      `low: Chien et al. 2023 (HotCarbon), ${CHIEN_A100_WITH_HOST_KG} kgCO2 for an A100 with its eighth of the instance; ` +
      `high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge ${p4d.total} kgCO2e / 8 A100 = ` +
      `${highKg} kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers`,
  };
  const model = (gpuKg, gpuSource) => ({
    embodiedKgCo2e: gpuKg + hostKg,
    embodiedGpuKgCo2e: gpuKg,
    embodiedHostKgCo2e: hostKg,
    // Two columns, so that a report can name each source once without splitting text.
    embodiedDeviceSource: gpuSource,
    embodiedHostSource: HOST,
    ...range,
  });
  return { a100: model(150, GPU_A100), generic: model(150, GPU_GENERIC) };
}

/** The embodied fields for one table row: A100s get the BLOOM figure, other GPUs the generic one, TPUs none. */
export function embodiedFor(gpu, models) {
  if (gpu.vendor === 'google') return {};
  return gpu.model.includes('A100') ? models.a100 : models.generic;
}
