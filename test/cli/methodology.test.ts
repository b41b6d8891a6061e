import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const J_PER_KWH = 3_600_000;
const doc = readFileSync(new URL('../../docs/methodology.md', import.meta.url), 'utf8');

/** The worked example's table rows: | PUE | device energy | facility energy | CO2e |. */
function workedExampleRows() {
  const pattern = /^\| *([\d.]+) *\| *([\d.]+) MJ = ([\d.]+) kWh *\| *([\d.]+) kWh *\| *([\d.]+) kg CO2e *\|$/gm;
  return [...doc.matchAll(pattern)].map((m) => ({
    pue: Number(m[1]),
    deviceMJ: Number(m[2]),
    deviceKWh: Number(m[3]),
    facilityKWh: Number(m[4]),
    co2eKg: Number(m[5]),
  }));
}

/** The `carbon-ci estimate ...` commands the doc shows, split as a shell would (double quotes only). */
function documentedCommands(): string[][] {
  const lines = doc.split('\n').filter((l) => l.startsWith('carbon-ci estimate '));
  return lines.map((line) => [...line.slice('carbon-ci '.length).matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!));
}

function flag(argv: string[], name: string): number {
  const i = argv.indexOf(name);
  if (i < 0) throw new Error(`the documented command lacks ${name}`);
  return Number(argv[i + 1]);
}

describe('docs/methodology.md worked example', () => {
  const rows = workedExampleRows();
  const commands = documentedCommands();

  it('has the two rows and the two commands the issue asks for', () => {
    expect(rows.map((r) => r.pue)).toEqual([1.0, 1.1]);
    expect(commands).toHaveLength(2);
  });

  it('states numbers that follow from 300 W × 100 h at 437 g CO2e/kWh', () => {
    for (const row of rows) {
      const deviceJ = 300 * 100 * 3600;
      expect(row.deviceMJ * 1e6).toBeCloseTo(deviceJ, 6);
      expect(row.deviceKWh * J_PER_KWH).toBeCloseTo(deviceJ, 6);
      expect(row.facilityKWh).toBeCloseTo(30 * row.pue, 9);
      expect(row.co2eKg).toBeCloseTo(30 * row.pue * 0.437, 9);
    }
    expect(rows[0]).toMatchObject({ deviceMJ: 108, deviceKWh: 30, facilityKWh: 30, co2eKg: 13.11 });
    expect(rows[1]).toMatchObject({ deviceMJ: 108, deviceKWh: 30, facilityKWh: 33, co2eKg: 14.421 });
  });

  it('is what the CLI computes, command for command', async () => {
    for (const argv of commands) {
      const pue = flag(argv, '--pue');
      expect(flag(argv, '--power-w')).toBe(300);
      expect(flag(argv, '--hours')).toBe(100);
      expect(flag(argv, '--intensity')).toBe(437);
      const row = rows.find((r) => r.pue === pue);
      expect(row, `no table row for PUE ${pue}`).toBeDefined();

      const result = await cli(argv);
      expect(result.code, result.stderr).toBe(0);
      const report = JSON.parse(result.stdout);
      expect(report.totals.energyJ).toBeCloseTo(row!.deviceMJ * 1e6, 3);
      expect(report.totals.facilityEnergyJ).toBeCloseTo(row!.facilityKWh * J_PER_KWH, 3);
      expect(report.totals.operationalCo2eG).toBeCloseTo(row!.co2eKg * 1000, 6);
      expect(report.totals.co2eG).toBeCloseTo(row!.co2eKg * 1000 + report.totals.embodiedCo2eG, 6);
      expect(report.totals.durationS).toBe(100 * 3600);
      expect(report.factors.pue.value).toBe(pue);
      expect(report.factors.intensity.gPerKWh).toBe(437);
      expect(report.devices).toHaveLength(1);
      expect(report.devices[0].method).toBe('estimate');
    }
  });
});

describe('docs/methodology.md defaults', () => {
  it('states the defaults the code uses', async () => {
    const { gpuData, gridCountries, pueData } = await import('../../src/data/index.js');
    const energy = await import('../../src/energy/options.js');
    const text = doc.replace(/\*\*/g, '');
    expect(text).toContain(`industry average, ${pueData.industryAverage.value}`);
    expect(text).toContain(`${gridCountries.world.gPerKWh} g CO2e/kWh (Ember, ${gridCountries.world.year})`);
    expect(text).toContain(`AWS ${pueData.providers.aws.value.toFixed(2)} (${pueData.providers.aws.year})`);
    expect(text).toContain(`Google Cloud ${pueData.providers.gcp.value.toFixed(2)} (${pueData.providers.gcp.year})`);
    expect(text).toContain(`Azure ${pueData.providers.azure.value}`);
    expect(text).toContain(
      `max(${energy.AUTO_GAP_FLOOR_MS / 1000} s, ${energy.AUTO_GAP_FACTOR} × the median of a stream's first ${energy.AUTO_GAP_INTERVALS} sampling intervals, to the second)`,
    );
    expect(text).toContain(`${energy.BOARD_POWER_FACTOR} × board power when the GPU table knows the model; else ${energy.DEFAULT_MAX_POWER_W} W per device (${energy.NODE_MAX_POWER_W / 1000} kW for a whole node)`);
    expect(text).toContain(`${gpuData.defaultLifetime.years}-year life`);
    const embodied = new Set(gpuData.gpus.map((g) => g.embodiedKgCo2e).filter((kg) => kg !== undefined));
    expect([...embodied]).toEqual([462.5]);
    expect(text).toContain('462.5 kg CO2e per GPU');
  });
});
