import { describe, expect, it } from 'vitest';
import { latencyStats } from '../latency.js';

describe('latencyStats', () => {
  it('gives the mean and interpolated percentiles', () => {
    const stats = latencyStats([5, 1, 4, 2, 3]);
    expect(stats.mean).toBe(3);
    expect(stats.p50).toBe(3);
    expect(stats.p95).toBeCloseTo(4.8, 10);
  });

  it('is zero for no runs', () => {
    expect(latencyStats([])).toEqual({ mean: 0, p50: 0, p95: 0 });
  });
});
