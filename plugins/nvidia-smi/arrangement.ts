// Logs without an index, uuid or bus id column: are the rows one GPU's, or several GPUs' interleaved?

/** How the rows of a log without a device column are arranged. */
export type Arrangement =
  /** One GPU. `closeMs`: consecutive rows closer than this would mean interleaving (checked while reading). */
  | { kind: 'single'; closeMs: number }
  /** `gpus` rows per sample, in the same order each time; rows less than `sampleGapMs` apart share a sample. */
  | { kind: 'interleaved'; gpus: number; sampleGapMs: number }
  | { kind: 'irregular'; reason: string };

/** Two delta values this far apart (ratio) split "same sample" from "next sample". */
const SPLIT_RATIO = 3;
/** Deltas below this are jitter within one sample whatever their ratio. */
const JITTER_FLOOR_MS = 2;
/** Share of samples that must have the same number of rows. */
const CONSISTENT_SHARE = 0.9;
/** Share of a single GPU's intervals that must lie within ±25% of the median interval. */
const REGULAR_SHARE = 0.8;
/** More rows than this per sample is not one node's GPUs. */
const MAX_GPUS = 64;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Sizes of runs of rows whose consecutive timestamps are less than `gapMs` apart; the last run may be cut short. */
function sampleSizes(deltas: Float64Array, gapMs: number): number[] {
  const sizes: number[] = [];
  let size = 1;
  for (const d of deltas) {
    if (d < 0 || d >= gapMs) {
      sizes.push(size);
      size = 1;
    } else size++;
  }
  sizes.push(size);
  return sizes;
}

/**
 * The number of rows per sample if (nearly) all samples have it. The last sample, which the end of the
 * head may cut, does not count, except that two samples alone must match exactly.
 */
function consistentSampleSize(sizes: number[]): number | undefined {
  if (sizes.length < 2) return undefined;
  if (sizes.length === 2) return sizes[0] === sizes[1] && sizes[0]! <= MAX_GPUS ? sizes[0] : undefined;
  const { mode, share } = modeShare(sizes.slice(0, -1));
  return share >= CONSISTENT_SHARE && mode <= MAX_GPUS ? mode : undefined;
}

function modeShare(sizes: number[]): { mode: number; share: number } {
  const counts = new Map<number, number>();
  for (const s of sizes) counts.set(s, (counts.get(s) ?? 0) + 1);
  let mode = 0;
  let best = 0;
  for (const [size, count] of counts) {
    if (count > best || (count === best && size < mode)) {
      mode = size;
      best = count;
    }
  }
  return { mode, share: best / sizes.length };
}

/**
 * Classify the first rows of a log from their timestamps (UTC ms, file order) and power (W, NaN where
 * missing). Several GPUs' rows show up as samples of N rows a few ms apart (or at the same instant),
 * separated by the sampling interval. A single GPU's rows are spaced evenly. Anything else, and a
 * power series that zigzags with a period of a few rows, is irregular: the reader refuses it.
 */
export function classifyRows(timesMs: readonly number[], powersW: readonly number[]): Arrangement {
  const n = timesMs.length;
  if (n < 2) return { kind: 'single', closeMs: 0 };
  const deltas = new Float64Array(n - 1);
  for (let i = 1; i < n; i++) deltas[i - 1] = timesMs[i]! - timesMs[i - 1]!;
  if (deltas.every((d) => d === 0)) return { kind: 'interleaved', gpus: n, sampleGapMs: 1 };

  const distinct = [...new Set(deltas.filter((d) => d >= 0))].sort((a, b) => a - b);
  let closeMs = Number.NaN;
  for (let j = 0; j + 1 < distinct.length; j++) {
    const low = Math.max(distinct[j]!, JITTER_FLOOR_MS);
    const high = distinct[j + 1]!;
    if (high / low < SPLIT_RATIO) continue;
    const gapMs = Math.sqrt(low * high);
    const mode = consistentSampleSize(sampleSizes(deltas, gapMs));
    if (mode === undefined) continue;
    if (mode > 1) return { kind: 'interleaved', gpus: mode, sampleGapMs: gapMs };
    closeMs = gapMs;
    break;
  }

  const positive = [...deltas.filter((d) => d > 0)];
  const interval = median(positive);
  const regular = positive.filter((d) => Math.abs(d - interval) <= 0.25 * interval).length / Math.max(1, deltas.length);
  if (regular < REGULAR_SHARE) {
    return {
      kind: 'irregular',
      reason: `the time between rows varies irregularly (only ${Math.round(regular * 100)}% of intervals are within 25% of the median ${Math.round(interval)} ms), as when several GPUs or loggers write to one file`,
    };
  }
  const period = zigzagPeriod(powersW);
  if (period > 1) {
    return {
      kind: 'irregular',
      reason: `power alternates with a period of ${period} rows, as when ${period} GPUs' rows are interleaved`,
    };
  }
  return { kind: 'single', closeMs: Number.isNaN(closeMs) ? interval / 4 : closeMs };
}

/** A lag k (2..16) at which rows are far more alike than neighbours are, or 0. Needs 64 readings. */
function zigzagPeriod(powersW: readonly number[]): number {
  const values = powersW.filter((p) => Number.isFinite(p));
  if (values.length < 64) return 0;
  const meanLagDiff = (lag: number) => {
    let sum = 0;
    for (let i = lag; i < values.length; i++) sum += Math.abs(values[i]! - values[i - lag]!);
    return sum / (values.length - lag);
  };
  const neighbours = meanLagDiff(1);
  if (neighbours <= 10) return 0;
  for (let lag = 2; lag <= 16; lag++) if (meanLagDiff(lag) < 0.3 * neighbours) return lag;
  return 0;
}
