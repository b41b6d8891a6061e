import type { RunIdentity } from '../report/types.js';

/** The run's identity from GitHub Actions' environment variables; empty outside Actions. */
export function runIdentityFromEnv(env: Record<string, string | undefined>): RunIdentity {
  if (env.GITHUB_ACTIONS !== 'true') return {};
  const run: RunIdentity = {};
  if (env.GITHUB_SERVER_URL) run.serverUrl = env.GITHUB_SERVER_URL.replace(/\/+$/, '');
  if (env.GITHUB_REPOSITORY) run.repository = env.GITHUB_REPOSITORY;
  if (env.GITHUB_SHA) run.commit = env.GITHUB_SHA;
  if (env.GITHUB_REF) run.ref = env.GITHUB_REF;
  if (env.GITHUB_WORKFLOW) run.workflow = env.GITHUB_WORKFLOW;
  if (env.GITHUB_JOB) run.job = env.GITHUB_JOB;
  const runId = Number(env.GITHUB_RUN_ID);
  if (Number.isInteger(runId) && runId > 0) run.runId = runId;
  const attempt = Number(env.GITHUB_RUN_ATTEMPT);
  if (Number.isInteger(attempt) && attempt > 0) run.runAttempt = attempt;
  return run;
}
