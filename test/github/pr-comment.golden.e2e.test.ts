// The PR comment as the bundled Action posts it, against a golden file: any change to what a reviewer
// reads shows up in review as a diff of test/fixtures/github/pr-comment.golden.md.
// After an intended change: UPDATE_GOLDEN=1 npx vitest run test/github/pr-comment.golden.e2e.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runReport } from '../../src/pipeline/index.js';
import { artifactNameFor, packReport } from '../../src/publish/envelope.js';
import { renderJson } from '../../src/render/index.js';
import { BASE_REF, fakeGitHubPerTest, PR_NUMBER, ROOT, runBundledAction } from './action-harness.js';
import { OWNER, REPO, type FakeGitHub } from './fake-github.js';

const TELEMETRY = join(ROOT, 'test/fixtures/github/nvidia-smi-2xA100.csv');
const GOLDEN = join(ROOT, 'test/fixtures/github/pr-comment.golden.md');
const BASE_SHA = 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e';

let server: FakeGitHub;
fakeGitHubPerTest((s) => (server = s));

it('posts the PR comment of the golden file: headline, budgets, baseline, chart, devices, method, warnings', { timeout: 60_000 }, async () => {
  const base = await runReport({ inputs: [TELEMETRY], cwd: ROOT, location: 'FR', intensityGPerKWh: 400, pue: 1, timeZone: 'UTC', now: () => new Date('2026-01-01T00:00:00Z') });
  base.totals.co2eG *= 0.8;
  base.totals.operationalCo2eG *= 0.8;
  server.addRun({ id: 8000, headSha: BASE_SHA, headBranch: BASE_REF, event: 'push' });
  server.addArtifact(8000, artifactNameFor('default'), packReport(renderJson(base), {
    version: 1, reportId: 'default', repository: `${OWNER}/${REPO}`, headSha: BASE_SHA, failOnBudget: true, comment: true, check: true,
  }));
  const inputs = { telemetry: TELEMETRY, location: 'FR', intensity: '400', pue: '1.0', timezone: 'UTC', 'budget-co2e-kg': '1', 'max-increase-percent': '50' };
  const run = await runBundledAction({ server, inputs });
  expect(run.code, run.stdout).toBe(0);
  const comments = server.commentsOn(PR_NUMBER);
  expect(comments).toHaveLength(1);
  // A user-given intensity is dated to the year of the run (src/footprint/factors.ts): the one clock-dependent text.
  const body = comments[0]!.body.replace(`(stated by the user, ${new Date().getUTCFullYear()})`, '(stated by the user, YEAR OF THE RUN)');
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, body);
  expect(body).toBe(readFileSync(GOLDEN, 'utf8'));
});
