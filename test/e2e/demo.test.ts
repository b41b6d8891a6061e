import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { renderMarkdown } from '../../src/render/markdown.js';
import { reportSchemaErrors } from '../../src/report/validate.js';
import { cli } from '../cli/run-cli.js';

/** `npm run demo`'s arguments, taken from package.json so that the test follows the script. */
function demoArgs(): string[] {
  const script = pkg.scripts.demo;
  const args = script.replace(/^node bin\/carbon-ci\.js\s+/, '').split(/\s+/);
  expect(args[0]).toBe('report');
  return args;
}

describe('the demo: the bundled multi-GPU example log', () => {
  it('reports every GPU, validates, and renders a chart and a folded or plain device table', async () => {
    const result = await cli([...demoArgs(), '--json', '-']);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.devices.length).toBeGreaterThanOrEqual(8);
    expect(report.inputs.timeZoneSource).toBe('user');
    const sum = report.devices.reduce((s: number, d: { energyJ: number }) => s + d.energyJ, 0);
    expect(report.totals.energyJ).toBeCloseTo(sum, 3);
    expect(report.totals.facilityEnergyJ).toBeCloseTo(report.totals.energyJ * report.factors.pue.value, 3);
    expect(report.totals.operationalCo2eG).toBeCloseTo((report.totals.facilityEnergyJ / 3.6e6) * report.factors.intensity.gPerKWh, 3);
    // The example has one GPU with a gap: its coverage is below 1 and a warning or gap says so.
    expect(report.devices.some((d: { coverage: number }) => d.coverage < 1)).toBe(true);
    expect(report.powerSeries?.powerW.length).toBeGreaterThan(1);
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('xychart-beta');
  });

  it('prints the terminal summary on stdout', async () => {
    const result = await cli([...demoArgs(), '--no-color']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/CO2e\s+[\d.,]+ kg/);
  });
});
