// The fleet benchmark's input (bench/prometheus-fleet.mjs): DCGM exporter series of a GPU fleet, as
// OpenMetrics text for `promtool tsdb create-blocks-from openmetrics`, with the exact energy each GPU's
// counter gained, so that the benchmark can check carbon-ci's answer to the joule.

import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { gpuUuid, prng } from './generate.mjs';

export const FLEET_GENERATOR_VERSION = 'v1';
/** 2025-03-03T00:00:00Z: a Monday, whole UTC days from here. */
export const FLEET_T0_S = 1_740_960_000;
const MODEL = 'NVIDIA H100 80GB HBM3';
const GPUS_PER_NODE = 8;

/** A GPU's power (W) at sample i: jobs of a few hours at 550-700 W between idle spells at 65-75 W. */
function powerOf(random, samples, intervalS) {
  const watts = new Float64Array(samples);
  let i = 0;
  while (i < samples) {
    const busy = random() < 0.7;
    const length = Math.round(((busy ? 2 + random() * 6 : 0.5 + random() * 2) * 3600) / intervalS);
    const level = busy ? 550 + random() * 150 : 65 + random() * 10;
    for (const end = Math.min(samples, i + length); i < end; i++) watts[i] = Math.round((level + (random() - 0.5) * (busy ? 40 : 4)) * 1000) / 1000;
  }
  return watts;
}

/**
 * Writes the fleet's series to `path`: `gpus` H100s on nodes of 8 (`node-0`, `node-1`, …), sampled
 * every `intervalS` for `days` days from FLEET_T0_S. Power in W, the energy counter in mJ since an
 * arbitrary driver load, growing by each interval's trapezoid. Returns each GPU's exact energy (J)
 * between its first and last sample, by UUID and node.
 */
export async function writeFleet(path, { gpus = 64, days = 3, intervalS = 15, seed = 20251206 } = {}) {
  const random = prng(seed);
  const samples = Math.floor((days * 86_400) / intervalS);
  const fleet = Array.from({ length: gpus }, (_, g) => ({
    uuid: gpuUuid(random),
    node: `node-${Math.floor(g / GPUS_PER_NODE)}`,
    index: g % GPUS_PER_NODE,
    startMJ: Math.round(1e11 + random() * 1e12),
  }));
  const out = createWriteStream(path);
  const write = async (text) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const labels = (gpu) => `gpu="${gpu.index}",UUID="${gpu.uuid}",device="nvidia${gpu.index}",modelName="${MODEL}",Hostname="${gpu.node}",job="dcgm-exporter"`;
  const powers = fleet.map(() => powerOf(random, samples, intervalS));
  await write('# TYPE DCGM_FI_DEV_POWER_USAGE gauge\n# HELP DCGM_FI_DEV_POWER_USAGE Power draw (in W).\n');
  for (const [g, gpu] of fleet.entries()) {
    const head = `DCGM_FI_DEV_POWER_USAGE{${labels(gpu)}} `;
    let chunk = '';
    for (let i = 0; i < samples; i++) {
      chunk += `${head}${powers[g][i]} ${FLEET_T0_S + i * intervalS}\n`;
      if (chunk.length > 1 << 16) {
        await write(chunk);
        chunk = '';
      }
    }
    await write(chunk);
  }
  await write('# TYPE DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION counter\n# HELP DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION Total energy consumption since boot (in mJ).\n');
  const energyJ = {};
  for (const [g, gpu] of fleet.entries()) {
    const head = `DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{${labels(gpu)}} `;
    const watts = powers[g];
    let mJ = gpu.startMJ;
    let chunk = '';
    for (let i = 0; i < samples; i++) {
      // Whole millijoules, as DCGM reports them.
      if (i > 0) mJ += Math.round(((watts[i - 1] + watts[i]) / 2) * intervalS * 1000);
      chunk += `${head}${mJ} ${FLEET_T0_S + i * intervalS}\n`;
      if (chunk.length > 1 << 16) {
        await write(chunk);
        chunk = '';
      }
    }
    await write(chunk);
    energyJ[gpu.uuid] = { node: gpu.node, energyJ: (mJ - gpu.startMJ) / 1000 };
  }
  await write('# EOF\n');
  out.end();
  await once(out, 'finish');
  return { samplesPerSeries: samples, energyJ };
}
