// The power-rows kernel: the common case of PowerTrack.addSample for the rows of a `power-columns`
// record, compiled to WebAssembly (AssemblyScript; `npm run build:kernel` writes
// ../power-kernel.generated.ts). `../power-kernel.ts` copies the columns in and each track's state in
// and out.
//
// A row is taken only when PowerTrack.addSample would take it by its short path, and its segment
// either lies in the power series' current bucket or is split across buckets without the series
// having to grow its range past its capacity; the kernel then does what that path (and
// BucketSeries.addSplit) does, with the same floating-point operations in the same order, and lists
// the energy it adds to buckets in the LOG for the TypeScript side to add. Any other row stops it, and
// is left to addSample.
// Energy and utilisation are summed in whole units and added to the track's exact sums when the state
// is copied out: integer sums, exact in f64 for one load of rows (see MAX_ROW_UNITS), so the order of
// the additions does not matter.

// Memory layout, in bytes. The TypeScript side reads these exported globals.
/** Per index into the record's `devices`: the state slot of that device's track (-1: none here). */
export const SLOT_OF: i32 = 1024;
export const MAX_DEVICE_INDEX: i32 = 4096;
/** Per state slot (one per track), STATE_BYTES bytes at the offsets below. */
export const STATE: i32 = SLOT_OF + MAX_DEVICE_INDEX * 4;
export const MAX_SLOTS: i32 = 1024;
export const STATE_BYTES: i32 = 160;
/** The columns of the rows to add. */
export const MAX_ROWS: i32 = 8192;
export const IN_DEVICE: i32 = STATE + MAX_SLOTS * STATE_BYTES;
export const IN_TIME_MS: i32 = IN_DEVICE + MAX_ROWS * 4;
export const IN_POWER_W: i32 = IN_TIME_MS + MAX_ROWS * 8;
export const IN_UTILIZATION: i32 = IN_POWER_W + MAX_ROWS * 8;
/** Energy added to power-series buckets, one entry per addition: i32 slot, i32 bucket position, f64 whole units. */
export const LOG: i32 = IN_UTILIZATION + MAX_ROWS * 8;
export const MAX_LOG: i32 = 32768;
export const LOG_ENTRY_BYTES: i32 = 16;
export const MEMORY_BYTES: i32 = LOG + MAX_LOG * LOG_ENTRY_BYTES;
/** Where the number of LOG entries is kept. */
export const LOG_COUNT: i32 = 0;

// A slot's state: the track's fields that the short path reads or writes, the sums it adds since the
// state was copied in (whole units), and flags (i32).
export const LAST_MS: i32 = 0;
export const LAST_VALUE: i32 = 8;
export const CEILING_W: i32 = 16;
export const MAX_GAP_MS: i32 = 24;
export const PEAK_W: i32 = 32;
export const COVERED_MS: i32 = 40;
export const SAMPLES: i32 = 48;
export const UTILIZATION_COUNT: i32 = 56;
/** The power series' current bucket, [start, end] (ms). */
export const BUCKET_START_MS: i32 = 64;
export const BUCKET_END_MS: i32 = 72;
export const ENERGY_UNITS: i32 = 80;
export const UTILIZATION_UNITS: i32 = 88;
export const BUCKET_UNITS: i32 = 96;
/** 1 while the kernel may add the track's rows (it is not calibrating its maximum gap). */
export const READY: i32 = 104;
export const HAS_SERIES: i32 = 108;
/** 1 once the kernel added a row since the state was copied in. */
export const ACCEPTED: i32 = 112;
/** The power series: its step, first bucket index, bucket count and current bucket's position. */
export const SERIES_STEP_MS: i32 = 120;
export const SERIES_FIRST: i32 = 128;
export const SERIES_COUNT: i32 = 136;
export const CURRENT_POS: i32 = 144;

// BucketSeries' constants, given to `init`.
let fineStepMs: f64 = 0;
let maxFinePieces: f64 = 0;
let seriesCapacity: f64 = 0;

export function init(fineStep: f64, maxPieces: f64, capacity: f64): void {
  fineStepMs = fineStep;
  maxFinePieces = maxPieces;
  seriesCapacity = capacity;
}

/** Utilisation (0..1) in units of 1e-12 (PowerTrack's UTILIZATION_UNITS). */
const UTILIZATION_PER_UNIT: f64 = 1e12;
/**
 * Rows whose interval is larger than this many units (0.27 MJ) are left to addSample: the sums of
 * MAX_ROWS rows then stay below 2^53, where f64 holds every integer (as do utilisations: at most 1e12 each).
 */
const MAX_ROW_UNITS: f64 = 274877906944; // 2^38

/** JavaScript's Math.round: the nearest integer, halves towards +Infinity (f64.nearest takes the even one). */
function roundHalfUp(x: f64): f64 {
  const r = nearest(x);
  return x - r == 0.5 ? r + 1 : r;
}

/**
 * Add rows [from, rows) of the IN_ columns (the first `devices` indices have SLOT_OF entries) while
 * each is one the kernel takes; returns the first row it did not take (`rows` when it took them all).
 */
