import { describe, expect, it } from 'vitest';
import { sampleDevice, sampleReport } from '../report/test/sample-report.js';
import { mermaidPowerChart } from './chart.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderTerminal } from './terminal.js';

describe('renderTerminal', () => {
  it('shows the headline, factors with sources, the device table and warnings', () => {
    const text = renderTerminal(sampleReport(), { color: false });
    expect(text).toMatch(/Energy\s+30\.0 kWh/);
    expect(text).toMatch(/Facility energy\s+33\.0 kWh\s+× PUE 1\.10/);
    expect(text).toMatch(/CO2e\s+14\.4 kg/);
    expect(text).toContain('437 g CO2e/kWh for US-CA');
    expect(text).toContain('user (--intensity), 2024');
    // The scope of the grid figure, as the comment states it.
    const scoped = renderTerminal({ ...sampleReport(), factors: { ...sampleReport().factors, intensity: { ...sampleReport().factors.intensity, scope: 'direct' } } }, { color: false });
    expect(scoped).toMatch(/Grid intensity .*direct \(combustion only\)/);
    expect(text).toMatch(/GPU-89fdc1e1…b3fa\s+NVIDIA A100-SXM4-80GB\s+30\.0 kWh\s+14\.4 kg\s+power-integral\s+99\.8 %\s+nvidia-smi/);
    expect(text).toContain('(ids with … are shortened UUIDs; --json gives them in full)');
    expect(text).toContain('Warnings (1)');
    expect(text).toContain('(logs/gpu.csv:1201)');
    expect(text).not.toContain('\u001b[');
  });

  it('colours only when asked', () => {
    expect(renderTerminal(sampleReport(), { color: true })).toContain('\u001b[1m');
  });

  it('summarises long warning lists', () => {
    const warnings = Array.from({ length: 30 }, (_, i) => ({ code: 'x', message: `warning ${i}` }));
    const text = renderTerminal(sampleReport({ warnings }), { color: false });
    expect(text).toContain('warning 19');
    expect(text).not.toContain('warning 20');
    expect(text).toContain('and 10 more');
  });
});

