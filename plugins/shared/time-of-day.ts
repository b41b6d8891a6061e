// Rows stamped with a time of day only (xpu-smi dumps, `nvidia-smi dmon -o T`): the date of the first row
// comes from the plugin option `date`, and each later day from the clock passing midnight.
// Shared by the built-in plugins; built on the public SDK alone, as a user's plugin could be.
import { InputError, parseDateTime } from 'carbon-ci';

const DAY_MS = 86_400_000;
const TIME_OF_DAY = /^(\d{1,2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?$/;
/** The `date` option's form, in its schema and in readDateOption alike. */
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const DATE = new RegExp(DATE_PATTERN);

/** The JSON Schema of the `date` option; `what` says why the log needs it. */
export function dateOptionSchema(what: string): { type: 'string'; pattern: string; description: string } {
  return { type: 'string', pattern: DATE_PATTERN, description: `date (YYYY-MM-DD, in the time zone) of the first row${what}` };
}

/**
 * The `date` plugin option as the wall-clock ms of that day's midnight (fields as if UTC), or undefined
 * when it is not given; refused with `hint` when it is not a date as YYYY-MM-DD (`2025-02-30` included).
 */
export function readDateOption(raw: unknown, hint: string): number | undefined {
  if (raw === undefined) return undefined;
  const parsed = typeof raw === 'string' && DATE.test(raw) ? parseDateTime(`${raw}T00:00:00`) : undefined;
  if (!parsed) throw new InputError(`plugin option date must be a date as YYYY-MM-DD, not ${JSON.stringify(raw)}`, { hint });
  return parsed.wallMs;
}

/** `HH:MM:SS` with an optional fraction as ms since midnight, or undefined when the text is not one (or a field is out of range). */
export function parseTimeOfDay(text: string): number | undefined {
  const m = TIME_OF_DAY.exec(text.trim());
  if (!m) return undefined;
  const [hour, minute, second] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
  // 60 s is a leap second, as parseDateTime allows.
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  return ((hour * 60 + minute) * 60 + second) * 1000 + Math.round(Number(`0.${m[4] ?? '0'}`) * 1000);
}

/**
 * The wall-clock times of a log's rows, in the order written, from the first row's day: a time of day more
 * than 12 hours before the one before it is on the next day (the log ran past midnight).
 */
export class TimeOfDayClock {
  private dayMs: number;
  private lastTimeOfDayMs: number | undefined;

  constructor(firstDayMs: number) {
    this.dayMs = firstDayMs;
  }

  wallMs(timeOfDayMs: number): number {
    if (this.lastTimeOfDayMs !== undefined && timeOfDayMs < this.lastTimeOfDayMs - DAY_MS / 2) this.dayMs += DAY_MS;
    this.lastTimeOfDayMs = timeOfDayMs;
    return this.dayMs + timeOfDayMs;
  }
}
