/** Comparing the report with a baseline: the file the user named, or the base branch's latest report. */
import { compareWithBaseline, findBaseBranchBaseline, loadBaselineFile, noBaseline } from '../../baseline/index.js';
import { describeApiError } from '../../publish/errors.js';
import type { BaselineComparison, Report } from '../../report/types.js';
import { isInputError, type InputError } from '../../shared/errors.js';
import type { ModeContext } from '../mode-context.js';

/**
 * Set `report.baseline`. A baseline file that cannot be used is recorded as no baseline and its
 * InputError returned, so that the job fails only after everything else is written.
 */
export async function attachBaseline(m: ModeContext, report: Report): Promise<InputError | undefined> {
  try {
    report.baseline = await baselineFor(m, report);
    return undefined;
  } catch (error) {
    if (!isInputError(error)) throw error;
    report.baseline = noBaseline(`the baseline file could not be used (${error.message.split('\n')[0]})`);
    return error;
  }
}

async function baselineFor(m: ModeContext, report: Report): Promise<BaselineComparison> {
  const { inputs, context, services, log } = m;
  if (inputs.baseline) {
    const found = await loadBaselineFile(inputs.baseline, context.workspace);
    return found.found ? compareWithBaseline(report, found.report, found.origin) : noBaseline(found.reason);
  }
  const pr = context.pullRequest;
  if (!pr) return noBaseline('not a pull request, and no baseline file was named');
  if (!services) return noBaseline('no github-token to look up the base branch report');
  const workflow = context.workflowFile ?? (await workflowIdOfRun(m));
  if (workflow === undefined) return noBaseline('the workflow of this run could not be determined');
  const found = await findBaseBranchBaseline({
    octokit: services.octokit,
    artifacts: services.artifacts,
    owner: services.owner,
    repo: services.repo,
    workflow,
    baseRef: pr.baseRef,
    reportId: inputs.reportId,
    log,
  });
  return found.found ? compareWithBaseline(report, found.report, found.origin) : noBaseline(found.reason);
}

async function workflowIdOfRun(m: ModeContext): Promise<number | undefined> {
  const { services, context, log } = m;
  if (!services || !context.runId) return undefined;
  try {
    const { data } = await services.octokit.rest.actions.getWorkflowRun({ owner: services.owner, repo: services.repo, run_id: context.runId });
    return data.workflow_id;
  } catch (error) {
    log.debug(`could not read this run's workflow: ${describeApiError(error)}`);
    return undefined;
  }
}
