import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { access, constants, open } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import type { DataWarning } from '../energy/types.js';
import { samplerWarning, type Sampler, type SamplerOptions, type SamplerSkipped } from './types.js';

/**
 * The fields the nvidia-smi plugin reads (plugins/nvidia-smi): uuid identifies the GPU across files, name
 * gives its model for the GPU table. total_energy_consumption is left out: the plugin reads power only.
 */
export const NVIDIA_SMI_QUERY = 'timestamp,index,uuid,name,power.draw,utilization.gpu';
/** With the header (the plugin finds its columns by name) and bare numbers (`csv,nounits`). */
export const NVIDIA_SMI_FORMAT = 'csv,nounits';
export const NVIDIA_SMI_LOG_NAME = 'nvidia-smi.csv';
/** How long nvidia-smi gets to exit after SIGTERM before it is killed. */
const STOP_GRACE_MS = 3000;
const STDERR_KEPT_CHARS = 400;
/** How long the command waits for nvidia-smi's first rows (it takes a second or two where the driver is not persistent). */
const FIRST_ROWS_WAIT_MS = 5000;
const FIRST_ROWS_POLL_MS = 50;

/** The executable named `name` on PATH, or undefined. */
export async function findOnPath(name: string, env: SamplerOptions['env']): Promise<string | undefined> {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this directory: try the next.
    }
  }
  return undefined;
}

/**
 * The GPUs to sample: `--gpus`, else CUDA_VISIBLE_DEVICES (indexes or UUIDs, as `nvidia-smi -i` takes them);
 * undefined for all, null for none (CUDA_VISIBLE_DEVICES empty or -1 hides every GPU from the job).
 */
/** GPU indexes or UUIDs separated by commas, as `--gpus` and the Action's `measure-gpus` take them. */
export const GPU_LIST = /^[A-Za-z0-9:._/-]+(?:,[A-Za-z0-9:._/-]+)*$/;

export function gpuSelection(gpus: string | undefined, env: SamplerOptions['env']): string | undefined | null {
  if (gpus !== undefined) return gpus;
  const visible = env.CUDA_VISIBLE_DEVICES;
  if (visible === undefined) return undefined;
  const list = visible.split(',').map((s) => s.trim());
  // CUDA uses the entries before the first invalid one: "-1" (or an empty list) hides every GPU.
  const firstInvalid = list.findIndex((s) => s === '' || s.startsWith('-'));
  const kept = firstInvalid === -1 ? list : list.slice(0, firstInvalid);
  return kept.length === 0 ? null : kept.join(',');
}

/** Starts `nvidia-smi --query-gpu=... -lms N` into `nvidia-smi.csv`, or says why it cannot. */
export async function startNvidiaSmi(options: SamplerOptions): Promise<Sampler | SamplerSkipped> {
  const executable = await findOnPath('nvidia-smi', options.env);
  if (executable === undefined) return { name: 'nvidia-smi', reason: 'nvidia-smi is not on PATH' };
  const selection = gpuSelection(options.gpus, options.env);
  if (selection === null) return { name: 'nvidia-smi', reason: 'CUDA_VISIBLE_DEVICES hides every GPU' };
  const args = [`--query-gpu=${NVIDIA_SMI_QUERY}`, `--format=${NVIDIA_SMI_FORMAT}`, '-lms', String(options.intervalMs)];
  if (selection !== undefined) args.push('-i', selection);
  const sampler = new NvidiaSmiSampler(executable, args, options);
  await sampler.firstRows();
  return sampler;
}

interface Run {
  path: string;
  child: ChildProcess;
  exited: Promise<void>;
}

class NvidiaSmiSampler implements Sampler {
  readonly name = 'nvidia-smi';
  readonly warnings: DataWarning[] = [];
  private readonly runs: Run[] = [];
  private stopping = false;
  private stderr = '';

  constructor(private readonly executable: string, private readonly args: string[], private readonly options: SamplerOptions) {
    this.launch();
  }

