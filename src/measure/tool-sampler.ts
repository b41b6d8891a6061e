// A sampling tool run as a child process writing its log straight to a file (nvidia-smi, amd-smi, xpu-smi).
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import type { DataWarning } from '../energy/types.js';
import { readHead } from './log-file.js';
import { samplerWarning, type Sampler, type SamplerOptions } from './types.js';

/** How long the tool gets to exit after SIGTERM before it is killed. */
const STOP_GRACE_MS = 3000;
const STDERR_KEPT_CHARS = 400;
/** How long the command waits for the first rows (nvidia-smi takes a second or two where the driver is not persistent). */
const FIRST_ROWS_WAIT_MS = 5000;
const FIRST_ROWS_POLL_MS = 50;

interface Run {
  path: string;
  child: ChildProcess;
  exited: Promise<void>;
  startedMs: number;
}

/** What a tool sampler runs and how its log reads: its name, its log's base name, and what the plugin is handed. */
export interface ToolSpec {
  name: string;
  /** `<logBase>.csv`, then `<logBase>-2.csv` after a restart. */
  logBase: string;
  /** Turns a log with samples into the file the plugin reads (xpu-smi's dates); the log itself by default. */
  finish?: (path: string, startedMs: number) => Promise<string>;
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
    private readonly spec: ToolSpec,
    private readonly executable: string,
    private readonly args: string[],
    private readonly options: SamplerOptions,
  ) {
    this.name = spec.name;
    this.launch();
  }

  /** One process of the tool, its stdout straight into a file. */
  private launch(): void {
    const n = this.runs.length + 1;
    const path = join(this.options.logDir, n === 1 ? `${this.spec.logBase}.csv` : `${this.spec.logBase}-${n}.csv`);
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
    this.runs.push({ path, child, exited, startedMs });
  }

  /** The tool ended before the command did: restart it once, and say where the gap is. */
  private died(code: number | null, signal: NodeJS.Signals | null, startedMs: number): void {
    const how = signal ? `was killed by ${signal}` : `exited with status ${code}`;
    const said = this.stderr.trim() === '' ? '' : ` (${this.stderr.trim().split('\n').at(-1)})`;
    this.stderr = '';
    const at = new Date().toISOString();
    if (this.runs.length === 1) {
      this.warnings.push(samplerWarning(this.name, `${this.name} ${how}${said} at ${at}, ${Math.round((Date.now() - startedMs) / 1000)} s after it started; restarted once into a new log; the time without samples is bridged when shorter than the maximum gap, else a gap in the GPUs' coverage`));
      this.launch();
    } else {
      this.warnings.push(samplerWarning(this.name, `${this.name} ${how} again${said} at ${at}; not restarted, the GPUs are not measured from then on`));
    }
  }

  /** Waits until the first rows are written (or the tool has ended, or a few seconds passed), so that the command's start is measured. */
  async firstRows(): Promise<void> {
    const run = this.runs[0]!;
    let ended = false;
    void run.exited.then(() => (ended = true));
    const until = Date.now() + FIRST_ROWS_WAIT_MS;
    while (!ended && Date.now() < until && !hasRows(await readHead(run.path))) {
      await new Promise((resolve) => setTimeout(resolve, FIRST_ROWS_POLL_MS));
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.runs.map((run) => stopChild(run)));
  }

  /** The logs with at least one sample; a log of something else (the tool's own error) is a warning. */
  async files(): Promise<string[]> {
    const kept: string[] = [];
    for (const run of this.runs) {
      const head = await readHead(run.path);
      const first = head.split('\n', 1)[0]!.trim();
      if (hasRows(head)) kept.push(await this.finished(run));
      else if (first !== '' && !/^timestamp/i.test(first)) this.warnings.push(samplerWarning(this.name, `${run.path} holds no samples; ${this.name} wrote: ${first.slice(0, 200)}`));
    }
    return kept;
  }

  /** The file the plugin reads for a run's log; where `finish` fails, the log itself and a warning. */
  private async finished(run: Run): Promise<string> {
    if (!this.spec.finish) return run.path;
    try {
      return await this.spec.finish(run.path, run.startedMs);
    } catch (error) {
      this.warnings.push(samplerWarning(this.name, `cannot rewrite ${run.path} (${(error as Error).message}); it is reported as ${this.name} wrote it`));
      return run.path;
    }
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

/** Whether a log's head holds a sample: a line that starts with its time (nvidia-smi's date, amd-smi's epoch seconds); a header alone is no log. */
function hasRows(head: string): boolean {
  return head.split('\n').some((line) => /^\s*\d/.test(line));
}
