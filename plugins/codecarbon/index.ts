import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError, definePlugin, readLines, readText } from 'carbon-ci';
import type { DetectInput, EnergyRecord, PluginContext, Source } from 'carbon-ci';
import { headerConfidence } from './columns.js';
import { isEmissionsJson, readEmissionsJson } from './json.js';
import { EmissionsReader } from './reader.js';

const EXAMPLE = [
  'timestamp,project_name,run_id,duration,emissions,cpu_energy,gpu_energy,ram_energy,country_iso_code,pue',
  '2025-06-01T00:10:00,llm,5b0fa12a-3dd7-45bb-9766-cc326314d9f1,600.0,0.0412,0.0102,0.1953,0.0031,FRA,1.0',
].join('\n');

function detect({ head }: DetectInput): number {
  return Math.max(headerConfidence(head), isEmissionsJson(head) ? 0.9 : 0);
}

/**
 * A task file is refused when its run's totals lie beside it: a plugin sees one file at a time, so
 * carbon-ci cannot tell whether they are among the inputs, and reading both counts the tasks twice.
 */
function refuseTaskFileBesideTotals(file: string, line: number): void {
  const totals = ['emissions.csv', 'emissions.json'].find((name) => existsSync(join(dirname(file), name)));
  if (totals === undefined) return;
  throw new InputError(`this CodeCarbon task file has its run's ${totals} beside it; reading both would count the tasks' energy twice`, {
    file,
    line,
    hint: `pass ${join(dirname(file), totals)} (the run's totals) instead; to read the tasks alone, pass the task file from a directory without ${totals}`,
  });
}


/** The file's records, a batch per chunk of lines, so that memory stays flat however long the file. */
export async function* readEmissions(source: Source, context: PluginContext): AsyncGenerator<EnergyRecord[]> {
  const reader = new EmissionsReader(source.path, () => context.localTimeZone(), context.log, (line) => refuseTaskFileBesideTotals(source.path, line));
  const head = await readText(source, { maxBytes: 4096 });
  // CodeCarbon's JSON starts with a brace or a bracket, or its objects follow a logger's prefix; its CSV never has a quoted key.
  if (/^\uFEFF?\s*[[{]/.test(head) || isEmissionsJson(head)) {
    yield* readEmissionsJson(source, context, reader, head);
  } else {
    for await (const batch of readLines(source.open(), { file: source.path })) {
      context.signal.throwIfAborted();
      const records = reader.consume(batch);
      if (records.length > 0) yield records;
    }
  }
  reader.finish();
}

export default definePlugin({
  name: 'codecarbon',
  kind: 'telemetry',
  description:
    "Energy per run and component (gpu_energy, cpu_energy, ram_energy in kWh; energy_consumed in old files) from CodeCarbon's emissions.csv (any version; task files too) or its JSON (emissions.json, logger lines, API exports); CodeCarbon's own emissions kept for comparison.",
  example: EXAMPLE,
  detect,
  read: readEmissions,
});
