// A sampling tool run as a child process writing its log straight to a file (nvidia-smi, amd-smi, xpu-smi).
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DataWarning } from '../energy/types.js';
import { readHead } from './log-file.js';
import { samplerWarning, type Sampler, type SamplerOptions, type ToolPlan } from './types.js';

/** How long the tool gets to exit after SIGTERM before it is killed. */
const STOP_GRACE_MS = 3000;
/** The end of a tool's standard error kept for its warning: its last line says why it ended. */
export const STDERR_KEPT_CHARS = 400;
/** How long the command waits for the first rows (nvidia-smi takes a second or two where the driver is not persistent). */
const FIRST_ROWS_WAIT_MS = 5000;
const FIRST_ROWS_POLL_MS = 50;

interface Run extends ToolRun {
  child: ChildProcess;
  exited: Promise<void>;
}

/** A run of a tool: its log, and when it started (UTC epoch ms). */
export interface ToolRun {
  path: string;
  startedMs: number;
}

/** Turns a log with samples into the file the plugin reads (xpu-smi's dates). */
export type FinishLog = (path: string, startedMs: number) => Promise<string>;

/** The log of run `n` (from 1) of a tool: `<logBase>.csv`, then `<logBase>-2.csv` after a restart. */
export function toolLogName(logBase: string, n: number): string {
  return n === 1 ? `${logBase}.csv` : `${logBase}-${n}.csv`;
}

/**
 * What the report says when run `run` of a tool ended before it was told to: restarted once the first time, not
 * again (nor where the detached sampler saw the first death only as the job ended).
 */
export function toolDiedWarning(name: string, died: { how: string; stderrLine?: string; atMs: number; startedMs: number; run: number; restarted: boolean }): DataWarning {
  const said = died.stderrLine ? ` (${died.stderrLine})` : '';
  const at = new Date(died.atMs).toISOString();
  return died.restarted
    ? samplerWarning(name, `${name} ${died.how}${said} at ${at}, ${Math.round((died.atMs - died.startedMs) / 1000)} s after it started; restarted once into a new log; the time without samples is bridged when shorter than the maximum gap, else a gap in the GPUs' coverage`)
    : samplerWarning(name, `${name} ${died.how}${died.run > 1 ? ' again' : ''}${said} at ${at}; not restarted, the GPUs are not measured from then on`);
}

/** Waits until `path` holds a sample, the tool has `ended`, or a few seconds passed, so that the command's start is measured. */
export async function waitForFirstRows(path: string, ended: () => boolean | Promise<boolean>): Promise<void> {
  const until = Date.now() + FIRST_ROWS_WAIT_MS;
  while (!(await ended()) && Date.now() < until && !hasRows(await readHead(path))) {
    await sleep(FIRST_ROWS_POLL_MS);
  }
}

/**
 * The files the plugins read for a tool's runs: each log with at least one sample (finished by `finish`,
 * or as it is where that fails); a log without one is a warning (what the tool wrote instead, if anything),
 * as its GPUs are not measured while it ran.
 */
export async function toolRunFiles(name: string, runs: ToolRun[], finish: FinishLog | undefined, warnings: DataWarning[]): Promise<string[]> {
  const kept: string[] = [];
  for (const run of runs) {
    const head = await readHead(run.path);
    const first = head.split('\n', 1)[0]!.trim();
    if (hasRows(head)) kept.push(finish ? await finished(name, run, finish, warnings) : run.path);
    else if (first !== '' && !/^timestamp/i.test(first)) warnings.push(samplerWarning(name, `${run.path} holds no samples; ${name} wrote: ${first.slice(0, 200)}`));
    else warnings.push(samplerWarning(name, `${run.path} holds no samples: ${name} wrote ${first === '' ? 'nothing' : 'its header only'}; the GPUs are not measured while it ran`));
  }
  return kept;
}

async function finished(name: string, run: ToolRun, finish: FinishLog, warnings: DataWarning[]): Promise<string> {
  try {
    return await finish(run.path, run.startedMs);
  } catch (error) {
    warnings.push(samplerWarning(name, `cannot rewrite ${run.path} (${(error as Error).message}); it is reported as ${name} wrote it`));
    return run.path;
  }
}

/**
 * A sampling tool (nvidia-smi, amd-smi, xpu-smi) run as a child process whose stdout goes straight into a file: no
 * sample passes through this process's memory. Restarted once if it dies before the command ends.
 */
export class ToolSampler implements Sampler {
  readonly name: string;
  readonly warnings: DataWarning[] = [];
  private readonly runs: Run[] = [];
  private stopping = false;
  private stderr = '';

  constructor(
    private readonly plan: ToolPlan,
    private readonly options: SamplerOptions,
    private readonly finish?: FinishLog,
  ) {
    this.name = plan.name;
    this.launch();
  }

