// Times as homegrown loggers write them: ISO 8601 (with or without offset), `YYYY/MM/DD HH:MM:SS.mmm`, epoch numbers.
import { dateTimeToUtc, epochToMs, parseDateTime } from 'carbon-ci';
import { localClock } from '../shared/local-clock.js';
import { EPOCH_FACTOR_MS, type EpochUnit } from './units.js';

export type TimeFormat = 'auto' | 'iso' | 'epoch-s' | 'epoch-ms' | 'epoch-us' | 'epoch-ns';
export const TIME_FORMATS: TimeFormat[] = ['auto', 'iso', 'epoch-s', 'epoch-ms', 'epoch-us', 'epoch-ns'];

/** The earliest instant a log is taken to start at (2000-01-01): an earlier one is a relative time or a wrong epoch unit. */
export const EARLIEST_MS = Date.UTC(2000, 0, 1);
export const LATEST_MS = Date.UTC(2100, 0, 1);

const EPOCH = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A reader of one time field (joined to its date field when the log splits them) into UTC epoch ms, NaN
 * when the text is no time. `zone` is asked once, at the first time written without an offset; a log is
 * written in time order, so the hour that clocks go back is read twice over, not folded onto itself.
 */
export function timeReader(format: TimeFormat, zone: () => string): (text: string, dateText?: string) => number {
  const toUtc = localClock({ localTimeZone: zone }, true);
  const fromText = (text: string): number => {
    const parsed = parseDateTime(text);
    return parsed ? dateTimeToUtc(parsed, toUtc) : Number.NaN;
  };
  return (raw, dateText) => {
    const text = dateText === undefined ? raw.trim() : `${dateText.trim()} ${raw.trim()}`;
    if (format === 'iso') return fromText(text);
    const epoch = dateText === undefined && text.length <= 32 && EPOCH.test(text) ? Number(text) : Number.NaN;
    if (format === 'auto') return Number.isNaN(epoch) ? fromText(text) : epochToMs(epoch);
    return epoch * EPOCH_FACTOR_MS[format.slice(6) as EpochUnit];
  };
}

/** The format option that reads epochs of this unit. */
export function epochFormat(unit: EpochUnit): TimeFormat {
  return `epoch-${unit}` as TimeFormat;
}

export function isPlausibleTime(timeMs: number): boolean {
  return timeMs >= EARLIEST_MS && timeMs < LATEST_MS;
}
