import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError, dateTimeToUtc, definePlugin, epochToMs, parseDateTime } from 'carbon-ci';
import type { DetectInput, DeviceRef, FileSource, PluginContext, UsageRecord } from 'carbon-ci';
import { isJsonObject, readJsonDocument } from '../shared/json.js';
import { localClock } from '../shared/local-clock.js';

export interface HfTrainerOptions {
  gpu?: string;
  count?: number;
  utilization?: number;
  powerW?: number;
  endTime?: string;
  host?: string;
}

const MAX_BYTES = 256 * 1024 * 1024;
const SETUP_HINT =
  'trainer_state.json does not record the hardware: state it, e.g. `--plugin-option gpu="NVIDIA A100-SXM4-80GB" --plugin-option count=8`, or in .carbon-ci.yml `pluginOptions: { hf-trainer: { gpu: "NVIDIA A100-SXM4-80GB", count: 8 } }`';

function detect({ path, head }: DetectInput): number {
  const name = basename(path);
  const start = head.trimStart();
  if (!start.startsWith('{')) return 0;
  if (head.includes('"log_history"') && (name === 'trainer_state.json' || head.includes('"global_step"'))) return 0.95;
  if (name === 'all_results.json' && head.includes('"train_runtime"')) return 0.85;
  return 0;
}

/** trainer_state.json or all_results.json: one JSON object, kilobytes long. */
async function readJson(source: FileSource): Promise<Record<string, unknown>> {
  const { value } = await readJsonDocument(source, {
    maxBytes: MAX_BYTES,
    what: 'the file',
    tooLargeHint: 'a Trainer state file is kilobytes: check that this is trainer_state.json or all_results.json',
    invalidHint: 'pass the trainer_state.json that transformers wrote, unedited',
  });
  if (!isJsonObject(value)) throw new InputError('expected a JSON object', { file: source.path });
  return value;
}

const fileSource = (path: string): FileSource => ({ kind: 'file', path, open: () => createReadStream(path) });

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

const seconds = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined);

/** When the phase that `path` records ended: the user's `endTime`, else the file's modification time. */
async function anchorMs(context: PluginContext<HfTrainerOptions>, path: string, what: string): Promise<number> {
  const { endTime } = context.options;
  if (endTime !== undefined) {
    const trimmed = endTime.trim();
    if (/^\d+(?:\.\d+)?$/.test(trimmed)) return Math.round(epochToMs(Number(trimmed)));
    const parsed = parseDateTime(trimmed);
    if (!parsed) {
      throw new InputError(`option endTime "${endTime}" is not a date-time`, { hint: 'give an ISO 8601 time such as 2025-03-25T06:15:48Z, or Unix seconds' });
    }
    return dateTimeToUtc(parsed, localClock(context, false));
  }
  const mtimeMs = Math.round((await stat(path)).mtimeMs);
  context.log.warn(
    `${path}: the Trainer records durations but no clock time, so ${what} is taken to end at the file's modification time ${new Date(mtimeMs).toISOString()}; if the file was copied or checked out since, set --plugin-option endTime=<ISO time> for hourly grid intensity`,
  );
  return mtimeMs;
}

interface Phase {
  name: string;
  durationS: number;
}

function usageRecords(phases: Phase[], startAtMs: number, devices: DeviceRef[], options: HfTrainerOptions, file: string): UsageRecord[] {
  const out: UsageRecord[] = [];
  let at = startAtMs;
  for (const phase of phases) {
    const endMs = at + Math.round(phase.durationS * 1000);
    for (const device of devices) {
      const record: UsageRecord = { type: 'usage', startMs: at, endMs, device, origin: { file } };
      if (options.utilization !== undefined) record.utilization = options.utilization;
      if (options.powerW !== undefined) record.powerW = options.powerW;
      out.push(record);
    }
    at = endMs;
  }
  return out;
}

function devicesFor(options: HfTrainerOptions, file: string): DeviceRef[] {
  const missing = [options.gpu === undefined ? 'gpu (the GPU model)' : undefined, options.count === undefined ? 'count (GPUs used)' : undefined].filter(Boolean);
  if (missing.length > 0) throw new InputError(`the hf-trainer plugin needs the option${missing.length > 1 ? 's' : ''} ${missing.join(' and ')}`, { file, hint: SETUP_HINT });
  const { host, gpu } = options;
  return Array.from({ length: options.count! }, (_, index) => {
    const device: DeviceRef = { id: host ? `${host}:gpu${index}` : `gpu${index}`, index, model: gpu! };
    if (host) device.host = host;
    return device;
  });
}

