import { describe, expect, it } from 'vitest';
import { isInputError } from '../shared/errors.js';
import { parseFunctionalUnit, sciOf } from './sci.js';
import type { Totals } from './types.js';

describe('SCI per functional unit', () => {
  it('reads NAME=COUNT and divides the whole CO2e (operational + embodied) by the count', () => {
    expect(parseFunctionalUnit('tokens=2e9')).toEqual({ unit: 'tokens', count: 2e9 });
    expect(parseFunctionalUnit(' images = 50000 ')).toEqual({ unit: 'images', count: 50000 });
    const totals = { operationalCo2eG: 900, embodiedCo2eG: 100, co2eG: 1000 } as Totals;
    expect(sciOf(totals, { unit: 'epochs', count: 4 })).toEqual({ unit: 'epochs', count: 4, gPerUnit: 250 });
  });

  it('refuses a missing name, a zero, negative or unreadable count, with the form to write', () => {
    for (const text of ['=5', 'tokens', 'tokens=0', 'tokens=-3', 'tokens=lots', 'to<b>kens=5']) {
      try {
        parseFunctionalUnit(text);
        expect.unreachable(text);
      } catch (error) {
        expect(isInputError(error), text).toBe(true);
        expect((error as { hint?: string }).hint).toMatch(/NAME=COUNT/);
      }
    }
  });
});
