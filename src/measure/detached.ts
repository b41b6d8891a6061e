import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataWarning } from '../energy/types.js';
import { HOST_USAGE_LOG_NAME } from './host-usage.js';
import { readHead } from './log-file.js';
import { RAPL_LOG_NAME } from './rapl.js';
import { startSamplers } from './samplers.js';
import { samplerWarning, type SamplerSkipped } from './types.js';

/**
 * The samplers in a process of their own, detached from the one that starts them, so that they outlive
 * it: the Action's `measure: true` starts them in its main step and stops them in its post step. They
 * talk through files in the log folder: the daemon writes READY_FILE once it samples, and STOPPED_FILE
 * (the logs and the warnings) once it has stopped on SIGTERM.
 */
export const READY_FILE = 'daemon-ready.json';
export const STOPPED_FILE = 'daemon-stopped.json';
/** The daemon's own standard output and error, for a crash's cause. */
export const DAEMON_LOG_FILE = 'daemon.log';
/** The longest a self-hosted runner's job may run (5 days): beyond it nobody is left to stop the daemon. */
const MAX_LIFETIME_MS = 5 * 24 * 3600 * 1000;
const POLL_MS = 50;
/** nvidia-smi may take 5 s for its first rows where the driver is not persistent; Node's start comes on top. */
const READY_WAIT_MS = 20_000;
/** The samplers stop within nvidia-smi's 3 s grace; a loaded runner gets the rest. */
const STOP_WAIT_MS = 15_000;
/** The logs the samplers write: nvidia-smi.csv (nvidia-smi-2.csv after a restart), rapl.csv, host-usage.csv. */
const SAMPLER_LOG = new RegExp(`^(nvidia-smi(-\\d+)?\\.csv|${RAPL_LOG_NAME.replace('.', '\\.')}|${HOST_USAGE_LOG_NAME.replace('.', '\\.')})$`);

export interface DaemonReady {
  pid: number;
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

export interface DaemonArgs {
  logDir: string;
  intervalMs: number;
  gpus?: string;
}

function daemonArgv(args: DaemonArgs): string[] {
  return ['--log-dir', args.logDir, '--interval-ms', String(args.intervalMs), ...(args.gpus !== undefined ? ['--gpus', args.gpus] : [])];
}

function parseDaemonArgv(argv: string[]): DaemonArgs {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const logDir = value('--log-dir');
  const intervalMs = Number(value('--interval-ms'));
  if (logDir === undefined || !(intervalMs > 0)) throw new Error(`usage: measure-daemon --log-dir DIR --interval-ms MS [--gpus LIST], got ${argv.join(' ')}`);
  const gpus = value('--gpus');
  return { logDir, intervalMs, ...(gpus !== undefined ? { gpus } : {}) };
}

/** The daemon's body: start the samplers, say so, and sample until SIGTERM (or SIGINT), then write what was measured and exit. */
export async function runMeasureDaemon(argv: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const { logDir, intervalMs, gpus } = parseDaemonArgv(argv);
  const startMs = Date.now();
  const samplers = await startSamplers({ logDir, intervalMs, env, ...(gpus !== undefined ? { gpus } : {}) });
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      clearTimeout(lifetime);
      const stopped: DaemonStopped = { ...(await samplers.stop()), skipped: samplers.skipped };
      await writeJsonAtomically(join(logDir, STOPPED_FILE), stopped);
      process.exit(0);
    })());
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void stop());
  // Kept referenced on purpose: the samplers' timers are not, and this keeps the daemon alive until it is told to stop.
  const lifetime = setTimeout(() => void stop(), MAX_LIFETIME_MS);
  const ready: DaemonReady = { pid: process.pid, startMs, running: samplers.running.map((s) => s.name), skipped: samplers.skipped };
  await writeJsonAtomically(join(logDir, READY_FILE), ready);
  if (samplers.running.length === 0) await stop();
}

/** Written under another name, then renamed, so that a reader never sees half a file. */
async function writeJsonAtomically(path: string, value: unknown): Promise<void> {
  await writeFile(`${path}.tmp`, JSON.stringify(value));
  await rename(`${path}.tmp`, path);
}

