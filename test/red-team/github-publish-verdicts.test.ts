// Red team: in `mode: publish` the fork's artifact records its own budget verdicts. Publish judges the
// budgets again from the report's totals, whatever the artifact says, and warns when they disagree.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runReport } from '../../src/pipeline/index.js';
import { artifactNameFor, packReport } from '../../src/publish/envelope.js';
import { renderJson } from '../../src/render/index.js';
import type { BudgetVerdict, Report } from '../../src/report/types.js';
import { BASE_REF, fakeGitHubPerTest, HEAD_SHA, PR_NUMBER, ROOT, runBundledAction, workflowRunEvent } from '../github/action-harness.js';
import { OWNER, REPO, type FakeGitHub } from '../github/fake-github.js';

const TELEMETRY = join(ROOT, 'test/fixtures/github/nvidia-smi-2xA100.csv');
const TRIGGER = 7400;

let server: FakeGitHub;
let sample: Report;
fakeGitHubPerTest((s) => (server = s));

beforeAll(async () => {
  sample = await runReport({ inputs: [TELEMETRY], cwd: ROOT, location: 'FR', intensityGPerKWh: 400, pue: 1, timeZone: 'UTC' });
});

/** The fork's artifact, with the verdicts it chose to record. */
async function publishWith(budgets: BudgetVerdict[], inputs: Record<string, string> = {}) {
  const report = structuredClone(sample);
  report.budgets = budgets;
  server.addRun({ id: TRIGGER, headSha: HEAD_SHA, headBranch: 'changes', event: 'pull_request' });
  server.pulls.set(PR_NUMBER, { headSha: HEAD_SHA, baseRef: BASE_REF });
  server.addArtifact(TRIGGER, artifactNameFor('default'), packReport(renderJson(report), {
    version: 1, reportId: 'default', repository: `${OWNER}/${REPO}`, headSha: HEAD_SHA, pullRequest: { number: PR_NUMBER }, failOnBudget: true, comment: true, check: true,
  }));
  return runBundledAction({ server, inputs: { mode: 'publish', ...inputs }, event: workflowRunEvent({ id: TRIGGER, headSha: HEAD_SHA }), runId: 9400 });
}

describe('publish judges budgets from the totals', () => {
  it('fails the check when the artifact says "passed" but its totals break the budget it recorded', async () => {
    expect(sample.totals.co2eG).toBeGreaterThan(40);
    const run = await publishWith([{ name: 'co2e', limit: 10, actual: 5, unit: 'gCO2e', passed: true, message: 'CO2e 0.005 kg is within the budget of 0.01 kg' }]);
    expect(run.code, run.stdout).toBe(0);
    expect(server.checkRuns[0]).toMatchObject({ head_sha: HEAD_SHA, conclusion: 'failure' });
    expect(run.outputs['budget-status']).toBe('fail');
    const warning = run.commands.find((c) => c.kind === 'warning' && /recorded/.test(c.message));
    expect(warning?.message).toMatch(/co2e/);
    expect(warning?.message).toMatch(/passed/);
    const body = server.commentsOn(PR_NUMBER)[0]!.body;
    expect(body).toContain('exceeds the budget of 0.01 kg');
  });

  it('passes the check when the artifact says "failed" but its totals are within the budget', async () => {
    const run = await publishWith([{ name: 'energy', limit: 3.6e6, actual: 9e9, unit: 'J', passed: false, message: 'device energy 2500 kWh exceeds the budget of 1 kWh' }]);
    expect(run.code, run.stdout).toBe(0);
    expect(server.checkRuns[0]).toMatchObject({ conclusion: 'success' });
    expect(run.commands.some((c) => c.kind === 'warning' && /recorded/.test(c.message) && /energy/.test(c.message))).toBe(true);
  });

  it('raises no warning when the recorded verdicts agree with the totals', async () => {
    const run = await publishWith([{ name: 'co2e', limit: 1000, actual: sample.totals.co2eG, unit: 'gCO2e', passed: true, message: 'within' }]);
    expect(run.code, run.stdout).toBe(0);
    expect(server.checkRuns[0]).toMatchObject({ conclusion: 'success' });
    expect(run.commands.filter((c) => c.kind === 'warning')).toEqual([]);
  });

  it('uses the publishing workflow\'s budgets over the artifact\'s', async () => {
    const run = await publishWith([{ name: 'co2e', limit: 1e9, actual: 5, unit: 'gCO2e', passed: true, message: 'within' }], { 'budget-co2e-kg': '0.01' });
    expect(server.checkRuns[0]).toMatchObject({ conclusion: 'failure' });
    expect(run.outputs['budget-status']).toBe('fail');
  });
});
