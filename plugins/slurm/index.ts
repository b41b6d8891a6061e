import { InputError, definePlugin, parseDateTime, readLines, wallClockToUtc } from 'carbon-ci';
import { nodeCount } from './nodes.js';
import type { DetectInput, DeviceRef, EnergyRecord } from 'carbon-ci';

export interface SlurmOptions {
  level?: 'job' | 'steps';
}

const REQUIRED = ['JobID', 'Start', 'End', 'ConsumedEnergyRaw'] as const;
/** NO_VAL64 and INFINITE64 (2^64 − 2, 2^64 − 1): Slurm's "no value", which sacct sometimes prints raw. */
const SENTINEL_J = 2 ** 63;

function detect({ head }: DetectInput): number {
  const first = head.split('\n', 1)[0]!.trim();
  if (!first.includes('|')) return 0;
  const names = first.split('|').map((name) => name.trim());
  if (names.includes('JobID') && names.includes('ConsumedEnergyRaw')) return 0.95;
  // sacct output without the energy column: claim it so the error can say which field to add.
  if (names.includes('JobID') && names.includes('Start') && names.includes('End')) return 0.6;
  return 0;
}

interface Row {
  line: number;
  jobId: string;
  step: string | undefined;
  fields: string[];
}

interface Columns {
  jobId: number;
  start: number;
  end: number;
  energy: number;
  nodeList?: number;
  nNodes?: number;
  allocTres?: number;
  jobName?: number;
  cluster?: number;
  state?: number;
  width: number;
}

function columnsOf(header: string[], file: string): Columns {
  const index = (name: string) => {
    const at = header.indexOf(name);
    return at < 0 ? undefined : at;
  };
  const missing = REQUIRED.filter((name) => index(name) === undefined);
  if (missing.length > 0) {
    throw new InputError(`the sacct header lacks ${missing.join(', ')} (columns: ${header.join(', ')})`, {
      file,
      line: 1,
      hint: 'rerun sacct with the fields this plugin reads: `sacct -P -j <jobid> --format=JobID,JobName,Cluster,Start,End,NodeList,AllocTRES,ConsumedEnergyRaw,State` (energy needs AcctGatherEnergyType set in slurm.conf)',
    });
  }
  return {
    jobId: index('JobID')!,
    start: index('Start')!,
    end: index('End')!,
    energy: index('ConsumedEnergyRaw')!,
    nodeList: index('NodeList'),
    nNodes: index('NNodes') ?? index('AllocNodes'),
    allocTres: index('AllocTRES'),
    jobName: index('JobName'),
    cluster: index('Cluster'),
    state: index('State'),
    width: header.length,
  };
}

/** `2024-03-15T20:24:16`, `2024-03-15 20:24:16`, or `2024-03-15-20:24:16` (a SLURM_TIME_FORMAT seen in the wild). */
function parseSlurmTime(text: string): number | undefined {
  const normalised = text.trim().replace(/^(\d{4}-\d{2}-\d{2})-(\d{2}:)/, '$1T$2');
  return parseDateTime(normalised)?.wallMs;
}

/** GPUs allocated per AllocTRES: `gres/gpu=8`, else the sum of typed entries such as `gres/gpu:a100=4`. */
function gpusOf(tres: string | undefined): { count: number; types: string[] } | undefined {
  if (!tres) return undefined;
  let plain: number | undefined;
  let typed = 0;
  const types: string[] = [];
  for (const entry of tres.split(',')) {
    const m = /^gres\/gpu(?::([^=]+))?=(\d+)$/.exec(entry.trim());
    if (!m) continue;
    if (m[1] === undefined) plain = Number(m[2]);
    else {
      typed += Number(m[2]);
      types.push(m[1]);
    }
  }
  if (plain === undefined && typed === 0) return undefined;
  return { count: plain ?? typed, types };
}

