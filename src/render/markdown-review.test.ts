import { describe, expect, it } from 'vitest';
import { sampleDevice, sampleReport } from '../report/test/sample-report.js';
import type { Report } from '../report/types.js';
import { deviceLabels, runLineMarkdown, shortDeviceId } from './identity.js';
import { renderMarkdown } from './markdown.js';
import { renderTerminal } from './terminal.js';

const SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';

describe('the PR comment as a reviewer reads it', () => {
  it('puts the budget verdict and the change against base in the heading', () => {
    const md = renderMarkdown(
      sampleReport({
        budgets: [{ name: 'co2e', limit: 20_000, actual: 14_421, unit: 'gCO2e', passed: true, message: 'ok' }],
        baseline: { found: true, source: 'run 1', co2eG: 12_000, deltaCo2eG: 2421, deltaPercent: 20.175 },
      }),
    );
    expect(md.split('\n')[0]).toBe('### carbon-ci: 14.4 kg CO2e · ✅ budget pass · +20.2 % against base');
    const failed = renderMarkdown(
      sampleReport({
        budgets: [
          { name: 'co2e', limit: 10_000, actual: 14_421, unit: 'gCO2e', passed: false, message: 'over' },
          { name: 'energy', limit: 36e6, actual: 108e6, unit: 'J', passed: false, message: 'over' },
        ],
        baseline: { found: false, source: 'no run on main' },
      }),
    );
    expect(failed.split('\n')[0]).toBe('### carbon-ci: 14.4 kg CO2e · ❌ budget failed: co2e, energy');
  });

  it('writes budgets in the headline units, not grams and joules', () => {
    const md = renderMarkdown(
      sampleReport({
        budgets: [
          { name: 'co2e', limit: 20_000, actual: 14_421, unit: 'gCO2e', passed: true, message: 'ok' },
          { name: 'energy', limit: 36e7, actual: 108e6, unit: 'J', passed: true, message: 'ok' },
        ],
      }),
    );
    expect(md).toContain('| ✅ pass | co2e | 14.4 kg CO2e | 20.0 kg CO2e | ok |');
    expect(md).toContain('| ✅ pass | energy | 30.0 kWh | 100 kWh | ok |');
  });

  it('links the commit and run it reflects when their fields have GitHub\'s shapes', () => {
    const md = renderMarkdown(sampleReport({ run: { repository: 'acme/model', commit: SHA, runId: 42, runAttempt: 2 } }));
    expect(md).toContain(
      `<sub>For commit [ec26c3e](https://github.com/acme/model/commit/${SHA}) · run [42 (attempt 2)](https://github.com/acme/model/actions/runs/42/attempts/2) in acme/model.</sub>`,
    );
  });

  it("links to a GitHub Enterprise Server's web address, and to github.com when the address is not a bare origin", () => {
    expect(runLineMarkdown({ serverUrl: 'https://ghe.example.com', repository: 'acme/model', runId: 42 })).toBe('For run [42](https://ghe.example.com/acme/model/actions/runs/42) in acme/model.');
    for (const serverUrl of ['https://evil.example/x)[y](https://evil.example', 'https://x.com)www.evil.com', 'https://a`b.example', 'https://a*b*.example', 'javascript:alert(1)', 'https://user:pw@ghe.example.com', 'not a url']) {
      expect(runLineMarkdown({ serverUrl, repository: 'acme/model', runId: 42 })).toBe('For run [42](https://github.com/acme/model/actions/runs/42) in acme/model.');
    }
  });

  it('shows untrusted run fields as escaped plain text, never as links', () => {
    const evil = runLineMarkdown({ repository: 'acme/model](https://evil.example)', commit: `${SHA}) [x](https://evil.example`, runId: 1.5 });
    expect(evil).not.toMatch(/(?<!\\)\]\(/);
    expect(evil).not.toContain('https://evil');
    expect(evil).toContain('\\[x\\]');
    expect(runLineMarkdown({ repository: '../x', commit: SHA, runId: 7 })).toBe('For commit ec26c3e · run 7 in ../x.');
    expect(runLineMarkdown({ repository: 'acme/model', commit: 'abc123', runId: 42 })).toBe('For commit abc123 · run [42](https://github.com/acme/model/actions/runs/42) in acme/model.');
    expect(runLineMarkdown({})).toBe('');
  });

  it('shortens GPU UUIDs in the device table and lists them in full in the details', () => {
    expect(shortDeviceId('GPU-1b2c3d4e-0000-4a4a-8b8b-000000000001')).toBe('GPU-1b2c3d4e…0001');
    expect(shortDeviceId('node-7/GPU-1b2c3d4e-0000-4a4a-8b8b-000000000001')).toBe('node-7/GPU-1b2c3d4e…0001');
    expect(shortDeviceId('gpu0')).toBe('gpu0');
    const md = renderMarkdown(sampleReport());
    expect(md).toContain('| GPU-89fdc1e1…b3fa |');
    expect(md).toContain('Device ids in full: GPU-89fdc1e1…b3fa = GPU-89fdc1e1-18b2-f499-c12b-82bcb9bfb3fa.');
  });

  it('keeps full ids when shortening would make two the same', () => {
    const a = sampleDevice({ id: 'GPU-1b2c3d4e-0000-4a4a-8b8b-000000000001' });
    const b = sampleDevice({ id: 'GPU-1b2c3d4e-1111-4a4a-8b8b-000000000001' });
    const { label, full } = deviceLabels([a, b]);
    expect([label(a), label(b)]).toEqual([a.id, b.id]);
    expect(full).toEqual([]);
  });

  it('writes tiny numbers in small units', () => {
    const tiny = { energyJ: 0.0106, facilityEnergyJ: 0.0106, operationalCo2eG: 0.00000472, embodiedCo2eG: 0, co2eG: 0.00000472, durationS: 0.2 };
    const md = renderMarkdown(sampleReport({ totals: tiny, devices: [sampleDevice({ energyJ: 0.0106, co2eG: 0.00000472 })] }));
    expect(md.split('\n')[0]).toBe('### carbon-ci: 4.72 µg CO2e');
    expect(md).toContain('| 2.94 µWh | 2.94 µWh | 4.72 µg |');
    expect(md).toContain('| 2.94 µWh | 4.72 µg |');
    expect(md).not.toMatch(/0\.0000/);
    expect(renderTerminal(sampleReport({ totals: tiny }), { color: false })).toMatch(/CO2e\s+4\.72 µg/);
  });

  it('captions the chart with its real step and the report\'s', () => {
    const md = renderMarkdown(sampleReport());
    expect(md).toContain('mean of each 2 h (2 of the report\'s 1 h steps).');
    const short = renderMarkdown(sampleReport({ powerSeries: { stepS: 5, start: '2024-01-15T10:00:00.000Z', powerW: [1, 2, 3] } }));
    expect(short).toContain('mean of each 5 s step.');
  });
});

