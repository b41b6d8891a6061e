const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when `timeZone` is an IANA zone name (or UTC) that this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone.length === 0) return false;
  // No Intl formatter for UTC: the first one costs ~20 ms of start-up (ICU's zone data).
  if (isFixedUtc(timeZone)) return true;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at the instant `utcMs`, in milliseconds (east positive). */
export function zoneOffsetMs(timeZone: string, utcMs: number): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(utcMs));
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const part of parts) {
    switch (part.type) {
      case 'year': year = Number(part.value); break;
      case 'month': month = Number(part.value); break;
      case 'day': day = Number(part.value); break;
      case 'hour': hour = Number(part.value); break;
      case 'minute': minute = Number(part.value); break;
      case 'second': second = Number(part.value); break;
      case 'era': bc = part.value.startsWith('B'); break;
    }
  }
  const asUtc = civilToMs(bc ? 1 - year : year, month, day) + ((hour * 60 + minute) * 60 + second) * 1000;
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/** Milliseconds from 1970-01-01 to the start of a proleptic Gregorian day (any year, no Date two-digit-year quirk). */
export function civilToMs(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return (era * 146_097 + dayOfEra - 719_468) * 86_400_000;
}

/** Wall-clock time is resolved in buckets of this size; every zone change since 1970 falls on a quarter hour. */
const BUCKET_MS = 15 * 60_000;
const DAY_MS = 86_400_000;

/**
 * The offsets that a wall-clock reading at `wallMs` (wall fields encoded as if UTC) can have in `timeZone`.
 * `earlier` gives the earlier instant and `later` the later one; they differ only in the hour that a
 * change back to standard time repeats. In the hour skipped by a change to summer time no reading is
 * valid; both are then the offset in force before the change, so 02:30 on a spring-forward night reads
 * as 03:30 summer time (what clocks that missed the change show).
 */
export function wallClockOffsets(timeZone: string, wallMs: number): { earlier: number; later: number } {
  const before = zoneOffsetMs(timeZone, wallMs - DAY_MS);
  const after = zoneOffsetMs(timeZone, wallMs + DAY_MS);
  const beforeValid = zoneOffsetMs(timeZone, wallMs - before) === before;
  if (before === after) {
    if (beforeValid) return { earlier: before, later: before };
    // A change and its reversal within two days (rare, historical): take what the instant itself says.
    const own = zoneOffsetMs(timeZone, wallMs - before);
    return { earlier: own, later: own };
  }
  const afterValid = zoneOffsetMs(timeZone, wallMs - after) === after;
  if (beforeValid && afterValid) return { earlier: Math.max(before, after), later: Math.min(before, after) };
  if (beforeValid) return { earlier: before, later: before };
  if (afterValid) return { earlier: after, later: after };
  return { earlier: before, later: before };
}

type OffsetCache = (wallMs: number) => { earlier: number; later: number };

/** The instants JavaScript can hold as dates: ±8.64e15 ms from 1970, to year 275760 (ECMA-262, "Time Values and Time Range"). */
export const MAX_DATE_MS = 8.64e15;

/** Wall-clock times JavaScript can hold as dates, a few days inside MAX_DATE_MS; beyond them the offset is NaN, never a RangeError. */
const MAX_WALL_MS = MAX_DATE_MS - 3 * DAY_MS;
const NO_OFFSETS = { earlier: Number.NaN, later: Number.NaN };

function offsetCache(timeZone: string): OffsetCache {
  const buckets = new Map<number, { earlier: number; later: number }>();
  let lastBucket = Number.NaN;
  let last = { earlier: 0, later: 0 };
  return (wallMs) => {
    if (!(wallMs <= MAX_WALL_MS && wallMs >= -MAX_WALL_MS)) return NO_OFFSETS;
    const bucket = Math.floor(wallMs / BUCKET_MS);
    if (bucket === lastBucket) return last;
    let offsets = buckets.get(bucket);
    if (!offsets) {
      offsets = wallClockOffsets(timeZone, bucket * BUCKET_MS);
      if (buckets.size > 100_000) buckets.clear();
      buckets.set(bucket, offsets);
    }
    lastBucket = bucket;
    last = offsets;
    return offsets;
  };
}

/** True for the zone names that are UTC at every instant: UTC, Etc/UTC, GMT, Etc/GMT (wall clock and UTC are the same). */
export function isFixedUtc(timeZone: string): boolean {
  return timeZone === 'UTC' || timeZone === 'Etc/UTC' || timeZone === 'Etc/GMT' || timeZone === 'GMT';
}

/**
 * A converter from wall-clock fields in `timeZone` (encoded as if UTC, e.g. `Date.UTC(...)`) to UTC
 * epoch milliseconds. Offsets are cached per quarter hour of wall time, so a long log costs a few Intl
 * calls an hour. In the hour that a DST change repeats, the earlier (pre-change) reading wins; in the
 * hour it skips, the pre-change offset applies. A time beyond JavaScript's dates gives NaN.
 */
export function wallClockToUtc(timeZone: string): (wallMs: number) => number {
  if (isFixedUtc(timeZone)) return (wallMs) => wallMs;
  const offsets = offsetCache(timeZone);
  return (wallMs) => wallMs - offsets(wallMs).earlier;
}

/**
 * Like `wallClockToUtc`, for readings that a logger wrote in time order (one converter per file): in a
 * repeated hour, a reading that would fall more than `toleranceMs` before the latest instant seen so far
 * is read as the second pass (standard time). So a log running through the night that clocks go back
 * keeps its hour instead of folding onto the first pass. A log that starts inside the second pass cannot
 * be told apart and reads as the first.
 */
export function monotonicWallClockToUtc(timeZone: string, toleranceMs = 10 * 60_000): (wallMs: number) => number {
  if (isFixedUtc(timeZone)) return (wallMs) => wallMs;
  const offsets = offsetCache(timeZone);
  let latestUtc = -Infinity;
  return (wallMs) => {
    const { earlier, later } = offsets(wallMs);
    let utc = wallMs - earlier;
    if (earlier !== later && utc < latestUtc - toleranceMs) utc = wallMs - later;
    if (utc > latestUtc) latestUtc = utc;
    return utc;
  };
}
