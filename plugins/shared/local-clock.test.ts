import { describe, expect, it } from 'vitest';
import { localClock } from './local-clock.js';

describe('localClock', () => {
  it('asks for the zone at its first use, once', () => {
    let asked = 0;
    const clock = localClock({ localTimeZone: () => (asked++, 'Europe/Berlin') }, false);
    expect(asked).toBe(0);
    expect(clock(Date.UTC(2024, 6, 1, 12, 0, 0))).toBe(Date.UTC(2024, 6, 1, 10, 0, 0));
    expect(clock(Date.UTC(2024, 0, 1, 12, 0, 0))).toBe(Date.UTC(2024, 0, 1, 11, 0, 0));
    expect(asked).toBe(1);
  });

  it('reads the repeated hour of a log in time order as its second pass', () => {
    // Europe/Berlin went back from 03:00 CEST to 02:00 CET on 2024-10-27: 02:30 comes twice.
    const clock = localClock({ localTimeZone: () => 'Europe/Berlin' }, true);
    const first = clock(Date.UTC(2024, 9, 27, 2, 30, 0));
    expect(clock(Date.UTC(2024, 9, 27, 2, 59, 0))).toBe(first + 29 * 60_000);
    expect(clock(Date.UTC(2024, 9, 27, 2, 30, 0))).toBe(first + 3_600_000);
  });
});
