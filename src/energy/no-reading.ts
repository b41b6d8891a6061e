import { describeDevice, type Track } from './combine.js';
import { PowerTrack } from './power-track.js';
import type { DataWarning, DeviceEnergy } from './types.js';

/**
 * A device whose only records say it gave no reading (every nvidia-smi row `[N/A]`): listed with no
 * energy and 0 % coverage over the time it was seen, so that the report's coverage shows it, instead
 * of vanishing from a report that would then claim full coverage. Undefined when nothing says it was seen.
 * It has no maxGapS: with no readings there was nothing to bridge, so no maximum gap was applied (a made-up
 * value would disagree with --max-gap, or add a figure to the report's "adaptive maximum gap (here …)").
 */
export function deviceWithoutReadings(id: string, tracks: readonly Track[]): { energy: DeviceEnergy; warning: DataWarning } | undefined {
  const seen = tracks.filter((t): t is PowerTrack => t instanceof PowerTrack && Number.isFinite(t.noReadingFirstMs));
  if (seen.length === 0) return undefined;
  const startMs = Math.min(...seen.map((t) => t.noReadingFirstMs));
  const endMs = Math.max(...seen.map((t) => t.noReadingLastMs));
  const count = seen.reduce((sum, t) => sum + (t.drops.tallies.get('no-reading')?.count ?? 0), 0);
  const first = seen[0]!;
  const energy: DeviceEnergy = {
    device: first.device,
    startMs,
    endMs,
    energyJ: 0,
    method: 'power-integral',
    samples: 0,
    coverage: 0,
    gaps: endMs > startMs ? [{ startMs, endMs }] : [],
    plugins: [...new Set(seen.map((t) => t.stream.plugin))],
    files: [...new Set(seen.flatMap((t) => (t.stream.file === undefined ? [] : [t.stream.file])))],
    gapCount: endMs > startMs ? 1 : 0,
    gapS: (endMs - startMs) / 1000,
  };
  const warning: DataWarning = {
    code: 'no-reading-device',
    deviceId: id,
    count,
    message:
      `${describeDevice(first.device)} gave no power reading (the source printed [N/A] or [Not Supported]) from its first sample to its last: ` +
      'it is listed with no energy and 0 % coverage, and the totals leave out whatever it used.',
  };
  return { energy, warning };
}
