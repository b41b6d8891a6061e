import { definePlugin } from 'carbon-ci';
import type { DetectInput, PluginContext, Source } from 'carbon-ci';
import { hostOption } from '../shared/options.js';
import { hasDmonHeader, readDcgmiDmon } from './dmon.js';
import { readPrometheus } from './prometheus.js';

const DCGM_SAMPLE = /^(?:DCGM_FI_[A-Z0-9_]+\s*[{ ]|\{[^}\n]*\b__name__\s*=\s*"DCGM_FI_)/m;
const DCGM_METADATA = /^# (?:HELP|TYPE) DCGM_FI_/m;

function detect({ head }: DetectInput): number {
  if (DCGM_SAMPLE.test(head)) return 0.95;
  if (DCGM_METADATA.test(head)) return 0.9;
  if (hasDmonHeader(head)) return 0.9;
  return 0;
}

/** Which of the two formats a file holds, from its first 64 KiB. */
async function formatOf(source: Source): Promise<'dmon' | 'prometheus'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of source.open()) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= 64 * 1024) break;
  }
  const head = Buffer.concat(chunks).toString('utf8');
  return hasDmonHeader(head) && !DCGM_SAMPLE.test(head) ? 'dmon' : 'prometheus';
}

async function* read(source: Source, context: PluginContext) {
  const host = hostOption(context.options);
  if ((await formatOf(source)) === 'dmon') yield* readDcgmiDmon(source, context, host);
  else yield* readPrometheus(source, context, host);
}

export default definePlugin({
  name: 'dcgm',
  kind: 'telemetry',
  description:
    'GPU power (DCGM_FI_DEV_POWER_USAGE, W) and the energy counter (DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION, mJ) from timestamped DCGM exporter scrapes, Prometheus dumps or `dcgmi dmon` logs.',
  example: 'DCGM_FI_DEV_POWER_USAGE{gpu="0",UUID="GPU-34319582-d595-d1c7-d1d2-179bcfa61660",Hostname="node-1"} 409.692 1715250000000\nDCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{gpu="0",UUID="GPU-34319582-d595-d1c7-d1d2-179bcfa61660",Hostname="node-1"} 319159391 1715250000000',
  options: {
    type: 'object',
    properties: {
      host: {
        type: 'string',
        minLength: 1,
        description: 'host name to qualify device ids (host:gpuN) where the source names neither a GPU UUID nor a host',
      },
    },
  },
  detect,
  read,
});
