// Publish mode posts several reports in one run: whose comments are "ours" is asked of GitHub once
// (GET /user), not once per report.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runReport } from '../../src/pipeline/index.js';
import { artifactNameFor, packReport } from '../../src/publish/envelope.js';
import { renderJson } from '../../src/render/index.js';
import { BASE_REF, fakeGitHubPerTest, HEAD_SHA, PR_NUMBER, ROOT, runBundledAction, workflowRunEvent } from './action-harness.js';
import { OWNER, REPO, type FakeGitHub } from './fake-github.js';

const TRIGGER = 7800;
let server: FakeGitHub;
fakeGitHubPerTest((s) => (server = s));

it('asks GitHub who the token is once for all the reports it publishes', { timeout: 60_000 }, async () => {
  const report = await runReport({ inputs: [join(ROOT, 'test/fixtures/github/nvidia-smi-2xA100.csv')], cwd: ROOT, location: 'FR', intensityGPerKWh: 400, pue: 1, timeZone: 'UTC' });
  server.addRun({ id: TRIGGER, headSha: HEAD_SHA, headBranch: 'changes', event: 'pull_request' });
  server.pulls.set(PR_NUMBER, { headSha: HEAD_SHA, baseRef: BASE_REF });
  const ids = ['gpu-a', 'gpu-b', 'gpu-c'];
  for (const reportId of ids) {
    server.addArtifact(TRIGGER, artifactNameFor(reportId), packReport(renderJson(report), {
      version: 1, reportId, repository: `${OWNER}/${REPO}`, headSha: HEAD_SHA, pullRequest: { number: PR_NUMBER }, failOnBudget: true, comment: true, check: false,
    }));
  }
  const run = await runBundledAction({ server, inputs: { mode: 'publish' }, event: workflowRunEvent({ id: TRIGGER, headSha: HEAD_SHA }), runId: 9600 });
  expect(run.code, run.stdout).toBe(0);
  const markers = server.commentsOn(PR_NUMBER).map((c) => c.body.split('\n')[0]).sort();
  expect(markers).toEqual(ids.map((id) => `<!-- carbon-ci:report-id=${id} -->`));
  expect(server.requestsFor('users/get-authenticated')).toHaveLength(1);
});
