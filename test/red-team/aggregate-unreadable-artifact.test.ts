// Red team: in `mode: aggregate`, a job's artifact that could not be downloaded (an API failure)
// ended the whole run as "internal error"; it is one job's report lost, with a warning.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { fakeGitHubPerTest, PR_NUMBER, ROOT, runBundledAction } from '../github/action-harness.js';
import type { FakeGitHub } from '../github/fake-github.js';

const TELEMETRY = join(ROOT, 'test/fixtures/github/nvidia-smi-2xA100.csv');
const BASE_INPUTS = { telemetry: TELEMETRY, location: 'FR', intensity: '400', pue: '1.0', timezone: 'UTC' };

let server: FakeGitHub;
fakeGitHubPerTest((s) => (server = s));

it('aggregates the readable jobs and warns about the artifact it could not download', { timeout: 120_000 }, async () => {
  for (const id of ['gpu-a', 'gpu-b']) {
    const leg = await runBundledAction({ server, inputs: { ...BASE_INPUTS, 'report-id': id, comment: 'off', check: 'off' }, runtime: true });
    expect(leg.code, leg.stdout).toBe(0);
  }
  // gpu-b's artifact cannot be downloaded: GitHub answers 500 until the retries give up.
  const id = server.artifacts.find((a) => a.name === 'carbon-ci-report-gpu-b')!.id;
  server.fault({ method: 'GET', path: new RegExp(`/actions/artifacts/${id}/zip$`), status: 500, times: 99 });
  const run = await runBundledAction({ server, inputs: { mode: 'aggregate', 'report-id': 'train' }, runtime: true });
  expect(run.code, run.stdout).toBe(0);
  expect(run.stdout).not.toMatch(/internal error/);
  expect(run.commands.some((c) => c.kind === 'warning' && /skipped artifact "carbon-ci-report-gpu-b"/.test(c.message)), run.stdout).toBe(true);
  expect(Number(run.outputs['energy-kwh'])).toBeCloseTo(0.0991667, 5);
  expect(server.commentsOn(PR_NUMBER)).toHaveLength(1);
});