/** Evaluation and prediction that ran after training, from all_results.json. */
function laterPhases(results: Record<string, unknown>): Phase[] {
  const phases: Phase[] = [];
  const evalS = seconds(results.eval_runtime);
  if (evalS !== undefined) phases.push({ name: 'evaluation', durationS: evalS });
  const predictS = seconds(results.predict_runtime);
  if (predictS !== undefined) phases.push({ name: 'prediction', durationS: predictS });
  return phases;
}

async function* readTrainerState(source: FileSource, context: PluginContext<HfTrainerOptions>) {
  const file = source.path;
  const devices = devicesFor(context.options, file);
  const state = await readJson(source);
  if (!Array.isArray(state.log_history)) {
    throw new InputError('no log_history array: this is not a transformers Trainer state file', { file, hint: 'pass the trainer_state.json from the output directory' });
  }
  const training: Phase[] = [];
  for (const entry of state.log_history as Record<string, unknown>[]) {
    const runtime = seconds(entry?.train_runtime);
    if (runtime !== undefined) training.push({ name: 'training', durationS: runtime });
  }
  if (training.length === 0) {
    context.log.warn(
      `${file}: no train_runtime in log_history (step ${String(state.global_step)} of ${String(state.max_steps)}): an intermediate checkpoint's state or an interrupted run; not counted. Pass the trainer_state.json that Trainer.save_state() wrote after training`,
    );
    return;
  }
  const trainingEndMs = await anchorMs(context, file, 'training');
  const trainingS = training.reduce((sum, phase) => sum + phase.durationS, 0);
  const phases = [...training];
  const resultsPath = join(dirname(file), 'all_results.json');
  if (await exists(resultsPath)) {
    const later = laterPhases(await readJson(fileSource(resultsPath)));
    phases.push(...later);
    if (later.length > 0) context.log.info(`${file}: adding ${later.map((p) => `${p.name} ${p.durationS} s`).join(', ')} from all_results.json beside it`);
  }
  yield usageRecords(phases, trainingEndMs - Math.round(trainingS * 1000), devices, context.options, file);
}

async function* readAllResults(source: FileSource, context: PluginContext<HfTrainerOptions>) {
  const file = source.path;
  if (await exists(join(dirname(file), 'trainer_state.json'))) {
    context.log.info(`${file}: read together with trainer_state.json beside it (pass that file); not counted on its own`);
    return;
  }
  const devices = devicesFor(context.options, file);
  const results = await readJson(source);
  const trainS = seconds(results.train_runtime);
  const phases: Phase[] = [...(trainS === undefined ? [] : [{ name: 'training', durationS: trainS }]), ...laterPhases(results)];
  if (phases.length === 0) throw new InputError('no train_runtime, eval_runtime or predict_runtime', { file, hint: 'pass the all_results.json that Trainer.save_metrics("all", …) wrote' });
  // all_results.json is written after the last phase; an endTime option means the end of training.
  const totalS = phases.reduce((sum, phase) => sum + phase.durationS, 0);
  const startMs =
    context.options.endTime !== undefined
      ? (await anchorMs(context, file, 'training')) - Math.round((trainS ?? 0) * 1000)
      : (await anchorMs(context, file, 'the last phase')) - Math.round(totalS * 1000);
  yield usageRecords(phases, startMs, devices, context.options, file);
}

export default definePlugin<HfTrainerOptions>({
  name: 'hf-trainer',
  kind: 'telemetry',
  description:
    'Hugging Face transformers Trainer output: trainer_state.json (train_runtime) plus eval/predict runtimes from all_results.json, with the GPU model and count you state; an estimate, not a measurement',
  example: '{"epoch": 3.0, "global_step": 215337, "log_history": [{"train_runtime": 41235.1, "step": 215337}]}',
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      gpu: { type: 'string', minLength: 1, description: 'GPU model, e.g. "NVIDIA A100-SXM4-80GB" (required).' },
      count: { type: 'integer', minimum: 1, maximum: 100000, description: 'Number of GPUs the run used (required).' },
      utilization: { type: 'number', minimum: 0, maximum: 1, description: 'Mean GPU utilisation 0..1 to assume; default: the energy stage’s assumption.' },
      powerW: { type: 'number', exclusiveMinimum: 0, description: 'Mean power per GPU to assume, in W; default: board power from the GPU table.' },
      endTime: { type: 'string', minLength: 1, description: 'When training ended (ISO 8601, or Unix seconds); default: the file’s modification time.' },
      host: { type: 'string', minLength: 1, description: 'Host the run ran on, to match these GPUs with power logs of the same machine.' },
    },
  },
  detect,
  read(source, context) {
    return basename(source.path) === 'all_results.json' ? readAllResults(source, context) : readTrainerState(source, context);
  },
});
