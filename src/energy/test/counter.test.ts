import { describe, expect, it } from 'vitest';
import { T0, gpu, counter, one, warning } from './helpers.js';

describe('energy counters', () => {
  it('sums increases', () => {
    const r = one(counter(gpu(), [0, 10, 20], [1000, 3000, 6000]));
    expect(r.devices[0]).toMatchObject({ method: 'counter', energyJ: 5000, coverage: 1, samples: 3 });
  });

  it('counts from zero after a reset and warns with the count', () => {
    const r = one(counter(gpu(), [0, 10, 20, 30, 40], [1000, 2000, 3000, 500, 1500]));
    expect(r.devices[0]!.energyJ).toBe(1000 + 1000 + 500 + 1000);
    expect(r.devices[0]!.coverage).toBe(1);
    expect(warning(r, 'counter-reset')).toMatchObject({ count: 1 });
    expect(warning(r, 'counter-reset')!.message).toMatch(/coverage unchanged/);
  });

  it('does not count a reset whose new value is impossible for the interval', () => {
    // 10 s at most 3000 W is 30 kJ; a reset to 1 MJ cannot be energy since the reset.
    const r = one(counter(gpu(), [0, 10, 20, 30], [5e6, 5.001e6, 1e6, 1.00001e6]));
    const d = r.devices[0]!;
    expect(d.energyJ).toBe(1000 + 10);
    expect(d.coverage).toBeCloseTo(20 / 30, 12);
    expect(d.gaps).toEqual([{ startMs: T0 + 10_000, endMs: T0 + 20_000 }]);
    expect(warning(r, 'counter-reset')!.message).toMatch(/lower coverage/);
  });

  it('does not count an increase faster than the power ceiling', () => {
    const r = one(counter(gpu(), [0, 10, 20], [0, 1e9, 1e9 + 100]));
    expect(r.devices[0]!.energyJ).toBe(100);
    expect(warning(r, 'counter-jump')).toMatchObject({ count: 1 });
  });

  it('does not bridge a counter across a gap', () => {
    const d = one(counter(gpu(), [0, 10, 1000, 1010], [0, 100, 50_000, 50_100])).devices[0]!;
    expect(d.energyJ).toBe(200);
    expect(d.gaps).toHaveLength(1);
  });

  it('drops negative counter readings', () => {
    const r = one(counter(gpu(), [0, 10, 20], [0, -5, 100]));
    expect(r.devices[0]!.energyJ).toBe(100);
    expect(warning(r, 'negative-counter')).toMatchObject({ count: 1 });
  });
});
