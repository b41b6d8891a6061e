import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compareWithBaseline, findBaseBranchBaseline, loadBaselineFile, noBaseline } from '../baseline/index.js';
import { evaluateBudgets, type BudgetOutcome } from '../budget/index.js';
import { ArtifactUnavailableError } from '../publish/artifact.js';
import { fitMarkdownBytes, SUMMARY_MAX_BYTES } from '../publish/body.js';
import { artifactNameFor, packReport, type PublishInstructions } from '../publish/envelope.js';
import { describeApiError } from '../publish/errors.js';
import { renderJson } from '../render/index.js';
import { validateReport } from '../report/validate.js';
import type { BaselineComparison, Report } from '../report/types.js';
import { isInputError, type InputError } from '../telemetry/errors.js';
import type { Logger } from '../telemetry/plugin.js';
import { runUrlOf, type GitHubContext } from './context.js';
import type { ActionInputs } from './inputs.js';
import type { ActionIO } from './io.js';
import { setPublishOutputs, setReportOutputs } from './outputs.js';
import { publishToPullRequest, reportMarkdown, type PublishResult } from './publish-report.js';
import type { GitHubServices } from './services.js';

/** What every mode works with. */
export interface ModeContext {
  io: ActionIO;
  log: Logger;
  inputs: ActionInputs;
  context: GitHubContext;
  services: GitHubServices | undefined;
  now: () => Date;
}

/**
 * The publishing instructions the artifact carries, with `fail-on-smoke`. The envelope's parser
 * (src/publish/envelope.ts) does not know that field; mode "publish" reads it from the raw file.
 */
export type PublishInstructionsWithSmoke = PublishInstructions & { failOnSmoke: boolean };

/** Room kept in the job summary for the publishing notes that follow the report. */
const SUMMARY_RESERVE_BYTES = 16 * 1024;

/**
 * The second half of `report` and `aggregate`: compare with the baseline, judge the budgets and the
 * smoke test, write the report file, outputs and job summary (always, before any API call), upload
 * the artifact, then comment and check on the PR. A breach fails the job last, when `fail-on-budget`
 * (or `fail-on-smoke`) says so; a configuration error found on the way (`pending`, or a baseline
 * file that cannot be used) fails it after everything is written.
 */
export async function finishReport(m: ModeContext, report: Report, pending?: InputError): Promise<void> {
  const { io, inputs, context, services, log } = m;
  let configurationError: InputError | undefined = pending;
  try {
    report.baseline = await baselineFor(m, report);
  } catch (error) {
    if (!isInputError(error)) throw error;
    configurationError ??= error;
    report.baseline = noBaseline(`the baseline file could not be used (${error.message.split('\n')[0]})`);
  }
  const outcome = applyBudgets(report, m);
  validateReport(report);

  const reportJson = renderJson(report);
  const reportPath = await writeReportFile(context.tempDir, inputs.reportId, reportJson);
  setReportOutputs(io, report, outcome, reportPath, inputs.reportId);
  await io.appendSummary(fitMarkdownBytes(reportMarkdown(report, inputs.reportId), SUMMARY_MAX_BYTES - SUMMARY_RESERVE_BYTES));

  const notes: string[] = [`report JSON: \`${reportPath}\``];
  const pr = context.pullRequest;
  const headSha = pr?.headSha ?? context.sha;
  if (inputs.artifact && headSha && context.owner && context.repo) {
    const instructions: PublishInstructionsWithSmoke = {
      version: 1,
      reportId: inputs.reportId,
      repository: `${context.owner}/${context.repo}`,
      headSha,
      ...(pr ? { pullRequest: { number: pr.number, baseRef: pr.baseRef } } : {}),
      failOnBudget: inputs.failOnBudget,
      failOnSmoke: inputs.failOnSmoke,
      comment: inputs.comment,
      check: inputs.check,
      ...(context.runId ? { runId: context.runId } : {}),
    };
    notes.push(await uploadReportArtifact(m, reportJson, instructions));
  }

  let published: PublishResult | undefined;
  if (!pr) notes.push('not a pull request event: no PR comment or check');
  else if (!services) notes.push('no `github-token`: nothing posted to the PR');
  else if (inputs.comment || inputs.check) {
    const runUrl = runUrlOf(context);
    published = await publishToPullRequest(
      services,
      report,
      outcome,
      { reportId: inputs.reportId, pullRequest: pr.number, headSha: pr.headSha, comment: inputs.comment, check: inputs.check, ...(runUrl ? { detailsUrl: runUrl } : {}) },
      io,
      log,
    );
    setPublishOutputs(io, published);
    notes.push(...published.notes);
  }
  if (published?.commentForbidden) notes.push('to post this report from a fork PR, run carbon-ci with `mode: publish` in a `workflow_run` workflow (docs/github.md)');
  await io.appendSummary(publishingSection(notes));

  if (configurationError) throw configurationError;
  failOnBreach(io, outcome);
}

