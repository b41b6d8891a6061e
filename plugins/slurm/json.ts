import { InputError } from 'carbon-ci';
import type { FileSource, Logger } from 'carbon-ci';
import { isJsonObject, readJsonDocument } from '../shared/json.js';
import type { SacctRow } from './fields.js';

/** `sacct --json` is one document, parsed whole; a month of a cluster's jobs stays far below this. */
const MAX_JSON_BYTES = 256 * 1024 * 1024;
/** Step ids that older data_parser versions print as numbers: SLURM_BATCH_SCRIPT, SLURM_EXTERN_CONT, … (slurm.h). */
const STEP_NAMES: Record<string, string> = { '4294967290': 'interactive', '4294967291': 'batch', '4294967292': 'extern', '4294967293': 'pending' };
const HINT = 'pass what `sacct --json -j <jobid>` printed (Slurm 21.08 or later), unedited';

type Json = Record<string, unknown>;

export function isSacctJson(head: string): boolean {
  return /^\s*\{/.test(head) && /"jobs"\s*:\s*\[/.test(head) && /"job_id"\s*:/.test(head);
}

const object = (value: unknown): Json | undefined => (isJsonObject(value) ? value : undefined);

/** A number as data_parser writes it: plain (0.0.37/0.0.38) or `{set, infinite, number}` (0.0.39 on). */
function num(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\d+(?:\.\d+)?$/.test(value)) return Number(value);
  const wrapped = object(value);
  if (!wrapped || wrapped.set === false || wrapped.infinite === true) return undefined;
  return num(wrapped.number);
}

/** Seconds since the epoch to ms; 0 is what Slurm writes for "not yet" (a running job's end). */
function timeMs(value: unknown): number | undefined {
  const seconds = num(value);
  return seconds !== undefined && seconds > 0 ? seconds * 1000 : undefined;
}

interface Tres {
  type: string;
  name: string;
  count: number | undefined;
}

function tresList(value: unknown): Tres[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const tres = object(entry);
    if (!tres || typeof tres.type !== 'string') return [];
    return [{ type: tres.type, name: typeof tres.name === 'string' ? tres.name : '', count: num(tres.count) }];
  });
}

/** The energy TRES in joules; NaN when the list has none (not measured). */
function energyIn(list: Tres[]): number {
  return list.find((tres) => tres.type === 'energy')?.count ?? Number.NaN;
}

/** The TRES list as sacct's AllocTRES prints it (`cpu=8,gres/gpu=1,node=1`), for the GPU and node counts. */
function tresText(list: Tres[]): string | undefined {
  const text = list
    .filter((tres) => tres.count !== undefined)
    .map((tres) => `${tres.type}${tres.name ? `/${tres.name}` : ''}=${tres.count}`)
    .join(',');
  return text || undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** `batch`, `extern`, `0`, …: from `123.batch` (0.0.39 on), `batch`, or the numeric id older versions print. */
function stepName(step: Json | undefined): string | undefined {
  // Some data_parser versions write the id as an object: {"job_id": 123, "step_id": "batch"}.
  const id = object(step?.id)?.step_id ?? step?.id;
  const raw = typeof id === 'number' ? String(id) : typeof id === 'string' ? id : text(step?.name);
  if (raw === undefined) return undefined;
  const dot = raw.indexOf('.');
  const name = dot < 0 ? raw : raw.slice(dot + 1);
  return STEP_NAMES[name] ?? name;
}


/**
 * The jobs of `sacct --json` as rows: the job allocation (its energy is the `energy` entry of its
 * allocated TRES, as sacct's AllocTRES shows it) and each step (the `energy` entry of its consumed
 * TRES total, or `statistics.energy.consumed` in 21.08's schema). Times are epoch seconds, in UTC.
 */
export async function readSacctJson(source: FileSource, log: Logger): Promise<Map<string, SacctRow[]>> {
  const file = source.path;
  const { value } = await readJsonDocument(source, {
    maxBytes: MAX_JSON_BYTES,
    what: 'the sacct JSON',
    tooLargeHint: 'ask sacct for fewer jobs (-j, -S/-E), or use `sacct -P`, which is read line by line',
    invalidHint: HINT,
  });
  const document = object(value);
  if (!document || !Array.isArray(document.jobs)) throw new InputError('the JSON has no "jobs" list: it is not `sacct --json` output', { file, hint: HINT });
  const errors = Array.isArray(document.errors) ? document.errors.length : 0;
  if (errors > 0) log.warn(`${file}: sacct reported ${errors} error(s) in its output ("errors"); its job list may be incomplete`);

  const jobs = new Map<string, SacctRow[]>();
  for (const entry of document.jobs) {
    const job = object(entry);
    const id = num(job?.job_id);
    if (!job || id === undefined) continue;
    const jobId = String(id);
    const time = object(job.time);
    const tres = object(job.tres);
    const allocated = tresList(tres?.allocated);
    const cluster = text(job.cluster);
    const rows: SacctRow[] = [
      {
        jobId,
        startMs: timeMs(time?.start),
        endMs: timeMs(time?.end),
        energyJ: energyIn(allocated),
        nodeList: text(job.nodes),
        nNodes: num(job.allocation_nodes)?.toString(),
        allocTres: tresText(allocated),
        jobName: text(job.name),
        cluster,
      },
    ];
    for (const stepEntry of Array.isArray(job.steps) ? job.steps : []) {
      const step = object(stepEntry);
      if (!step) continue;
      const stepTime = object(step.time);
      const stepTres = object(step.tres);
      const nodes = object(step.nodes);
      const consumed = energyIn(tresList(object(stepTres?.consumed)?.total));
      const statistics = num(object(object(step.statistics)?.energy)?.consumed);
      rows.push({
        jobId,
        step: stepName(object(step.step)),
        startMs: timeMs(stepTime?.start),
        endMs: timeMs(stepTime?.end),
        energyJ: Number.isNaN(consumed) ? (statistics ?? Number.NaN) : consumed,
        nodeList: text(nodes?.range),
        nNodes: num(nodes?.count)?.toString(),
        allocTres: tresText(tresList(stepTres?.allocated)),
        jobName: text(object(step.step)?.name),
        cluster,
      });
    }
    jobs.set(jobId, [...(jobs.get(jobId) ?? []), ...rows]);
  }
  return jobs;
}
