// The files through which carbon-ci and its detached sampler (measure-daemon.sh) talk: the plan it carries out,
// and the events it reports. Both are tab-separated lines, which bash reads and writes without help.
import { readFile, writeFile } from 'node:fs/promises';
import { constants } from 'node:os';
import { join } from 'node:path';
import { HOST_USAGE_LOG_HEADER } from '../../plugins/host-usage/index.js';
import { RAPL_LOG_HEADER } from '../../plugins/rapl/index.js';
import type { DataWarning } from '../energy/types.js';
import { HOST_USAGE_LOG_NAME, hostUsageWarnings } from './host-usage.js';
import { EXIT_NOT_EXECUTABLE, EXIT_NOT_FOUND, SIGNAL_EXIT_BASE } from './command.js';
import { csvField, readHead } from './log-file.js';
import { finishFor } from './plan.js';
import { RAPL_LOG_NAME, RAPL_WARNINGS } from './rapl.js';
import { hasRows, STDERR_KEPT_CHARS, toolDiedWarning, toolLogName, toolRunFiles, type ToolRun } from './tool-sampler.js';
import { samplerWarning, type SamplerPlan, type SamplerSkipped } from './types.js';

const PLAN_FILE = 'daemon-plan.tsv';
const EVENTS_FILE = 'daemon-events.tsv';

/** A field of a plan line: bash splits lines on tabs and drops empty fields, so a field may hold neither. */
function field(value: string): string {
  if (value === '' || /[\t\r\n]/.test(value)) throw new Error(`cannot hand ${JSON.stringify(value)} to the sampler: empty, or holds a tab or a line break`);
  return value;
}

/**
 * Writes the plan that measure-daemon.sh carries out (the interval, its lifetime, each tool's command, the RAPL
 * zones or the /proc estimate) and the headers of the logs it appends rows to. Why others cannot run is kept
 * for the post step.
 */
export async function writePlanFile(logDir: string, plan: SamplerPlan, intervalMs: number, lifetimeMs: number): Promise<void> {
  const lines = [
    ['interval-ms', String(Math.round(intervalMs))],
    ['lifetime-ms', String(lifetimeMs)],
    ...plan.tools.map((tool) => ['tool', tool.name, tool.logBase, tool.datesRows ? 'dates' : 'plain', tool.executable, ...tool.args]),
    ...plan.zones.map((zone) => ['zone', zone.id, zone.name, zone.energyPath, zone.maxEnergyRangeUj]),
    // The model is the last field, so that an empty one is simply absent.
    ...(plan.host ? [['host', plan.host.root, String(plan.host.vcpus), ...(plan.host.model ? [csvField(plan.host.model)] : [])]] : []),
    // The memory limit last, so that a cgroup without one simply has none.
    ...(plan.host?.cgroup ? [['cgroup', plan.host.cgroup.cpuUsagePath, plan.host.cgroup.cpuUsageUnit, plan.host.cgroup.memCurrentPath, ...(plan.host.cgroup.memLimitBytes !== undefined ? [String(plan.host.cgroup.memLimitBytes)] : [])]] : []),
    ...plan.skipped.map((skipped) => ['skipped', skipped.name, skipped.reason.replace(/\s+/g, ' ')]),
  ];
  await writeFile(join(logDir, PLAN_FILE), lines.map((line) => `${line.map(field).join('\t')}\n`).join(''));
  if (plan.zones.length > 0) await writeFile(join(logDir, RAPL_LOG_NAME), `${RAPL_LOG_HEADER}\n`);
  if (plan.host) await writeFile(join(logDir, HOST_USAGE_LOG_NAME), `${HOST_USAGE_LOG_HEADER}\n`);
}

/** The plan written by `writePlanFile` (the tools' arguments aside), or an empty one where there is none. */
export async function readPlanFile(logDir: string): Promise<SamplerPlan> {
  const plan: SamplerPlan = { tools: [], zones: [], skipped: [] };
  const text = await readFile(join(logDir, PLAN_FILE), 'utf8').catch(() => '');
  for (const line of text.split('\n')) {
    const [kind, a = '', b = '', c = '', d = '', ...rest] = line.split('\t');
    if (kind === 'tool') plan.tools.push({ name: a, logBase: b, executable: d, args: rest, ...(c === 'dates' ? { datesRows: true as const } : {}) });
    else if (kind === 'zone') plan.zones.push({ id: a, name: b, energyPath: c, maxEnergyRangeUj: d });
    else if (kind === 'host') plan.host = { root: a, vcpus: Number(b), model: c };
    else if (kind === 'cgroup' && plan.host) {
      plan.host.cgroup = { cpuUsagePath: a, cpuUsageUnit: b === 'ns' ? 'ns' : 'usage_usec', memCurrentPath: c, vcpus: plan.host.vcpus, ...(d !== '' ? { memLimitBytes: Number(d) } : {}) };
    }
    else if (kind === 'skipped') plan.skipped.push({ name: a, reason: b });
  }
  return plan;
}