describe('renderMarkdown', () => {
  it('writes headline, chart, devices, method and warnings, without a hidden marker', () => {
    const md = renderMarkdown(sampleReport());
    expect(md).toMatch(/^### carbon-ci: 14\.4 kg CO2e/);
    expect(md).toContain('| 30.0 kWh | 33.0 kWh | 14.4 kg | 99.8 % | 100 h |');
    expect(md).toContain('```mermaid\nxychart-beta');
    expect(md).toContain('Steps without data are drawn at 0.');
    expect(md).toContain('#### Devices');
    expect(md).not.toContain('<details>\n<summary><b>Devices');
    expect(md).toContain('× PUE **1.10** (user (--pue))');
    expect(md).toContain('**437 g CO2e/kWh**');
    expect(md).toContain('#### ⚠️ Warnings (1)');
    expect(md).not.toContain('<!--');
  });

  it('folds the device table when there are more than 8 devices', () => {
    const devices = Array.from({ length: 9 }, (_, i) => sampleDevice({ id: `gpu-${i}` }));
    const md = renderMarkdown(sampleReport({ devices }));
    expect(md).toContain('<details>\n<summary><b>Devices (9)</b></summary>');
    expect(md).toContain('| gpu-8 |');
  });

  it('escapes table cells and prose from the input', () => {
    const md = renderMarkdown(
      sampleReport({
        devices: [sampleDevice({ id: 'a|b', model: 'x' })],
        warnings: [{ code: 'x', message: 'bad <script> @someone *x*' }],
      }),
    );
    expect(md).toContain('| a\\|b |');
    expect(md).toContain('bad &lt;script&gt; @\u200bsomeone \\*x\\*');
  });

  it('renders smoke, baseline and budget sections when present', () => {
    const md = renderMarkdown(
      sampleReport({
        smoke: {
          passed: false,
          model: 'model.onnx',
          executionProvider: 'cpu',
          requestedDevice: 'cuda',
          fallbackReason: 'no CUDA device',
          checks: [{ name: 'finite outputs', passed: false, message: 'NaN in output 0' }],
          loadMs: 10,
          latencyMs: { mean: 2, p50: 1.5, p95: 3 },
          throughputPerS: 600,
          iterations: 100,
          batchSize: 1,
          energyPerInferenceJ: 0.05,
          energyMethod: 'estimate',
          co2ePer1kInferencesG: 0.006,
        },
        baseline: { found: true, source: 'run 41 on main', co2eG: 13_000, deltaCo2eG: 1421, deltaPercent: 10.93 },
        budgets: [{ name: 'co2e', limit: 10, actual: 14.421, unit: 'kg', passed: false, message: 'over budget by 4.42 kg' }],
      }),
    );
    expect(md).toContain('#### Smoke test: ❌ failed');
    expect(md).toContain('❌ finite outputs: NaN in output 0');
    expect(md).toContain('change **+1.42 kg** (+10.9 %)');
    expect(md).toContain('| ❌ fail | co2e | 14.4 kg | 10.0 kg | over budget by 4.42 kg |');
  });

  it('says when no baseline was found', () => {
    expect(renderMarkdown(sampleReport({ baseline: { found: false, source: 'no report artifact on main' } }))).toContain(
      'No baseline: no report artifact on main.',
    );
  });
});

describe('mermaidPowerChart', () => {
  it('downsamples long series and scales to kW', () => {
    const series = { stepS: 1, start: '2024-01-01T00:00:00.000Z', powerW: Array.from({ length: 3600 }, () => 2400) };
    const chart = mermaidPowerChart(series)!;
    const line = chart.mermaid.split('\n').find((l) => l.trim().startsWith('line'))!;
    const points = line.slice(line.indexOf('[') + 1, line.indexOf(']')).split(', ');
    expect(points.length).toBeLessThanOrEqual(96);
    expect(new Set(points)).toEqual(new Set(['2.400']));
    expect(chart.mermaid).toContain('y-axis "power (kW)" 0 --> 3');
    expect(chart.mermaid).toContain('x-axis "time since start (min)" 0 --> 60.0');
    expect(chart.hasMissing).toBe(false);
  });

  it('draws nothing for fewer than two points', () => {
    expect(mermaidPowerChart({ stepS: 1, start: '2024-01-01T00:00:00.000Z', powerW: [100] })).toBeUndefined();
  });
});

describe('renderJson', () => {
  it('orders keys as the schema does, indents by 2 and ends with a newline', () => {
    const report = sampleReport();
    const shuffled = Object.fromEntries(Object.entries(report).reverse()) as typeof report;
    const json = renderJson(shuffled);
    expect(json).toBe(renderJson(report));
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.startsWith('{\n  "schemaVersion": "1.0.0",\n  "tool": {')).toBe(true);
    expect(JSON.parse(json)).toEqual(report);
    expect(Object.keys(JSON.parse(json).totals)).toEqual(['energyJ', 'facilityEnergyJ', 'operationalCo2eG', 'embodiedCo2eG', 'co2eG', 'durationS']);
  });

  it('keeps keys the schema does not name, sorted, after the named ones', () => {
    const report = sampleReport();
    (report.run as Record<string, unknown>).zeta = 1;
    (report.run as Record<string, unknown>).alpha = 2;
    expect(Object.keys(JSON.parse(renderJson(report)).run)).toEqual(['repository', 'commit', 'runId', 'alpha', 'zeta']);
  });
});

describe('renderJson and $refs outside definitions', () => {
  it('orders the keys of smoke.factors as the report factors', () => {
    const report = sampleReport({
      smoke: {
        passed: true,
        model: 'm.onnx',
        executionProvider: 'cpu',
        requestedDevice: 'auto',
        checks: [],
        loadMs: 1,
        latencyMs: { mean: 1, p50: 1, p95: 1 },
        throughputPerS: 1,
        iterations: 1,
        batchSize: 1,
        energyPerInferenceJ: 1,
        energyMethod: 'estimate',
        co2ePer1kInferencesG: 1,
        factors: {
          intensity: { year: 2024, source: 's', location: 'FR', gPerKWh: 50 },
          pue: { source: 'p', value: 1.2 },
        },
      },
    });
    const smoke = JSON.parse(renderJson(report)).smoke;
    expect(Object.keys(smoke.factors)).toEqual(['pue', 'intensity']);
    expect(Object.keys(smoke.factors.intensity)).toEqual(['source', 'year', 'gPerKWh', 'location']);
  });
});

describe('renderMarkdown with many devices', () => {
  it('lists the devices with the most energy and counts the rest', () => {
    const devices = Array.from({ length: 12 }, (_, i) => sampleDevice({ id: `gpu-${i}`, energyJ: i * 1e6 }));
    const md = renderMarkdown(sampleReport({ devices }), { maxDeviceRows: 10 });
    expect(md).toContain('| gpu-11 |');
    expect(md).not.toContain('| gpu-1 |');
    expect(md).toContain('10 devices with the most energy shown; 2 more in the JSON report.');
  });
});
