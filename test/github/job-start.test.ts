// The job's start for a Prometheus window without `prometheus-start`: from the API's list of the run attempt's jobs.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubContext } from '../../src/action/context.js';
import { jobStartMs } from '../../src/action/job-start.js';
import type { GitHubServices } from '../../src/action/services.js';
import { createGitHubClient } from '../../src/publish/octokit.js';
import type { Logger } from '../../src/sdk/plugin.js';
import { isInputError } from '../../src/shared/errors.js';
import { FakeGitHub, OWNER, REPO, TOKEN } from './fake-github.js';

const log: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined };
let server: FakeGitHub;
let services: GitHubServices;

beforeEach(async () => {
  server = new FakeGitHub();
  await server.start();
  const octokit = createGitHubClient({ token: TOKEN, baseUrl: server.url, log, timeScale: 0.001 });
  const unused = () => Promise.reject(new Error('not used here'));
  services = { octokit, owner: OWNER, repo: REPO, artifacts: { upload: unused, list: unused, download: unused }, commentAuthor: unused } as GitHubServices;
});

afterEach(async () => {
  await server.stop();
  expect(server.violations).toEqual([]);
});

function contextOf(fields: Partial<GitHubContext>): GitHubContext {
  return { eventName: 'push', serverUrl: 'https://github.com', apiUrl: server.url, tempDir: '/tmp', workspace: '/tmp', runId: 77, runAttempt: 2, ...fields };
}

async function inputError(promise: Promise<unknown>): Promise<{ message: string; hint?: string }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isInputError(error)) throw new Error(`expected an InputError, got ${String(error)}`);
  return error;
}

describe('jobStartMs', () => {
  it('takes the in-progress job of this attempt that runs on this runner', async () => {
    server.jobs.set('77/2', [
      { name: 'train (a100)', status: 'in_progress', startedAt: '2026-11-23T08:00:00Z', runnerName: 'gpu-1' },
      { name: 'train (h100)', status: 'in_progress', startedAt: '2026-11-23T08:05:00Z', runnerName: 'gpu-2' },
      { name: 'lint', status: 'completed', startedAt: '2026-11-23T07:00:00Z', runnerName: 'gpu-2' },
    ]);
    expect(await jobStartMs(services, contextOf({ runnerName: 'gpu-2' }))).toBe(Date.parse('2026-11-23T08:05:00Z'));
  });

  it('takes the only in-progress job when the runner is not named', async () => {
    server.jobs.set('77/2', [
      { name: 'train', status: 'in_progress', startedAt: '2026-11-23T08:00:00Z', runnerName: null },
      { name: 'later', status: 'queued', startedAt: '2026-11-23T08:00:00Z', runnerName: null },
    ]);
    expect(await jobStartMs(services, contextOf({}))).toBe(Date.parse('2026-11-23T08:00:00Z'));
  });

  it('refuses to guess among several jobs, and says what to add', async () => {
    server.jobs.set('77/2', [
      { name: 'a', status: 'in_progress', startedAt: '2026-11-23T08:00:00Z', runnerName: 'gpu-1' },
      { name: 'b', status: 'in_progress', startedAt: '2026-11-23T08:05:00Z', runnerName: 'gpu-2' },
    ]);
    const error = await inputError(jobStartMs(services, contextOf({ runnerName: 'gpu-9' })));
    expect(error.message).toContain('could not tell which job this is (2 in progress, none alone on runner "gpu-9")');
    expect(error.hint).toContain('prometheus-start');
  });

  it('turns a refused request into an InputError that names the status and the permission', async () => {
    server.fault({ path: /\/attempts\/2\/jobs$/, status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' } });
    const error = await inputError(jobStartMs(services, contextOf({})));
    expect(error.message).toContain('the API did not give it: HTTP 403');
    expect(error.hint).toContain('actions: read');
  });

  it('needs a token and a run id', async () => {
    const error = await inputError(jobStartMs(undefined, contextOf({})));
    expect(error.message).toContain('without a token and a run id');
  });
});
