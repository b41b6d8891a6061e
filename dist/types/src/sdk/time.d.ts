/** True when `timeZone` is an IANA zone name (or UTC) that this runtime knows. */
export declare function isValidTimeZone(timeZone: string): boolean;
/** The zone's offset from UTC at the instant `utcMs`, in milliseconds (east positive). */
export declare function zoneOffsetMs(timeZone: string, utcMs: number): number;
/** Milliseconds from 1970-01-01 to the start of a proleptic Gregorian day (any year, no Date two-digit-year quirk). */
export declare function civilToMs(year: number, month: number, day: number): number;
/**
 * The offsets that a wall-clock reading at `wallMs` (wall fields encoded as if UTC) can have in `timeZone`.
 * `earlier` gives the earlier instant and `later` the later one; they differ only in the hour that a
 * change back to standard time repeats. In the hour skipped by a change to summer time no reading is
 * valid; both are then the offset in force before the change, so 02:30 on a spring-forward night reads
 * as 03:30 summer time (what clocks that missed the change show).
 */
export declare function wallClockOffsets(timeZone: string, wallMs: number): {
    earlier: number;
    later: number;
};
/** The instants JavaScript can hold as dates: ±8.64e15 ms from 1970, to year 275760 (ECMA-262, "Time Values and Time Range"). */
export declare const MAX_DATE_MS = 8640000000000000;
/** True for the zone names that are UTC at every instant: UTC, Etc/UTC, GMT, Etc/GMT (wall clock and UTC are the same). */
export declare function isFixedUtc(timeZone: string): boolean;
/**
 * A converter from wall-clock fields in `timeZone` (encoded as if UTC, e.g. `Date.UTC(...)`) to UTC
 * epoch milliseconds. Offsets are cached per quarter hour of wall time, so a long log costs a few Intl
 * calls an hour. In the hour that a DST change repeats, the earlier (pre-change) reading wins; in the
 * hour it skips, the pre-change offset applies. A time beyond JavaScript's dates gives NaN.
 */
export declare function wallClockToUtc(timeZone: string): (wallMs: number) => number;
/**
 * Like `wallClockToUtc`, for readings that a logger wrote in time order (one converter per file): in a
 * repeated hour, a reading that would fall more than `toleranceMs` before the latest instant seen so far
 * is read as the second pass (standard time). So a log running through the night that clocks go back
 * keeps its hour instead of folding onto the first pass. A log that starts inside the second pass cannot
 * be told apart and reads as the first.
 */
export declare function monotonicWallClockToUtc(timeZone: string, toleranceMs?: number): (wallMs: number) => number;
