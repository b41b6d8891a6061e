// Red team: `mode: publish` reads a fork's artifact. A huge one is refused before it is downloaded
// (by its listed size, then by Content-Length, then by a capped stream), and the run still reports why.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runReport } from '../../src/pipeline/index.js';
import { artifactNameFor, packReport } from '../../src/publish/envelope.js';
import { renderJson } from '../../src/render/index.js';
import type { Report } from '../../src/report/types.js';
import { BASE_REF, fakeGitHubPerTest, HEAD_SHA, PR_NUMBER, ROOT, runBundledAction, workflowRunEvent } from '../github/action-harness.js';
import { OWNER, REPO, type FakeArtifact, type FakeGitHub } from '../github/fake-github.js';

const TELEMETRY = join(ROOT, 'test/fixtures/github/nvidia-smi-2xA100.csv');
const TRIGGER = 7300;
const MB = 1024 * 1024;

let server: FakeGitHub;
let sample: Report;
fakeGitHubPerTest((s) => (server = s));

beforeAll(async () => {
  sample = await runReport({ inputs: [TELEMETRY], cwd: ROOT, location: 'FR', intensityGPerKWh: 400, pue: 1, timeZone: 'UTC' });
});

function addForkArtifact(tweak: (artifact: FakeArtifact) => void): FakeArtifact {
  server.addRun({ id: TRIGGER, headSha: HEAD_SHA, headBranch: 'changes', event: 'pull_request' });
  server.pulls.set(PR_NUMBER, { headSha: HEAD_SHA, baseRef: BASE_REF });
  const artifact = server.addArtifact(TRIGGER, artifactNameFor('default'), packReport(renderJson(sample), {
    version: 1, reportId: 'default', repository: `${OWNER}/${REPO}`, headSha: HEAD_SHA, pullRequest: { number: PR_NUMBER }, failOnBudget: true, comment: true, check: true,
  }));
  tweak(artifact);
  return artifact;
}

async function publish() {
  return runBundledAction({ server, inputs: { mode: 'publish' }, event: workflowRunEvent({ id: TRIGGER, headSha: HEAD_SHA }), runId: 9300 });
}

function expectRefusedWithNotice(run: Awaited<ReturnType<typeof publish>>, pattern: RegExp): void {
  expect(run.code, run.stdout).toBe(0);
  expect(run.commands.some((c) => c.kind === 'warning' && pattern.test(c.message)), run.stdout).toBe(true);
  expect(run.summary).toMatch(pattern);
  expect(server.comments).toHaveLength(0);
  // The PR's head commit learns why nothing was published.
  expect(server.checkRuns).toHaveLength(1);
  expect(server.checkRuns[0]).toMatchObject({ head_sha: HEAD_SHA, conclusion: 'neutral', name: 'carbon-ci' });
  expect((server.checkRuns[0]!.output as { summary: string }).summary).toMatch(pattern);
}

describe('publish refuses a huge report artifact', () => {
  it('by its listed size, without downloading it', async () => {
    addForkArtifact((a) => (a.listedSizeBytes = 1536 * MB));
    const run = await publish();
    expect(server.requestsFor('actions/download-artifact')).toHaveLength(0);
    expectRefusedWithNotice(run, /too large.*1536 MB.*64 MB|1536 MB.*more than.*64 MB/);
  });

  it('by the download\'s Content-Length, before reading the body', { timeout: 60_000 }, async () => {
    const artifact = addForkArtifact((a) => (a.stream = { bytes: 200 * MB, contentLength: true }));
    const run = await publish();
    expectRefusedWithNotice(run, /200 MB.*64 MB/);
    expect(artifact.bytesSent!).toBeLessThan(100 * MB);
  });

  it('by a capped stream when no Content-Length is given', { timeout: 60_000 }, async () => {
    const artifact = addForkArtifact((a) => (a.stream = { bytes: 200 * MB, contentLength: false }));
    const run = await publish();
    expectRefusedWithNotice(run, /ran past 64 MB/);
    expect(artifact.bytesSent!).toBeLessThan(100 * MB);
  });

  it('still publishes an artifact of ordinary size', async () => {
    addForkArtifact(() => undefined);
    const run = await publish();
    expect(run.code, run.stdout).toBe(0);
    expect(server.commentsOn(PR_NUMBER)).toHaveLength(1);
    expect(server.checkRuns[0]).toMatchObject({ head_sha: HEAD_SHA, conclusion: 'success' });
  });
});
