import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { RunIdentity } from '../report/types.js';

export interface PullRequestContext {
  number: number;
  /** The PR's head commit: where checks and statuses go (not the merge commit the run builds). */
  headSha: string;
  baseRef: string;
  /** True when the head lives in another repository: the token is then read-only on public repos. */
  fromFork: boolean;
}

export interface WorkflowRunContext {
  id: number;
  headSha: string;
  headBranch?: string;
  event: string;
  conclusion?: string;
  /** Empty for PRs from forks (GitHub leaves it empty); the report artifact carries the number. */
  pullRequests: number[];
  /** True unless the run's head repository is known to be this one (a fork's, or not said). */
  fromFork: boolean;
}

/** What the Action needs from the runner's environment and the event payload. */
export interface GitHubContext {
  eventName: string;
  owner?: string;
  repo?: string;
  serverUrl: string;
  apiUrl: string;
  sha?: string;
  ref?: string;
  workflow?: string;
  /** The workflow's file name, from GITHUB_WORKFLOW_REF ("train.yml"). */
  workflowFile?: string;
  job?: string;
  runId?: number;
  runAttempt?: number;
  /** The runner's name (RUNNER_NAME): tells this job apart among the run's jobs in the API. */
  runnerName?: string;
  pullRequest?: PullRequestContext;
  workflowRun?: WorkflowRunContext;
  /** Directory for files that die with the job (RUNNER_TEMP). */
  tempDir: string;
  workspace: string;
}

export async function readGitHubContext(env: NodeJS.ProcessEnv): Promise<GitHubContext> {
  const payload = await readEventPayload(env.GITHUB_EVENT_PATH);
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const context: GitHubContext = {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    tempDir: env.RUNNER_TEMP || tmpdir(),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
  };
  if (owner && repo) Object.assign(context, { owner, repo });
  assignIf(context, 'sha', env.GITHUB_SHA);
  assignIf(context, 'ref', env.GITHUB_REF);
  assignIf(context, 'workflow', env.GITHUB_WORKFLOW);
  assignIf(context, 'job', env.GITHUB_JOB);
  const workflowFile = env.GITHUB_WORKFLOW_REF?.match(/\/\.github\/workflows\/([^@/]+)@/)?.[1];
  assignIf(context, 'workflowFile', workflowFile);
  const runId = positiveInt(env.GITHUB_RUN_ID);
  if (runId) context.runId = runId;
  const runAttempt = positiveInt(env.GITHUB_RUN_ATTEMPT);
  if (runAttempt) context.runAttempt = runAttempt;
  assignIf(context, 'runnerName', env.RUNNER_NAME);

  const pr = payload.pull_request as Record<string, unknown> | undefined;
  const prNumber = positiveInt(pr?.number) ?? positiveInt(payload.number);
  const head = pr?.head as { sha?: unknown; repo?: { full_name?: unknown } | null } | undefined;
  const base = pr?.base as { ref?: unknown; repo?: { full_name?: unknown } | null } | undefined;
  if (pr && prNumber && typeof head?.sha === 'string') {
    context.pullRequest = {
      number: prNumber,
      headSha: head.sha,
      baseRef: typeof base?.ref === 'string' ? base.ref : '',
      fromFork: head.repo?.full_name !== undefined && head.repo?.full_name !== base?.repo?.full_name,
    };
  }
  const run = payload.workflow_run as Record<string, unknown> | undefined;
  const workflowRunId = positiveInt(run?.id);
  if (run && workflowRunId && typeof run.head_sha === 'string') {
    context.workflowRun = {
      id: workflowRunId,
      headSha: run.head_sha,
      event: typeof run.event === 'string' ? run.event : '',
      pullRequests: Array.isArray(run.pull_requests)
        ? run.pull_requests.map((p: { number?: unknown }) => positiveInt(p?.number)).filter((n): n is number => n !== undefined)
        : [],
      fromFork: headRepositoryOf(run) === undefined || headRepositoryOf(run) !== repositoryOf(payload, env),
    };
    assignIf(context.workflowRun, 'headBranch', typeof run.head_branch === 'string' ? run.head_branch : undefined);
    assignIf(context.workflowRun, 'conclusion', typeof run.conclusion === 'string' ? run.conclusion : undefined);
  }
  return context;
}

/**
 * Why code in the workspace may be a pull request's, run with a token that can write: under
 * `pull_request_target`, and under `workflow_run` for a run whose head is a fork's. Undefined otherwise.
 */
export function untrustedWorkspaceReason(context: GitHubContext): string | undefined {
  if (context.eventName === 'pull_request_target') {
    return 'this run is triggered by `pull_request_target`, which runs with a token that can write, while the workspace may hold the pull request\'s code';
  }
  if (context.eventName === 'workflow_run' && context.workflowRun?.fromFork) {
    return 'this run is triggered by `workflow_run` for a run of a fork\'s branch: it has a token that can write, while the workspace may hold the fork\'s files';
  }
  return undefined;
}

/** The run identity a report records; on a PR the commit is the PR head. */
export function runIdentityOf(context: GitHubContext): RunIdentity {
  const identity: RunIdentity = { serverUrl: context.serverUrl };
  if (context.owner && context.repo) identity.repository = `${context.owner}/${context.repo}`;
  const commit = context.pullRequest?.headSha ?? context.sha;
  if (commit) identity.commit = commit;
  if (context.ref) identity.ref = context.ref;
  if (context.workflow) identity.workflow = context.workflow;
  if (context.job) identity.job = context.job;
  if (context.runId) identity.runId = context.runId;
  if (context.runAttempt) identity.runAttempt = context.runAttempt;
  if (context.pullRequest) identity.pullRequest = context.pullRequest.number;
  return identity;
}

/** The link to this workflow run, for the check's details. */
export function runUrlOf(context: GitHubContext): string | undefined {
  if (!context.owner || !context.repo || !context.runId) return undefined;
  return `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`;
}

async function readEventPayload(path: string | undefined): Promise<Record<string, unknown>> {
  if (!path) return {};
  try {
    const value: unknown = JSON.parse(await readFile(path, 'utf8'));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function headRepositoryOf(run: Record<string, unknown>): string | undefined {
  const name = (run.head_repository as { full_name?: unknown } | null | undefined)?.full_name;
  return typeof name === 'string' && name !== '' ? name.toLowerCase() : undefined;
}

function repositoryOf(payload: Record<string, unknown>, env: NodeJS.ProcessEnv): string | undefined {
  const name = (payload.repository as { full_name?: unknown } | null | undefined)?.full_name ?? env.GITHUB_REPOSITORY;
  return typeof name === 'string' && name !== '' ? name.toLowerCase() : undefined;
}

function positiveInt(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

function assignIf<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined && value !== '') target[key] = value;
}
