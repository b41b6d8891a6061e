import { InputError, dateTimeToUtc, epochToMs, parseDateTime, wallClockToUtc } from 'carbon-ci';
import type { DeviceRef, EnergyCounterRecord, Logger, PowerRecord, RecordSource } from 'carbon-ci';
import { DCGM_BLANK_MIN, DeviceRegistry } from '../dcgm/devices.js';
import { redactUrl, splitCredentials } from './credentials.js';
import { parseSelector } from './selector.js';

const POWER = 'DCGM_FI_DEV_POWER_USAGE';
const ENERGY = 'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION';
type Metric = typeof POWER | typeof ENERGY;
type DcgmRecord = PowerRecord | EnergyCounterRecord;

export interface PrometheusSourceOptions {
  /** Base URL of the Prometheus server (or anything with its HTTP API, e.g. Thanos, Mimir's Prometheus API). */
  url: string;
  /** The job's window: epoch ms, or ISO 8601 (a time without offset is read in `timeZone`). */
  start: number | string;
  end: number | string;
  /** IANA zone for start/end written without an offset. */
  timeZone?: string;
  /** Length of one query's slice of the window, in s (default 3600): bounds the size of each response. */
  chunkS?: number;
  /** Which series to fetch (default both): the energy stage prefers counter deltas where it has them. */
  metrics?: ('power' | 'energy')[];
  /** Extra request headers, e.g. `{ Authorization: 'Bearer …' }`. */
  headers?: Record<string, string>;
  /** Per-request timeout in ms (default 30 000). */
  timeoutMs?: number;
  /** Host name for GPUs whose series carry neither a UUID nor a Hostname label. */
  host?: string;
  /** PromQL label matchers that pick the job's series (`Hostname="node-7",pod=~"bert-.*"`); all series without it. */
  selector?: string;
}

export interface PrometheusSourceContext {
  log: Logger;
  signal: AbortSignal;
}

interface MatrixSeries {
  metric: Record<string, string>;
  values: [number, string][];
}

function instantOf(value: number | string, what: string, toUtc: (wallMs: number) => number): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') {
    if (/^\d+(?:\.\d+)?$/.test(value.trim())) return Math.round(epochToMs(Number(value)));
    const parsed = parseDateTime(value);
    if (parsed) return dateTimeToUtc(parsed, toUtc);
  }
  throw new InputError(`prometheus ${what} ${JSON.stringify(value)} is not a time`, { hint: 'give epoch seconds or ms, or an ISO 8601 date and time' });
}

async function queryMatrix(
  base: string,
  query: string,
  timeS: number,
  options: PrometheusSourceOptions,
  context: PrometheusSourceContext,
): Promise<MatrixSeries[]> {
  const url = new URL('api/v1/query', base.endsWith('/') ? base : `${base}/`);
  url.searchParams.set('query', query);
  url.searchParams.set('time', String(timeS));
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 30_000);
  let response: Response;
  try {
    response = await fetch(url, { headers: options.headers, signal: AbortSignal.any([context.signal, timeout]) });
  } catch (error) {
    context.signal.throwIfAborted();
    const reason = timeout.aborted ? `no answer within ${options.timeoutMs ?? 30_000} ms` : (error as Error).message;
    throw new InputError(`cannot query Prometheus at ${base}: ${reason}`, {
      hint: 'check the URL (scheme, host, port, path prefix) and that this machine can reach it',
    });
  }
  const text = await response.text();
  let body: { status?: string; error?: string; errorType?: string; data?: { resultType?: string; result?: unknown } };
  try {
    body = JSON.parse(text);
  } catch {
    throw new InputError(`${url.origin}${url.pathname} answered HTTP ${response.status} with something that is not the Prometheus API`, {
      hint: 'point the URL at the Prometheus server itself (the address of its web UI)',
    });
  }
  if (body.status !== 'success') {
    throw new InputError(`Prometheus refused the query ${query}: ${body.errorType ?? ''} ${body.error ?? `HTTP ${response.status}`}`.trim(), {
      hint: response.status === 401 || response.status === 403 ? 'give credentials in the headers option' : 'check the URL and the time window',
    });
  }
  if (body.data?.resultType !== 'matrix' || !Array.isArray(body.data.result)) {
    throw new InputError(`Prometheus answered the query ${query} without a matrix`, { hint: 'the server is not Prometheus-compatible' });
  }
  return body.data.result as MatrixSeries[];
}

function deviceFields(labels: Record<string, string>) {
  const pick = (...names: string[]) => names.map((n) => labels[n]).find((v) => v !== undefined && v !== '');
  const gpu = pick('gpu');
  return {
    uuid: pick('UUID', 'uuid', 'gpu_uuid'),
    index: gpu !== undefined && /^\d+$/.test(gpu) ? Number(gpu) : undefined,
    host: pick('Hostname', 'hostname'),
    model: pick('modelName', 'model_name'),
  };
}

