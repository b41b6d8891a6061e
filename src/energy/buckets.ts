/** Chart steps (s). Each divides the next, so that buckets merge exactly; past a day the step doubles. */
const STEP_LADDER_S = [1, 5, 10, 30, 60, 300, 600, 1800, 3600, 10_800, 21_600, 43_200, 86_400];
const DAY_MS = 86_400_000;

/** Segments are cut into pieces on this step, whatever a series' own step... */
export const FINE_STEP_MS = 1000;
/** ...unless that would make more pieces than this (a long interval record): then on the series' step. */
export const MAX_FINE_PIECES = 3600;

/** Buckets one series keeps before it coarsens; well above the chart's 240 points, so a series is never coarser than the chart. */
export const SERIES_CAPACITY = 1024;
/** Buckets a series starts with: a short file (one of thousands, say) keeps a short series. */
const INITIAL_CAPACITY = 16;

export function stepMsAt(level: number): number {
  if (level < STEP_LADDER_S.length) return STEP_LADDER_S[level]! * 1000;
  return DAY_MS * 2 ** (level - STEP_LADDER_S.length + 1);
}

/** The first bucket and the last one that a span [startMs, endMs] touches; a point lies in the bucket that starts at or before it. */
function firstIndex(startMs: number, stepMs: number): number {
  return Math.floor(startMs / stepMs);
}
function lastIndex(startMs: number, endMs: number, stepMs: number): number {
  return endMs > startMs ? Math.ceil(endMs / stepMs) - 1 : Math.floor(startMs / stepMs);
}

/** The number of buckets of `stepMs` that [startMs, endMs] touches. */
export function bucketsSpanned(startMs: number, endMs: number, stepMs: number): number {
  return lastIndex(startMs, endMs, stepMs) - firstIndex(startMs, stepMs) + 1;
}

/**
 * Energy over time at a fixed resolution aligned on the epoch: bucket i covers [i*step, (i+1)*step).
 * Memory is bounded: when a series would need more than SERIES_CAPACITY buckets it merges them into
 * the next step of the ladder. Energy is split across buckets exactly (a linear power segment is
 * integrated piece by piece), and the pieces of one add sum to what was added.
 */
export class BucketSeries {
  level = 0;
  stepMs = stepMsAt(0);
  firstIdx = 0;
  count = 0;
  /** Energy per bucket in whole microjoules (integers, so that merging buckets is exact). */
  energyUnits = new Float64Array(INITIAL_CAPACITY);
  touched = new Uint8Array(INITIAL_CAPACITY);
  /** The bucket the last add ended in: most adds fall inside it. */
  private curStartMs = Infinity;
  private curEndMs = -Infinity;
  private curPos = 0;

  /** A linear power segment p0 -> p1 over [t0, t1] whose integral is `units` (whole microjoules). */
  addLinear(t0: number, p0: number, t1: number, p1: number, units: number): void {
    if (t0 >= this.curStartMs && t1 <= this.curEndMs) {
      this.energyUnits[this.curPos]! += units;
      return;
    }
    this.addSplit(t0, p0, t1, p1, units);
  }

  /** `units` (whole microjoules) spread evenly over [t0, t1] (a point when t0 === t1). */
  addUniform(t0: number, t1: number, units: number): void {
    if (t0 >= this.curStartMs && t1 <= this.curEndMs) {
      this.energyUnits[this.curPos]! += units;
      return;
    }
    this.addSplit(t0, 1, t1, 1, units);
  }

  /** The bucket the last add ended in (its position, and [start, end] in ms): `addLinear` adds a segment inside it there directly. Empty (start > end) before any add. */
  get currentPos(): number {
    return this.curPos;
  }
  get currentStartMs(): number {
    return this.curStartMs;
  }
  get currentEndMs(): number {
    return this.curEndMs;
  }

  /** Whole microjoules added to bucket `pos` (within `count`), which becomes touched. */
  addAt(pos: number, units: number): void {
    this.energyUnits[pos]! += units;
    this.touched[pos] = 1;
  }

  /** Make bucket `pos` (within `count`) the current one. */
  moveCurrentTo(pos: number): void {
    this.curPos = pos;
    this.curStartMs = (pos + this.firstIdx) * this.stepMs;
    this.curEndMs = (pos + this.firstIdx + 1) * this.stepMs;
  }

  /** Calls `visit` for every touched bucket, with its start and energy in whole microjoules. */
  forEach(visit: (startMs: number, stepMs: number, units: number) => void): void {
    for (let i = 0; i < this.count; i++) {
      if (this.touched[i] === 1) visit((this.firstIdx + i) * this.stepMs, this.stepMs, this.energyUnits[i]!);
    }
  }

