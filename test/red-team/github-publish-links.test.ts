// Red team: the PR comment links the run's commit and workflow run. In `mode: publish` the report comes
// from a fork's artifact: its run identity must not decide where those links point.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runReport } from '../../src/pipeline/index.js';
import { artifactNameFor, packReport } from '../../src/publish/envelope.js';
import { renderJson } from '../../src/render/index.js';
import { BASE_REF, fakeGitHubPerTest, HEAD_SHA, PR_NUMBER, ROOT, runBundledAction, workflowRunEvent } from '../github/action-harness.js';
import { OWNER, REPO, type FakeGitHub } from '../github/fake-github.js';

const TRIGGER = 7700;
let server: FakeGitHub;
fakeGitHubPerTest((s) => (server = s));

it('links only the verified repository, commit and triggering run, whatever the fork\'s report says', { timeout: 60_000 }, async () => {
  const report = await runReport({ inputs: [join(ROOT, 'test/fixtures/github/nvidia-smi-2xA100.csv')], cwd: ROOT, location: 'FR', intensityGPerKWh: 400, pue: 1, timeZone: 'UTC' });
  report.run = { repository: 'evil-org/phishing', commit: 'f'.repeat(40), runId: 666, pullRequest: PR_NUMBER };
  server.addRun({ id: TRIGGER, headSha: HEAD_SHA, headBranch: 'changes', event: 'pull_request' });
  server.pulls.set(PR_NUMBER, { headSha: HEAD_SHA, baseRef: BASE_REF });
  server.addArtifact(TRIGGER, artifactNameFor('default'), packReport(renderJson(report), {
    version: 1, reportId: 'default', repository: `${OWNER}/${REPO}`, headSha: HEAD_SHA, pullRequest: { number: PR_NUMBER }, failOnBudget: true, comment: true, check: true,
  }));
  const run = await runBundledAction({ server, inputs: { mode: 'publish' }, event: workflowRunEvent({ id: TRIGGER, headSha: HEAD_SHA }), runId: 9500 });
  expect(run.code, run.stdout).toBe(0);
  const body = server.commentsOn(PR_NUMBER)[0]!.body;
  expect(body).not.toContain('evil-org');
  expect(body).not.toContain('f'.repeat(40));
  expect(body).toContain(`https://github.com/${OWNER}/${REPO}/commit/${HEAD_SHA}`);
  expect(body).toContain(`https://github.com/${OWNER}/${REPO}/actions/runs/${TRIGGER}`);
});
