import { InputError, definePlugin, readLines, readText } from 'carbon-ci';
import type { DetectInput, DeviceRef, FileSource, PluginContext, PowerRecord } from 'carbon-ci';
import { isJsonObject } from '../shared/json.js';

export interface MlflowOptions {
  host?: string;
  model?: string;
}

/** A metric file of the file store: `mlruns/<exp>/<run>/metrics/system[/<node>]/gpu_<i>_power_usage_watts`. */
const STORE_PATH = /[\\/]metrics[\\/]system[\\/](?:([^\\/]+)[\\/])?gpu_(\d+)_power_usage_watts$/;
/** A metric key: `system/gpu_0_power_usage_watts`, or `system/<node>/gpu_0_…` with MLFLOW_SYSTEM_METRICS_NODE_ID. */
const POWER_KEY = /^system\/(?:([^/]+)\/)?gpu_(\d+)_power_usage_watts$/;
const UTIL_KEY = /^system\/(?:([^/]+)\/)?gpu_(\d+)_utilization_percentage$/;
/** `<timestamp ms> <value> [<step>]`, as FileStore writes a metric line. */
const STORE_LINE = /^(\d+) (\S+)(?: (-?\d+))?$/;
const MAX_JSON_BYTES = 512 * 1024 * 1024;

function detect({ path, head }: DetectInput): number {
  const first = head.split('\n', 1)[0]!.trim();
  if (STORE_PATH.test(path)) return STORE_LINE.test(first) ? 0.95 : 0.8;
  const start = head.trimStart();
  if ((start.startsWith('{') || start.startsWith('[')) && /"system\/(?:[^/"]+\/)?gpu_\d+_power_usage_watts"/.test(head) && head.includes('"timestamp"')) {
    return 0.9;
  }
  return 0;
}

/** A decimal with one way only to match each digit, so that a failing match is linear. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function parseStoreValue(text: string): number {
  // Python's float repr: 'nan', 'inf', '-inf' are not power readings; no float repr is longer than 64 characters.
  return text.length <= 64 && DECIMAL.test(text) ? Number(text) : Number.NaN;
}

class Devices {
  private readonly byKey = new Map<string, DeviceRef>();
  constructor(private readonly options: MlflowOptions) {}
  get(node: string | undefined, index: number): DeviceRef {
    const host = node ?? this.options.host;
    const key = `${host ?? ''}\u0000${index}`;
    let ref = this.byKey.get(key);
    if (!ref) {
      ref = { id: host ? `${host}:gpu${index}` : `gpu${index}`, index };
      if (host) ref.host = host;
      if (this.options.model) ref.model = this.options.model;
      this.byKey.set(key, ref);
    }
    return ref;
  }
}

async function* readStoreFile(source: FileSource, context: PluginContext<MlflowOptions>, match: RegExpExecArray) {
  const file = source.path;
  const device = new Devices(context.options).get(match[1], Number(match[2]));
  let bad = 0;
  let firstBad = 0;
  let records = 0;
  let truncated = 0;
  for await (const batch of readLines(source.open(), { file })) {
    context.signal.throwIfAborted();
    const out: PowerRecord[] = [];
    batch.lines.forEach((text, i) => {
      const line = batch.firstLine + i;
      if (text.trim() === '') return;
      if (batch.unterminatedLast && i === batch.lines.length - 1) {
        truncated = line;
        return;
      }
      const m = STORE_LINE.exec(text.trim());
      const powerW = m ? parseStoreValue(m[2]!) : Number.NaN;
      if (!m || !Number.isFinite(powerW)) {
        bad++;
        if (firstBad === 0) firstBad = line;
        return;
      }
      out.push({ type: 'power', timeMs: Number(m[1]), device, powerW, origin: { file, line } });
    });
    records += out.length;
    if (out.length > 0) yield out;
  }
  if (bad > 0) {
    context.log.warn(`${file}: dropped ${bad} line(s) that are not "<timestamp ms> <watts> <step>" or hold nan/inf, first at line ${firstBad}; the time they cover counts as a gap`);
  }
  if (truncated > 0) context.log.warn(`${file}: dropped line ${truncated}, the last line, because it has no line end and may be cut short (MLflow ends every line)`);
  if (records === 0) {
    throw new InputError('no power readings in this MLflow metric file', {
      file,
      hint: 'MLflow writes one line "<timestamp ms> <value> <step>" per logged value; check that system metrics logging was on (MLFLOW_ENABLE_SYSTEM_METRICS_LOGGING=true) and pynvml installed',
    });
  }
}

interface MetricEntry {
  key?: unknown;
  value?: unknown;
  timestamp?: unknown;
}

/** The metric entries of a JSON export, whatever its outer shape. */
function entriesOf(document: unknown): MetricEntry[] | undefined {
  if (Array.isArray(document)) return document as MetricEntry[];
  if (typeof document !== 'object' || document === null) return undefined;
  const object = document as Record<string, unknown>;
  if (Array.isArray(object.metrics)) return object.metrics as MetricEntry[];
  // `{ "system/gpu_0_power_usage_watts": [{ "timestamp", "value", "step" }, …], … }`
  const entries: MetricEntry[] = [];
  for (const [key, series] of Object.entries(object)) {
    if (!Array.isArray(series)) continue;
    for (const point of series as MetricEntry[]) entries.push({ ...point, key: point?.key ?? key });
  }
  return entries.length > 0 ? entries : undefined;
}

