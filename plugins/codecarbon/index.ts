import { definePlugin, readLines } from 'carbon-ci';
import type { DetectInput, EnergyRecord, PluginContext, Source } from 'carbon-ci';
import { headerConfidence } from './columns.js';
import { EmissionsReader } from './reader.js';

function detect({ head }: DetectInput): number {
  return headerConfidence(head);
}

/** The file's records, a batch per chunk of lines, so that memory stays flat however long the file. */
export async function* readEmissions(source: Source, context: PluginContext): AsyncGenerator<EnergyRecord[]> {
  const reader = new EmissionsReader(source.path, () => context.localTimeZone(), context.log);
  for await (const batch of readLines(source.open(), { file: source.path })) {
    context.signal.throwIfAborted();
    const records = reader.consume(batch);
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
  read: readEmissions,
});
