import { PointTrack } from './point-track.js';
import { importTracks, type EnergyAccumulatorState } from './state.js';

/**
 * Whether the parts of one file, read apart (in file order), join up as one reader's stream would:
 * nothing dropped or invalid in any part, only power or counter samples, each device's parts in
 * time order without touching, and the same maximum gap and power ceiling in every part. When this
 * holds, joining the parts (EnergyAccumulator.finish bridges the seams) gives the energy, coverage
 * and gaps of reading the file whole; when it does not, read the file whole.
 */
export function partsJoinUp(parts: readonly EnergyAccumulatorState[]): boolean {
  /** The last track of each device and kind of evidence, in the parts so far. */
  const previousByDevice = new Map<string, PointTrack>();
  for (const part of parts) {
    for (const { tracks, invalid } of importTracks(part)) {
      if (invalid && invalid.count > 0) return false;
      for (const track of tracks) {
        if (!(track instanceof PointTrack)) return false;
        track.settle();
        if (track.drops.tallies.size > 0 || track.conflictingDuplicates > 0 || track.samples === 0) return false;
        const key = `${track.device.id}\u0000${track.method}`;
        const previous = previousByDevice.get(key);
        if (previous) {
          if (!(previous.endMs < track.startMs)) return false;
          if (previous.maxGapMs !== track.maxGapMs || previous.ceilingW !== track.ceilingW) return false;
        }
        previousByDevice.set(key, track);
      }
    }
  }
  return true;
}
