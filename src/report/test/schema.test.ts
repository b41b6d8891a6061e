import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportSchemaErrors, validateReport } from '../validate.js';
import { REPORT_SCHEMA_VERSION } from '../types.js';
import { sampleReport } from './sample-report.js';

const schema = JSON.parse(readFileSync(new URL('../../../schemas/report.schema.json', import.meta.url), 'utf8'));

/** Follow a dotted path of property names through the schema (allOf, $ref and array items included). */
function schemaHas(path: string): boolean {
  let nodes: Record<string, unknown>[] = [schema];
  for (const name of path.split('.')) {
    const next: Record<string, unknown>[] = [];
    const expand = (node: Record<string, unknown>): Record<string, unknown>[] => {
      if (typeof node.$ref === 'string') return expand(schema.definitions[node.$ref.replace('#/definitions/', '')]);
      const parts = [node];
      for (const sub of (node.allOf as Record<string, unknown>[] | undefined) ?? []) parts.push(...expand(sub));
      for (const sub of (node.oneOf as Record<string, unknown>[] | undefined) ?? []) parts.push(...expand(sub));
      if (node.items) parts.push(...expand(node.items as Record<string, unknown>));
      return parts;
    };
    for (const node of nodes.flatMap(expand)) {
      const child = (node.properties as Record<string, Record<string, unknown>> | undefined)?.[name];
      if (child) next.push(child);
    }
    if (next.length === 0) return false;
    nodes = next;
  }
  return true;
}

describe('report schema', () => {
  it('accepts a valid report', () => {
    expect(reportSchemaErrors(sampleReport())).toEqual([]);
    expect(() => validateReport(sampleReport())).not.toThrow();
  });

  it('matches the schema version the code writes', () => {
    expect(REPORT_SCHEMA_VERSION).toMatch(new RegExp(schema.properties.schemaVersion.pattern));
  });

  it.each(['schemaVersion', 'totals', 'factors', 'devices', 'warnings', 'inputs', 'coverage'])('rejects a report without %s', (name) => {
    const report = sampleReport() as unknown as Record<string, unknown>;
    delete report[name];
    const errors = reportSchemaErrors(report);
    expect(errors.some((e) => e.keyword === 'required' && (e.params as { missingProperty: string }).missingProperty === name)).toBe(true);
    expect(() => validateReport(report as never)).toThrow(/does not match schemas\/report.schema.json/);
  });

  it.each(['energyJ', 'facilityEnergyJ', 'operationalCo2eG', 'embodiedCo2eG', 'co2eG', 'durationS'])('rejects totals without %s', (name) => {
    const report = sampleReport();
    delete (report.totals as unknown as Record<string, unknown>)[name];
    expect(reportSchemaErrors(report).map((e) => e.instancePath)).toContain('/totals');
  });

  it.each(['id', 'model', 'energyJ', 'method', 'coverage'])('rejects a device without %s', (name) => {
    const report = sampleReport();
    delete (report.devices[0] as unknown as Record<string, unknown>)[name];
    expect(reportSchemaErrors(report).map((e) => e.instancePath)).toContain('/devices/0');
  });

  it('rejects factors without their sources and year', () => {
    const report = sampleReport();
    delete (report.factors.pue as unknown as Record<string, unknown>).source;
    delete (report.factors.intensity as unknown as Record<string, unknown>).year;
    const paths = reportSchemaErrors(report).map((e) => e.instancePath);
    expect(paths).toContain('/factors/pue');
    expect(paths).toContain('/factors/intensity');
  });

  it('rejects values out of range: negative energy, coverage above 1, an unknown method, a bad date', () => {
    const report = sampleReport();
    report.totals.energyJ = -1;
    report.devices[0]!.coverage = 1.2;
    (report.devices[0] as unknown as Record<string, unknown>).method = 'guess';
    report.generatedAt = 'yesterday';
    const paths = reportSchemaErrors(report).map((e) => e.instancePath);
    expect(paths).toEqual(expect.arrayContaining(['/totals/energyJ', '/devices/0/coverage', '/devices/0/method', '/generatedAt']));
  });

  it.each([
    'schemaVersion',
    'totals.energyJ',
    'totals.facilityEnergyJ',
    'totals.operationalCo2eG',
    'totals.embodiedCo2eG',
    'totals.co2eG',
    'totals.durationS',
    'factors.pue.value',
    'factors.pue.source',
    'factors.intensity.gPerKWh',
    'factors.intensity.location',
    'factors.intensity.source',
    'factors.intensity.year',
    'devices.id',
    'devices.model',
    'devices.energyJ',
    'devices.method',
    'devices.coverage',
    'warnings',
    'smoke',
    'baseline',
    'budgets',
  ])('names %s (issue 2, item 6)', (path) => {
    expect(schemaHas(path)).toBe(true);
  });

  it('accepts the optional smoke, baseline and budget sections', () => {
    const report = sampleReport({
      smoke: {
        passed: true,
        model: 'model.onnx',
        executionProvider: 'cpu',
        requestedDevice: 'auto',
        checks: [{ name: 'loads', passed: true, message: 'ok' }],
        loadMs: 12,
        latencyMs: { mean: 2, p50: 1.9, p95: 3.1 },
        throughputPerS: 500,
        iterations: 100,
        batchSize: 1,
        energyPerInferenceJ: 0.05,
        energyMethod: 'estimate',
        co2ePer1kInferencesG: 0.006,
      },
      baseline: { found: true, source: 'artifact of run 41', co2eG: 13_000, deltaCo2eG: 1421, deltaPercent: 10.9 },
      budgets: [{ name: 'co2e', limit: 20, actual: 14.421, unit: 'kg', passed: true, message: 'within budget' }],
    });
    expect(reportSchemaErrors(report)).toEqual([]);
  });
});
