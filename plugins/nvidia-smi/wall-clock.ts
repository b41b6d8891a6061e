import { dateTimeToUtc, monotonicWallClockToUtc, parseDateTime, parseDateTimeBytes } from 'carbon-ci';

/** Longest timestamp with an offset read on the slow path (`2024-03-05T14:02:11.123456789+01:00` is 35). */
const MAX_ZONED_CHARS = 40;
const asIs = (ms: number) => ms;

/**
 * nvidia-smi's zone-less `YYYY/MM/DD HH:MM:SS.mmm` timestamps as UTC epoch ms, read in the user's zone;
 * ISO times with `Z` or an offset (written by wrappers that reformat the log) by their own offset.
 */
export class WallClock {
  private readonly stamp = new Float64Array(2);
  /** Made at the first zone-less timestamp: asking for the zone tells carbon-ci that it mattered. */
  private toUtc: ((wallMs: number) => number) | undefined;
  /** The date of the last timestamp read (YYYYMMDD), and its midnight as wall-clock ms. */
  private dateKey = -1;
  private dayMs = 0;

  constructor(private readonly timeZone: string | (() => string)) {}

  /** The instant of the timestamp field `bytes[start, end)`, NaN when it is not one. */
  timeOf(bytes: Uint8Array, start: number, end: number): number {
    if (!parseDateTimeBytes(bytes, start, end, this.stamp)) return zonedTimeOf(bytes, start, end);
    const dateKey = this.stamp[0]!;
    if (dateKey !== this.dateKey) {
      this.dateKey = dateKey;
      const midnight = new Date(0);
      midnight.setUTCFullYear(Math.floor(dateKey / 10000), (Math.floor(dateKey / 100) % 100) - 1, dateKey % 100);
      this.dayMs = midnight.getTime();
    }
    const toUtc = (this.toUtc ??= monotonicWallClockToUtc(typeof this.timeZone === 'string' ? this.timeZone : this.timeZone()));
    return toUtc(this.dayMs + this.stamp[1]!);
  }
}

/** A timestamp with its own offset (`2024-03-05T14:02:11.123+01:00`, `…Z`), NaN for anything else. */
function zonedTimeOf(bytes: Uint8Array, start: number, end: number): number {
  if (end - start > MAX_ZONED_CHARS) return Number.NaN;
  const parsed = parseDateTime(Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1').trim());
  return parsed?.offsetMs === undefined ? Number.NaN : dateTimeToUtc(parsed, asIs);
}
