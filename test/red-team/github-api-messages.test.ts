// Red team: what the log says when GitHub's API misbehaves. A rate limit is called a rate limit (with
// its reset time), not a fork's read-only token; a malformed answer is a clear warning, not a TypeError.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runReport } from '../../src/pipeline/index.js';
import { artifactNameFor, packReport } from '../../src/publish/envelope.js';
import { renderJson } from '../../src/render/index.js';
import type { Report } from '../../src/report/types.js';
import { BASE_REF, fakeGitHubPerTest, HEAD_SHA, PR_NUMBER, ROOT, runBundledAction, workflowRunEvent } from '../github/action-harness.js';
import { BOT, OWNER, REPO, type FakeGitHub } from '../github/fake-github.js';

const TELEMETRY = join(ROOT, 'test/fixtures/github/nvidia-smi-2xA100.csv');
const BASE_INPUTS = { telemetry: TELEMETRY, location: 'FR', intensity: '400', pue: '1.0', timezone: 'UTC' };
const RAW_ERRORS = /TypeError|Cannot read properties|undefined|is not a function/;

let server: FakeGitHub;
let sample: Report;
fakeGitHubPerTest((s) => (server = s));

beforeAll(async () => {
  sample = await runReport({ inputs: [TELEMETRY], cwd: ROOT, location: 'FR', intensityGPerKWh: 400, pue: 1, timeZone: 'UTC' });
});

const warnings = (run: { commands: { kind: string; message: string }[] }) => run.commands.filter((c) => c.kind === 'warning').map((c) => c.message);

describe('a persistent rate limit', () => {
  it('is reported as a rate limit with its reset time, not as a fork\'s read-only token', async () => {
    const resetS = Math.floor(Date.now() / 1000) + 2;
    server.fault({
      method: 'POST',
      path: /\/issues\/\d+\/comments$/,
      status: 403,
      headers: { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '5000', 'x-ratelimit-reset': String(resetS), 'x-ratelimit-resource': 'core' },
      body: { message: 'API rate limit exceeded for installation ID 4242.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' },
      times: 99,
    });
    const run = await runBundledAction({ server, inputs: BASE_INPUTS });
    expect(run.code, run.stdout).toBe(0);
    expect(server.requestsFor('issues/create-comment').length).toBeGreaterThan(1);
    const resetIso = new Date(resetS * 1000).toISOString().replace('.000Z', 'Z');
    expect(warnings(run).some((w) => /rate limit/i.test(w) && w.includes(resetIso)), warnings(run).join('\n')).toBe(true);
    expect(run.summary).toMatch(/PR comment not posted: .*rate limit/i);
    expect(run.summary).not.toMatch(/read-only|fork/i);
    expect(run.commands.some((c) => c.kind === 'notice')).toBe(false);
    expect(server.checkRuns).toHaveLength(1);
  });
});

describe('malformed answers', () => {
  it('from creating the comment: a warning that says so, not "PR comment created: undefined"', async () => {
    server.fault({ method: 'POST', path: /\/issues\/\d+\/comments$/, status: 201, body: { id: 77 } });
    const run = await runBundledAction({ server, inputs: BASE_INPUTS });
    expect(run.code, run.stdout).toBe(0);
    expect(run.summary).not.toContain('undefined');
    expect(warnings(run).some((w) => /GitHub's answer/.test(w) && /html_url/.test(w)), warnings(run).join('\n')).toBe(true);
    expect(run.outputs['comment-url']).toBeUndefined();
  });

  it('from listing the comments: malformed entries are skipped and the comment is still posted', async () => {
    server.fault({ method: 'GET', path: /\/issues\/\d+\/comments$/, status: 200, body: [null, { id: 'x' }, { id: 5, body: 7 }] });
    const run = await runBundledAction({ server, inputs: BASE_INPUTS });
    expect(run.code, run.stdout).toBe(0);
    for (const w of warnings(run)) expect(w).not.toMatch(RAW_ERRORS);
    expect(server.commentsOn(PR_NUMBER).filter((c) => c.user.login === BOT.login)).toHaveLength(1);
    expect(run.summary).toContain('PR comment created: https://github.com/');
  });

  it('from listing artifacts in publish mode: a warning, not an internal error', async () => {
    server.addRun({ id: 7500, headSha: HEAD_SHA, headBranch: 'changes', event: 'pull_request' });
    server.fault({ method: 'GET', path: /\/actions\/runs\/7500\/artifacts$/, status: 200, body: { total_count: 2, artifacts: [{ id: 5 }, null] } });
    const run = await runBundledAction({ server, inputs: { mode: 'publish' }, event: workflowRunEvent({ id: 7500, headSha: HEAD_SHA }), runId: 9500 });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).not.toContain('internal error');
    expect(warnings(run).some((w) => /GitHub's answer/.test(w) && /artifact/.test(w)), warnings(run).join('\n')).toBe(true);
  });

  it('from reading the PR in publish mode: the reason names the missing field', async () => {
    server.addRun({ id: 7501, headSha: HEAD_SHA, headBranch: 'changes', event: 'pull_request' });
    server.addArtifact(7501, artifactNameFor('default'), packReport(renderJson(sample), {
      version: 1, reportId: 'default', repository: `${OWNER}/${REPO}`, headSha: HEAD_SHA, pullRequest: { number: PR_NUMBER }, failOnBudget: true, comment: true, check: true,
    }));
    server.pulls.set(PR_NUMBER, { headSha: HEAD_SHA, baseRef: BASE_REF });
    server.fault({ method: 'GET', path: /\/pulls\/\d+$/, status: 200, body: { number: PR_NUMBER } });
    const run = await runBundledAction({ server, inputs: { mode: 'publish' }, event: workflowRunEvent({ id: 7501, headSha: HEAD_SHA }), runId: 9501 });
    expect(run.code, run.stdout).toBe(0);
    const warning = warnings(run).find((w) => w.startsWith('not publishing report'));
    expect(warning).toMatch(/head\.sha/);
    expect(warning).not.toMatch(RAW_ERRORS);
    expect(server.comments).toHaveLength(0);
  });
});