  /** One process of the tool, its stdout straight into a file. */
  private launch(): void {
    const path = join(this.options.logDir, toolLogName(this.plan.logBase, this.runs.length + 1));
    const fd = openSync(path, 'w');
    let child: ChildProcess;
    try {
      // In a process group of its own: a terminal's Ctrl-C (for the command) does not stop it midway, and
      // stopping the group stops whatever it started (a wrapper script's child).
      child = spawn(this.plan.executable, this.plan.args, { stdio: ['ignore', fd, 'pipe'], env: this.options.env as NodeJS.ProcessEnv, detached: OWN_GROUP });
    } finally {
      // The child holds its own copy of the descriptor.
      closeSync(fd);
    }
    trackTool(child);
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => (this.stderr = (this.stderr + chunk).slice(-STDERR_KEPT_CHARS)));
    const startedMs = Date.now();
    const exited = new Promise<void>((resolve) => {
      child.once('error', (error) => {
        untrackTool(child);
        this.warnings.push(samplerWarning(this.name, `cannot start ${this.plan.executable} (${error.message}); no GPU power was logged`));
        resolve();
      });
      child.once('exit', (code, signal) => {
        // What the tool left behind in its group, at once: once the group is empty and the tool reaped, its id may
        // be given to a new process's group, which a later signal would reach.
        if (OWN_GROUP) signalTool(child, 'SIGKILL');
        untrackTool(child);
        if (!this.stopping) this.died(code, signal, startedMs);
        resolve();
      });
    });
    this.runs.push({ path, child, exited, startedMs });
  }

  /** The tool ended before the command did: restart it once, and say where the gap is. */
  private died(code: number | null, signal: NodeJS.Signals | null, startedMs: number): void {
    const how = signal ? `was killed by ${signal}` : `exited with status ${code}`;
    const stderrLine = this.stderr.trim().split('\n').at(-1);
    this.stderr = '';
    const run = this.runs.length;
    this.warnings.push(toolDiedWarning(this.name, { how, ...(stderrLine ? { stderrLine } : {}), atMs: Date.now(), startedMs, run, restarted: run === 1 }));
    if (run === 1) this.launch();
  }

  /** Waits until the first rows are written (or the tool has ended, or a few seconds passed), so that the command's start is measured. */
  async firstRows(): Promise<void> {
    const run = this.runs[0]!;
    let ended = false;
    void run.exited.then(() => (ended = true));
    await waitForFirstRows(run.path, () => ended);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.runs.map((run) => stopChild(run)));
  }

  files(): Promise<string[]> {
    return toolRunFiles(this.name, this.runs, this.finish, this.warnings);
  }

  pids(): number[] {
    return this.runs.map((run) => run.child.pid).filter((pid): pid is number => pid !== undefined);
  }
}

/** Process groups are POSIX's: on Windows the tool is signalled alone. */
const OWN_GROUP = process.platform !== 'win32';

/** Sends `signal` to the tool's process group (to the tool alone on Windows); gone already is fine. */
function signalTool(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (OWN_GROUP && child.pid !== undefined) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // ESRCH: nothing of it is left.
  }
}

/**
 * The tools that run now, ended with carbon-ci where it ends before it stops them: in groups of their own, a
 * terminal's Ctrl-C or hang-up does not reach them, and nvidia-smi's loop would sample on. A signal that ends
 * carbon-ci (one no other listener takes: the command's forwarding does while it runs) kills them, then is raised again.
 */
const runningTools = new Set<ChildProcess>();
const ENDING_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function trackTool(child: ChildProcess): void {
  if (!OWN_GROUP || child.pid === undefined) return;
  if (runningTools.size === 0) listenForEnd(true);
  runningTools.add(child);
}

function untrackTool(child: ChildProcess): void {
  if (runningTools.delete(child) && runningTools.size === 0) listenForEnd(false);
}

function killRunningTools(): void {
  for (const child of runningTools) signalTool(child, 'SIGKILL');
}

function onEndingSignal(signal: NodeJS.Signals): void {
  if (process.listenerCount(signal) > 1) return;
  killRunningTools();
  listenForEnd(false);
  process.kill(process.pid, signal);
}

function listenForEnd(on: boolean): void {
  const method = on ? 'on' : 'off';
  process[method]('exit', killRunningTools);
  for (const signal of ENDING_SIGNALS) process[method](signal, onEndingSignal);
}

/** SIGTERM to the tool's group, SIGKILL after the grace (what the tool leaves behind is killed as it exits). */
async function stopChild(run: Run): Promise<void> {
  const { child } = run;
  if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
    signalTool(child, 'SIGTERM');
    const timer = setTimeout(() => signalTool(child, 'SIGKILL'), STOP_GRACE_MS);
    await run.exited;
    clearTimeout(timer);
  } else {
    await run.exited;
  }
}

/** Whether a log's head holds a sample: a line that starts with its time (nvidia-smi's date, amd-smi's epoch seconds); a header alone is no log. */
export function hasRows(head: string): boolean {
  return head.split('\n').some((line) => /^\s*\d/.test(line));
}