function toNumber(value: unknown): number {
  // The REST API's int64 fields may arrive as strings (protobuf JSON).
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') return Number(value);
  return Number.NaN;
}


function parseJsonExport(text: string, file: string): MetricEntry[] {
  try {
    const entries = entriesOf(JSON.parse(text));
    if (entries) return entries;
  } catch {
    // Not one JSON document: try JSON lines.
  }
  const entries: MetricEntry[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    try {
      const value = JSON.parse(line) as unknown;
      if (isJsonObject(value)) entries.push(value as MetricEntry);
    } catch {
      throw new InputError('not valid JSON (neither one document nor one object per line)', {
        file,
        line: i + 1,
        hint: 'export the metric history with the REST API (GET /api/2.0/mlflow/metrics/get-history) or `json.dump([m.to_dictionary() for m in client.get_metric_history(run_id, key)], f)`',
      });
    }
  }
  return entries;
}

async function* readJsonExport(source: FileSource, context: PluginContext<MlflowOptions>) {
  const file = source.path;
  const entries = parseJsonExport(await readText(source, { maxBytes: MAX_JSON_BYTES, tooLarge: { what: 'the JSON export', hint: 'export one metric per file, or as JSON lines (one {"key","value","timestamp"} object per line)' } }), file);
  const devices = new Devices(context.options);
  const utilization = new Map<string, number>();
  for (const entry of entries) {
    const u = typeof entry?.key === 'string' ? UTIL_KEY.exec(entry.key) : null;
    const value = toNumber(entry?.value);
    if (u && value >= 0 && value <= 100) utilization.set(`${u[1] ?? ''}\u0000${u[2]}\u0000${toNumber(entry.timestamp)}`, value / 100);
  }
  const out: PowerRecord[] = [];
  let bad = 0;
  for (const entry of entries) {
    const p = typeof entry?.key === 'string' ? POWER_KEY.exec(entry.key) : null;
    if (!p) continue;
    const timeMs = toNumber(entry.timestamp);
    const powerW = toNumber(entry.value);
    if (!Number.isFinite(timeMs) || timeMs < 0 || !Number.isFinite(powerW)) {
      bad++;
      continue;
    }
    const record: PowerRecord = { type: 'power', timeMs, device: devices.get(p[1], Number(p[2])), powerW, origin: { file } };
    const u = utilization.get(`${p[1] ?? ''}\u0000${p[2]}\u0000${timeMs}`);
    if (u !== undefined) record.utilization = u;
    out.push(record);
  }
  if (bad > 0) context.log.warn(`${file}: dropped ${bad} GPU power entr${bad === 1 ? 'y' : 'ies'} without a numeric timestamp or value; the time they cover counts as a gap`);
  if (out.length === 0) {
    throw new InputError('no GPU power metrics (system/gpu_N_power_usage_watts) in this MLflow export', {
      file,
      hint: 'export the system metric history of the run, e.g. GET /api/2.0/mlflow/metrics/get-history?run_id=…&metric_key=system/gpu_0_power_usage_watts',
    });
  }
  out.sort((a, b) => a.timeMs - b.timeMs);
  for (let i = 0; i < out.length; i += 8192) yield out.slice(i, i + 8192);
}

export default definePlugin<MlflowOptions>({
  name: 'mlflow',
  kind: 'telemetry',
  description:
    'MLflow system metrics: the file store metric files mlruns/<exp>/<run>/metrics/system/gpu_N_power_usage_watts ("<ms> <W> <step>" lines), or a JSON export of system/gpu_N_power_usage_watts history',
  example: '{"metrics": [{"key": "system/gpu_0_power_usage_watts", "value": 233.6, "timestamp": 1717240010204, "step": 1}]}',
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      host: { type: 'string', minLength: 1, description: 'Host the run ran on, when MLFLOW_SYSTEM_METRICS_NODE_ID was not set (then the node id is the host).' },
      model: { type: 'string', minLength: 1, description: 'GPU model name; MLflow system metrics do not record it.' },
    },
  },
  detect,
  read(source, context) {
    const match = STORE_PATH.exec(source.path);
    return match ? readStoreFile(source, context, match) : readJsonExport(source, context);
  },
});
