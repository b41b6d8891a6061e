// The bundled Action end to end: dist/index.js as a child process against a fake GitHub that checks
// every request against GitHub's OpenAPI description.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runReport } from '../../src/pipeline/index.js';
import { artifactNameFor, packReport, PUBLISH_FILE, REPORT_FILE } from '../../src/publish/envelope.js';
import { readZip } from '../../src/publish/zip.js';
import { renderJson } from '../../src/render/index.js';
import type { Report } from '../../src/report/types.js';
import { BASE_REF, fakeGitHubPerTest, HEAD_SHA, MERGE_SHA, PR_NUMBER, pullRequestEvent, ROOT, RUN_ID, runBundledAction, workflowRunEvent } from './action-harness.js';
import { BOT, HUMAN, OWNER, REPO, type FakeGitHub } from './fake-github.js';

const TELEMETRY = join(ROOT, 'test/fixtures/github/nvidia-smi-2xA100.csv');
const BASE_INPUTS = { telemetry: TELEMETRY, location: 'FR', intensity: '400', pue: '1.0', timezone: 'UTC' };
const MARKER = '<!-- carbon-ci:report-id=default -->';
const SECONDARY_LIMIT = {
  message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
  documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
  status: '403',
};
const FORBIDDEN = { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment', status: '403' };

let server: FakeGitHub;
let sampleReport: Report;

fakeGitHubPerTest((s) => (server = s));

beforeAll(async () => {
  sampleReport = await runReport({ inputs: [TELEMETRY], cwd: ROOT, location: 'FR', intensityGPerKWh: 400, pue: 1, timeZone: 'UTC' });
});

function markedComments(issue = PR_NUMBER, marker = MARKER) {
  return server.commentsOn(issue).filter((c) => c.body.startsWith(marker));
}

describe('report mode on a pull request', () => {
  it('creates the sticky comment and a check run on the PR head, and sets the outputs and summary', async () => {
    const run = await runBundledAction({ server, inputs: BASE_INPUTS });
    expect(run.code, run.stdout).toBe(0);

    const [comment, ...others] = markedComments();
    expect(others).toHaveLength(0);
    expect(comment!.user).toEqual(BOT);
    expect(comment!.body).toContain('### carbon-ci: 0.0440 kg CO2e');
    expect(comment!.body).toContain('NVIDIA A100-SXM4-80GB');
    expect(server.requestsFor('issues/create-comment')).toHaveLength(1);

    expect(server.checkRuns).toHaveLength(1);
    expect(server.checkRuns[0]).toMatchObject({ head_sha: HEAD_SHA, name: 'carbon-ci', status: 'completed', conclusion: 'success' });
    expect(JSON.stringify(server.checkRuns)).not.toContain(MERGE_SHA);

    expect(run.outputs['energy-kwh']).toBe('0.0991667');
    expect(run.outputs['co2e-kg']).toBe(String(Number((sampleReport.totals.co2eG / 1000).toPrecision(6))));
    expect(run.outputs['budget-status']).toBe('none');
    expect(run.outputs['comment-url']).toBe(`https://github.com/${OWNER}/${REPO}/pull/${PR_NUMBER}#issuecomment-${comment!.id}`);
    const written = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as Report;
    expect(written.run).toMatchObject({ repository: `${OWNER}/${REPO}`, commit: HEAD_SHA, pullRequest: PR_NUMBER, runId: RUN_ID });
    expect(written.totals.energyJ).toBeCloseTo(357_000, 6);
    expect(run.summary).toContain('### carbon-ci: 0.0440 kg CO2e');
    expect(run.summary).toContain('PR comment created');
  });

  it('updates the same comment on the next run instead of posting another', async () => {
    await runBundledAction({ server, inputs: BASE_INPUTS });
    const first = markedComments()[0]!;
    const run = await runBundledAction({ server, inputs: { ...BASE_INPUTS, pue: '1.2' } });
    expect(run.code, run.stdout).toBe(0);
    const after = markedComments();
    expect(after.map((c) => c.id)).toEqual([first.id]);
    expect(after[0]!.body).toContain('PUE **1.20**');
    expect(server.requestsFor('issues/create-comment')).toHaveLength(1);
    expect(server.requestsFor('issues/update-comment')).toHaveLength(1);
  });

  it('finds its marker on the third page of comments', async () => {
    for (let i = 0; i < 230; i++) server.addComment(PR_NUMBER, `review comment ${i}`);
    const ours = server.addComment(PR_NUMBER, `${MARKER}\nold report`, BOT);
    for (let i = 0; i < 20; i++) server.addComment(PR_NUMBER, `later comment ${i}`);
    const run = await runBundledAction({ server, inputs: BASE_INPUTS });
    expect(run.code, run.stdout).toBe(0);
    const pages = server.requestsFor('issues/list-comments').map((r) => r.query.page ?? '1');
    expect(pages).toEqual(['1', '2', '3']);
    expect(server.requestsFor('issues/create-comment')).toHaveLength(0);
    expect(markedComments().map((c) => c.id)).toEqual([ours.id]);
    expect(markedComments()[0]!.body).toContain('0.0440 kg CO2e');
  });

  it('prefers its own bot comment to a marker a person pasted', async () => {
    const pasted = server.addComment(PR_NUMBER, `${MARKER}\nI copied this`, HUMAN);
    const ours = server.addComment(PR_NUMBER, `${MARKER}\nold report`, BOT);
    const run = await runBundledAction({ server, inputs: BASE_INPUTS });
    expect(run.code, run.stdout).toBe(0);
    expect(server.requestsFor('issues/update-comment').map((r) => r.path)).toEqual([`/repos/${OWNER}/${REPO}/issues/comments/${ours.id}`]);
    expect(server.commentsOn(PR_NUMBER).find((c) => c.id === pasted.id)!.body).toContain('I copied this');
    expect(server.requestsFor('issues/delete-comment')).toHaveLength(0);
  });

  it('keeps one comment when another job creates its own at the same time', async () => {
    let rival: number | undefined;
    server.beforeCreateComment = (issue) => {
      if (rival === undefined) rival = server.addComment(issue, `${MARKER}\nthe other job's report`, BOT).id;
    };
    const run = await runBundledAction({ server, inputs: BASE_INPUTS });
    expect(run.code, run.stdout).toBe(0);
    const marked = markedComments();
    expect(marked.map((c) => c.id)).toEqual([rival]);
    expect(marked[0]!.body).toContain('0.0440 kg CO2e');
    expect(server.requestsFor('issues/delete-comment')).toHaveLength(1);
    expect(server.requestsFor('issues/list-comments')).toHaveLength(2);
  });
});

describe('when the API says no', () => {
  it('degrades on a fork PR: summary, artifact with the PR number, and a notice on how to publish', async () => {
    for (const path of [/\/issues\/\d+\/comments$/, /\/check-runs$/, /\/statuses\//]) server.fault({ method: 'POST', path, status: 403, body: FORBIDDEN, times: 99 });
    const run = await runBundledAction({ server, inputs: BASE_INPUTS, event: pullRequestEvent({ fork: true }), runtime: true });
    expect(run.code, run.stdout).toBe(0);
    expect(server.comments).toHaveLength(0);
    expect(run.summary).toContain('### carbon-ci: 0.0440 kg CO2e');
    expect(run.summary).toContain('mode: publish');
    const notice = run.commands.find((c) => c.kind === 'notice');
    expect(notice?.message).toContain('workflow_run');
    expect(run.outputs['co2e-kg']).toBeTruthy();

    const artifact = server.artifacts.find((a) => a.name === artifactNameFor('default'));
    expect(artifact?.runId).toBe(RUN_ID);
    const files = readZip(artifact!.zip);
    const instructions = JSON.parse(files.find((f) => f.name === PUBLISH_FILE)!.data.toString()) as Record<string, unknown>;
    expect(instructions).toMatchObject({ reportId: 'default', repository: `${OWNER}/${REPO}`, headSha: HEAD_SHA, pullRequest: { number: PR_NUMBER, baseRef: BASE_REF } });
    expect(files.find((f) => f.name === REPORT_FILE)!.data.toString()).toBe(readFileSync(run.outputs['report-path']!, 'utf8'));
  });

  it('retries 500s and a secondary rate limit', async () => {
    server.fault({ method: 'POST', path: /\/issues\/\d+\/comments$/, status: 500, times: 2 });
    server.fault({ method: 'POST', path: /\/check-runs$/, status: 403, headers: { 'retry-after': '1' }, body: SECONDARY_LIMIT, times: 1 });
    const run = await runBundledAction({ server, inputs: BASE_INPUTS });
    expect(run.code, run.stdout).toBe(0);
    expect(server.requestsFor('issues/create-comment').map((r) => r.status)).toEqual([500, 500, 201]);
    expect(server.requestsFor('checks/create').map((r) => r.status)).toEqual([403, 201]);
    expect(markedComments()).toHaveLength(1);
    expect(server.statuses).toHaveLength(0);
  });

  it('keeps the report when the comment is refused with 422', async () => {
    server.fault({ method: 'POST', path: /\/issues\/\d+\/comments$/, status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long' }], documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment' }, times: 99 });
    const run = await runBundledAction({ server, inputs: BASE_INPUTS });
    expect(run.code, run.stdout).toBe(0);
    expect(server.requestsFor('issues/create-comment').map((r) => r.status)).toEqual([422]);
    expect(existsSync(run.outputs['report-path']!)).toBe(true);
    expect(run.summary).toContain('### carbon-ci');
    expect(run.summary).toContain('PR comment not posted: HTTP 422');
    expect(run.commands.some((c) => c.kind === 'warning' && c.message.includes('could not post the PR comment'))).toBe(true);
    expect(server.checkRuns).toHaveLength(1);
  });

  it('falls back to a commit status on the PR head when check runs are forbidden', async () => {
    server.fault({ method: 'POST', path: /\/check-runs$/, status: 403, body: FORBIDDEN, times: 99 });
    const run = await runBundledAction({ server, inputs: { ...BASE_INPUTS, 'budget-co2e-kg': '0.01', 'report-id': 'training' } });
    expect(run.code).toBe(1);
    expect(server.statuses).toHaveLength(1);
    const status = server.statuses[0]!;
    expect(status).toMatchObject({ sha: HEAD_SHA, state: 'failure', context: 'carbon-ci · training' });
    expect(Array.from(String(status.description)).length).toBeLessThanOrEqual(140);
    expect(status.target_url).toBe(`https://github.com/${OWNER}/${REPO}/actions/runs/${RUN_ID}`);
    expect(markedComments(PR_NUMBER, '<!-- carbon-ci:report-id=training -->')).toHaveLength(1);
  });
});

describe('budgets', () => {
  it('passes', async () => {
    const run = await runBundledAction({ server, inputs: { ...BASE_INPUTS, 'budget-co2e-kg': '1', 'budget-energy-kwh': '1' } });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['budget-status']).toBe('pass');
    expect(run.outputs['budget-passed']).toBe('true');
    expect(server.checkRuns[0]).toMatchObject({ conclusion: 'success' });
    expect((server.checkRuns[0]!.output as { title: string }).title).toContain('within budget');
    expect(markedComments()[0]!.body).toContain('#### Budgets');
  });

  it('warns without failing when fail-on-budget is off', async () => {
    const run = await runBundledAction({ server, inputs: { ...BASE_INPUTS, 'budget-co2e-kg': '0.01', 'fail-on-budget': 'false' } });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['budget-status']).toBe('warn');
    expect(run.outputs['budget-passed']).toBe('false');
    expect(server.checkRuns[0]).toMatchObject({ conclusion: 'neutral' });
    expect(run.commands.some((c) => c.kind === 'warning' && c.message.includes('budget exceeded'))).toBe(true);
  });

  it('fails the job and the check, after posting everything', async () => {
    const run = await runBundledAction({ server, inputs: { ...BASE_INPUTS, 'budget-energy-kwh': '0.05' } });
    expect(run.code).toBe(1);
    expect(run.commands.find((c) => c.kind === 'error')?.message).toMatch(/budget exceeded: device energy 0\.0992 kWh exceeds the budget of 0\.05 kWh/);
    expect(server.checkRuns[0]).toMatchObject({ conclusion: 'failure' });
    expect(markedComments()).toHaveLength(1);
    expect(run.outputs['budget-status']).toBe('fail');
  });

  it('reports a configuration error apart from bugs', async () => {
    const run = await runBundledAction({ server, inputs: { ...BASE_INPUTS, pue: 'high' } });
    expect(run.code).toBe(1);
    const error = run.commands.find((c) => c.kind === 'error')!.message;
    expect(error).toContain('configuration error: input "pue" must be a number');
    expect(error).not.toContain('internal error');
    expect(run.summary).toContain('carbon-ci could not finish');
    expect(server.requests).toHaveLength(0);
  });
});

