import { describe, expect, it } from 'vitest';
import { readActionInputs } from '../../src/action/inputs.js';
import { isInputError } from '../../src/shared/errors.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('Action inputs: facility and intensity-scope', () => {
  it('reads both, and .carbon-ci.yml fills what the workflow leaves out', () => {
    const given = readActionInputs(reader({ telemetry: 'a.csv', facility: 'HPC', 'intensity-scope': 'direct' }));
    expect(given).toMatchObject({ facility: 'hpc', intensityScope: 'direct' });
    const fromConfig = readActionInputs(reader({ telemetry: 'a.csv' }), { facility: 'desktop', intensityScope: 'direct' });
    expect(fromConfig).toMatchObject({ facility: 'desktop', intensityScope: 'direct' });
    const none = readActionInputs(reader({ telemetry: 'a.csv' }));
    expect(none.facility).toBeUndefined();
    expect(none.intensityScope).toBeUndefined();
  });

  it('refuses an unknown value, naming the input and the choices', () => {
    for (const [name, value] of [['facility', 'garage'], ['intensity-scope', 'market']] as const) {
      try {
        readActionInputs(reader({ telemetry: 'a.csv', [name]: value }));
        expect.unreachable();
      } catch (error) {
        expect(isInputError(error)).toBe(true);
        expect((error as Error).message).toContain(`input "${name}" must be one of`);
      }
    }
  });
});

describe('Action input: pue', () => {
  it('takes 1 to 3, as the CLI and .carbon-ci.yml do, and refuses 4 at once, naming the input', () => {
    expect(readActionInputs(reader({ telemetry: 'a.csv', pue: '3' })).pue).toBe(3);
    try {
      readActionInputs(reader({ telemetry: 'a.csv', pue: '4' }));
      expect.unreachable();
    } catch (error) {
      expect(isInputError(error)).toBe(true);
      expect((error as Error).message).toMatch(/input "pue".*at most 3/);
    }
  });
});
