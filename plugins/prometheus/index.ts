import { InputError, dateTimeToUtc, epochToMs, parseDateTime } from 'carbon-ci';
import type { EnergyRecord, Logger, PowerRecord, RecordSource } from 'carbon-ci';
import { DeviceRegistry } from '../dcgm/devices.js';
import { localClock } from '../shared/local-clock.js';
import { PrometheusApi } from './api.js';
import { KEPLER_POD_CPU, readKepler } from './kepler.js';
import type { KeplerRead } from './kepler-workloads.js';
import { redactUrl, splitCredentials } from './credentials.js';
import { readReduced } from './reduce.js';
import { ENERGY, POWER, readRawSamples, type DcgmRecord, type Metric, type RawTally } from './raw.js';
import { parseSelector } from './selector.js';

export interface PrometheusSourceOptions {
  /** Base URL of the Prometheus server (or anything with its HTTP API, e.g. Thanos, Mimir's Prometheus API). */
  url: string;
  /** The job's window: epoch ms, or ISO 8601 (a time without offset is read in `timeZone`). */
  start: number | string;
  end: number | string;
  /** IANA zone for start/end written without an offset. */
  timeZone?: string | (() => string);
  /** Length of one raw query's slice of the window, in s (default 3600): bounds the size of each response. */
  chunkS?: number;
  /**
   * Fetch every raw sample instead of reducing on the server (default false). Reduced, each GPU's energy
   * comes from its energy counter per step (about 360 steps per window, steps.ts), and raw samples only
   * for GPUs without a counter and for the steps that need them; raw, the energy stage integrates every sample.
   */
  raw?: boolean;
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
  /**
   * Which exporter's series to read (default `dcgm`): the DCGM exporter's GPU series, or Kepler 0.10+'s
   * per-pod CPU, memory and GPU energy counters (kepler.ts; the selector then names pod labels such as
   * `pod_namespace="ml",pod_name=~"bert-.*"`). Never both: they would count the same GPU energy twice.
   */
  family?: PrometheusFamily;
}

export type PrometheusFamily = 'dcgm' | 'kepler';
export const PROMETHEUS_FAMILIES: readonly PrometheusFamily[] = ['dcgm', 'kepler'];