  /**
   * Split a segment across buckets. The pieces are cut on the finest step (1 s) whatever this
   * series' step, so that they do not depend on how far the series has coarsened: a series that
   * read part of a file, once merged, holds the same integers as one that read it whole.
   */
  private addSplit(t0: number, p0: number, t1: number, p1: number, units: number): void {
    this.ensureRange(t0, t1);
    const step = this.stepMs;
    const base = this.firstIdx;
    const fine = bucketsSpanned(t0, t1, FINE_STEP_MS) <= MAX_FINE_PIECES ? FINE_STEP_MS : step;
    const i0 = firstIndex(t0, fine);
    const i1 = lastIndex(t0, t1, fine);
    if (i0 !== i1) {
      // Each piece gets the integral of the segment over it, in whole units; the last takes the rest.
      const slope = (p1 - p0) / (t1 - t0);
      const twiceTotal = (p0 + p1) * (t1 - t0);
      let rest = units;
      for (let i = i0; i < i1; i++) {
        const a = Math.max(t0, i * fine);
        const b = (i + 1) * fine;
        const twicePiece = (2 * p0 + slope * (a - t0 + b - t0)) * (b - a);
        // Never more than is left: the last piece cannot go negative.
        const share = twiceTotal > 0 ? Math.min(rest, Math.round((twicePiece / twiceTotal) * units)) : 0;
        const pos = Math.floor(a / step) - base;
        this.energyUnits[pos]! += share;
        this.touched[pos] = 1;
        rest -= share;
        if (slope === 0 && i + 1 < i1) {
          // A level segment: every whole piece after the first gets the same share, as computed above
          // with b - a = fine and slope 0 (the same operations, so the same rounding).
          rest = this.addLevelPieces(i + 1, i1, fine, twiceTotal > 0 ? Math.round((((2 * p0 + 0) * fine) / twiceTotal) * units) : 0, rest);
          break;
        }
      }
      units = rest;
    }
    const last = Math.floor(Math.max(t0, i1 * fine) / step) - base;
    this.addAt(last, units);
    this.moveCurrentTo(last);
  }

  /**
   * Pieces i0 to i1 - 1 (whole pieces of `fine` ms) of `share` units each while `rest` lasts; returns
   * what is left. The pieces that fall in one bucket are added at once where `rest` covers them all:
   * whole units, so the bucket holds the same integer as when they are added one by one.
   */
  private addLevelPieces(i0: number, i1: number, fine: number, share: number, rest: number): number {
    const step = this.stepMs;
    const base = this.firstIdx;
    for (let i = i0; i < i1; ) {
      const bucket = Math.floor((i * fine) / step);
      // Steps are whole multiples of the fine step: the bucket's pieces end where the next bucket starts.
      const end = Math.min(i1, ((bucket + 1) * step) / fine);
      const pos = bucket - base;
      const all = (end - i) * share;
      if (rest >= all) {
        this.energyUnits[pos]! += all;
        rest -= all;
      } else {
        for (let k = i; k < end; k++) {
          const given = Math.min(rest, share);
          this.energyUnits[pos]! += given;
          rest -= given;
        }
      }
      this.touched[pos] = 1;
      i = end;
    }
    return rest;
  }

  private ensureRange(t0: number, t1: number): void {
    for (;;) {
      const step = this.stepMs;
      const lo = firstIndex(t0, step);
      const hi = lastIndex(t0, t1, step);
      const newLo = this.count === 0 ? lo : Math.min(this.firstIdx, lo);
      const newHi = this.count === 0 ? hi : Math.max(this.firstIdx + this.count - 1, hi);
      if (newHi - newLo + 1 <= SERIES_CAPACITY) {
        this.reserve(newHi - newLo + 1);
        if (this.count === 0) {
          this.firstIdx = newLo;
        } else if (newLo < this.firstIdx) {
          const shift = this.firstIdx - newLo;
          this.energyUnits.copyWithin(shift, 0, this.count);
          this.touched.copyWithin(shift, 0, this.count);
          this.energyUnits.fill(0, 0, shift);
          this.touched.fill(0, 0, shift);
          this.firstIdx = newLo;
          this.curStartMs = Infinity;
          this.curEndMs = -Infinity;
        }
        this.count = newHi - this.firstIdx + 1;
        return;
      }
      this.coarsen();
    }
  }

  /** Room for `size` buckets (at most SERIES_CAPACITY), the buckets kept. */
  private reserve(size: number): void {
    if (size <= this.energyUnits.length) return;
    const capacity = Math.min(SERIES_CAPACITY, Math.max(size, this.energyUnits.length * 2));
    const energyUnits = new Float64Array(capacity);
    const touched = new Uint8Array(capacity);
    energyUnits.set(this.energyUnits);
    touched.set(this.touched);
    this.energyUnits = energyUnits;
    this.touched = touched;
  }

  private coarsen(): void {
    const ratio = stepMsAt(this.level + 1) / this.stepMs;
    const newFirst = Math.floor(this.firstIdx / ratio);
    let newCount = 0;
    for (let i = 0; i < this.count; i++) {
      const energy = this.energyUnits[i]!;
      const touched = this.touched[i]!;
      this.energyUnits[i] = 0;
      this.touched[i] = 0;
      const pos = Math.floor((this.firstIdx + i) / ratio) - newFirst;
      this.energyUnits[pos]! += energy;
      this.touched[pos]! |= touched;
      newCount = pos + 1;
    }
    this.level += 1;
    this.stepMs = stepMsAt(this.level);
    this.firstIdx = newFirst;
    this.count = newCount;
    this.curStartMs = Infinity;
    this.curEndMs = -Infinity;
  }
}
