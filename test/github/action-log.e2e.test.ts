// The bundled Action's log: the headline, each report warning as a titled annotation, and messages
// that name the Action's inputs where shared code names the CLI's flags.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { fakeGitHubPerTest, ROOT, runBundledAction } from './action-harness.js';
import type { FakeGitHub } from './fake-github.js';

const DST = join(ROOT, 'plugins/nvidia-smi/fixtures/dst-fall-back-new-york.csv');
const QUIET = { comment: 'off', check: 'off', artifact: 'off' };

let server: FakeGitHub;
fakeGitHubPerTest((s) => (server = s));

/** A workspace holding the DST log at logs/dst.csv. */
function dstWorkspace(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'carbon-ci-log-'));
  mkdirSync(join(workspace, 'logs'));
  copyFileSync(DST, join(workspace, 'logs', 'dst.csv'));
  return workspace;
}

/** The `::warning` commands of a log: their properties (decoded) and message. */
function warningCommands(stdout: string): { properties: Record<string, string>; message: string }[] {
  const decode = (text: string) => text.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
  return [...stdout.matchAll(/^::warning(?: ([^:]*))?::(.*)$/gm)].map((m) => ({
    properties: Object.fromEntries((m[1] ?? '').split(',').filter(Boolean).map((pair) => pair.split('=').map(decode) as [string, string])),
    message: decode(m[2]!),
  }));
}

it('logs the headline and one titled annotation per report warning, naming the inputs, not the flags', { timeout: 60_000 }, async () => {
  const workspace = dstWorkspace();
  const run = await runBundledAction({ server, workspace, inputs: { telemetry: 'logs/dst.csv', location: 'US-NY', ...QUIET } });
  expect(run.code, run.stdout).toBe(0);
  const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as Report;

  const lines = run.stdout.split('\n');
  const headline = lines.filter((line) => line.startsWith('carbon-ci: '));
  expect(headline).toEqual([
    'carbon-ci: energy 0.5 kWh (devices), 0.78 kWh with the facility overhead (PUE)',
    `carbon-ci: CO2e 0.232 kg (operational 0.232 kg + embodied 0 kg)`,
    "carbon-ci: coverage 62.5 % of the devices' time",
    'carbon-ci: budget none (no budget set)',
    expect.stringMatching(/^carbon-ci: baseline none \(/),
    'carbon-ci: 4 warnings',
  ]);

  const annotations = warningCommands(run.stdout).filter((w) => w.properties.title?.startsWith('carbon-ci: '));
  expect(annotations.map((w) => w.properties.title)).toEqual(report.warnings.map((w) => `carbon-ci: ${w.code}`));
  // The log names no GPU model: the embodied 0 kg above is said to be a lower bound.
  expect(report.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['time-zone-default', 'time-backwards', 'embodied-not-counted']));
  // A warning about a line of a file in the workspace points at it.
  const backwards = annotations[report.warnings.findIndex((w) => w.code === 'time-backwards')]!;
  expect(backwards.properties).toMatchObject({ file: 'logs/dst.csv', line: '6' });
  // The Action's wording in the log; the report JSON keeps the CLI's.
  const zone = annotations[report.warnings.findIndex((w) => w.code === 'time-zone-default')]!;
  expect(zone.message).toContain('input `timezone` (e.g. `timezone: America/New_York`)');
  expect(zone.message).not.toContain('--timezone');
  expect(report.warnings.find((w) => w.code === 'time-zone-default')!.message).toContain('--timezone America/New_York');
});

it('states a broken budget and the change against a baseline file in the headline', { timeout: 60_000 }, async () => {
  const workspace = dstWorkspace();
  const first = await runBundledAction({ server, workspace, inputs: { telemetry: 'logs/dst.csv', location: 'US-NY', timezone: 'America/New_York', ...QUIET } });
  expect(first.code, first.stdout).toBe(0);
  copyFileSync(first.outputs['report-path']!, join(workspace, 'base.json'));
  const run = await runBundledAction({
    server,
    workspace,
    inputs: { telemetry: 'logs/dst.csv', location: 'US-NY', timezone: 'America/New_York', pue: '2', baseline: 'base.json', 'max-increase-percent': '10', 'fail-on-budget': 'false', ...QUIET },
  });
  expect(run.code, run.stdout).toBe(0);
  const lines = run.stdout.split('\n');
  expect(lines).toContain('carbon-ci: budget warn (broken: increase)');
  expect(lines.find((line) => line.startsWith('carbon-ci: baseline '))).toMatch(/^carbon-ci: baseline \+\d+(\.\d+)? % CO2e \(\+\d+(\.\d+)? kg\) against /);
  expect(run.outputs['budget-status']).toBe('warn');
});

it('names the input `location`, not the flag, in a configuration error about the location', { timeout: 60_000 }, async () => {
  const telemetry = join(ROOT, 'test/fixtures/github/nvidia-smi-2xA100.csv');
  const run = await runBundledAction({ server, inputs: { telemetry, location: 'FR', facility: 'cloud', timezone: 'UTC', ...QUIET } });
  expect(run.code).not.toBe(0);
  const error = run.commands.find((c) => c.kind === 'error')!;
  expect(error.message).toContain('carbon-ci: configuration error: facility "cloud" needs a cloud region');
  expect(error.message).toContain('input `location`');
  expect(error.message).not.toContain('--location');
  expect(run.summary).toContain('input `location`');
  expect(run.summary).not.toContain('--location');

  const unknown = await runBundledAction({ server, inputs: { telemetry, location: 'Narnia', timezone: 'UTC', ...QUIET } });
  const unknownError = unknown.commands.find((c) => c.kind === 'error')!;
  expect(unknownError.message).toContain('Unknown location "Narnia"');
  expect(unknownError.message).toContain('`intensity: G_PER_KWH`');
  expect(unknownError.message).not.toMatch(/--[a-z]/);
});
