import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { definePlugin, isInputError } from 'carbon-ci';
import type { TelemetryRecord } from 'carbon-ci';
import { assertValidRecords, createContext, expectRecords, isValidRecord, runPlugin, textSource, validateRecord } from 'carbon-ci/testing';

const device = { id: 'GPU-89fdc1e1-18b2-f499-c12b-82bcb9bfb3fa', index: 0, model: 'NVIDIA A100-SXM4-80GB', vendor: 'nvidia' as const };
const valid: TelemetryRecord[] = [
  { type: 'power', timeMs: 1_700_000_000_000, device, powerW: 312.4, utilization: 0.9, origin: { file: 'a.csv', line: 2 } },
  { type: 'energy-counter', timeMs: 1_700_000_000_000, device, counterJ: 319159.391 },
  { type: 'energy', startMs: 1, endMs: 2, device: { id: 'cpu', component: 'cpu' }, energyJ: 10, sourceReported: { co2eG: 1, note: 'x' } },
  { type: 'usage', startMs: 1, endMs: 2, device, powerW: 400 },
  { type: 'no-reading', timeMs: 1_700_000_000_000, device, origin: { file: 'a.csv', line: 3 } },
];
const invalid: unknown[] = [
  { type: 'power', timeMs: 1, device, powerW: 1, unit: 'W' },
  { type: 'power', timeMs: -5, device, powerW: 1 },
  { type: 'power', timeMs: 1, device: { model: 'x' }, powerW: 1 },
  { type: 'energy', startMs: 1, endMs: 2, device, energyJ: -1 },
  { type: 'usage', startMs: 1, endMs: 2, device, utilization: 90 },
  { type: 'power', timeMs: 1, powerW: 1 },
  { type: 'no-reading', timeMs: 1, device, powerW: 1 },
  { type: 'spam' },
  'power',
  null,
];

describe('validateRecord', () => {
  it('accepts each record type and names what is wrong otherwise', () => {
    for (const record of valid) expect(validateRecord(record)).toEqual([]);
    expect(validateRecord(invalid[0])).toEqual(['record has unknown property "unit"']);
    expect(validateRecord(invalid[1])).toEqual(['timeMs must be >= 0']);
    expect(validateRecord(invalid[4])).toEqual(['utilization must be <= 1']);
    expect(validateRecord(invalid[6])).toEqual(['record has unknown property "powerW"']);
    expect(validateRecord(invalid[7])[0]).toMatch(/type must be one of power, power-columns, energy-counter, energy-counter-columns, energy, usage, no-reading, got "spam"/);
    expect(validateRecord(null)).toEqual(['record must be an object, got null']);
  });

  it('refuses non-finite numbers, which JSON cannot carry but JavaScript can', () => {
    expect(validateRecord({ type: 'power', timeMs: 1, device, powerW: Number.NaN })).toEqual(['powerW must be a finite number, got NaN']);
    expect(validateRecord({ type: 'power', timeMs: Number.POSITIVE_INFINITY, device, powerW: 1 })[0]).toMatch(/timeMs must be a finite number/);
  });

  it('agrees with the whole schema (oneOf) on every sample', () => {
    const schema = JSON.parse(readFileSync(new URL('../../schemas/telemetry-record.schema.json', import.meta.url), 'utf8')) as object;
    const full = new Ajv({ strict: false }).compile(schema);
    for (const record of [...valid, ...invalid]) {
      expect(validateRecord(record).length === 0, JSON.stringify(record)).toBe(full(record));
      expect(isValidRecord(record), JSON.stringify(record)).toBe(full(record));
    }
    expect(isValidRecord({ type: 'usage', startMs: 1, endMs: 2, device, powerW: Number.NaN })).toBe(false);
  });
});

describe('assertValidRecords and expectRecords', () => {
  it('assertValidRecords lists the invalid ones with their index', () => {
    expect(() => assertValidRecords(valid)).not.toThrow();
    expect(() => assertValidRecords([valid[0], invalid[0]])).toThrow(/1 of 2 records break .*\n {2}#1: record has unknown property "unit"/);
  });

  it('expectRecords compares only the fields given, within tolerances', () => {
    expect(() => expectRecords(valid.slice(0, 1), [{ type: 'power', device: device.id, powerW: 312.41 }], { tolerancePowerW: 0.05 })).not.toThrow();
    expect(() => expectRecords(valid.slice(0, 1), [{ type: 'power', powerW: 300 }], { tolerancePowerW: 0.05 })).toThrow(
      /record 0: powerW 312\.4 W, expected 300 W \(tolerance 0\.05 W\)/,
    );
    expect(() => expectRecords(valid.slice(2, 3), [{ type: 'energy', energyJ: 10.5 }], { toleranceJ: 1 })).not.toThrow();
    expect(() => expectRecords(valid.slice(0, 2), [{ type: 'power', device: { model: 'NVIDIA H100' } }])).toThrow(
      /got 2 records, expected 1[\s\S]*record 0: device\.model "NVIDIA A100-SXM4-80GB", expected "NVIDIA H100"/,
    );
    expect(() => expectRecords(valid.slice(0, 1), [{ type: 'energy' }])).toThrow(/record 0: type power, expected energy/);
  });
});

describe('runPlugin and createContext', () => {
  const plugin = definePlugin<{ scale: number }>({
    name: 'scaled',
    kind: 'telemetry',
    description: 'test',
    options: { type: 'object', additionalProperties: false, properties: { scale: { type: 'number', default: 1 } } },
    detect: ({ head }) => (head.startsWith('W=') ? 0.9 : 0),
    async *read(source, context) {
      context.log.warn('a warning');
      let text = '';
      for await (const chunk of source.open()) text += String(chunk);
      yield { type: 'power', timeMs: 1000, device: { id: '0' }, powerW: Number(text.slice(2)) * context.options.scale };
    },
  });

  it('runs detect and read, coerces options by the schema, and collects what was logged', async () => {
    const result = await runPlugin(plugin, textSource('W=150', 'power.txt'), { options: { scale: '2' } });
    expect(result).toMatchObject({ confidence: 0.9, yields: 1, warnings: ['a warning'] });
    expectRecords(result.records, [{ type: 'power', powerW: 300 }]);
  });

  it('fills option defaults and refuses unknown options as an InputError', async () => {
    expect(createContext({ plugin, options: {} }).options).toEqual({ scale: 1 });
    const error = (() => {
      try {
        createContext({ plugin, options: { scael: 2 } });
      } catch (e) {
        return e;
      }
    })();
    expect(isInputError(error)).toBe(true);
    expect((error as Error).message).toMatch(/plugin scaled: unknown option "scael"[\s\S]*carbon-ci plugins scaled/);
  });

  it('throws when the plugin yields a record that breaks the schema', async () => {
    const bad = definePlugin({ ...plugin, name: 'bad', read: async function* () { yield { type: 'power', timeMs: 1, device: { id: '0' }, powerW: '1' } as unknown as TelemetryRecord; } });
    await expect(runPlugin(bad, textSource('W=1'))).rejects.toThrow(/bad: 1 of 1 records break [\s\S]*#0: powerW must be number/);
  });
});
