import type { HourlyEnergy, PowerSeries } from './types.js';
import { bucketsSpanned, stepMsAt } from './buckets.js';
import type { Track } from './combine.js';
import { UNITS_PER_J } from './exact-sum.js';
import { HOUR_MS } from '../shared/units.js';

/** The chart never has more points than this. */
export const MAX_SERIES_POINTS = 240;

/**
 * Total power of all devices over [startMs, endMs] for the chart: the step is the smallest of the
 * ladder (1 s, 5 s, 10 s, 30 s, 1 min, 5 min, 10 min, 30 min, 1 h, 3 h, 6 h, 12 h, 1 d, 2 d, ...) that
 * keeps the chart within MAX_SERIES_POINTS; each point is the energy integrated in its step divided by
 * the step (W), so that sum(powerW) x stepS is the total energy; null where no device had data.
 */
export function buildPowerSeries(tracks: Track[], startMs: number, endMs: number): PowerSeries | undefined {
  if (!(endMs >= startMs)) return undefined;
  let level = 0;
  while (bucketsSpanned(startMs, endMs, stepMsAt(level)) > MAX_SERIES_POINTS) level += 1;
  const stepMs = stepMsAt(level);
  const firstIdx = Math.floor(startMs / stepMs);
  const points = bucketsSpanned(startMs, endMs, stepMs);
  const energyUnits = new Float64Array(points);
  const touched = new Uint8Array(points);
  for (const track of tracks) {
    track.series?.forEach((bucketStartMs, _bucketStepMs, units) => {
      const i = Math.min(points - 1, Math.max(0, Math.floor(bucketStartMs / stepMs) - firstIdx));
      energyUnits[i]! += units;
      touched[i] = 1;
    });
  }
  const stepS = stepMs / 1000;
  const powerW: (number | null)[] = [];
  for (let i = 0; i < points; i++) powerW.push(touched[i] === 1 ? energyUnits[i]! / UNITS_PER_J / stepS : null);
  return { stepS, start: new Date(firstIdx * stepMs).toISOString(), powerW };
}

/**
 * A device's energy per UTC hour, from the series of the tracks that make its energy, for pricing each hour
 * at its own grid intensity. Undefined when a series is coarser than an hour (a job of more than ~42 days)
 * or missing: its buckets no longer fall inside single hours.
 */
export function buildHourlyEnergy(tracks: Track[]): HourlyEnergy | undefined {
  const byHour = new Map<number, number>();
  for (const track of tracks) {
    if (!track.series || track.series.stepMs > HOUR_MS) return undefined;
    track.series.forEach((bucketStartMs, _stepMs, units) => {
      const hour = Math.floor(bucketStartMs / HOUR_MS) * HOUR_MS;
      byHour.set(hour, (byHour.get(hour) ?? 0) + units);
    });
  }
  if (byHour.size === 0) return undefined;
  const hours = [...byHour.keys()].sort((a, b) => a - b);
  const startMs = hours[0]!;
  const energyJ = new Array<number>((hours[hours.length - 1]! - startMs) / HOUR_MS + 1).fill(0);
  for (const [hour, units] of byHour) energyJ[(hour - startMs) / HOUR_MS] = units / UNITS_PER_J;
  return { startMs, energyJ };
}
