// The bundled Action with a RUNNER_TEMP or a job summary it cannot write: a warning, and the outputs,
// the artifact, the comment and the check all still happen (docs/github.md, "What it posts").
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeGitHubPerTest, PR_NUMBER, ROOT, runBundledAction, type ActionRun } from '../github/action-harness.js';
import type { FakeGitHub } from '../github/fake-github.js';

const TELEMETRY = join(ROOT, 'test/fixtures/github/nvidia-smi-2xA100.csv');
const INPUTS = { telemetry: TELEMETRY, location: 'FR', intensity: '400', pue: '1.0', timezone: 'UTC' };
const MARKER = '<!-- carbon-ci:report-id=default -->';

let server: FakeGitHub;
fakeGitHubPerTest((s) => (server = s));

/** A path under a regular file: nothing can be created or written there, not even by root. */
function unwritablePath(name: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'carbon-ci-unwritable-')), 'a-file');
  writeFileSync(file, '');
  return join(file, name);
}

function expectEverythingElse(run: ActionRun, outputs = true): void {
  expect(run.code, run.stdout).toBe(0);
  expect(run.stdout).not.toContain('internal error');
  if (outputs) {
    expect(run.outputs['energy-kwh']).toBe('0.0991667');
    expect(run.outputs['budget-status']).toBe('none');
    expect(run.outputs['comment-url']).toContain('#issuecomment-');
  }
  expect(server.commentsOn(PR_NUMBER).filter((c) => c.body.startsWith(MARKER))).toHaveLength(1);
  expect(server.checkRuns).toHaveLength(1);
  expect(server.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'success' });
  expect(server.artifacts.map((a) => a.name)).toEqual(['carbon-ci-report-default']);
}

describe('the Action when it cannot write a file of the runner', () => {
  it('RUNNER_TEMP unwritable: no report file, a warning, everything else', async () => {
    const run = await runBundledAction({ server, inputs: INPUTS, runtime: true, env: { RUNNER_TEMP: unwritablePath('runner-temp') } });
    expectEverythingElse(run);
    expect(run.outputs['report-path']).toBe('');
    expect(run.commands.filter((c) => c.kind === 'warning').map((c) => c.message).join('\n')).toMatch(/could not write the report file .*ENOTDIR/);
    expect(run.summary).toContain('### carbon-ci: 0.0440 kg CO2e');
  });

  it('GITHUB_STEP_SUMMARY unwritable: a warning, everything else', async () => {
    const run = await runBundledAction({ server, inputs: INPUTS, runtime: true, env: { GITHUB_STEP_SUMMARY: unwritablePath('summary.md') } });
    expectEverythingElse(run);
    expect(run.outputs['report-path']).toMatch(/carbon-ci-report\.json$/);
    expect(run.commands.filter((c) => c.kind === 'warning').map((c) => c.message).join('\n')).toMatch(/could not write the job summary/);
  });

  it('both unwritable: still a warning each and everything else', async () => {
    const env = { RUNNER_TEMP: unwritablePath('runner-temp'), GITHUB_STEP_SUMMARY: unwritablePath('summary.md') };
    const run = await runBundledAction({ server, inputs: INPUTS, runtime: true, env });
    expectEverythingElse(run);
    const warnings = run.commands.filter((c) => c.kind === 'warning').map((c) => c.message);
    expect(warnings.filter((w) => w.includes('could not write the job summary'))).toHaveLength(1);
    expect(warnings.filter((w) => w.includes('could not write the report file'))).toHaveLength(1);
  });

  it('GITHUB_OUTPUT unwritable: one warning, then the summary, the artifact, the comment and the check', async () => {
    const run = await runBundledAction({ server, inputs: INPUTS, runtime: true, env: { GITHUB_OUTPUT: unwritablePath('output') } });
    expectEverythingElse(run, false);
    expect(run.commands.filter((c) => c.kind === 'warning' && c.message.includes('could not set the step outputs'))).toHaveLength(1);
    expect(run.summary).toContain('PR comment created');
  });
});
