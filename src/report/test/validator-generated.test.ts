// src/report/report-validator.generated.js is schemas/report.schema.json compiled ahead of time: it
// must be what scripts/build-validators.mjs makes of the schema now, and judge as ajv compiling at run time.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { expect, it } from 'vitest';
import { GENERATED_PATH, reportValidatorSource } from '../../../scripts/build-validators.mjs';
import schema from '../../../schemas/report.schema.json' with { type: 'json' };
import { reportSchemaErrors } from '../validate.js';
import { runEstimate } from '../../pipeline/index.js';

it('is up to date with the schema (npm run bundle)', () => {
  expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(reportValidatorSource());
});

it('judges reports as ajv compiling the schema at run time does', async () => {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  const runtime = ajv.compile(schema);
  const good = await runEstimate({ gpu: 'NVIDIA A100-SXM4-80GB', count: 2, hours: 3, location: 'FR', endMs: Date.UTC(2026, 0, 1) });
  const broken = [
    { ...good, totals: { ...good.totals, energyJ: -1 } },
    { ...good, schemaVersion: undefined },
    { ...good, generatedAt: 'yesterday' },
    { ...good, devices: [{ ...good.devices[0], coverage: 2 }] },
  ];
  expect(runtime(good)).toBe(true);
  expect(reportSchemaErrors(good)).toEqual([]);
  for (const report of broken) {
    expect(runtime(report)).toBe(false);
    expect(reportSchemaErrors(report)).toEqual(runtime.errors);
  }
});
