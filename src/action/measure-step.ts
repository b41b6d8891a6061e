import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { DAEMON_LOG_FILE, DEFAULT_INTERVAL_MS, gpusSampled, startDetached, stopDetached, type DetachedStart, type SamplerSkipped } from '../measure/index.js';
import type { DataWarning } from '../energy/types.js';
import { hideCredentials } from '../sdk/plugin-loading/credentials.js';
import type { ActionIO } from './io.js';
import type { ModeContext } from './mode-context.js';

/** The state that tells the post step from the main step: the main step saves it for every use of the Action. */
export const POST_STATE = 'isPost';
/** What the main step of `measure: true` leaves for the post step (JSON of MeasureState). */
export const MEASURE_STATE = 'measure';
/**
 * The zone the daemon runs in, so nvidia-smi's local times are UTC: `timezone` and .carbon-ci.yml (which may
 * not be checked out yet when this step runs first) are for the telemetry, and the report reads the logs in this zone.
 */
const MEASURE_TIME_ZONE = 'UTC';

export interface MeasureState {
  /** The daemon's pid (its process group's id too); absent when it could not be spawned. */
  pid?: number;
  logDir: string;
  startMs: number;
  intervalMs: number;
  /** The GPUs sampled, in words (`GPUs 1`, `all GPUs`, one clause per GPU tool where several ran). */
  gpus?: string;
  /** TZ of the daemon, so of nvidia-smi's local times: the report reads the logs in it. */
  timeZone: string;
}

/** The samplers' logs once stopped, for mode `report` to read with the telemetry. */
export interface MeasuredLogs {
  /** When the main step started sampling (epoch ms): the job's start, for a Prometheus window. */
  startMs: number;
  files: string[];
  warnings: DataWarning[];
  skipped: SamplerSkipped[];
  timeZone: string;
}

/**
 * Main step of `measure: true`: the samplers start in a detached process that outlives this step, its
 * state is saved for the post step, and the step ends at once; the report comes in the post step. A
 * sampler that cannot start is a warning, never a failed step.
 */
export async function startMeasuring(m: ModeContext, env: NodeJS.ProcessEnv, daemonScript: string): Promise<void> {
  const timeZone = MEASURE_TIME_ZONE;
  const intervalMs = m.inputs.measureIntervalMs ?? DEFAULT_INTERVAL_MS;
  let logDir = '';
  let started: DetachedStart;
  try {
    logDir = await mkdtemp(join(m.context.tempDir, 'carbon-ci-measure-'));
    started = await startDetached({ script: daemonScript, logDir, intervalMs, ...(m.inputs.measureGpus !== undefined ? { gpus: m.inputs.measureGpus } : {}), env: daemonEnv(env, timeZone, m.inputs.token) });
  } catch (error) {
    // A runner whose RUNNER_TEMP cannot be written still gets its telemetry reported in the post step.
    started = { problem: `cannot start the measuring process (${(error as Error).message})` };
  }
  const state: MeasureState = {
    ...(started.pid !== undefined ? { pid: started.pid } : {}),
    logDir,
    startMs: started.ready?.startMs ?? m.now().getTime(),
    intervalMs,
    ...(started.ready ? { gpus: gpusSampled(started.ready.running, m.inputs.measureGpus, env) } : {}),
    timeZone,
  };
  m.io.saveState(MEASURE_STATE, JSON.stringify(state));
  const after = m.inputs.telemetry.length > 0 ? 'the post step reports the `telemetry` alone' : 'the post step has nothing to report unless `telemetry` is given';
  if (started.problem !== undefined) {
    const rest = m.inputs.telemetry.length > 0 ? ' with the `telemetry`' : '';
    m.log.warn(`measure: ${started.problem}; the post step reports whatever it logged${rest}${logDir ? `. Its log is ${join(logDir, DAEMON_LOG_FILE)}` : ''}`);
    return;
  }
  const ready = started.ready!;
  for (const skipped of ready.skipped) m.log.info(`carbon-ci: not sampling ${skipped.name}: ${skipped.reason}`);
  if (ready.running.length === 0) {
    m.log.warn(`measure: nothing can be measured on this runner (${describeSkipped(ready.skipped)}); ${after}. Run the job where nvidia-smi, amd-smi or xpu-smi is on PATH, or where RAPL (/sys/class/powercap) or /proc can be read`);
    return;
  }
  m.log.info(`carbon-ci: measuring this job: ${ready.running.join(', ')} every ${intervalMs} ms (pid ${started.pid}, logs in ${logDir}); the report comes in the post step`);
}

/** Post step of `measure: true`: stops the daemon the main step started and returns its logs. */
export async function stopMeasuring(io: ActionIO, saved: string): Promise<MeasuredLogs> {
  const state = parseState(saved);
  const stopped = await stopDetached(state.pid, state.logDir, state.timeZone);
  io.info(`carbon-ci: stopped measuring this job (${sampledHow(state)} since ${new Date(state.startMs).toISOString()}); ${stopped.files.length} log(s) in ${state.logDir}`);
  return { startMs: state.startMs, files: stopped.files, warnings: stopped.warnings, skipped: stopped.skipped, timeZone: state.timeZone };
}

/** How the main step sampled, from its saved state: the interval and the GPUs it was told to measure. */
function sampledHow(state: MeasureState): string {
  const every = typeof state.intervalMs === 'number' ? `every ${state.intervalMs} ms` : 'sampled';
  return state.gpus === undefined ? every : `${every}, ${state.gpus}`;
}

/** Why nothing was sampled, in a line. */
export function describeSkipped(skipped: SamplerSkipped[]): string {
  return skipped.map((s) => `${s.name}: ${s.reason}`).join('; ') || 'the samplers ended before their first sample';
}

function parseState(saved: string): MeasureState {
  const state = JSON.parse(saved) as Partial<MeasureState>;
  if (typeof state.logDir !== 'string' || typeof state.timeZone !== 'string') throw new Error(`the main step's saved state is not carbon-ci's: ${saved.slice(0, 200)}`);
  return state as MeasureState;
}

/**
 * The daemon's environment: the job's (PATH, CUDA_VISIBLE_DEVICES, CARBON_CI_*), with TZ set to the zone the
 * report reads nvidia-smi's local times in, and without the inputs or any credential, which it does not need.
 */
function daemonEnv(env: NodeJS.ProcessEnv, timeZone: string, token: string): NodeJS.ProcessEnv {
  const copy: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) if (!name.startsWith('INPUT_') && !name.startsWith('STATE_')) copy[name] = value;
  hideCredentials(copy, token ? [token] : []);
  copy.TZ = timeZone;
  return copy;
}
