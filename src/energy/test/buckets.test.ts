import { describe, expect, it } from 'vitest';
import { BucketSeries, SERIES_CAPACITY, stepMsAt } from '../buckets.js';
import { rng } from './generate.js';

describe('BucketSeries', () => {
  it('has a step ladder where each step divides the next', () => {
    for (let level = 0; level < 20; level++) expect(stepMsAt(level + 1) % stepMsAt(level)).toBe(0);
    expect([0, 1, 2, 3, 4, 5].map(stepMsAt)).toEqual([1000, 5000, 10_000, 30_000, 60_000, 300_000]);
  });

  it('splits a linear segment exactly across buckets', () => {
    const s = new BucketSeries();
    // 0 W at t=0 rising to 100 W at t=2 s: 100 J, of which 25 J in the first second and 75 J in the second.
    s.addLinear(0, 0, 2000, 100, 100);
    const buckets: [number, number][] = [];
    s.forEach((start, _step, joules) => buckets.push([start, joules]));
    expect(buckets).toEqual([
      [0, 25],
      [1000, 75],
    ]);
  });

  it('spreads a level segment over the seconds it touches as the piece-by-piece rule does', () => {
    // The rule, written plainly: each 1 s piece gets round(its share of the time × units), never more
    // than is left, and the last piece gets the rest.
    const expected = (t0: number, t1: number, units: number) => {
      const out = new Map<number, number>();
      let rest = units;
      const last = Math.ceil(t1 / 1000) - 1;
      for (let i = Math.floor(t0 / 1000); i < last; i++) {
        const a = Math.max(t0, i * 1000);
        const share = Math.min(rest, Math.round(((2 * ((i + 1) * 1000 - a)) / (2 * (t1 - t0))) * units));
        out.set(i * 1000, share);
        rest -= share;
      }
      out.set(last * 1000, rest);
      return [...out];
    };
    const r = rng(7);
    for (let k = 0; k < 2000; k++) {
      const t0 = 1.7e12 + Math.floor(r() * 1e6) + (r() < 0.5 ? r() : 0);
      const t1 = t0 + 1 + r() * 600_000;
      const units = Math.floor(r() * 1e9);
      const s = new BucketSeries();
      s.addUniform(t0, t1, units);
      const buckets: [number, number][] = [];
      s.forEach((start, _step, u) => buckets.push([start, u]));
      expect(buckets, `${t0} ${t1} ${units}`).toEqual(expected(t0, t1, units));
    }
  });

  it('adds a level segment to a coarsened series as the sum of its 1 s pieces, bucket by bucket', () => {
    const pieces = (t0: number, t1: number, units: number) => {
      const out: [number, number][] = [];
      let rest = units;
      const last = Math.ceil(t1 / 1000) - 1;
      for (let i = Math.floor(t0 / 1000); i < last; i++) {
        const a = Math.max(t0, i * 1000);
        const share = Math.min(rest, Math.round(((2 * ((i + 1) * 1000 - a)) / (2 * (t1 - t0))) * units));
        out.push([i * 1000, share]);
        rest -= share;
      }
      out.push([last * 1000, rest]);
      return out;
    };
    const energyOf = (s: BucketSeries) => {
      const out = new Map<number, number>();
      s.forEach((start, _step, u) => out.set(start, u));
      return out;
    };
    const r = rng(11);
    let coarse = 0;
    for (let k = 0; k < 1500; k++) {
      const origin = 1.7e12 + Math.floor(r() * 1e6);
      const s = new BucketSeries();
      // Two empty marks far apart make the series coarsen to steps of seconds to hours.
      s.addUniform(origin, origin + 1, 0);
      s.addUniform(origin + 1000 * Math.floor(r() * 4e6), origin + 1000 * Math.floor(r() * 4e6) + 1, 0);
      const t0 = origin + Math.floor(r() * 1e6) + (r() < 0.5 ? r() : 0);
      const t1 = t0 + 1 + r() * (r() < 0.5 ? 30_000 : 3_000_000);
      // Units from 0 up: the small ones make the rounded shares run out before the last piece.
      const units = Math.floor(r() * 10 ** Math.floor(r() * 10));
      const before = energyOf(s);
      const step = s.stepMs;
      s.addUniform(t0, t1, units);
      if (s.stepMs !== step) continue;
      if (step > 1000) coarse++;
      const expected = new Map<number, number>();
      for (const [start, u] of pieces(t0, t1, units)) {
        const bucket = Math.floor(start / step) * step;
        expected.set(bucket, (expected.get(bucket) ?? 0) + u);
      }
      const added = [...energyOf(s)]
        .filter(([start, u]) => u !== (before.get(start) ?? 0) || expected.has(start))
        .map(([start, u]) => [start, u - (before.get(start) ?? 0)]);
      expect(added.sort((a, b) => a[0]! - b[0]!), `${t0} ${t1} ${units} step ${step}`).toEqual([...expected].sort((a, b) => a[0] - b[0]));
    }
    expect(coarse).toBeGreaterThan(1000);
  });

  it('keeps the total and stays within its capacity while coarsening, whatever the order of adds', () => {
    const r = rng(99);
    const s = new BucketSeries();
    let total = 0;
    let t = 1.7e12;
    for (let i = 0; i < 20_000; i++) {
      const dt = 1 + Math.floor(r() * 5000);
      const joules = r() * 1000;
      if (r() < 0.1) s.addUniform(t - 3_600_000 * r(), t, joules);
      else s.addLinear(t, r() * 300, t + dt, r() * 300, joules);
      total += joules;
      t += dt;
    }
    let sum = 0;
    s.forEach((start, step, joules) => {
      expect(start % step).toBe(0);
      sum += joules;
    });
    expect(s.count).toBeLessThanOrEqual(SERIES_CAPACITY);
    expect(s.stepMs).toBeGreaterThan(1000);
    expect(sum / total).toBeCloseTo(1, 12);
  });
});

describe('BucketSeries memory', () => {
  it('keeps a short series short: thousands of short files must not each hold a full series', () => {
    const series = new BucketSeries();
    for (let s = 0; s < 20; s++) series.addLinear(1e12 + s * 1000, 250, 1e12 + (s + 1) * 1000, 250, 250_000_000);
    expect(series.energyUnits.length).toBeLessThanOrEqual(32);
    for (let s = 20; s < 5000; s++) series.addLinear(1e12 + s * 1000, 250, 1e12 + (s + 1) * 1000, 250, 250_000_000);
    expect(series.energyUnits.length).toBeLessThanOrEqual(SERIES_CAPACITY);
    let total = 0;
    series.forEach((_start, _step, units) => (total += units));
    expect(total).toBe(5000 * 250_000_000);
  });
});