export interface PrometheusSourceContext {
  log: Logger;
  signal: AbortSignal;
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

/**
 * The DCGM exporter's GPU energy for a time window, from a Prometheus server (with `family: 'kepler'`,
 * Kepler's per-pod CPU, memory and GPU energy instead, as `energy` records with `basis: 'counter'`, and
 * raw GPU power for pods of a Kepler without GPU joules: kepler.ts).
 *
 * By default the server does the reduction (see reduce.ts): energy-counter differences per step as
 * `energy` records with `basis: 'counter'`, and raw power samples only for GPUs without a counter. With
 * `raw: true` (or without the energy metric), every sample as scraped: power (W) and the counter (mJ → J)
 * per GPU, in time order per GPU.
 */
export function readPrometheusApi(options: PrometheusSourceOptions, context: PrometheusSourceContext): AsyncGenerator<(DcgmRecord | EnergyRecord)[]> {
  return readWithMatchers(options, checkedMatchers(options), context);
}

/** readPrometheusApi with the selector already checked and normalised (`{…}`, or '' for none). */
async function* readWithMatchers(options: PrometheusSourceOptions, matchers: string, context: PrometheusSourceContext): AsyncGenerator<(DcgmRecord | EnergyRecord)[]> {
  const parsed = splitCredentials(options.url);
  if (!parsed) throw new InputError(`prometheus url ${JSON.stringify(redactUrl(options.url))} is not a URL`, { hint: 'e.g. http://prometheus.monitoring:9090' });
  const base = parsed.base;
  const headers = parsed.authorization !== undefined ? { Authorization: parsed.authorization, ...options.headers } : options.headers;
  // The zone is asked for only when a time has no offset: the report then says which zone it assumed.
  const zone = options.timeZone;
  const toUtc = localClock({ localTimeZone: () => (typeof zone === 'function' ? zone() : zone) ?? 'UTC' }, false);
  const startMs = instantOf(options.start, 'start', toUtc);
  const endMs = instantOf(options.end, 'end', toUtc);
  if (!(endMs > startMs)) throw new InputError('prometheus end must come after start', { hint: 'give the window of the job' });
  const api = new PrometheusApi({ base, ...(headers ? { headers } : {}), timeoutMs: options.timeoutMs ?? 30_000, signal: context.signal, log: context.log });
  if (options.family === 'kepler') {
    yield* readKeplerFamily({ api, signal: context.signal, matchers: matchers.slice(1, -1), startMs, endMs }, { base, log: context.log });
    return;
  }
  const metrics: Metric[] = (options.metrics ?? ['power', 'energy']).map((m) => (m === 'power' ? POWER : ENERGY));
  const tally: RawTally = { records: 0, blanks: 0, unlabelled: new Set() };
  const read = {
    api,
    signal: context.signal,
    devices: new DeviceRegistry(options.host),
    metrics,
    matchers,
    startMs,
    endMs,
    chunkMs: Math.max(1, Math.round((options.chunkS ?? 3600) * 1000)),
  };
  if (options.raw === true || !metrics.includes(ENERGY)) yield* readRawSamples(read, tally);
  else yield* readReduced(read, { base, log: context.log }, tally);

  if (tally.records === 0) {
    throw new InputError(`Prometheus at ${base} has no ${metrics.join(' or ')} samples${matchers ? ` matching ${matchers}` : ''} between ${new Date(startMs).toISOString()} and ${new Date(endMs).toISOString()}`, {
      hint: matchers ? 'check the selector against the series\' labels (e.g. in the Prometheus UI), and the window' : 'check that it scrapes the DCGM exporter, and the window (and its time zone)',
    });
  }
  if (tally.blanks > 0) context.log.warn(`${base}: dropped ${tally.blanks} samples holding a DCGM blank or NaN value; those readings are missing, which lowers coverage`);
  if (tally.unlabelled.size > 0) context.log.warn(`${base}: ${tally.unlabelled.size} series have no UUID or gpu label; their samples were left out`);
}

async function* readKeplerFamily(read: KeplerRead, context: { base: string; log: Logger }): AsyncGenerator<(EnergyRecord | PowerRecord)[]> {
  const tally = { records: 0 };
  yield* readKepler(read, context, tally);
  if (tally.records === 0) {
    const what = `${KEPLER_POD_CPU}{${read.matchers}}`;
    throw new InputError(`Prometheus at ${context.base} has no Kepler pod energy (${what}) between ${new Date(read.startMs).toISOString()} and ${new Date(read.endMs).toISOString()}`, {
      hint: read.matchers
        ? 'select pods by Kepler\'s own labels (0.10+: pod_namespace, pod_name, pod_id, node_name; 0.7: container_namespace, pod_name, instance), not the scrape\'s pod/namespace, which name the Kepler exporter; and check the window'
        : 'check that it scrapes Kepler (0.10+: kepler_pod_cpu_joules_total; 0.7: kepler_container_package_joules_total), and the window (and its time zone)',
    });
  }
}

/** The options checked before any query (the family, what it allows, the selector): the matchers, `{…}` or ''. */
function checkedMatchers(options: PrometheusSourceOptions): string {
  const family = options.family ?? 'dcgm';
  if (!PROMETHEUS_FAMILIES.includes(family)) {
    throw new InputError(`the Prometheus metric family ${JSON.stringify(family)} is not one carbon-ci reads`, { hint: `give ${PROMETHEUS_FAMILIES.join(' or ')}` });
  }
  if (family === 'kepler' && options.raw === true) {
    throw new InputError('raw samples are read for the DCGM family only; Kepler\'s counters are always reduced on the server', { hint: 'drop --prometheus-raw, or read --prometheus-metrics dcgm' });
  }
  return options.selector === undefined ? '' : `{${parseSelector(options.selector)}}`;
}

/** The Prometheus HTTP API as a record source of the pipeline (see readPrometheusApi). */
export function prometheusSource(options: PrometheusSourceOptions): RecordSource {
  // Checked when the source is made, before the files are read or a query is sent.
  const matchers = checkedMatchers(options);
  return {
    name: 'prometheus',
    location: redactUrl(options.url),
    read: (context) => readWithMatchers({ timeZone: () => context.localTimeZone(), ...options }, matchers, context),
  };
}
