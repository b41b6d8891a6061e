import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DataWarning } from '../energy/types.js';
import { findOnPath } from '../shared/path-lookup.js';
import { collectDaemonLogs, readEvents, readPlanFile, writePlanFile } from './daemon-files.js';
import { planSamplers, plannedNames } from './plan.js';
import { toolLogName, waitForFirstRows } from './tool-sampler.js';
import { samplerWarning, type SamplerSkipped } from './types.js';

// The samplers in a process of their own, detached from the one that starts them, so that they outlive
// it: the Action's `measure: true` starts them in its main step and stops them in its post step. That
// process is bash running measure-daemon.sh, not Node: a few MB for a whole job instead of a Node runtime.
// carbon-ci finds what to sample and writes it down (daemon-files.ts); the daemon carries it out and
// writes what happened, which the post step turns into the report's files and warnings.

/** The daemon's own standard output and error, for a crash's cause. */
export const DAEMON_LOG_FILE = 'daemon.log';
/** The longest a self-hosted runner's job may run (5 days): beyond it nobody is left to stop the daemon. */
const MAX_LIFETIME_MS = 5 * 24 * 3600 * 1000;
const POLL_MS = 50;
/** bash starts in milliseconds; a loaded runner gets the rest. */
const READY_WAIT_MS = 20_000;
/** The samplers stop within the tools' 3 s grace; a loaded runner gets the rest. */
const STOP_WAIT_MS = 15_000;
/** Where bash is when PATH does not say. */
const BASH_PATHS = ['/bin/bash', '/usr/bin/bash', '/usr/local/bin/bash'];

export interface DaemonReady {
  startMs: number;
  running: string[];
  skipped: SamplerSkipped[];
}

export interface DaemonStopped {
  files: string[];
  warnings: DataWarning[];
  /** The samplers that did not start, and why. */
  skipped: SamplerSkipped[];
}

export interface DetachedStart {
  /** The daemon's pid, when it could be spawned. */
  pid?: number;
  /** What it samples, once it said so within the wait. */
  ready?: DaemonReady;
  /** Why it is not sampling (it could not start, crashed, or did not say it was ready in time). */
  problem?: string;
}

function findBash(env: NodeJS.ProcessEnv): string | undefined {
  if (process.platform === 'win32') return undefined;
  return findOnPath('bash', env) ?? BASH_PATHS.find((path) => existsSync(path));
}

/**
 * Finds what can be sampled, and where anything can, spawns `bash script logDir` detached (its own process
 * group, no stdio of ours, unreferenced) so that it outlives this process; waits (at most READY_WAIT_MS)
 * until it samples, and for the tools' first rows.
 */
export async function startDetached(options: { script: string; logDir: string; intervalMs: number; gpus?: string; env: NodeJS.ProcessEnv }): Promise<DetachedStart> {
  const { script, logDir, env, intervalMs } = options;
  const plan = await planSamplers({ env, intervalMs, ...(options.gpus !== undefined ? { gpus: options.gpus } : {}) });
  await writePlanFile(logDir, plan, intervalMs, MAX_LIFETIME_MS);
  const running = plannedNames(plan);
  if (running.length === 0) return { ready: { startMs: Date.now(), running, skipped: plan.skipped } };
  const bash = findBash(env);
  if (bash === undefined) {
    const where = process.platform === 'win32' ? 'on Windows, measure the training step with `carbon-ci run -- COMMAND` instead' : "install bash 4.4 or later in the job's container image";
    return { problem: `measuring a job needs bash, which is not on PATH here: ${where}` };
  }
  const logFd = openSync(join(logDir, DAEMON_LOG_FILE), 'w');
  let exited: string | undefined;
  let pid: number | undefined;
  try {
    const child = spawn(bash, [script, logDir], { detached: true, stdio: ['ignore', logFd, logFd], env, windowsHide: true });
    child.once('error', (error) => (exited = `cannot start it (${error.message})`));
    child.once('exit', (code, signal) => (exited = signal ? `it was killed by ${signal}` : `it exited with status ${code}`));
    child.unref();
    pid = child.pid;
  } finally {
    // The daemon holds its own copy of the descriptor.
    closeSync(logFd);
  }
  const until = Date.now() + READY_WAIT_MS;
  for (;;) {
    const { readyMs } = await readEvents(logDir);
    if (readyMs !== undefined) break;
    if (exited !== undefined || pid === undefined) {
      const said = (await readFile(join(logDir, DAEMON_LOG_FILE), 'utf8').catch(() => '')).trim().split('\n').at(-1);
      return { ...(pid !== undefined ? { pid } : {}), problem: `the measuring process ended before it sampled: ${exited ?? 'no pid'}${said ? ` (${said.slice(0, 300)})` : ''}` };
    }
    if (Date.now() > until) return { pid, problem: `the measuring process did not start sampling within ${READY_WAIT_MS / 1000} s` };
    await sleep(POLL_MS);
  }
  // The job starts once the tools write: nvidia-smi may take seconds where the driver is not persistent.
  for (const tool of plan.tools) {
    const ended = async () => exited !== undefined || (await readEvents(logDir)).exits.some((e) => e.tool === tool.name);
    await waitForFirstRows(join(logDir, toolLogName(tool.logBase, 1)), ended);
  }
  const { readyMs } = await readEvents(logDir);
  return { pid, ready: { startMs: readyMs!, running, skipped: plan.skipped } };
}

