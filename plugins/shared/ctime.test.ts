import { describe, expect, it } from 'vitest';
import { dateTimeToUtc } from 'carbon-ci';
import { hasCtime, parseCtime } from './ctime.js';

describe('parseCtime', () => {
  it("reads C's ctime date, with powermetrics' offset where it has one", () => {
    expect(parseCtime('Tue Mar  5 14:02:11 2024')).toEqual({ wallMs: Date.UTC(2024, 2, 5, 14, 2, 11) });
    const zoned = parseCtime('Tue Mar  5 14:02:11 2024 +0100')!;
    expect(dateTimeToUtc(zoned, () => Number.NaN)).toBe(Date.UTC(2024, 2, 5, 13, 2, 11));
    expect(dateTimeToUtc(parseCtime('Mon Dec  6 05:58:29 2026 -05:30')!, () => Number.NaN)).toBe(Date.UTC(2026, 11, 6, 11, 28, 29));
  });

  it('finds the date inside a line only when asked, and refuses other month names', () => {
    const banner = 'Every 1.0s: nvidia-smi      gpu-node-1: Thu Jan 16 08:00:00 2025';
    expect(parseCtime(banner)).toBeUndefined();
    expect(parseCtime(banner, true)).toEqual({ wallMs: Date.UTC(2025, 0, 16, 8, 0, 0) });
    expect(hasCtime(banner)).toBe(true);
    expect(parseCtime('Tue Mär  5 14:02:11 2024')).toBeUndefined();
    expect(hasCtime('| GPU  Name  Persistence-M |')).toBe(false);
  });
});
