import { dirname } from 'node:path';
import { InputError, dateTimeToUtc, definePlugin, epochToMs, parseDateTime, parseNumber, readLines, splitCsvLine } from 'carbon-ci';
import type { DetectInput, DeviceRef, FileSource, PowerRecord } from 'carbon-ci';

export interface WandbOptions {
  host?: string;
  model?: string;
  startedAt?: string;
}

const EXAMPLE = [
  ',_runtime,_timestamp,system.gpu.0.gpu,system.gpu.0.powerWatts',
  '0,15.4031,1718012415.8712,97.0,304.31',
].join('\n');
/** How a history export is fetched; also the fix for a `.wandb` transaction log, which is binary. */
const EXPORT = 'wandb.Api().run("<entity>/<project>/<run_id>").history(stream="events").to_csv("sys_metrics.csv")';
/** Samples further apart than this are not W&B's 15 s system samples but a downsampled history. */
const DOWNSAMPLED_MS = 120_000;
/** A `.wandb` transaction log starts with this (LevelDB-style log header of the W&B SDK's datastore). */
const WANDB_LOG_MAGIC = ':W&B';

/** `system.gpu.0.powerWatts` (exported history), `gpu.0.powerWatts` (SDK), `system/gpu.0.powerWatts` (UI), and the `gpu.process.N` twins. */
const POWER_KEY = /^(?:system[./])?gpu\.(process\.)?(\d+)\.powerWatts$/;
const UTIL_KEY = /^(?:system[./])?gpu\.(process\.)?(\d+)\.gpu$/;
const POWER_KEY_IN_TEXT = /(?:^|["',])(?:system[./])?gpu\.(?:process\.)?\d+\.powerWatts(?:["',]|$)/m;
/** Columns renamed for a chart or a table, with the unit in the name: `GPU 0 Power Usage (W)`, `run-42 - GPU 1 Power (W)`. */
const NAMED_POWER_KEY = /^(?:.+ - )?GPU (\d+) Power(?: Usage)? \((?:W|Watts)\)$/i;
/** `GPU 0` alone: a renamed column that does not say what it holds. */
const BARE_GPU_KEY = /^(?:.+ - )?GPU (\d+)$/i;

function firstLine(head: string): string {
  for (const line of head.split('\n')) if (line.trim() !== '') return line.trim();
  return '';
}

function detect({ path, head }: DetectInput): number {
  // Claimed so that the error can say how to export it.
  if (path.endsWith('.wandb') || head.startsWith(WANDB_LOG_MAGIC)) return 0.9;
  const first = firstLine(head);
  const hasTimestamp = first.includes('_timestamp') || first.includes('_runtime');
  const hasPower = POWER_KEY_IN_TEXT.test(first) || (first.startsWith('{') && /"(?:system[./])?gpu\.(?:process\.)?\d+\.powerWatts"\s*:/.test(first));
  if (hasTimestamp && hasPower) return 0.95;
  if (hasTimestamp && first.split(',').some((name) => NAMED_POWER_KEY.test(name.trim().replace(/^"|"$/g, '')))) return 0.9;
  // A W&B events file from a machine without GPU power: claim it, so the error can say why.
  if (first.startsWith('{') && first.includes('"_wandb"') && first.includes('"system.')) return 0.6;
  if (/wandb-events\.jsonl$/.test(path)) return 0.5;
  return 0;
}

interface Columns {
  timestamp: number;
  /** `_runtime`, seconds since the run started: placed in time by the `startedAt` option when there is no `_timestamp`. */
  runtime: number;
  power: Map<number, { column: number; process: boolean }>;
  util: Map<number, { column: number; process: boolean }>;
}

/** Per GPU index, the plain key wins over its `gpu.process.N` twin (the same reading, logged twice). */
function preferPlain(map: Map<number, { column: number; process: boolean }>, index: number, column: number, process: boolean): void {
  const seen = map.get(index);
  if (!seen || (seen.process && !process)) map.set(index, { column, process });
}

function headerColumns(header: string[], file: string, startMs: number | undefined): Columns {
  const columns: Columns = { timestamp: -1, runtime: -1, power: new Map(), util: new Map() };
  const bare: string[] = [];
  header.forEach((raw, column) => {
    const name = raw.trim();
    if (name === '_timestamp') columns.timestamp = column;
    if (name === '_runtime') columns.runtime = column;
    const power = POWER_KEY.exec(name);
    if (power) preferPlain(columns.power, Number(power[2]), column, power[1] !== undefined);
    const named = NAMED_POWER_KEY.exec(name);
    if (named) preferPlain(columns.power, Number(named[1]), column, false);
    if (BARE_GPU_KEY.test(name)) bare.push(name);
    const util = UTIL_KEY.exec(name);
    if (util) preferPlain(columns.util, Number(util[2]), column, util[1] !== undefined);
  });
  if (columns.timestamp < 0 && columns.runtime >= 0 && startMs === undefined) throw runtimeOnly(file, 1);
  if (columns.timestamp < 0 && (columns.runtime < 0 || startMs === undefined)) {
    throw new InputError('the header has no _timestamp column', {
      file,
      line: 1,
      hint: 'export the run history with absolute times, e.g. `run.history(stream="system").to_csv(...)` from the W&B public API; a chart-panel CSV with only relative time cannot be placed in time',
    });
  }
  if (columns.power.size === 0 && bare.length > 0) {
    throw new InputError(`the columns ${bare.join(', ')} do not say what they hold (power? utilisation?)`, {
      file,
      line: 1,
      hint: 'name them with their unit, as W&B does: system.gpu.N.powerWatts (or "GPU N Power (W)"), or export the system metrics again: `' + EXPORT + '`',
    });
  }
  if (columns.power.size === 0) {
    throw new InputError('the header has no GPU power column (system.gpu.N.powerWatts)', {
      file,
      line: 1,
      hint: 'W&B logs GPU power only where NVML (or rocm-smi) reports it; export the system stream: `run.history(stream="system")`',
    });
  }
  return columns;
}

/** Whether the file starts with the transaction log's magic, however the stream cuts its first bytes. */
async function startsWithMagic(source: FileSource): Promise<boolean> {
  let head = Buffer.alloc(0);
  for await (const chunk of source.open()) {
    head = Buffer.concat([head, typeof chunk === 'string' ? Buffer.from(chunk) : chunk]);
    if (head.length >= WANDB_LOG_MAGIC.length) break;
  }
  return head.subarray(0, WANDB_LOG_MAGIC.length).toString('latin1') === WANDB_LOG_MAGIC;
}

function runtimeOnly(file: string, line: number): InputError {
  return new InputError('the export has _runtime (seconds since the run started) but no _timestamp', {
    file,
    line,
    hint: `give the run's start, \`--plugin-option wandb.startedAt=<"startedAt" from the run's wandb-metadata.json>\`, or export with absolute times: \`${EXPORT}\``,
  });
}

/** The run's start from the `startedAt` option: W&B writes it in UTC, without a zone. */
function startOf(startedAt: string | undefined, file: string): number | undefined {
  if (startedAt === undefined) return undefined;
  const parsed = parseDateTime(startedAt.trim());
  if (!parsed) {
    throw new InputError(`option startedAt "${startedAt}" is not a date and time`, { file, hint: 'give it as in wandb-metadata.json, e.g. 2024-06-10T09:40:00.123456 (UTC), or with a zone: 2024-06-10T11:40:00+02:00' });
  }
  // Zone-less, it is UTC, as W&B writes it.
  return dateTimeToUtc(parsed, (wallMs) => wallMs);
}

export default definePlugin<WandbOptions>({
  name: 'wandb',
  kind: 'telemetry',
  description:
    'Weights & Biases system metrics exported from a run: wandb-events.jsonl or run.history(stream="events") as JSON lines or CSV, reading system.gpu.N.powerWatts (W) at _timestamp (Unix s), or at _runtime (s) after the startedAt option',
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      host: { type: 'string', minLength: 1, description: 'Host the run ran on; W&B history does not record it. Lets carbon-ci match these GPUs with other logs of the same machine.' },
      model: { type: 'string', minLength: 1, description: 'GPU model name (W&B keeps it in wandb-metadata.json, not in the history).' },
      startedAt: {
        type: 'string',
        minLength: 1,
        description: 'When the run started (ISO 8601; "startedAt" in wandb-metadata.json, UTC when it has no zone): places an export with only _runtime (s since start) in time.',
      },
    },
  },
  example: EXAMPLE,
  detect,
  async *read(source, context) {
    const file = source.path;
    const { host, model } = context.options;
    const startMs = startOf(context.options.startedAt, file);
    if (file.endsWith('.wandb') || (await startsWithMagic(source))) {
      throw new InputError("this is a W&B transaction log (.wandb), a binary file; carbon-ci reads the run's history exported from it", {
        file,
        hint: `upload it with \`wandb sync ${dirname(file)}/\`, then export the system metrics: \`${EXPORT}\``,
      });
    }
    const devices = new Map<number, DeviceRef>();
    const device = (index: number): DeviceRef => {
      let ref = devices.get(index);
      if (!ref) {
        ref = { id: host ? `${host}:gpu${index}` : `gpu${index}`, index };
        if (host) ref.host = host;
        if (model) ref.model = model;
        devices.set(index, ref);
      }
      return ref;
    };
    let format: 'json' | 'csv' | undefined;
    let columns: Columns | undefined;
    let records = 0;
    let rowsWithoutPower = 0;
    let sawTimestamp = false;
    let lastRowMs: number | undefined;
    let intervals = 0;
    let wideIntervals = 0;
    let truncated = 0;
    const skipped = { badJson: 0, noTimestamp: 0, badValue: 0, firstLine: 0 };
    const skip = (kind: keyof Omit<typeof skipped, 'firstLine'>, line: number) => {
      skipped[kind]++;
      if (skipped.firstLine === 0) skipped.firstLine = line;
    };

    for await (const batch of readLines(source.open(), { file })) {
      context.signal.throwIfAborted();
      const out: PowerRecord[] = [];
      batch.lines.forEach((text, i) => {
        const line = batch.firstLine + i;
        if (text.trim() === '') return;
        if (format === undefined) {
          format = text.trimStart().startsWith('{') ? 'json' : 'csv';
          if (format === 'csv') {
            columns = headerColumns(splitCsvLine(text, { file, line }), file, startMs);
            return;
          }
        }
        if (format === 'json') {
          let row: Record<string, unknown>;
          try {
            row = JSON.parse(text) as Record<string, unknown>;
          } catch {
            skip('badJson', line);
            return;
          }
          if (typeof row !== 'object' || row === null) return skip('badJson', line);
          const power = new Map<number, { value: unknown; process: boolean }>();
          const util = new Map<number, { value: unknown; process: boolean }>();
          for (const key in row) {
            const p = POWER_KEY.exec(key);
            if (p) {
              const index = Number(p[2]);
              const seen = power.get(index);
              if (!seen || (seen.process && !p[1])) power.set(index, { value: row[key], process: p[1] !== undefined });
              continue;
            }
            const u = UTIL_KEY.exec(key);
            if (u) {
              const index = Number(u[2]);
              const seen = util.get(index);
              if (!seen || (seen.process && !u[1])) util.set(index, { value: row[key], process: u[1] !== undefined });
            }
          }
          // pandas writes a GPU that was not sampled in this row as null: no reading, not a bad one.
          for (const [index, { value }] of power) if (value === null) power.delete(index);
          if (power.size === 0) {
            rowsWithoutPower++;
            return;
          }
          const stamp = row._timestamp;
          const runtime = row._runtime;
          let timeMs: number;
          if (typeof stamp === 'number' && Number.isFinite(stamp)) {
            timeMs = Math.round(epochToMs(stamp));
            sawTimestamp = true;
          } else if (typeof runtime === 'number' && Number.isFinite(runtime) && startMs !== undefined) timeMs = Math.round(startMs + runtime * 1000);
          // A file whose first reading has only _runtime needs startedAt; a later row without _timestamp is one bad row.
          else if (typeof runtime === 'number' && !sawTimestamp) throw runtimeOnly(file, line);
          else return skip('noTimestamp', line);
          for (const [index, { value }] of power) {
            if (typeof value !== 'number' || !Number.isFinite(value)) {
              skip('badValue', line);
              continue;
            }
            const record: PowerRecord = { type: 'power', timeMs, device: device(index), powerW: value, origin: { file, line } };
            const u = util.get(index)?.value;
            if (typeof u === 'number' && u >= 0 && u <= 100) record.utilization = u / 100;
            out.push(record);
          }
          return;
        }
        if (batch.unterminatedLast && i === batch.lines.length - 1) {
          truncated = line;
          return;
        }
        const fields = splitCsvLine(text, { file, line });
        const cols = columns!;
        const stampText = fields[cols.timestamp];
        let any = false;
        let timeMs: number | undefined;
        for (const [index, { column }] of cols.power) {
          const raw = fields[column];
          if (raw === undefined || raw.trim() === '') continue;
          any = true;
          if (timeMs === undefined) {
            const stamp = stampText === undefined ? null : parseNumber(stampText);
            const runtime = cols.timestamp < 0 ? parseNumber(fields[cols.runtime] ?? '') : null;
            if (stamp !== null && !Number.isNaN(stamp)) timeMs = Math.round(epochToMs(stamp));
            else if (runtime !== null && !Number.isNaN(runtime)) timeMs = Math.round(startMs! + runtime * 1000);
            else {
              skip('noTimestamp', line);
              return;
            }
          }
          const value = parseNumber(raw);
          if (value === null || Number.isNaN(value)) {
            skip('badValue', line);
            continue;
          }
          const record: PowerRecord = { type: 'power', timeMs, device: device(index), powerW: value, origin: { file, line } };
          const utilColumn = cols.util.get(index)?.column;
          const u = utilColumn === undefined ? null : parseNumber(fields[utilColumn] ?? '');
          if (u !== null && u >= 0 && u <= 100) record.utilization = u / 100;
          out.push(record);
        }
        if (!any) rowsWithoutPower++;
      });
      for (const record of out) {
        if (record.timeMs === lastRowMs) continue;
        if (lastRowMs !== undefined) {
          intervals++;
          if (Math.abs(record.timeMs - lastRowMs) > DOWNSAMPLED_MS) wideIntervals++;
        }
        lastRowMs = record.timeMs;
      }
      records += out.length;
      if (out.length > 0) yield out;
    }

    if (format === undefined) throw new InputError('the file has no rows', { file, hint: 'export the run history again; the file is empty' });
    const dropped = skipped.badJson + skipped.noTimestamp + skipped.badValue;
    if (dropped > 0) {
      context.log.warn(
        `${file}: dropped ${dropped} W&B row(s) or readings (${skipped.badJson} not JSON, ${skipped.noTimestamp} without a _timestamp, ${skipped.badValue} with a power value that is not a number), first at line ${skipped.firstLine}; the time they cover counts as a gap`,
      );
    }
    if (truncated > 0) context.log.warn(`${file}: dropped line ${truncated}, the last line, because it has no line end and may be cut short`);
    if (intervals >= 4 && wideIntervals * 2 > intervals) {
      context.log.warn(
        `${file}: most samples are more than ${DOWNSAMPLED_MS / 60_000} min apart, where W&B samples every 15 s: the export was downsampled (run.history keeps 500 rows unless told samples=...); each reading then stands for minutes it did not measure. Export again with samples=100000`,
      );
    }
    if (rowsWithoutPower > 0) context.log.debug(`${file}: ${rowsWithoutPower} row(s) carry no GPU power (training metrics or other system metrics)`);
    if (records === 0) {
      throw new InputError('no GPU power readings (system.gpu.N.powerWatts) in this W&B export', {
        file,
        hint: 'the run logged no GPU power (no NVIDIA/AMD GPU, or power not supported); export the system stream with `run.history(stream="system")`',
      });
    }
  },
});
