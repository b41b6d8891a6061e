import { describe, expect, it } from 'vitest';
import { integrateReference } from './reference.js';
import { gpu, power, counter, one } from './helpers.js';

describe('integrateReference', () => {
  it('agrees with the accumulator on a hand case', () => {
    const records = [...power(gpu(), [0, 1, 2, 50, 51], [1, 2, 3, 4, 5]), ...counter(gpu('c'), [0, 10, 20], [5, 1, 8], 'a.csv')];
    const fast = one(records).devices;
    const slow = integrateReference(records).devices;
    expect(slow.map((d) => [d.device.id, d.energyJ, d.coverage, d.method])).toEqual(fast.map((d) => [d.device.id, d.energyJ, d.coverage, d.method]));
  });
});
