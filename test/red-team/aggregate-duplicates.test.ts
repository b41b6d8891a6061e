// mode: aggregate counts each report once, however many times `reports` matches it: two globs on one
// file, a folder reached through a symbolic link, or the same report copied under another name.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runReport } from '../../src/pipeline/index.js';
import { REPORT_FILE } from '../../src/publish/envelope.js';
import { renderJson } from '../../src/render/index.js';
import type { Report } from '../../src/report/types.js';
import { fakeGitHubPerTest, ROOT, runBundledAction, type ActionRun } from '../github/action-harness.js';
import type { FakeGitHub } from '../github/fake-github.js';

const TELEMETRY = join(ROOT, 'test/fixtures/github/nvidia-smi-2xA100.csv');

let server: FakeGitHub;
fakeGitHubPerTest((s) => (server = s));

let legA: Report;
let legB: Report;
beforeAll(async () => {
  const options = { inputs: [TELEMETRY], cwd: ROOT, location: 'FR', intensityGPerKWh: 400, pue: 1, timeZone: 'UTC' };
  legA = await runReport({ ...options, now: () => new Date('2024-03-01T10:00:00Z') });
  legB = await runReport({ ...options, now: () => new Date('2024-03-01T10:05:00Z') });
});

/** A workspace with each report where actions/download-artifact would put it. */
function workspaceWith(reports: Record<string, Report>): string {
  const workspace = mkdtempSync(join(tmpdir(), 'carbon-ci-aggregate-'));
  for (const [id, report] of Object.entries(reports)) {
    mkdirSync(join(workspace, 'reports', `carbon-ci-report-${id}`), { recursive: true });
    writeFileSync(join(workspace, 'reports', `carbon-ci-report-${id}`, REPORT_FILE), renderJson(report));
  }
  return workspace;
}

function merged(run: ActionRun): Report {
  expect(run.code, run.stdout).toBe(0);
  return JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as Report;
}

function warnings(run: ActionRun): string[] {
  return run.commands.filter((c) => c.kind === 'warning').map((c) => c.message);
}

describe('mode: aggregate with a report matched twice', () => {
  it('two globs that match one file', async () => {
    const workspace = workspaceWith({ 'gpu-a': legA });
    // fast-glob's `unique` only drops a path given twice in the same spelling; an absolute one is another.
    const reports = `reports/*/${REPORT_FILE}\n${join(workspace, 'reports', 'carbon-ci-report-gpu-a', REPORT_FILE)}`;
    const run = await runBundledAction({ server, inputs: { mode: 'aggregate', reports }, workspace });
    const report = merged(run);
    expect(report.totals.energyJ).toBeCloseTo(legA.totals.energyJ, 6);
    expect(report.devices.map((d) => d.id)).toEqual(legA.devices.map((d) => d.id));
    expect(warnings(run).some((w) => /skipped .*carbon-ci-report\.json.*same file/.test(w))).toBe(true);
  });

  it('a folder reached again through a symbolic link', async () => {
    const workspace = workspaceWith({ 'gpu-a': legA, 'gpu-b': legB });
    symlinkSync(join(workspace, 'reports'), join(workspace, 'mirror'));
    const run = await runBundledAction({ server, inputs: { mode: 'aggregate', reports: `reports/*/${REPORT_FILE}\nmirror/*/${REPORT_FILE}` }, workspace });
    const report = merged(run);
    expect(report.totals.energyJ).toBeCloseTo(legA.totals.energyJ + legB.totals.energyJ, 6);
    expect(report.devices).toHaveLength(legA.devices.length + legB.devices.length);
    expect(warnings(run).filter((w) => w.includes('same file'))).toHaveLength(2);
  });

  it('the same report copied under another name', async () => {
    const workspace = workspaceWith({ 'gpu-a': legA, 'gpu-b': legB });
    copyFileSync(join(workspace, 'reports', 'carbon-ci-report-gpu-a', REPORT_FILE), join(workspace, 'reports', 'copy-of-a.json'));
    const run = await runBundledAction({ server, inputs: { mode: 'aggregate', reports: 'reports/**/*.json' }, workspace });
    const report = merged(run);
    expect(report.totals.energyJ).toBeCloseTo(legA.totals.energyJ + legB.totals.energyJ, 6);
    expect(report.devices).toHaveLength(legA.devices.length + legB.devices.length);
    const skipped = warnings(run).filter((w) => w.includes('skipped'));
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatch(/gpu-a/);
    expect(skipped[0]).toMatch(/copy-of-a/);
  });

  it('still adds up two jobs that read the same log but are different reports', async () => {
    const run = await runBundledAction({ server, inputs: { mode: 'aggregate', reports: 'reports/*/*.json' }, workspace: workspaceWith({ 'gpu-a': legA, 'gpu-b': legB }) });
    const report = merged(run);
    expect(report.totals.energyJ).toBeCloseTo(legA.totals.energyJ + legB.totals.energyJ, 6);
    expect(warnings(run).filter((w) => w.includes('skipped'))).toHaveLength(0);
  });
});
