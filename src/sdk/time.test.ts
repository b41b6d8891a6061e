import { describe, expect, it } from 'vitest';
import { civilToMs, isValidTimeZone, monotonicWallClockToUtc, wallClockOffsets, wallClockToUtc, zoneOffsetMs } from './time.js';

const wall = (y: number, mo: number, d: number, h: number, mi = 0, s = 0, ms = 0) => Date.UTC(y, mo - 1, d, h, mi, s, ms);
const iso = (ms: number) => new Date(ms).toISOString();
const HOUR = 3_600_000;

/** The wall clock that `utcMs` shows in `timeZone`, as if UTC. */
function wallAt(timeZone: string, utcMs: number): number {
  return utcMs + zoneOffsetMs(timeZone, utcMs);
}

describe('isValidTimeZone', () => {
  it('knows IANA zones and UTC, and rejects the rest', () => {
    for (const zone of ['UTC', 'Etc/UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Lord_Howe']) {
      expect(isValidTimeZone(zone)).toBe(true);
    }
    for (const zone of ['', 'Mars/Olympus', 'PST8PDTX', 'Europe/Berlinn']) expect(isValidTimeZone(zone)).toBe(false);
  });
});

describe('civilToMs', () => {
  it('agrees with Date.UTC, leap days included', () => {
    for (const [y, m, d] of [
      [1970, 1, 1], [2000, 2, 29], [2024, 2, 29], [2023, 3, 1], [1969, 12, 31], [2100, 3, 1], [1600, 2, 29], [2038, 1, 19],
    ] as const) {
      expect(civilToMs(y, m, d)).toBe(Date.UTC(y, m - 1, d));
    }
  });
  it('handles years below 100 (where Date.UTC maps 24 to 1924)', () => {
    expect(new Date(civilToMs(24, 6, 1)).getUTCFullYear()).toBe(24);
  });
});

describe('wallClockToUtc', () => {
  it('is the identity in UTC', () => {
    const toUtc = wallClockToUtc('UTC');
    expect(toUtc(wall(2024, 6, 1, 12))).toBe(wall(2024, 6, 1, 12));
  });

  it('applies Asia/Kolkata’s half-hour offset (+05:30, no DST)', () => {
    const toUtc = wallClockToUtc('Asia/Kolkata');
    expect(iso(toUtc(wall(2024, 1, 1, 5, 30)))).toBe('2024-01-01T00:00:00.000Z');
    expect(iso(toUtc(wall(2024, 7, 1, 0, 15, 0, 250)))).toBe('2024-06-30T18:45:00.250Z');
  });

  it('follows New York through winter and summer time', () => {
    const toUtc = wallClockToUtc('America/New_York');
    expect(iso(toUtc(wall(2024, 1, 15, 10, 23, 45)))).toBe('2024-01-15T15:23:45.000Z');
    expect(iso(toUtc(wall(2024, 7, 15, 10, 23, 45, 123)))).toBe('2024-07-15T14:23:45.123Z');
  });

  it('New York spring forward (2024-03-10 02:00 -> 03:00): the skipped hour reads with the old offset', () => {
    const toUtc = wallClockToUtc('America/New_York');
    expect(iso(toUtc(wall(2024, 3, 10, 1, 59, 59)))).toBe('2024-03-10T06:59:59.000Z');
    expect(iso(toUtc(wall(2024, 3, 10, 2, 30)))).toBe('2024-03-10T07:30:00.000Z');
    expect(iso(toUtc(wall(2024, 3, 10, 3, 0)))).toBe('2024-03-10T07:00:00.000Z');
  });

  it('New York fall back (2024-11-03 02:00 -> 01:00): the repeated hour reads as the first pass', () => {
    const toUtc = wallClockToUtc('America/New_York');
    expect(iso(toUtc(wall(2024, 11, 3, 0, 59)))).toBe('2024-11-03T04:59:00.000Z');
    expect(iso(toUtc(wall(2024, 11, 3, 1, 30)))).toBe('2024-11-03T05:30:00.000Z');
    expect(iso(toUtc(wall(2024, 11, 3, 2, 0)))).toBe('2024-11-03T07:00:00.000Z');
  });

  it('Berlin (2024-03-31 02:00 -> 03:00 and 2024-10-27 03:00 -> 02:00)', () => {
    const toUtc = wallClockToUtc('Europe/Berlin');
    expect(iso(toUtc(wall(2024, 3, 31, 1, 59)))).toBe('2024-03-31T00:59:00.000Z');
    expect(iso(toUtc(wall(2024, 3, 31, 2, 30)))).toBe('2024-03-31T01:30:00.000Z');
    expect(iso(toUtc(wall(2024, 3, 31, 3, 0)))).toBe('2024-03-31T01:00:00.000Z');
    expect(iso(toUtc(wall(2024, 10, 27, 2, 30)))).toBe('2024-10-27T00:30:00.000Z');
    expect(iso(toUtc(wall(2024, 10, 27, 3, 0)))).toBe('2024-10-27T02:00:00.000Z');
    expect(wallClockOffsets('Europe/Berlin', wall(2024, 10, 27, 2, 15))).toEqual({ earlier: 2 * HOUR, later: HOUR });
  });

  it('round-trips every quarter hour of a year in New York, Berlin and Lord Howe (30-min DST)', () => {
    for (const zone of ['America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe']) {
      const toUtc = wallClockToUtc(zone);
      for (let utc = Date.UTC(2024, 0, 1); utc < Date.UTC(2025, 0, 1); utc += 15 * 60_000) {
        const shown = wallAt(zone, utc);
        const back = toUtc(shown);
        // Exact except in a repeated period, where the first pass wins (so `back` is earlier).
        if (back !== utc) {
          expect(back).toBeLessThan(utc);
          expect(wallAt(zone, back)).toBe(shown);
        }
      }
    }
  });
});

describe('monotonicWallClockToUtc', () => {
  it('keeps a log that runs through the New York fall-back night in order', () => {
    const toUtc = monotonicWallClockToUtc('America/New_York');
    const readings = ['00:40', '01:00', '01:20', '01:40', '01:00', '01:20', '01:40', '02:00'].map((hm) => {
      const [h, m] = hm.split(':').map(Number);
      return iso(toUtc(wall(2024, 11, 3, h!, m!)));
    });
    expect(readings).toEqual([
      '2024-11-03T04:40:00.000Z',
      '2024-11-03T05:00:00.000Z',
      '2024-11-03T05:20:00.000Z',
      '2024-11-03T05:40:00.000Z',
      '2024-11-03T06:00:00.000Z',
      '2024-11-03T06:20:00.000Z',
      '2024-11-03T06:40:00.000Z',
      '2024-11-03T07:00:00.000Z',
    ]);
  });

  it('tolerates rows a few ms out of order inside the repeated hour', () => {
    const toUtc = monotonicWallClockToUtc('Europe/Berlin');
    const a = toUtc(wall(2024, 10, 27, 2, 10, 0, 5));
    const b = toUtc(wall(2024, 10, 27, 2, 10, 0, 2));
    expect(a - b).toBe(3);
  });

  it('is the identity in UTC', () => {
    expect(monotonicWallClockToUtc('UTC')(12345)).toBe(12345);
  });
});
