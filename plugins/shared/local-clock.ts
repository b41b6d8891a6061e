// Helpers the built-in plugins share. They are built on the public SDK alone, so a plugin that imports
// them still uses nothing that a user's plugin could not.
import { monotonicWallClockToUtc, wallClockToUtc } from 'carbon-ci';
import type { PluginContext } from 'carbon-ci';

/**
 * A converter from zone-less wall-clock times to UTC that asks `context.localTimeZone()` at its first
 * call, not before: the SDK wants the zone asked for only when a file has such times, so that a log whose
 * times all carry an offset (or are epochs) gets no time-zone warning. `inOrder`: the file is a log written
 * in time order, so that the hour clocks go back is read twice over (see `monotonicWallClockToUtc`).
 */
export function localClock(context: Pick<PluginContext<unknown>, 'localTimeZone'>, inOrder: boolean): (wallMs: number) => number {
  let toUtc: ((wallMs: number) => number) | undefined;
  return (wallMs) => {
    toUtc ??= inOrder ? monotonicWallClockToUtc(context.localTimeZone()) : wallClockToUtc(context.localTimeZone());
    return toUtc(wallMs);
  };
}
