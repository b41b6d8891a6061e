import { DroppedRows, InputError, definePlugin, deviceRef, readLines, splitCsvLine, parseNumber } from 'carbon-ci';
import type { DetectInput, DeviceRef, PluginContext, Source, UsageRecord } from 'carbon-ci';

/**
 * The header that carbon-ci's host sampler writes (src/measure/host-usage.ts, measure-daemon.sh). `scope` says
 * what the figures cover: `host`, the whole machine's /proc; `cgroup`, the job's container, whose CPU time and
 * memory limit its cgroup gives (a pod or container with limits on a shared node).
 */
export const HOST_USAGE_LOG_HEADER = 'start_ms,end_ms,vcpus,cpu_utilization,mem_total_bytes,mem_available_bytes,cpu_model,scope';
/** Logs of carbon-ci before 2026-12 have no `scope`: they cover the host. */
const HEADER_WITHOUT_SCOPE = HOST_USAGE_LOG_HEADER.replace(/,scope$/, '');
const SCOPES = new Set(['host', 'cgroup']);
type Scope = 'host' | 'cgroup';

/**
 * CPU power per vCPU at full load: 3.97 W, Cloud Carbon Footprint's "Max Watts" for Cascade Lake, the median
 * of the 11 microarchitectures in cloud-carbon-coefficients @ dda7621f, output/coefficients-aws-use.csv
 * (Apache-2.0; SPECpower-derived); carbon-ci's smoke test uses this constant too (src/smoke/energy.ts).
 */
export const CPU_W_PER_VCPU = 3.97;
/** Memory power: Green Algorithms' 0.3725 W per GB (methodology page, Lannelongue et al. 2021, CC BY 4.0), per SI GB (10^9 bytes) of installed memory. */
export const MEMORY_W_PER_GB = 0.3725;
const BYTES_PER_GB = 1e9;
const ESTIMATE_SOURCES: Record<Scope, string> = {
  host:
    `CPU: ${CPU_W_PER_VCPU} W per vCPU at full load (Cloud Carbon Footprint coefficients, Cascade Lake) × utilisation from /proc/stat; ` +
    `memory: ${MEMORY_W_PER_GB} W per GB (10^9 bytes) of installed memory (Green Algorithms) from /proc/meminfo; the whole machine`,
  cgroup:
    `CPU: ${CPU_W_PER_VCPU} W per vCPU at full load (Cloud Carbon Footprint coefficients, Cascade Lake) × the CPU time the job's cgroup used (cpu.stat, cpuacct.usage in cgroup v1); ` +
    `memory: ${MEMORY_W_PER_GB} W per GB (10^9 bytes) of its memory limit, else of what it holds (Green Algorithms); the job's container, not the rest of the machine`,
};

function detect({ head }: DetectInput): number {
  const first = head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!.trim();
  return first === HOST_USAGE_LOG_HEADER || first === HEADER_WITHOUT_SCOPE ? 0.95 : 0;
}

interface Row {
  startMs: number;
  endMs: number;
  vcpus: number;
  utilization: number;
  memTotalBytes: number;
  model: string;
  scope: Scope;
}

function parseRow(fields: string[], withScope: boolean): Row | undefined {
  if (fields.length !== (withScope ? 8 : 7)) return undefined;
  const [start, end, vcpus, utilization, memTotal, , model, scope = 'host'] = fields;
  if (!SCOPES.has(scope)) return undefined;
  const row = {
    // parseNumber, not Number: an empty field is missing, not 0.
    startMs: parseNumber(start ?? '') ?? Number.NaN,
    endMs: parseNumber(end ?? '') ?? Number.NaN,
    vcpus: parseNumber(vcpus ?? '') ?? Number.NaN,
    utilization: parseNumber(utilization ?? '') ?? Number.NaN,
    memTotalBytes: parseNumber(memTotal ?? '') ?? Number.NaN,
    model: model ?? '',
    scope: scope as Scope,
  };
  const valid =
    Number.isFinite(row.startMs) && row.endMs >= row.startMs && Number.isInteger(row.vcpus) && row.vcpus > 0 &&
    row.utilization >= 0 && row.utilization <= 1 && row.memTotalBytes >= 0;
  return valid ? row : undefined;
}

async function* read(source: Source, context: PluginContext): AsyncGenerator<UsageRecord[]> {
  const file = source.path;
  const dropped = new DroppedRows(file);
  let cpu: DeviceRef | undefined;
  let ram: DeviceRef | undefined;
  let header: string | undefined;
  const scopes = new Set<Scope>();
  for await (const batch of readLines(source.open(), { file })) {
    context.signal.throwIfAborted();
    const records: UsageRecord[] = [];
    batch.lines.forEach((text, i) => {
      const line = batch.firstLine + i;
      if (text.trim() === '') return;
      if (header === undefined) {
        if (text.trim() !== HOST_USAGE_LOG_HEADER && text.trim() !== HEADER_WITHOUT_SCOPE) {
          throw new InputError('not a host usage log: the first line must be its header', { file, line, hint: `the header is "${HOST_USAGE_LOG_HEADER}" (as carbon-ci run writes it)` });
        }
        header = text.trim();
        return;
      }
      const row = parseRow(splitCsvLine(text, { file, line }), header === HOST_USAGE_LOG_HEADER);
      if (row === undefined) {
        dropped.add('a row cut short or with invalid values', line);
        return;
      }
      scopes.add(row.scope);
      cpu ??= deviceRef({ component: 'cpu', index: 0, model: row.model });
      ram ??= deviceRef({ component: 'ram', index: 0 });
      const origin = { file, line };
      records.push({ type: 'usage', startMs: row.startMs, endMs: row.endMs, device: cpu, powerW: row.vcpus * CPU_W_PER_VCPU, utilization: row.utilization, origin });
      if (row.memTotalBytes > 0) {
        // Installed memory, not the part in use: DRAM draws its refresh power whether it holds data or not.
        records.push({ type: 'usage', startMs: row.startMs, endMs: row.endMs, device: ram, powerW: (row.memTotalBytes / BYTES_PER_GB) * MEMORY_W_PER_GB, utilization: 1, origin });
      }
    });
    if (records.length > 0) yield records;
  }
  if (header === undefined) throw new InputError('the host usage log is empty', { file, hint: `the header is "${HOST_USAGE_LOG_HEADER}" (as carbon-ci run writes it)` });
  for (const scope of scopes) context.log.warn(`${file}: CPU and memory energy are estimates, not measurements (RAPL was not readable): ${ESTIMATE_SOURCES[scope]}`);
  dropped.report(context.log, 'the time they cover counts as a gap');
}

export default definePlugin({
  name: 'host-usage',
  kind: 'telemetry',
  description: 'CPU utilisation and installed memory (/proc, or a limited container\'s cgroup) from the log that carbon-ci writes where RAPL is unreadable: a labelled estimate of CPU and memory energy.',
  example: `${HOST_USAGE_LOG_HEADER}\n1765000000000,1765000001000,4,0.62,16777216000,12582912000,"AMD EPYC 7763 64-Core Processor",host`,
  detect,
  read,
});