/**
 * Stops the daemon `pid` that samples into `logDir`: SIGTERM to it (it stops the tools, then takes a last
 * reading), a bounded wait, then SIGKILL to what is left of its process group. Returns the
 * logs (xpu-smi's dated in `timeZone`, the zone the daemon ran in) and warnings; a daemon that did not stop
 * cleanly leaves its logs as they are, with a warning.
 */
export async function stopDetached(pid: number | undefined, logDir: string, timeZone: string): Promise<DaemonStopped> {
  let how = 'the measuring process had ended before the post step';
  const ours = pid !== undefined && (await isOurDaemon(pid, logDir));
  if (ours) {
    signal(pid, 'SIGTERM');
    const until = Date.now() + STOP_WAIT_MS;
    while (isAlive(pid) && Date.now() < until) await sleep(POLL_MS);
    if (isAlive(pid)) how = `the measuring process did not stop within ${STOP_WAIT_MS / 1000} s and was killed`;
  }
  const events = await readEvents(logDir);
  const clean = events.stoppedMs !== undefined;
  // What is left of its process group goes, after a clean stop too: the tools where it did not stop them, and what a
  // tool started and left behind (a wrapper script's child). A pid that now names another live process is left alone,
  // and so is its group; a group's id is not given to a new process while the group has members.
  if (pid !== undefined && (ours || !isAlive(pid))) signal(-pid, 'SIGKILL');
  const plan = await readPlanFile(logDir);
  const stopped = await collectDaemonLogs(logDir, plan, events, timeZone);
  if (!clean && plannedNames(plan).length > 0) {
    const said = pid === undefined ? "the measuring process never started (the main step's warning says why): nothing was sampled" : `${how}; its logs are read as they are, and the last samples may be missing`;
    stopped.warnings.push(samplerWarning('measure', said));
  }
  return stopped;
}

/**
 * Whether `pid` is still the daemon of `logDir` (its command line names the folder), so that a pid
 * reused by another process over a long job is never signalled. Where there is no /proc (macOS), the pid is trusted.
 */
async function isOurDaemon(pid: number, logDir: string): Promise<boolean> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').includes(logDir);
  } catch (error) {
    const noProc = await readdir('/proc/self').then(() => false, () => true);
    return noProc ? isAlive(pid) : (error as NodeJS.ErrnoException).code !== 'ENOENT' && isAlive(pid);
  }
}

/** Whether a process holds `pid`, a zombie included. */
function exists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether `pid` runs: a zombie (ended, waiting for a parent that will not reap it) counts as ended. */
export function isAlive(pid: number): boolean {
  if (!exists(pid)) return false;
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    // No /proc (macOS): the signal's answer is all there is.
    return true;
  }
  return !/\)\s+Z\s/.test(stat);
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Gone already (ESRCH): nothing left to stop.
  }
}
