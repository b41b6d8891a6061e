import { describe, expect, it } from 'vitest';
import { expectInputError } from 'carbon-ci/testing';
import { TimeOfDayClock, parseTimeOfDay, readDateOption } from './time-of-day.js';

describe('rows stamped with a time of day only', () => {
  it('reads the date option as its midnight, and refuses what is no date with the hint', async () => {
    expect(readDateOption('2025-03-05', 'h')).toBe(Date.UTC(2025, 2, 5));
    expect(readDateOption(undefined, 'h')).toBeUndefined();
    for (const raw of ['2025-02-30', '05/03/2025', 20250305]) {
      await expectInputError(() => readDateOption(raw, 'give the date'), {
        message: `plugin option date must be a date as YYYY-MM-DD, not ${JSON.stringify(raw)}`,
        hint: /^give the date$/,
      });
    }
  });

  it('reads HH:MM:SS with a fraction, and refuses fields out of range', () => {
    expect(parseTimeOfDay(' 06:14:46.250 ')).toBe((6 * 3600 + 14 * 60 + 46) * 1000 + 250);
    expect(parseTimeOfDay('6:14:46')).toBe((6 * 3600 + 14 * 60 + 46) * 1000);
    expect(['25:00:00', '10:60:00', '10:00:61', '10:00', '2025-03-05T10:00:00', '10:00:00Z'].map(parseTimeOfDay)).toEqual(Array(6).fill(undefined));
  });

  it('moves to the next day when the clock passes midnight, and only then', () => {
    const clock = new TimeOfDayClock(Date.UTC(2025, 2, 5));
    const hours = [23, 23.5, 0.25, 0.1, 12, 23.9, 1].map((h) => clock.wallMs(h * 3_600_000));
    expect(hours.map((ms) => (ms - Date.UTC(2025, 2, 5)) / 3_600_000)).toEqual([23, 23.5, 24.25, 24.1, 36, 47.9, 49]);
  });
});