export function addRows(from: i32, rows: i32, devices: i32, hasUtilization: bool): i32 {
  for (let i = from; i < rows; i++) {
    const d = load<u32>(IN_DEVICE + i * 4);
    if (d >= <u32>devices) return i;
    const k = load<i32>(SLOT_OF + <i32>d * 4);
    if (k < 0) return i;
    const s = STATE + k * STATE_BYTES;
    if (load<i32>(s + READY) == 0) return i;
    const t = load<f64>(IN_TIME_MS + i * 8);
    const w = load<f64>(IN_POWER_W + i * 8);
    const u = hasUtilization ? load<f64>(IN_UTILIZATION + i * 8) : NaN;
    const t0 = load<f64>(s + LAST_MS);
    const dt = t - t0;
    if (!(w >= 0 && w <= load<f64>(s + CEILING_W) && dt > 0 && dt <= load<f64>(s + MAX_GAP_MS) && dt < Infinity && (u != u || (u >= 0 && u <= 1)))) return i;
    const w0 = load<f64>(s + LAST_VALUE);
    const units = roundHalfUp((w0 + w) * dt * 500);
    if (!(units <= MAX_ROW_UNITS)) return i;
    const hasSeries = load<i32>(s + HAS_SERIES) != 0;
    const inBucket = !hasSeries || (t0 >= load<f64>(s + BUCKET_START_MS) && t <= load<f64>(s + BUCKET_END_MS));
    if (!inBucket && !split(k, s, t0, w0, t, w, units)) return i;
    if (u == u) {
      store<f64>(s + UTILIZATION_UNITS, load<f64>(s + UTILIZATION_UNITS) + roundHalfUp(u * UTILIZATION_PER_UNIT));
      store<f64>(s + UTILIZATION_COUNT, load<f64>(s + UTILIZATION_COUNT) + 1);
    }
    if (w > load<f64>(s + PEAK_W)) store<f64>(s + PEAK_W, w);
    store<f64>(s + LAST_MS, t);
    store<f64>(s + LAST_VALUE, w);
    store<f64>(s + SAMPLES, load<f64>(s + SAMPLES) + 1);
    store<f64>(s + ENERGY_UNITS, load<f64>(s + ENERGY_UNITS) + units);
    store<f64>(s + COVERED_MS, load<f64>(s + COVERED_MS) + dt);
    if (hasSeries && inBucket) store<f64>(s + BUCKET_UNITS, load<f64>(s + BUCKET_UNITS) + units);
    store<i32>(s + ACCEPTED, 1);
  }
  return rows;
}

/** BucketSeries' lastIndex: the last bucket of `stepMs` that [startMs, endMs] touches. */
function lastIndex(startMs: f64, endMs: f64, stepMs: f64): f64 {
  return endMs > startMs ? Math.ceil(endMs / stepMs) - 1 : Math.floor(startMs / stepMs);
}

function log(k: i32, pos: f64, units: f64): void {
  const n = load<i32>(LOG_COUNT);
  const entry = LOG + n * LOG_ENTRY_BYTES;
  store<i32>(entry, k);
  store<i32>(entry + 4, <i32>pos);
  store<f64>(entry + 8, units);
  store<i32>(LOG_COUNT, n + 1);
}

/**
 * BucketSeries.addSplit of the segment (t0, p0) to (t1, p1) of `units` for slot `k`, when the series
 * has buckets and holds the segment without growing past its capacity; false (having changed
 * nothing) otherwise, or when the LOG has no room for its pieces.
 */
function split(k: i32, s: i32, t0: f64, p0: f64, t1: f64, p1: f64, units: f64): bool {
  const step = load<f64>(s + SERIES_STEP_MS);
  const base = load<f64>(s + SERIES_FIRST);
  const count = load<f64>(s + SERIES_COUNT);
  // ensureRange, when it neither starts the series, moves its first bucket nor coarsens it.
  if (count == 0 || Math.floor(t0 / step) < base) return false;
  const newHi = Math.max(base + count - 1, lastIndex(t0, t1, step));
  if (newHi - base + 1 > seriesCapacity) return false;
  const fine = lastIndex(t0, t1, fineStepMs) - Math.floor(t0 / fineStepMs) + 1 <= maxFinePieces ? fineStepMs : step;
  const i0 = Math.floor(t0 / fine);
  const i1 = lastIndex(t0, t1, fine);
  if (<f64>load<i32>(LOG_COUNT) + (i1 - i0) + 2 > <f64>MAX_LOG) return false;
  store<f64>(s + SERIES_COUNT, newHi - base + 1);
  // The current bucket's energy so far, before the current bucket moves.
  const pending = load<f64>(s + BUCKET_UNITS);
  if (pending != 0) log(k, load<f64>(s + CURRENT_POS), pending);
  store<f64>(s + BUCKET_UNITS, 0);
  let rest = units;
  if (i0 != i1) {
    // Each piece gets the integral of the segment over it, in whole units; the last takes the rest.
    const slope = (p1 - p0) / (t1 - t0);
    const twiceTotal = (p0 + p1) * (t1 - t0);
    for (let i = i0; i < i1; i++) {
      const a = Math.max(t0, i * fine);
      const b = (i + 1) * fine;
      const twicePiece = (2 * p0 + slope * (a - t0 + b - t0)) * (b - a);
      const share = twiceTotal > 0 ? Math.min(rest, roundHalfUp((twicePiece / twiceTotal) * units)) : 0;
      log(k, Math.floor(a / step) - base, share);
      rest -= share;
    }
  }
  const last = Math.floor(Math.max(t0, i1 * fine) / step) - base;
  log(k, last, rest);
  store<f64>(s + CURRENT_POS, last);
  store<f64>(s + BUCKET_START_MS, (last + base) * step);
  store<f64>(s + BUCKET_END_MS, (last + base + 1) * step);
  return true;
}
