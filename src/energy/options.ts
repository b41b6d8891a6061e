import { InputError } from '../shared/errors.js';
import type { DeviceRef } from '../sdk/records.js';
import type { EnergyOptions } from './types.js';

/** 'auto' max gap: never below this, so that 1 s logs tolerate a stalled logger for a while. */
export const AUTO_GAP_FLOOR_MS = 30_000;
/** 'auto' max gap: this many typical sampling intervals may be missed before an interval is a gap. */
export const AUTO_GAP_FACTOR = 5;
/** 'auto' max gap: the typical interval is the median of a stream's first intervals, this many. */
export const AUTO_GAP_INTERVALS = 64;
/** 'auto' ceiling for one accelerator, CPU or RAM reading whose board power is unknown (W). */
export const DEFAULT_MAX_POWER_W = 3000;
/** 'auto' ceiling for a whole node (W); a DGX B200 system is rated 14.3 kW max. */
export const NODE_MAX_POWER_W = 20_000;
/** 'auto' ceiling when the board power is known: readings above this multiple of it are corrupt. */
export const BOARD_POWER_FACTOR = 2;
/** Each device keeps at most this many gaps in its list; all are still counted. */
export const MAX_LISTED_GAPS = 1000;

/**
 * Defaults, and why:
 * - maxGapS 'auto': max(30 s, 5 x median of the first 64 sampling intervals, to the second) per device and stream.
 *   Adapts to the logger's own rate (nvidia-smi 1 s -> 30 s; DCGM exporter 30 s -> 150 s) so that a few
 *   missed samples are bridged but a stopped logger or a paused job is not. Set a number to override.
 * - maxPlausiblePowerW 'auto': 2 x board power when `boardPowerW` knows the model (transients stay well
 *   under that), else 3000 W (above every single accelerator listed in the GPU table, B200 at 1 kW
 *   included), or 20 kW for a `node` component. A guard against corrupt values, not a physical claim.
 * - boardPowerW: none; the caller passes the GPU table lookup.
 * - powerSeries: true (the PR comment's chart).
 */
export const DEFAULT_ENERGY_OPTIONS: EnergyOptions = Object.freeze({
  maxGapS: 'auto',
  maxPlausiblePowerW: 'auto',
  powerSeries: true,
}) as EnergyOptions;

export interface ResolvedEnergyOptions {
  /** Fixed maximum gap, or undefined for 'auto'. */
  maxGapMs: number | undefined;
  maxPlausiblePowerW: number | 'auto';
  boardPowerW: (model: string | undefined) => number | undefined;
  powerSeries: boolean;
  hourlyEnergy: boolean;
}

export function resolveEnergyOptions(options: Partial<EnergyOptions> = {}): ResolvedEnergyOptions {
  const merged = { ...DEFAULT_ENERGY_OPTIONS, ...withoutUndefined(options) };
  const { maxGapS, maxPlausiblePowerW } = merged;
  if (maxGapS !== 'auto' && !(typeof maxGapS === 'number' && maxGapS > 0 && Number.isFinite(maxGapS))) {
    throw new InputError(`the maximum gap must be a positive number of seconds or "auto", not ${String(maxGapS)}`, {
      hint: 'use e.g. --max-gap 60, or leave it out for the adaptive default',
    });
  }
  if (
    maxPlausiblePowerW !== 'auto' &&
    !(typeof maxPlausiblePowerW === 'number' && maxPlausiblePowerW > 0 && Number.isFinite(maxPlausiblePowerW))
  ) {
    throw new InputError(`the power ceiling must be a positive number of watts or "auto", not ${String(maxPlausiblePowerW)}`);
  }
  const lookup = merged.boardPowerW;
  return {
    maxGapMs: maxGapS === 'auto' ? undefined : maxGapS * 1000,
    maxPlausiblePowerW,
    boardPowerW: (model) => {
      const w = lookup?.(model);
      return typeof w === 'number' && w > 0 && Number.isFinite(w) ? w : undefined;
    },
    powerSeries: merged.powerSeries !== false,
    hourlyEnergy: merged.hourlyEnergy === true,
  };
}

/** The ceiling above which a power reading (or a mean power) of this device is corrupt (W). */
export function powerCeilingW(options: ResolvedEnergyOptions, device: DeviceRef): number {
  if (options.maxPlausiblePowerW !== 'auto') return options.maxPlausiblePowerW;
  const count = device.count !== undefined && Number.isInteger(device.count) && device.count > 1 ? device.count : 1;
  if (device.component === 'node') return count * NODE_MAX_POWER_W;
  const boardW = options.boardPowerW(device.model);
  return count * (boardW !== undefined ? BOARD_POWER_FACTOR * boardW : DEFAULT_MAX_POWER_W);
}

/** 'auto' maximum gap from a stream's first intervals (ms). */
export function autoMaxGapMs(intervalsMs: number[]): number {
  if (intervalsMs.length === 0) return AUTO_GAP_FLOOR_MS;
  const sorted = [...intervalsMs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  // Whole seconds: the jitter of a logger's clock does not change the limit from one part of a log to the next.
  return Math.max(AUTO_GAP_FLOOR_MS, Math.round((AUTO_GAP_FACTOR * median) / 1000) * 1000);
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
