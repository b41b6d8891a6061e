// Red team, end to end: hostile strings in a telemetry file, report files and a fork's report
// artifact, through the bundled Action against the fake GitHub. The PR comment, the check run's
// output and the job summary must show them as text, never as HTML, mentions, links or images.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runReport } from '../../src/pipeline/index.js';
import { artifactNameFor, packReport, REPORT_FILE } from '../../src/publish/envelope.js';
import { renderJson } from '../../src/render/index.js';
import type { Report } from '../../src/report/types.js';
import { reportSchemaErrors } from '../../src/report/validate.js';
import { expectDefused, hostileReport, PAYLOAD } from '../fixtures/red-team/hostile-markdown.js';
import { BASE_REF, fakeGitHubPerTest, HEAD_SHA, PR_NUMBER, ROOT, RUN_ID, runBundledAction, workflowRunEvent, type ActionRun } from '../github/action-harness.js';
import { OWNER, REPO, type FakeGitHub } from '../github/fake-github.js';

const TELEMETRY = join(ROOT, 'test/fixtures/github/nvidia-smi-2xA100.csv');
/** A folder name GitHub and Linux both allow: no slash, but HTML, a mention, an issue reference and a www autolink. */
const HOSTILE_FOLDER = '<img src=x onerror=alert(1)> @octo-org #123 www.evil.example [x](y) ![i](z)';

let server: FakeGitHub;
let realReport: Report;

fakeGitHubPerTest((s) => (server = s));

beforeAll(async () => {
  realReport = await runReport({ inputs: [TELEMETRY], cwd: ROOT, location: 'FR', intensityGPerKWh: 400, pue: 1, timeZone: 'UTC' });
});

/** Every Markdown text the run posted or wrote: comments, check-run titles and summaries, the job summary. */
function expectEverythingDefused(run: ActionRun): void {
  const comments = server.comments.map((c) => c.body);
  expect(comments.length, run.stdout).toBeGreaterThan(0);
  expect(server.checkRuns.length, run.stdout).toBeGreaterThan(0);
  comments.forEach((body, i) => expectDefused(body, `comment ${i}`));
  server.checkRuns.forEach((check, i) => {
    const output = check.output as { title: string; summary: string };
    expectDefused(output.summary, `check run ${i} summary`);
    expect(output.title).not.toMatch(/<|@[A-Za-z0-9]|\]\(|:\/\//);
  });
  expectDefused(run.summary, 'job summary');
}

/** The nvidia-smi fixture with a hostile GPU uuid and name, and a malformed line that makes a warning about the file. */
function hostileTelemetry(workspace: string): void {
  const dir = join(workspace, 'logs', HOSTILE_FOLDER);
  mkdirSync(dir, { recursive: true });
  const lines = readFileSync(TELEMETRY, 'utf8').split('\n');
  const hostileLines = lines.map((line, i) =>
    i === 0 ? line : line.replace('GPU-1b2c3d4e-0000-4a4a-8b8b-000000000001', `GPU-${PAYLOAD}`).replace('NVIDIA A100-SXM4-80GB', PAYLOAD),
  );
  hostileLines.splice(5, 0, `garbage ${PAYLOAD}`);
  writeFileSync(join(dir, 'gpu.csv'), hostileLines.join('\n'));
}

describe('report mode', () => {
  it('defuses a GPU uuid and name, a warning\'s file path, a baseline file path and a smoke model path', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'carbon-ci-red-team-'));
    hostileTelemetry(workspace);
    const baselineDir = join(workspace, HOSTILE_FOLDER);
    mkdirSync(baselineDir);
    writeFileSync(join(baselineDir, 'main.json'), renderJson(realReport));
    const run = await runBundledAction({
      server,
      workspace,
      inputs: {
        telemetry: 'logs/*/gpu.csv',
        location: 'FR',
        intensity: '400',
        pue: '1.0',
        timezone: 'UTC',
        'budget-co2e-kg': '0.001',
        'fail-on-budget': 'false',
        baseline: join(baselineDir, 'main.json'),
        model: `models/${HOSTILE_FOLDER}.onnx`,
      },
    });
    const body = server.commentsOn(PR_NUMBER)[0]?.body ?? '';
    expect(body, run.stdout).toContain('onerror=alert(1)');
    expect(body).toContain('expected 7 fields');
    expect(body).toContain('Baseline: file');
    expect(body).toContain('could not start');
    expectEverythingDefused(run);
    expect(body).toContain('www\u200b.evil.example');
  });
});

describe('aggregate mode', () => {
  it('defuses hostile report files and the artifact folder names that label their devices and warnings', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'carbon-ci-red-team-'));
    const hostile = hostileReport(realReport);
    expect(reportSchemaErrors(hostile)).toEqual([]);
    for (const [i, label] of [`a ${HOSTILE_FOLDER}`, `b ${HOSTILE_FOLDER}`].entries()) {
      const dir = join(workspace, 'downloaded', `carbon-ci-report-${label}`);
      mkdirSync(dir, { recursive: true });
      // Two matrix jobs (two runs' identities) whose devices share ids, so that the labels prefix them.
      writeFileSync(join(dir, REPORT_FILE), renderJson({ ...hostile, run: { ...hostile.run, job: `job ${i} ${PAYLOAD}` } }));
    }
    const run = await runBundledAction({ server, workspace, inputs: { mode: 'aggregate', reports: 'downloaded/*/carbon-ci-report.json', 'budget-co2e-kg': '1', 'fail-on-smoke': 'false' } });
    expect(run.code, run.stdout).toBe(0);
    const body = server.commentsOn(PR_NUMBER)[0]!.body;
    expect(body).toContain('device.id.0');
    expect(body).toContain('smoke.check.name');
    expect(body).toContain('/device.id.0');
    expect(body).toContain('a &lt;img src=x onerror=alert(1)&gt;');
    expectEverythingDefused(run);
  });
});

describe('publish mode', () => {
  it('defuses every string of a fork\'s report artifact: devices, baseline, smoke test, warnings, factors', async () => {
    const hostile = hostileReport(realReport);
    hostile.run.pullRequest = PR_NUMBER;
    server.addRun({ id: 7000, headSha: HEAD_SHA, headBranch: 'changes', event: 'pull_request' });
    server.addArtifact(7000, artifactNameFor('default'), packReport(renderJson(hostile), {
      version: 1, reportId: 'default', repository: `${OWNER}/${REPO}`, headSha: HEAD_SHA, pullRequest: { number: PR_NUMBER, baseRef: BASE_REF }, failOnBudget: false, comment: true, check: true, runId: RUN_ID,
    }));
    const run = await runBundledAction({ server, inputs: { mode: 'publish' }, event: workflowRunEvent({ id: 7000, headSha: HEAD_SHA, pullRequests: [PR_NUMBER] }), runId: 9100 });
    expect(run.code, run.stdout).toBe(0);
    const body = server.commentsOn(PR_NUMBER)[0]!.body;
    // Budget messages are not listed: publish mode may judge the budgets afresh from the artifact's totals.
    for (const field of ['baseline.source', 'smoke.model', 'smoke.energyNote', 'warning.file', 'intensity.location', 'tool.version']) expect(body).toContain(field);
    expectEverythingDefused(run);
  });
});
