import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGitHubContext, runIdentityOf, runUrlOf } from '../../src/action/context.js';
import { HEAD_SHA, MERGE_SHA, pullRequestEvent, workflowRunEvent } from './action-harness.js';

function eventFile(payload: object): string {
  const path = join(mkdtempSync(join(tmpdir(), 'carbon-ci-event-')), 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

const env = {
  GITHUB_REPOSITORY: 'Codertocat/Hello-World',
  GITHUB_SHA: MERGE_SHA,
  GITHUB_RUN_ID: '77',
  GITHUB_WORKFLOW_REF: 'Codertocat/Hello-World/.github/workflows/train.yml@refs/pull/2/merge',
  GITHUB_API_URL: 'https://ghe.example.com/api/v3/',
};

describe('readGitHubContext', () => {
  it('takes the PR head, not the merge commit, from a pull_request payload', async () => {
    const context = await readGitHubContext({ ...env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(pullRequestEvent().payload) });
    expect(context.pullRequest).toEqual({ number: 2, headSha: HEAD_SHA, baseRef: 'master', fromFork: false });
    expect(context.workflowFile).toBe('train.yml');
    expect(context.apiUrl).toBe('https://ghe.example.com/api/v3');
    expect(runIdentityOf(context)).toMatchObject({ repository: 'Codertocat/Hello-World', commit: HEAD_SHA, pullRequest: 2, runId: 77 });
    expect(runUrlOf(context)).toBe('https://github.com/Codertocat/Hello-World/actions/runs/77');
  });

  it('notices a PR from a fork and reads a workflow_run payload', async () => {
    const fork = await readGitHubContext({ ...env, GITHUB_EVENT_PATH: eventFile(pullRequestEvent({ fork: true }).payload) });
    expect(fork.pullRequest?.fromFork).toBe(true);
    const run = await readGitHubContext({ ...env, GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: eventFile(workflowRunEvent({ id: 5, headSha: HEAD_SHA, pullRequests: [2] }).payload) });
    expect(run.pullRequest).toBeUndefined();
    expect(run.workflowRun).toMatchObject({ id: 5, headSha: HEAD_SHA, pullRequests: [2], event: 'pull_request' });
  });

  it('copes with a missing or unreadable payload', async () => {
    const context = await readGitHubContext({ GITHUB_EVENT_PATH: '/nonexistent/event.json' });
    expect(context.pullRequest).toBeUndefined();
    expect(context.owner).toBeUndefined();
    expect(context.apiUrl).toBe('https://api.github.com');
  });
});