export default definePlugin<SlurmOptions>({
  name: 'slurm',
  kind: 'telemetry',
  description:
    'Slurm accounting: `sacct -P` output with JobID, Start, End, NodeList, AllocTRES and ConsumedEnergyRaw (J, node energy from the acct_gather_energy plugin), one energy record per job',
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
    const toUtc = wallClockToUtc(context.localTimeZone());
    let columns: Columns | undefined;
    const jobs = new Map<string, Row[]>();
    let badRows = 0;
    let firstBad = 0;

    for await (const batch of readLines(source.open(), { file })) {
      context.signal.throwIfAborted();
      batch.lines.forEach((text, i) => {
        const line = batch.firstLine + i;
        if (text.trim() === '') return;
        let fields = text.split('|');
        // `sacct -p` (parsable) ends every line with a delimiter; `-P` (parsable2) does not.
        if (fields.length > 1 && fields[fields.length - 1] === '' && (!columns || fields.length === columns.width + 1)) fields = fields.slice(0, -1);
        if (!columns) {
          if (!fields.includes('JobID')) {
            throw new InputError('the first line is not a sacct header (JobID|…)', {
              file,
              line,
              hint: 'run sacct without -n/--noheader and with -P, e.g. `sacct -P -j <jobid> --format=JobID,JobName,Start,End,NodeList,AllocTRES,ConsumedEnergyRaw`',
            });
          }
          columns = columnsOf(fields.map((name) => name.trim()), file);
          return;
        }
        if (fields.length !== columns.width) {
          badRows++;
          if (firstBad === 0) firstBad = line;
          return;
        }
        const id = fields[columns.jobId]!.trim();
        const dot = id.indexOf('.');
        const jobId = dot < 0 ? id : id.slice(0, dot);
        const rows = jobs.get(jobId) ?? [];
        rows.push({ line, jobId, step: dot < 0 ? undefined : id.slice(dot + 1), fields });
        jobs.set(jobId, rows);
      });
    }
    if (!columns) throw new InputError('the file has no sacct header', { file, hint: 'run `sacct -P …` without -n' });
    const cols = columns;

    const devices = new Map<string, DeviceRef>();
    const skipped = { running: 0, noEnergy: 0, sentinel: 0, zeroLength: 0 };
    const out: EnergyRecord[] = [];
    const chosen = (rows: Row[]): Row[] => {
      if (level === 'steps') return rows.filter((row) => row.step !== undefined && /^\d+$/.test(row.step));
      const energyOf = (row: Row) => Number(row.fields[cols.energy]);
      const usable = (row: Row | undefined) => row !== undefined && energyOf(row) > 0 && energyOf(row) < SENTINEL_J;
      const job = rows.find((row) => row.step === undefined);
      const extern = rows.find((row) => row.step === 'extern');
      const batchStep = rows.find((row) => row.step === 'batch');
      const pick = [job, extern, batchStep].find(usable) ?? job ?? extern ?? batchStep;
      return pick ? [pick] : rows.filter((row) => row.step !== undefined && /^\d+$/.test(row.step));
    };

    for (const rows of jobs.values()) {
      for (const row of chosen(rows)) {
        const f = row.fields;
        const energyText = f[cols.energy]!.trim();
        const startWall = parseSlurmTime(f[cols.start]!);
        const endWall = parseSlurmTime(f[cols.end]!);
        if (startWall === undefined || endWall === undefined) {
          skipped.running++;
          continue;
        }
        if (energyText === '' || !/^\d+(?:\.\d+)?$/.test(energyText) || Number(energyText) === 0) {
          skipped.noEnergy++;
          continue;
        }
        const energyJ = Number(energyText);
        if (energyJ >= SENTINEL_J) {
          skipped.sentinel++;
          continue;
        }
        const startMs = toUtc(startWall);
        const endMs = toUtc(endWall);
        if (!(endMs > startMs)) {
          skipped.zeroLength++;
          continue;
        }
        const field = (column: number | undefined) => (column === undefined ? undefined : f[column]!.trim());
        const nodeList = field(cols.nodeList) || undefined;
        const cluster = cols.cluster === undefined ? undefined : f[cols.cluster]!.trim() || undefined;
        const key = `${cluster ?? ''}/${nodeList ?? `job ${row.jobId}`}`;
        let device = devices.get(key);
        if (!device) {
          device = { id: `slurm:${cluster ? `${cluster}/` : ''}${nodeList ?? `job-${row.jobId}`}`, component: 'node' };
          if (nodeList) device.host = nodeList;
          // ConsumedEnergyRaw sums the job's nodes: the power ceiling is per node.
          const nodes = nodeCount({ nNodes: field(cols.nNodes), allocTres: field(cols.allocTres), nodeList });
          if (nodes !== undefined && nodes > 1) device.count = nodes;
          devices.set(key, device);
        }
        const gpus = gpusOf(cols.allocTres === undefined ? undefined : f[cols.allocTres]);
        const name = cols.jobName === undefined ? '' : f[cols.jobName]!.trim();
        const what = `job ${row.jobId}${row.step ? `.${row.step}` : ''}${name ? ` (${name})` : ''}`;
        const gpuText = gpus ? `, ${gpus.count} GPU(s)${gpus.types.length > 0 ? ` ${gpus.types.join('+')}` : ''} allocated` : '';
        out.push({
          type: 'energy',
          startMs,
          endMs,
          device,
          energyJ,
          origin: { file, line: row.line },
          sourceReported: {
            note: `${what} on ${nodeList ?? 'unknown nodes'}${gpuText}: ConsumedEnergyRaw is whole-node energy from Slurm's acct_gather_energy plugin (CPU, memory, GPUs and whatever else the node's sensor sees), not GPU energy alone`,
          },
        });
      }
    }
    if (badRows > 0) context.log.warn(`${file}: dropped ${badRows} line(s) whose field count differs from the header, first at line ${firstBad}`);
    if (skipped.running > 0) context.log.warn(`${file}: ${skipped.running} job line(s) have no Start or End (pending or still running); their energy is not counted`);
    if (skipped.noEnergy > 0) {
      context.log.warn(`${file}: ${skipped.noEnergy} job line(s) have no ConsumedEnergyRaw (empty or 0): energy accounting (AcctGatherEnergyType) is off or did not cover them; their energy is not counted`);
    }
    if (skipped.sentinel > 0) context.log.warn(`${file}: ${skipped.sentinel} job line(s) hold Slurm's "no value" marker (≥ 2^63) as ConsumedEnergyRaw; not counted`);
    if (skipped.zeroLength > 0) context.log.warn(`${file}: ${skipped.zeroLength} job line(s) end when they start; not counted`);
    if (out.length === 0) {
      throw new InputError('no job in this sacct output has a usable ConsumedEnergyRaw', {
        file,
        hint: 'energy needs AcctGatherEnergyType (e.g. acct_gather_energy/ipmi or /rapl) in slurm.conf; ask your cluster admins, or report GPU power logs instead',
      });
    }
    out.sort((a, b) => a.startMs - b.startMs);
    yield out;
  },
});