/**
 * The raw DCGM exporter samples of a time window, fetched from a Prometheus server: power (W) and the
 * energy counter (mJ → J) per GPU, in time order per GPU.
 *
 * Each slice of the window is one instant query with a range selector (`METRIC[3600s]` at the slice's
 * end), which returns the samples as scraped, with their own timestamps. `query_range` is not used: it
 * resamples at its step and repeats a series' last value for up to 5 minutes after it ends, which
 * would bridge gaps in the data silently.
 */
export async function* readPrometheusApi(options: PrometheusSourceOptions, context: PrometheusSourceContext): AsyncGenerator<DcgmRecord[]> {
  const parsed = splitCredentials(options.url);
  if (!parsed) throw new InputError(`prometheus url ${JSON.stringify(redactUrl(options.url))} is not a URL`, { hint: 'e.g. http://prometheus.monitoring:9090' });
  const base = parsed.base;
  if (parsed.authorization !== undefined) options = { ...options, headers: { Authorization: parsed.authorization, ...options.headers } };
  const toUtc = wallClockToUtc(options.timeZone ?? 'UTC');
  const startMs = instantOf(options.start, 'start', toUtc);
  const endMs = instantOf(options.end, 'end', toUtc);
  if (!(endMs > startMs)) throw new InputError('prometheus end must come after start', { hint: 'give the window of the job' });
  const chunkMs = Math.max(1, Math.round((options.chunkS ?? 3600) * 1000));
  const matchers = options.selector === undefined ? '' : `{${parseSelector(options.selector)}}`;
  const metrics: Metric[] = (options.metrics ?? ['power', 'energy']).map((m) => (m === 'power' ? POWER : ENERGY));
  const devices = new DeviceRegistry(options.host);
  const lastEmitted = new Map<string, number>();
  let total = 0;
  let blanks = 0;

  for (let sliceStart = startMs; sliceStart < endMs; sliceStart += chunkMs) {
    context.signal.throwIfAborted();
    const sliceEnd = Math.min(endMs, sliceStart + chunkMs);
    const rangeMs = sliceEnd - sliceStart;
    const byKey = new Map<string, { metric: Metric; device: DeviceRef; times: number[]; values: number[] }>();
    for (const metric of metrics) {
      const series = await queryMatrix(base, `${metric}${matchers}[${rangeMs}ms]`, sliceEnd / 1000, options, context);
      for (const { metric: labels, values } of series) {
        const device = devices.get(deviceFields(labels));
        if (!device) {
          context.log.warn(`${base}: a ${metric} series has no UUID or gpu label; its samples were left out`);
          continue;
        }
        const key = `${metric}\u0000${device.id}`;
        let entry = byKey.get(key);
        if (!entry) byKey.set(key, (entry = { metric, device, times: [], values: [] }));
        for (const [timeS, text] of values) {
          const value = Number(text);
          if (!Number.isFinite(value) || value >= DCGM_BLANK_MIN) {
            blanks++;
            continue;
          }
          entry.times.push(Math.round(timeS * 1000));
          entry.values.push(value);
        }
      }
    }
    const records: DcgmRecord[] = [];
    for (const [key, { metric, device, times, values }] of byKey) {
      const order = times.map((_, i) => i).sort((a, b) => times[a]! - times[b]! || a - b);
      let last = lastEmitted.get(key) ?? Number.NEGATIVE_INFINITY;
      for (const i of order) {
        const timeMs = times[i]!;
        if (timeMs <= last || timeMs < startMs) continue;
        last = timeMs;
        const value = values[i]!;
        records.push(metric === POWER ? { type: 'power', timeMs, device, powerW: value } : { type: 'energy-counter', timeMs, device, counterJ: value / 1000 });
      }
      lastEmitted.set(key, last);
    }
    total += records.length;
    if (records.length > 0) yield records;
  }
  if (total === 0) {
    throw new InputError(`Prometheus at ${base} has no ${metrics.join(' or ')} samples${matchers ? ` matching ${matchers}` : ''} between ${new Date(startMs).toISOString()} and ${new Date(endMs).toISOString()}`, {
      hint: matchers ? 'check the selector against the series\' labels (e.g. in the Prometheus UI), and the window' : 'check that it scrapes the DCGM exporter, and the window (and its time zone)',
    });
  }
  if (blanks > 0) context.log.warn(`${base}: dropped ${blanks} samples holding a DCGM blank or NaN value; those readings are missing, which lowers coverage`);
}

/** The Prometheus HTTP API as a record source of the pipeline (see readPrometheusApi). */
export function prometheusSource(options: PrometheusSourceOptions): RecordSource {
  // Checked when the source is made, before the files are read or a query is sent.
  if (options.selector !== undefined) parseSelector(options.selector);
  return {
    name: 'prometheus',
    location: redactUrl(options.url),
    read: (context) => readPrometheusApi({ timeZone: context.localTimeZone(), ...options }, context),
  };
}
