import { definePlugin, readLineChunks, sourceChunks } from 'carbon-ci';
import type { DetectInput, EnergyRecord, PluginContext, Source } from 'carbon-ci';
import { headerConfidence } from './columns.js';
import { EmissionsReader, type EmissionsReaderOptions } from './reader.js';

function detect({ head }: DetectInput): number {
  return headerConfidence(head);
}

export async function* readEmissions(source: Source, context: PluginContext, options?: EmissionsReaderOptions): AsyncGenerator<EnergyRecord[]> {
  const reader = new EmissionsReader(source.path, context.timeZone, context.log, options);
  for await (const chunk of readLineChunks(sourceChunks(source), { file: source.path })) {
    context.signal.throwIfAborted();
    const records = reader.consume(chunk);
    if (records.length > 0) yield records;
  }
  reader.finish();
}

export default definePlugin({
  name: 'codecarbon',
  kind: 'telemetry',
  description:
    "Energy per run and component (gpu_energy, cpu_energy, ram_energy in kWh; energy_consumed in old files) from CodeCarbon's emissions.csv, any version; CodeCarbon's own emissions kept for comparison.",
  detect,
  read: (source, context) => readEmissions(source, context),
});
