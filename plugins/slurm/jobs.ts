import { InputError } from 'carbon-ci';
import type { DeviceRef, EnergyRecord, Logger } from 'carbon-ci';
import { SENTINEL_J, gpusOf, type SacctRow } from './fields.js';
import { nodeCount } from './nodes.js';

export type Level = 'job' | 'steps';

const isNumbered = (row: SacctRow) => row.step !== undefined && /^\d+$/.test(row.step);
const usable = (row: SacctRow | undefined) => row !== undefined && row.energyJ > 0 && row.energyJ < SENTINEL_J;

/**
 * The lines of one job that are counted. The job line, its extern step and its batch step overlap
 * (steps run inside the allocation), so "job" takes the first of them that has energy, never two;
 * "steps" takes the numbered (srun) steps, which do not overlap each other.
 */
function chosen(rows: SacctRow[], level: Level): SacctRow[] {
  if (level === 'steps') return rows.filter(isNumbered);
  const job = rows.find((row) => row.step === undefined);
  const extern = rows.find((row) => row.step === 'extern');
  const batchStep = rows.find((row) => row.step === 'batch');
  const pick = [job, extern, batchStep].find(usable) ?? job ?? extern ?? batchStep;
  return pick ? [pick] : rows.filter(isNumbered);
}

/** One energy record per counted line, in time order; a line without measured energy gives none, never 0 J. */
export function jobRecords(jobs: Iterable<SacctRow[]>, level: Level, file: string, log: Logger): EnergyRecord[] {
  const devices = new Map<string, DeviceRef>();
  const skipped = { running: 0, noEnergy: 0, sentinel: 0, zeroLength: 0 };
  const out: EnergyRecord[] = [];
  let lines = 0;
  for (const rows of jobs) {
    lines += rows.length;
    for (const row of chosen(rows, level)) {
      if (row.startMs === undefined || row.endMs === undefined) {
        skipped.running++;
        continue;
      }
      if (!(row.energyJ > 0)) {
        skipped.noEnergy++;
        continue;
      }
      if (row.energyJ >= SENTINEL_J) {
        skipped.sentinel++;
        continue;
      }
      if (!(row.endMs > row.startMs)) {
        skipped.zeroLength++;
        continue;
      }
      const { nodeList, cluster } = row;
      const key = `${cluster ?? ''}/${nodeList ?? `job ${row.jobId}`}`;
      let device = devices.get(key);
      if (!device) {
        device = { id: `slurm:${cluster ? `${cluster}/` : ''}${nodeList ?? `job-${row.jobId}`}`, component: 'node' };
        if (nodeList) device.host = nodeList;
        // ConsumedEnergyRaw sums the job's nodes: the power ceiling is per node.
        const nodes = nodeCount({ nNodes: row.nNodes, allocTres: row.allocTres, nodeList });
        if (nodes !== undefined && nodes > 1) device.count = nodes;
        devices.set(key, device);
      }
      const gpus = gpusOf(row.allocTres);
      const what = `job ${row.jobId}${row.step ? `.${row.step}` : ''}${row.jobName ? ` (${row.jobName})` : ''}`;
      const gpuText = gpus ? `, ${gpus.count} GPU(s)${gpus.types.length > 0 ? ` ${gpus.types.join('+')}` : ''} allocated` : '';
      out.push({
        type: 'energy',
        startMs: row.startMs,
        endMs: row.endMs,
        device,
        energyJ: row.energyJ,
        origin: row.line === undefined ? { file } : { file, line: row.line },
        sourceReported: {
          note: `${what} on ${nodeList ?? 'unknown nodes'}${gpuText}: ConsumedEnergyRaw is whole-node energy from Slurm's acct_gather_energy plugin (CPU, memory, GPUs and whatever else the node's sensor sees), not GPU energy alone`,
        },
      });
    }
  }
  if (skipped.running > 0) log.warn(`${file}: ${skipped.running} job line(s) have no Start or End (pending or still running); their energy is not counted`);
  if (skipped.noEnergy > 0) {
    log.warn(
      `${file}: ${skipped.noEnergy} job line(s) have no measured energy (ConsumedEnergy empty or 0): energy accounting (AcctGatherEnergyType) is off or did not cover them; not measured, so not counted (never as 0 J)`,
    );
  }
  if (skipped.sentinel > 0) log.warn(`${file}: ${skipped.sentinel} job line(s) hold Slurm's "no value" marker (≥ 2^63) as ConsumedEnergyRaw; not counted`);
  if (skipped.zeroLength > 0) log.warn(`${file}: ${skipped.zeroLength} job line(s) end when they start; not counted`);
  if (lines === 0) {
    throw new InputError('the sacct output lists no job', {
      file,
      hint: 'name the job and its dates: `sacct -j <jobid> -S <start date> ...` (without -S, sacct lists only jobs that ran since midnight)',
    });
  }
  if (out.length === 0) {
    throw new InputError('no job in this sacct output has a usable ConsumedEnergyRaw: its energy was not measured', {
      file,
      hint: 'energy needs AcctGatherEnergyType (e.g. acct_gather_energy/ipmi or /rapl) in slurm.conf (`scontrol show config | grep AcctGatherEnergyType` says none when it is off); ask your cluster admins, or report GPU power logs instead',
    });
  }
  return out.sort((a, b) => a.startMs - b.startMs);
}
