import type { EnergyCounterRecord, PowerRecord } from 'carbon-ci';
import { DCGM_BLANK_MIN, type DeviceRegistry } from '../dcgm/devices.js';
import { QueryTooLargeError, type PrometheusApi } from './api.js';

export const POWER = 'DCGM_FI_DEV_POWER_USAGE';
export const ENERGY = 'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION';
export type Metric = typeof POWER | typeof ENERGY;
export type DcgmRecord = PowerRecord | EnergyCounterRecord;

/** A slice is split in two at most this many times when the server finds it too large. */
const MAX_SPLITS = 6;

/** One value as DCGM wrote it, or undefined for its blanks (2^47 and above) and NaN. */
export function dcgmValue(text: string): number | undefined {
  const value = Number(text);
  return Number.isFinite(value) && value < DCGM_BLANK_MIN ? value : undefined;
}

export interface RawRead {
  api: PrometheusApi;
  signal: AbortSignal;
  devices: DeviceRegistry;
  metrics: Metric[];
  /** `{…}` or '' */
  matchers: string;
  startMs: number;
  endMs: number;
  chunkMs: number;
  /** Only these GPUs' samples (by id); all when absent. */
  only?: Set<string>;
}

export interface RawTally {
  records: number;
  blanks: number;
  /** Series with neither a UUID nor a gpu label: their samples cannot be told apart, so they are left out. */
  unlabelled: Set<string>;
}

/** One series' samples in a slice, and how one of them becomes a record. */
export interface SliceSeries<R> {
  times: number[];
  values: number[];
  record: (timeMs: number, value: number) => R;
}

/** The window to read raw, in slices of `chunkMs`. */
export interface RawWindow {
  signal: AbortSignal;
  startMs: number;
  endMs: number;
  chunkMs: number;
}

/**
 * Every sample of the window as scraped, slice by slice, per series key in time order, once each.
 *
 * Each slice is one instant query per metric with a range selector (`METRIC[<slice>ms]` at the slice's end,
 * made by `fetchSlice`), which returns the samples with their own timestamps. `query_range` is not used for raw
 * samples: it resamples at its step and repeats a series' last value for up to 5 minutes after it ends, which
 * would bridge gaps silently. A slice that the server refuses as too large is split in two and asked again.
 */
export async function* readSlices<R>(window: RawWindow, fetchSlice: (sliceStart: number, sliceEnd: number) => Promise<Map<string, SliceSeries<R>>>): AsyncGenerator<R[]> {
  const lastEmitted = new Map<string, number>();
  const slices: [number, number, number][] = [];
  for (let from = window.startMs; from < window.endMs; from += window.chunkMs) slices.push([from, Math.min(window.endMs, from + window.chunkMs), 0]);
  while (slices.length > 0) {
    window.signal.throwIfAborted();
    const [sliceStart, sliceEnd, splits] = slices.shift()!;
    let byKey: Map<string, SliceSeries<R>>;
    try {
      byKey = await fetchSlice(sliceStart, sliceEnd);
    } catch (error) {
      if (!(error instanceof QueryTooLargeError) || splits >= MAX_SPLITS || sliceEnd - sliceStart < 2000) throw error;
      const middle = Math.round((sliceStart + sliceEnd) / 2);
      slices.unshift([sliceStart, middle, splits + 1], [middle, sliceEnd, splits + 1]);
      continue;
    }
    const records: R[] = [];
    for (const [key, { times, values, record }] of byKey) {
      const order = times.map((_, i) => i).sort((a, b) => times[a]! - times[b]! || a - b);
      let last = lastEmitted.get(key) ?? Number.NEGATIVE_INFINITY;
      for (const i of order) {
        const timeMs = times[i]!;
        if (timeMs <= last || timeMs < window.startMs) continue;
        last = timeMs;
        records.push(record(timeMs, values[i]!));
      }
      lastEmitted.set(key, last);
    }
    if (records.length > 0) yield records;
  }
}

/** Every DCGM sample of the window as scraped (readSlices), per GPU. */
export async function* readRawSamples(read: RawRead, tally: RawTally): AsyncGenerator<DcgmRecord[]> {
  for await (const records of readSlices(read, (sliceStart, sliceEnd) => fetchSlice(read, tally, sliceStart, sliceEnd))) {
    tally.records += records.length;
    yield records;
  }
}

async function fetchSlice(read: RawRead, tally: RawTally, sliceStart: number, sliceEnd: number): Promise<Map<string, SliceSeries<DcgmRecord>>> {
  const byKey = new Map<string, SliceSeries<DcgmRecord>>();
  let blanks = 0;
  for (const metric of read.metrics) {
    const series = await read.api.instant(`${metric}${read.matchers}[${sliceEnd - sliceStart}ms]`, sliceEnd / 1000);
    for (const { metric: labels, values } of series) {
      const device = read.devices.ofLabels(labels);
      if (!device) {
        tally.unlabelled.add(JSON.stringify(labels));
        continue;
      }
      if (read.only && !read.only.has(device.id)) continue;
      const key = `${metric}\u0000${device.id}`;
      let entry = byKey.get(key);
      if (!entry) {
        const record = (timeMs: number, value: number): DcgmRecord => (metric === POWER ? { type: 'power', timeMs, device, powerW: value } : { type: 'energy-counter', timeMs, device, counterJ: value / 1000 });
        byKey.set(key, (entry = { times: [], values: [], record }));
      }
      for (const [timeS, text] of values) {
        const value = dcgmValue(text);
        if (value === undefined) {
          blanks++;
          continue;
        }
        entry.times.push(Math.round(timeS * 1000));
        entry.values.push(value);
      }
    }
  }
  // Counted once the slice is in hand: a slice asked again in halves is not counted twice.
  tally.blanks += blanks;
  return byKey;
}