  /** One nvidia-smi process, its stdout straight into a file: no sample passes through this process's memory. */
  private launch(): void {
    const n = this.runs.length + 1;
    const path = join(this.options.logDir, n === 1 ? NVIDIA_SMI_LOG_NAME : `nvidia-smi-${n}.csv`);
    const fd = openSync(path, 'w');
    let child: ChildProcess;
    try {
      child = spawn(this.executable, this.args, { stdio: ['ignore', fd, 'pipe'], env: this.options.env as NodeJS.ProcessEnv });
    } finally {
      // The child holds its own copy of the descriptor.
      closeSync(fd);
    }
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => (this.stderr = (this.stderr + chunk).slice(-STDERR_KEPT_CHARS)));
    const startedMs = Date.now();
    const exited = new Promise<void>((resolve) => {
      child.once('error', (error) => {
        this.warnings.push(samplerWarning(this.name, `cannot start ${this.executable} (${error.message}); no GPU power was logged`));
        resolve();
      });
      child.once('exit', (code, signal) => {
        if (!this.stopping) this.died(code, signal, startedMs);
        resolve();
      });
    });
    this.runs.push({ path, child, exited });
  }

  /** nvidia-smi ended before the command did: restart it once, and say where the gap is. */
  private died(code: number | null, signal: NodeJS.Signals | null, startedMs: number): void {
    const how = signal ? `was killed by ${signal}` : `exited with status ${code}`;
    const said = this.stderr.trim() === '' ? '' : ` (${this.stderr.trim().split('\n').at(-1)})`;
    this.stderr = '';
    const at = new Date().toISOString();
    if (this.runs.length === 1) {
      this.warnings.push(samplerWarning(this.name, `nvidia-smi ${how}${said} at ${at}, ${Math.round((Date.now() - startedMs) / 1000)} s after it started; restarted once into a new log; the time without samples is bridged when shorter than the maximum gap, else a gap in the GPUs' coverage`));
      this.launch();
    } else {
      this.warnings.push(samplerWarning(this.name, `nvidia-smi ${how} again${said} at ${at}; not restarted, the GPUs are not measured from then on`));
    }
  }

  /** Waits until the first rows are written (or nvidia-smi has ended, or a few seconds passed), so that the command's start is measured. */
  async firstRows(): Promise<void> {
    const run = this.runs[0]!;
    let ended = false;
    void run.exited.then(() => (ended = true));
    const until = Date.now() + FIRST_ROWS_WAIT_MS;
    while (!ended && Date.now() < until && !(await hasRows(run.path))) {
      await new Promise((resolve) => setTimeout(resolve, FIRST_ROWS_POLL_MS));
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.runs.map((run) => stopChild(run)));
  }

  /** The logs with at least one row below the header; a log of something else (nvidia-smi's own error) is a warning. */
  async files(): Promise<string[]> {
    const kept: string[] = [];
    for (const run of this.runs) {
      const first = await firstLine(run.path);
      if (first !== '' && !first.startsWith('timestamp')) {
        this.warnings.push(samplerWarning(this.name, `${run.path} holds no samples; nvidia-smi wrote: ${first.slice(0, 200)}`));
      } else if (await hasRows(run.path)) {
        kept.push(run.path);
      }
    }
    return kept;
  }

  pids(): number[] {
    return this.runs.map((run) => run.child.pid).filter((pid): pid is number => pid !== undefined);
  }
}

async function stopChild(run: Run): Promise<void> {
  const { child } = run;
  if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await run.exited;
    clearTimeout(timer);
  } else {
    await run.exited;
  }
}

async function firstLine(path: string): Promise<string> {
  const handle = await open(path, 'r').catch(() => undefined);
  if (handle === undefined) return '';
  try {
    const buffer = Buffer.alloc(1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').split('\n', 1)[0]!.trim();
  } finally {
    await handle.close();
  }
}

/** Whether a file has a second non-empty line: a header alone is no log (nvidia-smi failed at once). */
async function hasRows(path: string): Promise<boolean> {
  const handle = await open(path, 'r').catch(() => undefined);
  if (handle === undefined) return false;
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const lines = buffer.subarray(0, bytesRead).toString('utf8').split('\n').filter((line) => line.trim() !== '');
    return lines.length >= 2;
  } finally {
    await handle.close();
  }
}
