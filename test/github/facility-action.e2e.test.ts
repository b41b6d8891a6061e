// The Action's `facility` and `intensity-scope` inputs reach the report, as their flags do on the CLI.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { fakeGitHubPerTest, ROOT, runBundledAction } from './action-harness.js';
import type { FakeGitHub } from './fake-github.js';

let server: FakeGitHub;
fakeGitHubPerTest((s) => (server = s));

it('prices with the facility\'s PUE and the direct scope when the inputs ask for them', { timeout: 60_000 }, async () => {
  const telemetry = join(ROOT, 'test/fixtures/github/nvidia-smi-2xA100.csv');
  const run = await runBundledAction({ server, inputs: { telemetry, location: 'FR', timezone: 'UTC', facility: 'desktop', 'intensity-scope': 'direct', comment: 'off', check: 'off' } });
  expect(run.code, run.stdout).toBe(0);
  const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as Report;
  expect(report.factors.pue).toMatchObject({ value: 1, facility: 'desktop' });
  expect(report.factors.intensity).toMatchObject({ scope: 'direct' });
});
