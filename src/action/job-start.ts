import { describeApiError } from '../publish/errors.js';
import { InputError } from '../shared/errors.js';
import type { GitHubContext } from './context.js';
import type { GitHubServices } from './services.js';

const NO_START_HINT =
  'add `prometheus-start` (ISO 8601 or epoch seconds), or use `measure: true` in a step placed first in the job, whose start is then the window\'s';

/**
 * When this job started, for a Prometheus window without `prometheus-start` or `measure`: the
 * `started_at` of this run attempt's job that is in progress on this runner (RUNNER_NAME), from
 * GitHub's API. An InputError that says what to add when the API cannot tell.
 */
export async function jobStartMs(services: GitHubServices | undefined, context: GitHubContext): Promise<number> {
  if (!services || !context.runId) {
    throw new InputError('input "prometheus-url" needs the job\'s start, and without a token and a run id the API cannot give it', { hint: NO_START_HINT });
  }
  let jobs: { status: string; started_at: string; runner_name: string | null }[];
  try {
    jobs = await services.octokit.paginate(services.octokit.rest.actions.listJobsForWorkflowRunAttempt, {
      owner: services.owner,
      repo: services.repo,
      run_id: context.runId,
      attempt_number: context.runAttempt ?? 1,
      per_page: 100,
    });
  } catch (error) {
    throw new InputError(`input "prometheus-url" needs the job's start, and the API did not give it: ${describeApiError(error)}`, {
      hint: `${NO_START_HINT}; or give the token \`actions: read\``,
    });
  }
  const running = jobs.filter((job) => job.status === 'in_progress' && job.started_at);
  const mine = running.filter((job) => context.runnerName !== undefined && job.runner_name === context.runnerName);
  const job = mine.length === 1 ? mine[0] : running.length === 1 ? running[0] : undefined;
  const startMs = job ? Date.parse(job.started_at) : NaN;
  if (!Number.isFinite(startMs)) {
    throw new InputError(
      `input "prometheus-url" needs the job's start, and the API could not tell which job this is (${running.length} in progress${context.runnerName ? `, none alone on runner ${JSON.stringify(context.runnerName)}` : ''})`,
      { hint: NO_START_HINT },
    );
  }
  return startMs;
}
