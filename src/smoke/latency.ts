export interface LatencyStats {
  mean: number;
  p50: number;
  p95: number;
}

/** Mean and percentiles (linear interpolation between closest ranks) of the durations, in ms. */
export function latencyStats(durationsMs: readonly number[]): LatencyStats {
  if (durationsMs.length === 0) return { mean: 0, p50: 0, p95: 0 };
  const sorted = [...durationsMs].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return { mean, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

function percentile(sorted: readonly number[], q: number): number {
  const rank = q * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (rank - below);
}