/**
 * Budgets and the smoke test judged into the report; relative budgets that could not be judged
 * become warnings.
 */
export function applyBudgets(
  report: Report,
  m: Pick<ModeContext, 'inputs'>,
  failOnBudget = m.inputs.failOnBudget,
  failOnSmoke = m.inputs.failOnSmoke,
): BudgetOutcome {
  const outcome = evaluateBudgets(report, m.inputs.budgets, failOnBudget, failOnSmoke);
  if (outcome.verdicts.length > 0) report.budgets = outcome.verdicts;
  else delete report.budgets;
  report.warnings = report.warnings.filter((w) => w.code !== 'budget-not-applied');
  for (const message of outcome.notApplied) report.warnings.push({ code: 'budget-not-applied', message });
  return outcome;
}

/** Fail the job for the breaches that fail (fail-on-budget, fail-on-smoke); warn for those that only warn. */
export function failOnBreach(io: ActionIO, outcome: BudgetOutcome): void {
  const failures: string[] = [];
  const budgets = outcome.failing.filter((b) => b.name !== 'smoke');
  if (budgets.length > 0) failures.push(`budget exceeded: ${budgets.map((b) => b.message).join('; ')}`);
  failures.push(...outcome.failing.filter((b) => b.name === 'smoke').map((b) => b.message));
  for (const warned of outcome.breached.filter((b) => !outcome.failing.includes(b))) {
    if (warned.name === 'smoke') io.warning(`${warned.message} (fail-on-smoke is off)`, 'carbon-ci smoke test');
    else io.warning(`budget exceeded (fail-on-budget is off): ${warned.message}`, 'carbon-ci budget');
  }
  if (failures.length > 0) io.setFailed(`carbon-ci: ${failures.join('; ')}`);
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

async function uploadReportArtifact(m: ModeContext, reportJson: string, instructions: PublishInstructions): Promise<string> {
  const { services, log } = m;
  const name = artifactNameFor(instructions.reportId);
  if (!services) return `artifact "${name}" not uploaded: no \`github-token\``;
  try {
    const uploaded = await services.artifacts.upload(name, packReport(reportJson, instructions));
    return `artifact "${name}" uploaded (id ${uploaded.id})`;
  } catch (error) {
    if (error instanceof ArtifactUnavailableError) {
      log.info(`report artifact not uploaded: ${error.message}`);
      return `artifact "${name}" not uploaded: ${error.message}`;
    }
    log.warn(`could not upload the report artifact "${name}": ${describeApiError(error)}. The report is in the job summary and at the report-path output.`);
    return `artifact "${name}" not uploaded: ${describeApiError(error)}`;
  }
}

/** Write the report JSON where the report-path output points: RUNNER_TEMP/carbon-ci/<report-id>/. */
export async function writeReportFile(tempDir: string, reportId: string, reportJson: string): Promise<string> {
  const dir = join(tempDir, 'carbon-ci', reportId);
  await mkdir(dir, { recursive: true });
  const path = join(dir, 'carbon-ci-report.json');
  await writeFile(path, reportJson);
  return path;
}

export function publishingSection(notes: string[]): string {
  return `\n<details>\n<summary>carbon-ci: publishing</summary>\n\n${notes.map((note) => `- ${note}`).join('\n')}\n\n</details>\n`;
}