describe('an estimate', () => {
  const estimate = (): Report => {
    const base = sampleReport();
    return sampleReport({
      inputs: { ...base.inputs, mode: 'estimate', files: [], plugin: 'estimate', estimate: { gpu: 'V100', count: 1, hoursPerDevice: 100, utilization: 1, powerW: 300, powerSource: 'user' } },
      devices: [sampleDevice({ id: 'estimate:0', method: 'estimate' })],
      powerSeries: undefined,
    });
  };

  it('shows its duration without the window derived from the clock', () => {
    const md = renderMarkdown(estimate());
    expect(md).toContain('<sub>estimated from a configuration, 100 h per device. CO2e');
    expect(md).not.toContain('2024-01-15');
    expect(renderTerminal(estimate(), { color: false })).not.toContain('2024-01-15');
  });

  it('calls its coverage estimated, not backed by evidence', () => {
    const md = renderMarkdown(estimate());
    expect(md).toContain('| 30.0 kWh | 33.0 kWh | 14.4 kg | estimated | 100 h |');
    expect(md).toContain('Estimated, not measured');
    const text = renderTerminal(estimate(), { color: false });
    expect(text).toMatch(/Coverage\s+estimated/);
    expect(text).not.toContain('backed by evidence');
  });
});

describe('the method lines name the facility, the intensity scope and the embodied range', () => {
  it('says which facility set the PUE, which scope the intensity has, and the published range of the embodied share', () => {
    const report = sampleReport();
    report.factors.pue = { ...report.factors.pue, facility: 'hpc' };
    report.factors.intensity = { ...report.factors.intensity, scope: 'life-cycle' };
    report.factors.embodied = { source: 'x', lifetimeS: 126_230_400, devices: 1, range: { lowCo2eG: 1.5, highCo2eG: 2.75, source: 'low and high figures' } };
    const md = renderMarkdown(report);
    expect(md).toMatch(/PUE \*\*1\.10\*\* for an HPC centre/);
    expect(md).toMatch(/location-based, life-cycle, for US-CA/);
    expect(md).toMatch(/published figures put it between 1\.50 g and 2\.75 g \(low and high figures\)/);
  });
});
