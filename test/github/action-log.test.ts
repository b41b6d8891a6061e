// The Action's wording of CLI messages, and the cap on the report warnings it logs.
import { describe, expect, it } from 'vitest';
import type { BudgetOutcome } from '../../src/budget/index.js';
import { logHeadline, MAX_LOGGED_WARNINGS } from '../../src/action/finish/headline.js';
import { actionWording, FLAG_TO_INPUT } from '../../src/action/input-names.js';
import { loggerFor, type ActionIO, type AnnotationPlace } from '../../src/action/io.js';
import { setReportOutputs } from '../../src/action/outputs.js';
import type { Report } from '../../src/report/types.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './action-harness.js';

function recordingIO() {
  const info: string[] = [];
  const warnings: { message: string; title?: string; place?: AnnotationPlace }[] = [];
  const io: ActionIO = {
    getInput: () => '',
    setOutput: () => undefined,
    setFailed: () => undefined,
    debug: () => undefined,
    info: (message) => info.push(message),
    warning: (message, title, place) => warnings.push({ message, ...(title ? { title } : {}), ...(place ? { place } : {}) }),
    notice: () => undefined,
    appendSummary: async () => undefined,
    saveState: () => undefined,
    getState: () => '',
  };
  return { io, info, warnings };
}

const NO_BUDGET: BudgetOutcome = { verdicts: [], status: 'none', breached: [], failing: [], notApplied: [] };

function reportWith(warnings: Report['warnings']): Report {
  return {
    totals: { energyJ: 3.6e6, facilityEnergyJ: 5.4e6, operationalCo2eG: 1200, embodiedCo2eG: 34.5, co2eG: 1234.5, durationS: 3600 },
    coverage: 0.9,
    warnings,
  } as unknown as Report;
}

describe('actionWording', () => {
  it('names the inputs for the flags, with their values', () => {
    expect(actionWording('pass --location (e.g. FR), or give --intensity G_PER_KWH')).toBe('pass input `location` (e.g. FR), or give `intensity: G_PER_KWH`');
    expect(actionWording('use e.g. --max-gap 60, or --timezone=UTC')).toBe('use e.g. `max-gap: 60`, or `timezone: UTC`');
    expect(actionWording('choose one with --plugin nvidia-smi or --plugin dcgm')).toBe('choose one with `plugin: nvidia-smi` or `plugin: dcgm`');
    expect(actionWording('set them with --plugin-option name=value; `--plugin-module ./p.js`')).toBe('set them with `plugin-options: name=value`; `plugins: ./p.js`');
    // A list value stays whole (the csv plugin prints such options); a comma after a value is prose.
    expect(actionWording('add --plugin-option power=GPU0,GPU1 --plugin-option unit=W')).toBe('add `plugin-options: power=GPU0,GPU1` `plugin-options: unit=W`');
    expect(actionWording('pass --location FR, or --pue 1.1')).toBe('pass `location: FR`, or `pue: 1.1`');
    expect(actionWording('pass --intensity in grams; check that --plugin names it; user (--pue)')).toBe('pass input `intensity` in grams; check that input `plugin` names it; user (input `pue`)');
  });

  it('leaves other flags and words alone', () => {
    for (const text of ['nvidia-smi --query-gpu=power.draw --format=csv', 'a--location', '--json out.json', '--intensity-scopes']) expect(actionWording(text)).toBe(text);
  });

  it('maps only to inputs that action.yml declares', () => {
    const declared = new Set([...readFileSync(join(ROOT, 'action.yml'), 'utf8').matchAll(/^ {2}([a-z0-9-]+):$/gm)].map((m) => m[1]));
    for (const input of Object.values(FLAG_TO_INPUT)) expect(declared, input).toContain(input);
  });
});

describe('the logged report warnings', () => {
  it('annotates while the cap allows, logs the rest plainly, and counts those past the limit', () => {
    const { io, info, warnings } = recordingIO();
    loggerFor(io).warn('an earlier warning: pass --pue');
    const many = Array.from({ length: MAX_LOGGED_WARNINGS + 5 }, (_, i) => ({ code: 'telemetry', message: `warning ${i}`, file: 'logs/a.csv', line: i + 1 }));
    logHeadline(io, reportWith(many), NO_BUDGET, '/ws');
    expect(warnings[0]).toEqual({ message: 'an earlier warning: pass input `pue`' });
    expect(warnings).toHaveLength(8);
    expect(warnings[1]).toEqual({ message: 'warning 0', title: 'carbon-ci: telemetry', place: { file: 'logs/a.csv', line: 1 } });
    expect(info.filter((line) => line.startsWith('warning (telemetry): '))).toHaveLength(MAX_LOGGED_WARNINGS - 7);
    expect(info.at(-1)).toBe('carbon-ci: 5 more warnings not shown here; the report JSON (output report-path) lists them all');
    expect(info.slice(0, 5)).toEqual([
      'carbon-ci: energy 1 kWh (devices), 1.5 kWh with the facility overhead (PUE)',
      'carbon-ci: CO2e 1.23 kg (operational 1.2 kg + embodied 0.0345 kg)',
      "carbon-ci: coverage 90.0 % of the devices' time",
      'carbon-ci: budget none (no budget set)',
      `carbon-ci: ${MAX_LOGGED_WARNINGS + 5} warnings`,
    ]);
  });

  it('counts an unwritable outputs file against the same cap', () => {
    const { io, info, warnings } = recordingIO();
    io.setOutput = () => {
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    };
    const many = Array.from({ length: 20 }, (_, i) => ({ code: 'telemetry', message: `warning ${i}` }));
    logHeadline(io, reportWith(many), NO_BUDGET, '/ws');
    expect(warnings).toHaveLength(8);
    setReportOutputs(io, reportWith([]), NO_BUDGET, '', 'default');
    expect(warnings).toHaveLength(8);
    expect(info.filter((line) => line.startsWith('warning: could not set the step outputs (ENOSPC: no space left'))).toHaveLength(1);
  });

  it('points no annotation at a file outside the workspace', () => {
    const { io, warnings } = recordingIO();
    logHeadline(io, reportWith([{ code: 'x', message: 'm', file: '/elsewhere/a.csv', line: 3 }, { code: 'y', message: 'n', file: '../up.csv' }]), NO_BUDGET, '/ws');
    expect(warnings.map((w) => w.place)).toEqual([undefined, undefined]);
  });
});

describe('the comment and summary an Action user reads', () => {
  it("name the Action's inputs where the report's advice names CLI flags; the CLI's Markdown keeps the flags", async () => {
    const { runReport } = await import('../../src/pipeline/index.js');
    const { reportMarkdown } = await import('../../src/action/publish-report.js');
    const { renderMarkdown } = await import('../../src/render/index.js');
    const report = await runReport({ inputs: [join(ROOT, 'examples/nvidia-smi-8xA100.csv')] });
    expect(report.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['default-location', 'time-zone-default']));
    const action = reportMarkdown(report, 'default');
    expect(action).not.toMatch(/--location|--timezone/);
    expect(action).toContain('Pass input \\`location\\`');
    expect(action).toContain('name the zone with input \\`timezone\\`');
    const cli = renderMarkdown(report);
    expect(cli).toContain('Pass --location');
    expect(cli).toContain('name the zone with --timezone');
  });
});
