import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_INTERVAL_MS, GPU_LIST, leavingOutBadLogs, MAX_INTERVAL_MS, MIN_INTERVAL_MS, runCommand, startSamplers, toolTimeZone, type CommandResult } from '../../measure/index.js';
import { InputError } from '../../shared/errors.js';
import { cliConfig } from '../config.js';
import type { CliIO } from '../io.js';
import { addReportOptions, reportOn, type ReportFlags } from './report.js';

interface RunFlags extends ReportFlags {
  intervalMs: number;
  gpus?: string;
  logDir?: string;
}

/**
 * The run is over and the command failed (or was killed): the CLI exits with the command's status, after
 * printing why the report could not be made or judged, when that also happened.
 */
export class CommandExitError extends Error {
  constructor(readonly exitCode: number, readonly reportError?: unknown) {
    super(`the command exited with status ${exitCode}`);
    this.name = 'CommandExitError';
  }
}

function parseIntervalMs(value: string): number {
  const n = Number(value);
  if (!(value.trim() !== '' && Number.isInteger(n) && n >= MIN_INTERVAL_MS && n <= MAX_INTERVAL_MS)) {
    throw new InvalidArgumentError(`${value} must be whole milliseconds from ${MIN_INTERVAL_MS} to ${MAX_INTERVAL_MS}, e.g. 1000 for one sample a second.`);
  }
  return n;
}

export function registerRunCommand(program: Command, io: CliIO): void {
  const command = program
    .command('run')
    .description('run a command while sampling GPU (nvidia-smi, amd-smi, xpu-smi) and CPU and memory (RAPL, else an estimate) power, then report its energy and CO2e')
    .argument('<command...>', 'the command and its arguments, after -- (e.g. -- python train.py --epochs 3)')
    .option('--interval-ms <ms>', 'how often to sample, in ms', parseIntervalMs, DEFAULT_INTERVAL_MS)
    .option('--gpus <list>', 'GPUs to measure, as each GPU tool numbers them: indexes or UUIDs, comma-separated (default: CUDA_VISIBLE_DEVICES for nvidia-smi, ROCR_VISIBLE_DEVICES for amd-smi, ZE_AFFINITY_MASK for xpu-smi, else all)')
    .option('--log-dir <dir>', 'where the samplers write their logs (kept; default: a new temporary directory)')
    .passThroughOptions();
  addReportOptions(command).action(async (argv: string[], flags: RunFlags) => {
    const config = await cliConfig(io, flags.config);
    if (flags.gpus !== undefined && !GPU_LIST.test(flags.gpus)) {
      throw new InputError(`--gpus ${JSON.stringify(flags.gpus)} is not a list of GPUs`, { hint: 'give indexes or UUIDs separated by commas, e.g. --gpus 0,1 or --gpus GPU-8c35f4c9-4dff-c9a2-866f-afb5d82e1dd7' });
    }
    const logDir = await makeLogDir(io, flags.logDir);
    const samplers = await startSamplers({ logDir, intervalMs: flags.intervalMs, env: io.env, ...(flags.gpus !== undefined ? { gpus: flags.gpus } : {}) });
    const names = samplers.running.map((s) => s.name).join(', ') || 'nothing';
    io.stderr.write(`carbon-ci run: sampling ${names} every ${flags.intervalMs} ms into ${logDir}\n`);
    for (const skipped of samplers.skipped) io.stderr.write(`carbon-ci run: not sampling ${skipped.name}: ${skipped.reason}\n`);

    let result: CommandResult;
    try {
      // With `--json -` (or `--markdown -`) standard output holds the report and nothing else, so the command's goes to stderr.
      const stdoutToStderr = flags.json === '-' || flags.markdown === '-';
      result = await runCommand(argv, { cwd: io.cwd, env: io.env, stdoutToStderr });
    } catch (error) {
      // Whatever happened to the command, no sampler outlives it.
      await samplers.stop();
      throw error;
    }
    const stopped = await samplers.stop();
    if (result.error !== undefined) io.stderr.write(`carbon-ci run: ${result.error}\n`);
    const ended = result.signal !== undefined ? `was killed by ${result.signal} (status ${result.exitCode})` : `exited with status ${result.exitCode}`;
    io.stderr.write(`carbon-ci run: ${argv.join(' ')} ${ended}\n`);

    const timeZone = toolTimeZone(io.env);
    if (stopped.files.length === 0 && flags.prometheusUrl === undefined) {
      // No sampler could measure here: say so, and keep the command's own status (a sampler's failure never fails the command).
      const why = samplers.skipped.map((s) => `${s.name}: ${s.reason}`).join('; ') || 'the command ended before any sample';
      io.stderr.write(`carbon-ci run: no report: nothing was measured (${why})\n`);
      if (result.exitCode !== 0) throw new CommandExitError(result.exitCode);
      return;
    }
    let reportError: unknown;
    try {
      reportError = await leavingOutBadLogs(stopped.files, { cwd: io.cwd, othersGiven: flags.prometheusUrl !== undefined }, (files, leftOut) =>
        reportOn(files, flags, config, io, { timeZone, warnings: [...stopped.warnings, ...leftOut] }),
      );
    } catch (error) {
      reportError = error;
    }
    if (stopped.files.length > 0) {
      const zone = flags.timezone ?? timeZone;
      io.stderr.write(`carbon-ci run: samples kept in ${logDir}; report them again with: carbon-ci report '${join(logDir, '*')}' --timezone ${zone}\n`);
    }
    if (result.exitCode !== 0) throw new CommandExitError(result.exitCode, reportError);
    if (reportError !== undefined) throw reportError;
  });
}

async function makeLogDir(io: CliIO, logDir: string | undefined): Promise<string> {
  try {
    if (logDir === undefined) return await mkdtemp(join(tmpdir(), 'carbon-ci-run-'));
    const dir = resolve(io.cwd, logDir);
    await mkdir(dir, { recursive: true });
    return dir;
  } catch (error) {
    throw new InputError(`cannot create the log directory (${(error as NodeJS.ErrnoException).code ?? 'error'})`, {
      ...(logDir !== undefined ? { file: logDir } : {}),
      hint: 'give --log-dir a directory you may write to',
    });
  }
}
