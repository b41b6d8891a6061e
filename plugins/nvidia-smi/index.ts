import { definePlugin, readLineChunks } from 'carbon-ci';
import type { PluginRecord } from 'carbon-ci';
import { detectNvidiaSmi } from './detect.js';
import { NvidiaSmiReader, type NvidiaSmiOptions } from './reader.js';

export default definePlugin<NvidiaSmiOptions>({
  name: 'nvidia-smi',
  kind: 'telemetry',
  description:
    'nvidia-smi --query-gpu=timestamp,index,uuid,name,power.draw,... --format=csv[,nounits] logs: board power per GPU, timestamps in local time (--timezone)',
  example: 'timestamp, index, name, power.draw [W]\n2024/02/29 12:00:00.000, 0, NVIDIA A100-SXM4-80GB, 312.45 W',
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      columns: {
        type: 'string',
        description: 'For logs written with --format=csv,noheader: the --query-gpu field list, e.g. "timestamp,index,power.draw"',
      },
      oneGpu: {
        type: 'boolean',
        description: 'The log has no index or uuid column and is of a single GPU: skip the checks for interleaved GPUs',
      },
    },
  },
  detect: detectNvidiaSmi,
  async *read(source, context): AsyncGenerator<PluginRecord[]> {
    const options = readOptions(context.options);
    const reader = new NvidiaSmiReader(source.path, () => context.localTimeZone(), context.log, options);
    for await (const chunk of readLineChunks(source.open(), { file: source.path })) {
      context.signal.throwIfAborted();
      const records = reader.consume(chunk);
      if (records.length > 0) yield records;
    }
    const rest = reader.finish();
    if (rest.length > 0) yield rest;
  },
});

function readOptions(raw: unknown): NvidiaSmiOptions {
  const options: NvidiaSmiOptions = {};
  if (raw && typeof raw === 'object') {
    const { columns, oneGpu } = raw as Record<string, unknown>;
    if (typeof columns === 'string' && columns.trim() !== '') options.columns = columns;
    if (oneGpu === true || oneGpu === 'true') options.oneGpu = true;
  }
  return options;
}