describe('baseline', () => {
  function addBaseRun(co2eScale: number, runId = 8000): void {
    const base = structuredClone(sampleReport);
    base.totals.co2eG *= co2eScale;
    base.totals.operationalCo2eG *= co2eScale;
    server.addRun({ id: runId, headSha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e', headBranch: BASE_REF, event: 'push' });
    server.addArtifact(runId, artifactNameFor('default'), packReport(renderJson(base), {
      version: 1, reportId: 'default', repository: `${OWNER}/${REPO}`, headSha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e', failOnBudget: true, comment: true, check: true,
    }));
  }

  it('compares with the latest successful run on the base branch and applies max-increase-percent', async () => {
    server.addRun({ id: 8100, headSha: 'b'.repeat(40), headBranch: BASE_REF, event: 'push', conclusion: 'failure' });
    server.addRun({ id: 8050, headSha: 'c'.repeat(40), headBranch: 'other', event: 'push' });
    addBaseRun(0.5);
    const run = await runBundledAction({ server, inputs: { ...BASE_INPUTS, 'max-increase-percent': '50' } });
    expect(run.code).toBe(1);
    expect(run.outputs['baseline-found']).toBe('true');
    expect(Number(run.outputs['delta-percent'])).toBeCloseTo(100, 3);
    const body = markedComments()[0]!.body;
    expect(body).toContain('run 8000 on master');
    expect(body).toMatch(/\+100\.0 %/);
    expect(server.checkRuns[0]).toMatchObject({ conclusion: 'failure' });
    expect(server.requestsFor('actions/list-workflow-runs')[0]!.query).toMatchObject({ branch: BASE_REF, status: 'success' });
    expect(server.requestsFor('actions/download-artifact')).toHaveLength(1);
  });

  it('says so when there is none, and leaves the relative budget out', async () => {
    const run = await runBundledAction({ server, inputs: { ...BASE_INPUTS, 'max-increase-percent': '10' } });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['baseline-found']).toBe('false');
    expect(run.outputs['budget-status']).toBe('none');
    const body = markedComments()[0]!.body;
    expect(body).toContain('No baseline: no successful run of this workflow on master yet');
    expect(body).toContain('max-increase-percent (10%) was not applied');
  });

  it('compares with a baseline file named by the input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-baseline-'));
    const base = structuredClone(sampleReport);
    base.totals.co2eG *= 2;
    writeFileSync(join(dir, 'main.json'), renderJson(base));
    const run = await runBundledAction({ server, inputs: { ...BASE_INPUTS, baseline: join(dir, 'main.json'), 'max-increase-percent': '0' } });
    expect(run.code, run.stdout).toBe(0);
    expect(Number(run.outputs['delta-percent'])).toBeCloseTo(-50, 6);
    expect(markedComments()[0]!.body).toContain(`Baseline: file ${join(dir, 'main.json')}`);
    expect(server.requestsFor('actions/list-workflow-runs')).toHaveLength(0);
  });

  it('refuses a baseline file that is not a report, after publishing the report', async () => {
    const run = await runBundledAction({
      server,
      inputs: { ...BASE_INPUTS, baseline: TELEMETRY },
    });
    expect(run.code).toBe(1);
    expect(run.commands.find((c) => c.kind === 'error')!.message).toContain('configuration error');
    expect(markedComments()).toHaveLength(1);
    expect(existsSync(run.outputs['report-path']!)).toBe(true);
  });
});