/** What measure-daemon.sh said it did. */
export interface DaemonEvents {
  /** When it had started the tools and taken its first reading (UTC epoch ms). */
  readyMs?: number;
  /** When it had stopped cleanly. */
  stoppedMs?: number;
  /** Each run of each tool: which, and when (the line's last field, the tool's pid, is for people reading the file). */
  starts: { tool: string; run: number; atMs: number }[];
  /** A tool that ended before it was told to, with its exit status (128 + n for signal n, as shells say). */
  exits: { tool: string; run: number; atMs: number; status: number }[];
  /** Readings that failed, by sampler (`rapl`, `host-usage`). */
  failed: Map<string, number>;
  /** The samplers whose log could not be written to. */
  unwritable: string[];
}

export async function readEvents(logDir: string): Promise<DaemonEvents> {
  const events: DaemonEvents = { starts: [], exits: [], failed: new Map(), unwritable: [] };
  const text = await readFile(join(logDir, EVENTS_FILE), 'utf8').catch(() => '');
  for (const line of text.split('\n')) {
    const [kind, a = '', b = '', c = '', d = ''] = line.split('\t');
    if (kind === 'ready') events.readyMs = Number(a);
    else if (kind === 'stopped') events.stoppedMs = Number(a);
    else if (kind === 'start') events.starts.push({ tool: a, run: Number(b), atMs: Number(c) });
    else if (kind === 'exit') events.exits.push({ tool: a, run: Number(b), atMs: Number(c), status: Number(d) });
    else if (kind === 'failed') events.failed.set(a, Number(b));
    else if (kind === 'unwritable') events.unwritable.push(a);
  }
  return events;
}

/** How a tool ended, from the status bash's `wait` gave. */
function howEnded(status: number): string {
  if (status > SIGNAL_EXIT_BASE) {
    const name = Object.entries(constants.signals).find(([, number]) => number === status - SIGNAL_EXIT_BASE)?.[0];
    if (name !== undefined) return `was killed by ${name}`;
  }
  return `exited with status ${status}`;
}

async function lastLine(path: string): Promise<string | undefined> {
  const text = (await readFile(path, 'utf8').catch(() => '')).slice(-STDERR_KEPT_CHARS).trim();
  return text === '' ? undefined : text.split('\n').at(-1);
}

/** The sampler logs in `logDir`, per the plan and the events (xpu-smi's dated in `timeZone`), and the warnings for the report. */
export async function collectDaemonLogs(logDir: string, plan: SamplerPlan, events: DaemonEvents, timeZone: string): Promise<{ files: string[]; warnings: DataWarning[]; skipped: SamplerSkipped[] }> {
  const files: string[] = [];
  const warnings: DataWarning[] = [];
  for (const tool of plan.tools) {
    const starts = events.starts.filter((s) => s.tool === tool.name);
    const neverRan = new Set<number>();
    for (const exit of events.exits.filter((e) => e.tool === tool.name)) {
      const startedMs = starts.find((s) => s.run === exit.run)?.atMs ?? exit.atMs;
      const stderrLine = await lastLine(join(logDir, toolLogName(tool.logBase, exit.run).replace(/\.csv$/, '.err')));
      if (exit.status === EXIT_NOT_EXECUTABLE || exit.status === EXIT_NOT_FOUND) {
        // The shell could not run it (126, 127), so the daemon did not try again: said as carbon-ci run says it.
        warnings.push(samplerWarning(tool.name, `cannot start ${tool.executable} (${stderrLine ?? `status ${exit.status}`}); no GPU power was logged`));
        neverRan.add(exit.run);
        continue;
      }
      const restarted = starts.some((s) => s.run === exit.run + 1);
      warnings.push(toolDiedWarning(tool.name, { how: howEnded(exit.status), ...(stderrLine ? { stderrLine } : {}), atMs: exit.atMs, startedMs, run: exit.run, restarted }));
    }
    const runs: ToolRun[] = starts.filter((s) => !neverRan.has(s.run)).map((s) => ({ path: join(logDir, toolLogName(tool.logBase, s.run)), startedMs: s.atMs }));
    files.push(...(await toolRunFiles(tool.name, runs, finishFor(tool, { TZ: timeZone }), warnings)));
  }
  const polled = [
    ...(plan.zones.length > 0 ? [{ name: 'rapl', log: RAPL_LOG_NAME, said: RAPL_WARNINGS }] : []),
    ...(plan.host ? [{ name: 'host-usage', log: HOST_USAGE_LOG_NAME, said: hostUsageWarnings(plan.host) }] : []),
  ];
  for (const { name, log, said } of polled) {
    const path = join(logDir, log);
    if (hasRows(await readHead(path))) files.push(path);
    const failed = events.failed.get(name);
    if (failed !== undefined) warnings.push(samplerWarning(name, said.failedReadings(failed)));
    if (events.unwritable.includes(name)) warnings.push(samplerWarning(name, `cannot write ${path} (the daemon's log says why); ${said.incomplete}`));
  }
  return { files, warnings, skipped: plan.skipped };
}