async function readJson<T>(path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

export interface DetachedStart {
  /** The daemon's pid, when it could be spawned. */
  pid?: number;
  /** What it samples, once it said so within the wait. */
  ready?: DaemonReady;
  /** Why it is not sampling (it could not start, crashed, or did not say it was ready in time). */
  problem?: string;
}

/**
 * Spawns `node script` detached (its own process group, no stdio of ours, unreferenced), so that it
 * outlives this process, and waits (at most `readyWaitMs`) until it samples.
 */
export async function startDetached(options: DaemonArgs & { script: string; env: NodeJS.ProcessEnv; readyWaitMs?: number }): Promise<DetachedStart> {
  const { script, logDir, env } = options;
  const logFd = openSync(join(logDir, DAEMON_LOG_FILE), 'w');
  let exited: string | undefined;
  let pid: number | undefined;
  try {
    const child = spawn(process.execPath, [script, ...daemonArgv(options)], { detached: true, stdio: ['ignore', logFd, logFd], env, windowsHide: true });
    child.once('error', (error) => (exited = `cannot start it (${error.message})`));
    child.once('exit', (code, signal) => (exited = signal ? `it was killed by ${signal}` : `it exited with status ${code}`));
    child.unref();
    pid = child.pid;
  } finally {
    // The daemon holds its own copy of the descriptor.
    closeSync(logFd);
  }
  const until = Date.now() + (options.readyWaitMs ?? READY_WAIT_MS);
  for (;;) {
    const ready = await readJson<DaemonReady>(join(logDir, READY_FILE));
    if (ready !== undefined) return { ...(pid !== undefined ? { pid } : {}), ready };
    if (exited !== undefined || pid === undefined) {
      const said = (await readFile(join(logDir, DAEMON_LOG_FILE), 'utf8').catch(() => '')).trim().split('\n').at(-1);
      return { ...(pid !== undefined ? { pid } : {}), problem: `the measuring process ended before it sampled: ${exited ?? 'no pid'}${said ? ` (${said.slice(0, 300)})` : ''}` };
    }
    if (Date.now() > until) return { pid, problem: `the measuring process did not start sampling within ${Math.round((options.readyWaitMs ?? READY_WAIT_MS) / 1000)} s` };
    await sleep(POLL_MS);
  }
}

/**
 * Stops the daemon `pid` that samples into `logDir`: SIGTERM to it (it stops its samplers in order, so
 * that nvidia-smi is not taken for dead and restarted), a bounded wait, then SIGKILL to its whole process
 * group. Returns its logs and warnings; a daemon that did not stop cleanly leaves its logs as they are, with a warning.
 */
export async function stopDetached(pid: number | undefined, logDir: string, stopWaitMs = STOP_WAIT_MS): Promise<DaemonStopped> {
  let how = 'the measuring process had ended before the post step';
  const ours = pid !== undefined && (await isOurDaemon(pid, logDir));
  if (ours) {
    signal(pid, 'SIGTERM');
    const until = Date.now() + stopWaitMs;
    while (isAlive(pid) && Date.now() < until) await sleep(POLL_MS);
    if (isAlive(pid)) how = `the measuring process did not stop within ${Math.round(stopWaitMs / 1000)} s and was killed`;
  }
  const stopped = await readJson<DaemonStopped>(join(logDir, STOPPED_FILE));
  if (stopped !== undefined) return stopped;
  // What is left of it (nvidia-smi included) goes; a pid that now names another live process is left alone, and so is its group.
  if (pid !== undefined && (ours || !isAlive(pid))) signal(-pid, 'SIGKILL');
  const files = await samplerLogs(logDir);
  const skipped = (await readJson<DaemonReady>(join(logDir, READY_FILE)))?.skipped ?? [];
  return { files, skipped, warnings: [samplerWarning('measure', `${how}; its logs are read as they are, and the last samples may be missing`)] };
}

/** The sampler logs in `logDir` with a row below the header. */
async function samplerLogs(logDir: string): Promise<string[]> {
  const names = (await readdir(logDir).catch(() => [])).filter((name) => SAMPLER_LOG.test(name)).sort();
  const kept: string[] = [];
  for (const name of names) {
    const text = await readHead(join(logDir, name));
    if (text.split('\n').filter((line) => line.trim() !== '').length >= 2) kept.push(join(logDir, name));
  }
  return kept;
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

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