describe('aggregate and publish modes', () => {
  it('merges the matrix jobs\' reports into one comment', async () => {
    for (const id of ['gpu-a', 'gpu-b']) {
      const leg = await runBundledAction({ server, inputs: { ...BASE_INPUTS, 'report-id': id, comment: 'off', check: 'off' }, runtime: true });
      expect(leg.code, leg.stdout).toBe(0);
    }
    expect(server.comments).toHaveLength(0);
    const run = await runBundledAction({ server, inputs: { mode: 'aggregate', 'report-id': 'train' }, runtime: true });
    expect(run.code, run.stdout).toBe(0);
    expect(Number(run.outputs['energy-kwh'])).toBeCloseTo(2 * 0.0991667, 5);
    const comments = markedComments(PR_NUMBER, '<!-- carbon-ci:report-id=train -->');
    expect(comments).toHaveLength(1);
    expect(server.comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('gpu-a/GPU-1b2c3d4e-0000-4a4a-8b8b-000000000001');
    expect(comments[0]!.body).toContain('4 devices');
    // Per-job subtotals: each leg's two GPUs, half of the CO2e each.
    expect(comments[0]!.body).toContain('#### By job');
    expect(comments[0]!.body).toMatch(/\| gpu-a \| 2 \| [^|]+ \| [^|]+ \| 50\.0 % \|/);
    expect(comments[0]!.body).toMatch(/\| gpu-b \| 2 \| [^|]+ \| [^|]+ \| 50\.0 % \|/);
    expect(server.checkRuns.map((c) => c.name)).toEqual(['carbon-ci · train']);
    expect(server.artifacts.map((a) => a.name).sort()).toEqual(['carbon-ci-report-gpu-a', 'carbon-ci-report-gpu-b', 'carbon-ci-report-train']);
  });

  it('merges report files named by `reports`, labelled by their artifact folders', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'carbon-ci-workspace-'));
    for (const id of ['gpu-a', 'gpu-b']) {
      mkdirSync(join(workspace, 'downloaded', `carbon-ci-report-${id}`), { recursive: true });
      // Two jobs' reports differ at least in when they were made; the very same report twice counts once.
      writeFileSync(join(workspace, 'downloaded', `carbon-ci-report-${id}`, REPORT_FILE), renderJson({ ...sampleReport, generatedAt: `2024-03-01T10:0${id === 'gpu-a' ? 0 : 5}:00.000Z` }));
    }
    const run = await runBundledAction({ server, inputs: { mode: 'aggregate', reports: 'downloaded/*/carbon-ci-report.json', 'budget-co2e-kg': '1' }, workspace });
    expect(run.code, run.stdout).toBe(0);
    expect(Number(run.outputs['co2e-kg'])).toBeCloseTo((2 * sampleReport.totals.co2eG) / 1000, 6);
    const body = markedComments()[0]!.body;
    expect(body).toContain('gpu-b/GPU-1b2c3d4e-0000-4a4a-8b8b-000000000002');
    expect(server.requestsFor('actions/list-workflow-run-artifacts').every((r) => r.path !== `/repos/${OWNER}/${REPO}/actions/runs/${RUN_ID}/artifacts`)).toBe(true);
    const merged = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as Report;
    expect(merged.budgets).toEqual([expect.objectContaining({ name: 'co2e', passed: true })]);
  });

  it('publishes a fork PR\'s report from a workflow_run workflow', async () => {
    for (const path of [/\/issues\/\d+\/comments$/, /\/check-runs$/, /\/statuses\//]) server.fault({ method: 'POST', path, status: 403, body: FORBIDDEN, times: 1 });
    const fork = await runBundledAction({ server, inputs: { ...BASE_INPUTS, 'budget-co2e-kg': '0.01' }, event: pullRequestEvent({ fork: true }), runtime: true });
    expect(fork.code).toBe(1);
    expect(server.comments).toHaveLength(0);

    server.pulls.set(PR_NUMBER, { headSha: HEAD_SHA, baseRef: BASE_REF });
    const run = await runBundledAction({ server, inputs: { mode: 'publish' }, event: workflowRunEvent({ id: RUN_ID, headSha: HEAD_SHA }), runId: 9100 });
    expect(run.code, run.stdout).toBe(0);
    expect(markedComments()).toHaveLength(1);
    expect(markedComments()[0]!.body).toContain('0.0440 kg CO2e');
    expect(server.checkRuns.find((c) => c.status === 'completed')).toMatchObject({ head_sha: HEAD_SHA, conclusion: 'failure', details_url: `https://github.com/${OWNER}/${REPO}/actions/runs/${RUN_ID}` });
    expect(server.requestsFor('pulls/get')).toHaveLength(1);
    expect(run.outputs['comment-url']).toContain(`#issuecomment-${markedComments()[0]!.id}`);
    expect((JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as Report).run.pullRequest).toBe(PR_NUMBER);
    // The publish run's log tells what it published, as the report run's does: the headline and the budget verdict.
    expect(run.stdout).toContain(`carbon-ci: report "default" of PR #${PR_NUMBER}, commit ${HEAD_SHA.slice(0, 12)}`);
    expect(run.stdout).toMatch(/carbon-ci: CO2e 0\.044\d* kg/);
    expect(run.stdout).toMatch(/carbon-ci: budget fail \(broken: co2e\)/);
  });

  it('refuses to publish a report whose PR does not have the report\'s commit as head', async () => {
    server.addRun({ id: 7000, headSha: HEAD_SHA, headBranch: 'changes', event: 'pull_request' });
    server.addArtifact(7000, artifactNameFor('default'), packReport(renderJson(sampleReport), {
      version: 1, reportId: 'default', repository: `${OWNER}/${REPO}`, headSha: HEAD_SHA, pullRequest: { number: 5 }, failOnBudget: true, comment: true, check: true,
    }));
    server.pulls.set(5, { headSha: 'd'.repeat(40), baseRef: BASE_REF });
    const run = await runBundledAction({ server, inputs: { mode: 'publish' }, event: workflowRunEvent({ id: 7000, headSha: HEAD_SHA }), runId: 9101 });
    expect(run.code, run.stdout).toBe(0);
    expect(server.comments).toHaveLength(0);
    expect(server.checkRuns).toHaveLength(0);
    expect(run.commands.some((c) => c.kind === 'warning' && c.message.includes('not the report\'s commit'))).toBe(true);
  });

  it('skips an artifact that is not a readable zip, with a warning', async () => {
    server.addRun({ id: 7001, headSha: HEAD_SHA, headBranch: 'changes', event: 'pull_request' });
    server.artifacts.push({ id: 555, name: artifactNameFor('default'), runId: 7001, zip: Buffer.from('PK not really a zip'), expired: false });
    const run = await runBundledAction({ server, inputs: { mode: 'publish' }, event: workflowRunEvent({ id: 7001, headSha: HEAD_SHA }), runId: 9102 });
    expect(run.code, run.stdout).toBe(0);
    expect(run.commands.some((c) => c.kind === 'warning' && c.message.includes('is not a readable zip'))).toBe(true);
    expect(server.comments).toHaveLength(0);
  });

  it('explains that publish mode belongs in a workflow_run workflow', async () => {
    const run = await runBundledAction({ server, inputs: { mode: 'publish' } });
    expect(run.code).toBe(1);
    expect(run.commands.find((c) => c.kind === 'error')!.message).toContain('configuration error: mode "publish" runs in a workflow triggered by `workflow_run`');
  });
});

