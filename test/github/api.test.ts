// The publish and baseline functions in-process, against the fake GitHub.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findBaseBranchBaseline } from '../../src/baseline/index.js';
import { GitHubArtifactStore } from '../../src/publish/artifact.js';
import { publishCheck } from '../../src/publish/check.js';
import { upsertStickyComment } from '../../src/publish/comment.js';
import { artifactNameFor, packReport } from '../../src/publish/envelope.js';
import { createGitHubClient, type GitHubClient } from '../../src/publish/octokit.js';
import { runReport } from '../../src/pipeline/index.js';
import { renderJson } from '../../src/render/index.js';
import type { Logger } from '../../src/sdk/plugin.js';
import { ROOT } from './action-harness.js';
import { BOT, FakeGitHub, OWNER, REPO, TOKEN } from './fake-github.js';

let server: FakeGitHub;
let octokit: GitHubClient;
const lines: string[] = [];
const log: Logger = { debug: () => undefined, info: (m) => lines.push(`info ${m}`), warn: (m) => lines.push(`warn ${m}`) };
const FORBIDDEN = { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' };

beforeEach(async () => {
  server = new FakeGitHub();
  await server.start();
  octokit = createGitHubClient({ token: TOKEN, baseUrl: server.url, log, timeScale: 0.001 });
  lines.length = 0;
});

afterEach(async () => {
  await server.stop();
  expect(server.violations).toEqual([]);
});

describe('sticky comment', () => {
  it('creates, then updates, then leaves an unchanged body alone', async () => {
    const target = { owner: OWNER, repo: REPO, issueNumber: 3 };
    expect((await upsertStickyComment(octokit, target, 'x', 'one', log)).action).toBe('created');
    expect((await upsertStickyComment(octokit, target, 'x', 'two', log)).action).toBe('updated');
    expect((await upsertStickyComment(octokit, target, 'x', 'two', log)).action).toBe('unchanged');
    expect((await upsertStickyComment(octokit, target, 'y', 'other report', log)).action).toBe('created');
    expect(server.commentsOn(3).map((c) => c.body)).toEqual(['<!-- carbon-ci:report-id=x -->\ntwo', '<!-- carbon-ci:report-id=y -->\nother report']);
  });

  it('removes duplicates a past race left behind, keeping the oldest', async () => {
    const oldest = server.addComment(4, '<!-- carbon-ci:report-id=default -->\na', BOT);
    server.addComment(4, '<!-- carbon-ci:report-id=default -->\nb', BOT);
    const result = await upsertStickyComment(octokit, { owner: OWNER, repo: REPO, issueNumber: 4 }, 'default', 'fresh', log);
    expect(result).toMatchObject({ action: 'updated', id: oldest.id });
    expect(server.commentsOn(4).map((c) => c.id)).toEqual([oldest.id]);
  });

  it('cuts a body over 65,536 characters instead of failing', async () => {
    await upsertStickyComment(octokit, { owner: OWNER, repo: REPO, issueNumber: 5 }, 'default', `${'| row |\n'.repeat(20_000)}`, log);
    const body = server.commentsOn(5)[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('size limit');
  });
});

describe('check', () => {
  it('says why when neither a check run nor a status may be written', async () => {
    server.fault({ method: 'POST', path: /check-runs/, status: 403, body: FORBIDDEN });
    server.fault({ method: 'POST', path: /statuses/, status: 403, body: FORBIDDEN });
    const result = await publishCheck(octokit, { owner: OWNER, repo: REPO, headSha: 'a'.repeat(40), name: 'carbon-ci', conclusion: 'success', title: 't', summary: 's' }, log);
    expect(result.kind).toBe('none');
    expect(lines.some((l) => l.startsWith('warn could not set a commit status either') && l.includes('statuses: write'))).toBe(true);
  });
});

describe('artifacts', () => {
  it('uploads with @actions/artifact through the results service (Azure block upload), then lists and downloads through the REST API', async () => {
    const runtime = { resultsUrl: `${server.url}/`, token: server.runtimeToken(42) };
    const store = new GitHubArtifactStore({ octokit, owner: OWNER, repo: REPO, runtime, log });
    server.fault({ path: /CreateArtifact$/, status: 503 });
    const files = [{ name: 'report.json', data: Buffer.from('{"a":1}') }];
    const uploaded = await store.upload('carbon-ci-report-x', files);
    expect(server.requests.filter((r) => r.operationId === 'twirp/CreateArtifact').map((r) => r.status)).toEqual([503, 200]);
    const listed = await store.list(42);
    expect(listed).toMatchObject([{ id: uploaded.id, name: 'carbon-ci-report-x', sizeBytes: uploaded.sizeBytes, expired: false, runId: 42 }]);
    expect(await store.download(listed[0]!)).toEqual(files);
    // A re-run of the job replaces the artifact of its earlier attempt.
    const again = await store.upload('carbon-ci-report-x', [{ name: 'report.json', data: Buffer.from('{"a":2}') }]);
    expect(server.requests.filter((r) => r.operationId?.startsWith('twirp/')).map((r) => `${r.operationId} ${r.status}`).slice(3)).toEqual([
      'twirp/CreateArtifact 409',
      'twirp/ListArtifacts 200',
      'twirp/DeleteArtifact 200',
      'twirp/CreateArtifact 200',
      'twirp/FinalizeArtifact 200',
    ]);
    const [replaced] = await store.list(42);
    expect(replaced!.id).toBe(again.id);
    expect((await store.download(replaced!))[0]!.data.toString()).toBe('{"a":2}');
  });
});

describe('base branch baseline', () => {
  it('skips runs without the artifact and expired ones, and names the run it used', async () => {
    const report = await runReport({ inputs: ['test/fixtures/github/nvidia-smi-2xA100.csv'], cwd: ROOT, location: 'FR', timeZone: 'UTC' });
    const pack = (sha: string) => packReport(renderJson(report), { version: 1, reportId: 'default', repository: `${OWNER}/${REPO}`, headSha: sha, failOnBudget: true, comment: true, check: true });
    server.addRun({ id: 10, headSha: '1'.repeat(40) });
    server.addArtifact(10, artifactNameFor('default'), pack('1'.repeat(40)));
    server.addRun({ id: 11, headSha: '2'.repeat(40) });
    server.addArtifact(11, artifactNameFor('default'), pack('2'.repeat(40)), true);
    server.addRun({ id: 12, headSha: '3'.repeat(40), event: 'pull_request' });
    server.addArtifact(12, artifactNameFor('default'), pack('3'.repeat(40)));
    server.addRun({ id: 13, headSha: '4'.repeat(40) });
    const store = new GitHubArtifactStore({ octokit, owner: OWNER, repo: REPO, runtime: undefined, log });
    const found = await findBaseBranchBaseline({ octokit, artifacts: store, owner: OWNER, repo: REPO, workflow: 'train.yml', baseRef: 'master', reportId: 'default', log });
    expect(found).toMatchObject({ found: true, origin: { runId: 10, commit: '1'.repeat(40), description: 'run 10 on master (1111111)' } });
    const missing = await findBaseBranchBaseline({ octokit, artifacts: store, owner: OWNER, repo: REPO, workflow: 'train.yml', baseRef: 'master', reportId: 'other', log });
    expect(missing).toEqual({ found: false, reason: 'none of the last 3 successful runs on master kept a "carbon-ci-report-other" artifact' });
  });

  it('turns API trouble into a reason, not an exception', async () => {
    server.fault({ path: /\/actions\/workflows\//, status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } });
    const store = new GitHubArtifactStore({ octokit, owner: OWNER, repo: REPO, runtime: undefined, log });
    const result = await findBaseBranchBaseline({ octokit, artifacts: store, owner: OWNER, repo: REPO, workflow: 'gone.yml', baseRef: 'main', reportId: 'default', log });
    expect(result).toMatchObject({ found: false, reason: expect.stringContaining('could not list the base branch\'s runs (HTTP 404') });
  });
});
