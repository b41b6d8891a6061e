import { definePlugin, readLines, readText } from 'carbon-ci';
import type { DetectInput } from 'carbon-ci';
import { localClock } from '../shared/local-clock.js';
import { FIELDS } from './fields.js';
import { jobRecords, type Level } from './jobs.js';
import { isSacctJson, readSacctJson } from './json.js';
import { SacctTable, delimiterOf, isFixedWidthHeader } from './table.js';

export interface SlurmOptions {
  level?: Level;
}

const EXAMPLE = [
  'JobID|JobName|Start|End|NNodes|NodeList|AllocTRES|ConsumedEnergyRaw',
  '4102771|train-llm|2025-01-20T09:00:04|2025-01-20T11:30:09|2|gpu-a[07-08]|cpu=128,gres/gpu=8,node=2|20318530',
].join('\n');

const ENERGY_NAMES = FIELDS.energy.map((name) => name.toLowerCase());

function detect({ head }: DetectInput): number {
  if (isSacctJson(head)) return 0.95;
  const lines = head.split(/\r?\n/).filter((line) => line.trim() !== '');
  const first = lines[0] ?? '';
  const delimiter = delimiterOf(first);
  let names: string[];
  if (delimiter !== undefined) names = first.split(delimiter);
  else if (isFixedWidthHeader(first, lines[1])) names = first.trim().split(/\s+/);
  else return 0;
  names = names.map((name) => name.trim().toLowerCase());
  if (names.some((name) => ENERGY_NAMES.includes(name))) return 0.95;
  // sacct output without the energy column: claim it so the error can say which field to add.
  if (names.includes('start') || names.includes('end')) return 0.6;
  return 0;
}


export default definePlugin<SlurmOptions>({
  name: 'slurm',
  kind: 'telemetry',
  description:
    'Slurm accounting: `sacct -P` output (any delimiter), sacct\'s fixed-width table or `sacct --json`, with JobID, Start/End or Elapsed and ConsumedEnergyRaw (J, node energy from the acct_gather_energy plugin), one energy record per job',
  example: EXAMPLE,
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      level: {
        enum: ['job', 'steps'],
        default: 'job',
        description:
          '"job": one record per job, from the job line (or its extern/batch step); "steps": one record per numbered step (srun), leaving out the time between steps.',
      },
    },
  },
  detect,
  async *read(source, context) {
    const file = source.path;
    const level = context.options.level ?? 'job';
    const head = await readText(source, { maxBytes: 256 });
    // sacct's text output starts with its header, never with a brace.
    if (/^\uFEFF?\s*\{/.test(head)) {
      yield jobRecords((await readSacctJson(source, context.log)).values(), level, file, context.log);
      return;
    }
    // sacct prints times in the zone of the machine it ran on, without saying which.
    const table = new SacctTable(file, localClock(context, false));
    for await (const batch of readLines(source.open(), { file })) {
      context.signal.throwIfAborted();
      batch.lines.forEach((text, i) => table.add(text, batch.firstLine + i));
    }
    table.finish(context.log);
    yield jobRecords(table.jobs.values(), level, file, context.log);
  },
});