it('takes settings the workflow leaves out from .carbon-ci.yml in the workspace', async () => {
  const workspace = mkdtempSync(join(tmpdir(), 'carbon-ci-workspace-'));
  writeFileSync(join(workspace, '.carbon-ci.yml'), `telemetry: ${TELEMETRY}\nlocation: FR\nintensity: 400\npue: 1.0\ntimezone: UTC\nbudgets:\n  co2eKg: 0.01\n  failOnBudget: false\n`);
  const run = await runBundledAction({ server, inputs: {}, workspace });
  expect(run.code, run.stdout).toBe(0);
  expect(run.outputs['budget-status']).toBe('warn');
  expect(run.outputs['co2e-kg']).toBe(String(Number((sampleReport.totals.co2eG / 1000).toPrecision(6))));
});

it('writes the report under RUNNER_TEMP', async () => {
  const run = await runBundledAction({ server, inputs: BASE_INPUTS, event: { name: 'push', payload: { ref: 'refs/heads/master' } } });
  expect(run.code, run.stdout).toBe(0);
  expect(run.outputs['report-path']).toBe(join(run.tempDir, 'carbon-ci', 'default', 'carbon-ci-report.json'));
  expect(server.requests).toHaveLength(0);
  expect(run.summary).toContain('not a pull request event');
});
