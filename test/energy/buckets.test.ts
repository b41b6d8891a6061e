import { describe, expect, it } from 'vitest';
import { BucketSeries, SERIES_CAPACITY, stepMsAt } from '../../src/energy/buckets.js';
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
