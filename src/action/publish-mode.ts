import fg from 'fast-glob';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { hasBudgets, type BudgetLimits, type BudgetOutcome } from '../budget/index.js';
import type { ArtifactSummary } from '../publish/artifact.js';
import { fitMarkdownBytes, SUMMARY_MAX_BYTES } from '../publish/body.js';
import { publishCheck } from '../publish/check.js';
import {
  BadReportArtifactError,
  isReportArtifact,
  PUBLISH_FILE,
  REPORT_FILE,
  REPORT_ID_PATTERN,
  reportIdFromArtifactName,
  unpackReport,
  type PublishInstructions,
} from '../publish/envelope.js';
import { describeApiError, skippedArtifactReason } from '../publish/errors.js';
import type { MemoryFile } from '../publish/zip.js';
import type { BudgetVerdict, Report } from '../report/types.js';
import { InputError } from '../shared/errors.js';
import { escapeMarkdown, renderJson, stripControls } from '../render/index.js';
import { applyBudgets } from './finish/budgets.js';
import { logHeadline } from './finish/headline.js';
import { writeReportFile } from './finish/persist.js';
import { publishingSection } from './finish/publish.js';
import type { ModeContext } from './mode-context.js';
import { appendSummaryOrWarn } from './io.js';
import { setPublishOutputs, setReportOutputs } from './outputs.js';
import { publishToPullRequest, reportMarkdown, reportTitle } from './publish-report.js';
import type { GitHubServices } from './services.js';

interface Candidate {
  label: string;
  report: Report;
  instructions: PublishInstructions;
  /** `fail-on-smoke` of the run that made the report, when its artifact records it. */
  failOnSmoke?: boolean;
}

/**
 * Post reports that another run made (a PR from a fork could not): runs in a `workflow_run`
 * workflow with a write token, reads the triggering run's report artifacts, checks that each
 * belongs to that run's commit and PR, and posts the comment and the check. The artifact is a
 * fork's data: it is validated, its PR number verified, and its markdown rendered here.
 */
export async function publishMode(m: ModeContext): Promise<void> {
  const { io, inputs, context, log } = m;
  const services = m.services;
  if (!services) {
    throw new InputError('mode "publish" needs `github-token` and a repository', { hint: 'keep the default `github-token: ${{ github.token }}`' });
  }
  const { candidates, skipped } = inputs.reports.length > 0 ? { candidates: await fromFiles(m), skipped: [] } : await fromTriggeringRun(m, services);
  const wanted = inputs.reportIdGiven ? candidates.filter((c) => c.instructions.reportId === inputs.reportId) : candidates;
  // Artifacts that could not be read still get a line in the summary and a neutral check saying why.
  const notes = await reportSkipped(m, services, skipped);
  if (wanted.length === 0) {
    const where = inputs.reports.length > 0 ? 'in the `reports` files' : `among the artifacts of run ${context.workflowRun?.id}`;
    log.warn(`no carbon-ci report to publish ${where}${inputs.reportIdGiven ? ` with report id "${inputs.reportId}"` : ''}`);
    await appendSummaryOrWarn(io, log, publishingSection([`no carbon-ci report to publish ${where}`, ...notes]));
    return;
  }
  let first = true;
  for (const candidate of wanted) {
    const { report, instructions } = candidate;
    const verified = await verify(m, services, instructions);
    if (!verified.ok) {
      log.warn(`not publishing report "${instructions.reportId}": ${verified.reason}`);
      notes.push(`report "${escapeMarkdown(instructions.reportId)}" not published: ${escapeMarkdown(verified.reason)}`);
      continue;
    }
    // The comment links the run's commit and workflow run: only from what was verified here, never from the fork's report.
    report.run = { ...report.run, serverUrl: context.serverUrl, repository: instructions.repository, commit: instructions.headSha };
    if (context.workflowRun?.id !== undefined) report.run.runId = context.workflowRun.id;
    const failOnBudget = inputs.failOnBudgetGiven ? inputs.failOnBudget : instructions.failOnBudget;
    const failOnSmoke = inputs.failOnSmokeGiven ? inputs.failOnSmoke : (candidate.failOnSmoke ?? true);
    const outcome = judgeAgain(m, report, instructions.reportId, failOnBudget, failOnSmoke);
    io.info(`carbon-ci: report "${stripControls(instructions.reportId)}" of ${instructions.pullRequest ? `PR #${instructions.pullRequest.number}, ` : ''}commit ${instructions.headSha.slice(0, 12)}`);
    // The report's files are the other run's, not in this workspace: its warnings point at no file here.
    logHeadline(io, report, outcome, undefined);
    const reportPath = await writeReportFile(context.tempDir, instructions.reportId, renderJson(report), log);
    if (first) setReportOutputs(io, report, outcome, reportPath, instructions.reportId);
    await appendSummaryOrWarn(io, log, fitMarkdownBytes(reportMarkdown(report, instructions.reportId), Math.floor(SUMMARY_MAX_BYTES / (wanted.length + 1))));
    const result = await publishToPullRequest(
      services,
      report,
      outcome,
      {
        reportId: instructions.reportId,
        ...(instructions.pullRequest ? { pullRequest: instructions.pullRequest.number } : {}),
        headSha: instructions.headSha,
        comment: instructions.comment && inputs.comment,
        check: instructions.check && inputs.check,
        ...(instructions.runId && context.owner && context.repo
          ? { detailsUrl: `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${instructions.runId}` }
          : {}),
      },
      io,
      log,
    );
    if (first) setPublishOutputs(io, result);
    first = false;
    notes.push(...result.notes.map((note) => `${instructions.reportId}: ${note}`));
    if (result.commentForbidden) log.warn('the token of this publish run may not comment either: give the workflow `pull-requests: write`');
  }
  await appendSummaryOrWarn(io, log, publishingSection(notes));
}

/**
 * The budgets judged again from the report's (schema-checked) totals, never taken from the verdicts the
 * fork recorded: by this (trusted) workflow's budgets when it sets any, else by the limits the
 * report's run recorded. A recorded verdict that the totals contradict is a warning, in the log and
 * in the report.
 */
function judgeAgain(m: ModeContext, report: Report, reportId: string, failOnBudget: boolean, failOnSmoke: boolean): BudgetOutcome {
  const recorded = report.budgets ?? [];
  const budgets = hasBudgets(m.inputs.budgets) ? m.inputs.budgets : recordedLimits(recorded);
  const outcome = applyBudgets(report, { inputs: { ...m.inputs, budgets } }, failOnBudget, failOnSmoke);
  for (const verdict of outcome.verdicts) {
    const claimed = recorded.find((r) => r.name === verdict.name && r.limit === verdict.limit);
    if (!claimed || claimed.passed === verdict.passed) continue;
    const message =
      `report "${reportId}": the artifact recorded ${verdict.name === 'smoke' ? 'the smoke test' : `budget ${verdict.name}`} as ${claimed.passed ? 'passed' : 'failed'}, ` +
      `but its own data say ${verdict.passed ? 'passed' : 'failed'} (${verdict.message}); the verdict judged here is used`;
    m.log.warn(message);
    report.warnings.push({ code: 'budget-verdict-mismatch', message });
  }
  return outcome;
}

/** The limits a report's own run judged it by, from its recorded verdicts (SI units, as recorded). */
function recordedLimits(verdicts: BudgetVerdict[]): BudgetLimits {
  const limits: BudgetLimits = {};
  for (const { name, limit, unit } of verdicts) {
    if (!Number.isFinite(limit)) continue;
    if (name === 'co2e' && unit === 'gCO2e') limits.co2eG = limit;
    else if (name === 'energy' && unit === 'J') limits.energyJ = limit;
    else if (name === 'increase' && unit === '%') limits.maxIncreasePercent = limit;
  }
  return limits;
}

interface Skipped {
  artifact: ArtifactSummary;
  reason: string;
}

/** A note per skipped artifact, and a neutral check on the triggering run's commit that says why. */
async function reportSkipped(m: ModeContext, services: GitHubServices, skipped: Skipped[]): Promise<string[]> {
  const { inputs, context, log } = m;
  const notes: string[] = [];
  const run = context.workflowRun;
  for (const { artifact, reason } of skipped) {
    notes.push(`artifact "${escapeMarkdown(artifact.name)}" not published: ${escapeMarkdown(reason)}`);
    const reportId = reportIdFromArtifactName(artifact.name);
    if (!run || !inputs.check || !reportId || !REPORT_ID_PATTERN.test(reportId) || (inputs.reportIdGiven && reportId !== inputs.reportId)) continue;
    const check = await publishCheck(
      services.octokit,
      {
        owner: services.owner,
        repo: services.repo,
        headSha: run.headSha,
        name: reportTitle(reportId),
        conclusion: 'neutral',
        title: 'report not published: its artifact could not be used',
        // The reason may quote the fork's data: shown as text, never as markdown.
        summary: `carbon-ci could not publish the report of run ${run.id}:\n\n\`\`\`text\n${reason.replace(/`{3,}/g, "'''")}\n\`\`\``,
        ...(context.owner && context.repo ? { detailsUrl: `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${run.id}` } : {}),
      },
      log,
    );
    if (check.kind === 'none') notes.push(`no check written for "${escapeMarkdown(artifact.name)}": ${escapeMarkdown(check.reason)}`);
  }
  return notes;
}

/** `failOnSmoke` from the raw publishing instructions (the envelope's parser keeps only the fields it knows). */
function withFailOnSmoke(candidate: Candidate, files: MemoryFile[]): Candidate {
  const file = files.find((f) => f.name === PUBLISH_FILE);
  if (!file) return candidate;
  try {
    const value = (JSON.parse(file.data.toString('utf8')) as { failOnSmoke?: unknown }).failOnSmoke;
    return typeof value === 'boolean' ? { ...candidate, failOnSmoke: value } : candidate;
  } catch {
    return candidate;
  }
}

async function fromTriggeringRun(m: ModeContext, services: GitHubServices): Promise<{ candidates: Candidate[]; skipped: Skipped[] }> {
  const { context, log } = m;
  const run = context.workflowRun;
  if (!run) {
    throw new InputError(`mode "publish" runs in a workflow triggered by \`workflow_run\`, not by "${context.eventName || 'unknown'}"`, {
      hint: 'see docs/github.md, "Pull requests from forks": `on: workflow_run: { workflows: [<your workflow>], types: [completed] }`; or name report files with `reports`',
    });
  }
  const artifacts = (await services.artifacts.list(run.id)).filter(isReportArtifact);
  const candidates: Candidate[] = [];
  const skipped: Skipped[] = [];
  for (const artifact of artifacts) {
    try {
      const files = await services.artifacts.download(artifact);
      const { report, instructions } = unpackReport(files, artifact.name);
      if (!instructions) throw new BadReportArtifactError(`artifact "${artifact.name}" holds no ${PUBLISH_FILE}`);
      if (instructions.headSha !== run.headSha) {
        throw new BadReportArtifactError(`artifact "${artifact.name}" is for commit ${instructions.headSha.slice(0, 7)}, but run ${run.id} built ${run.headSha.slice(0, 7)}`);
      }
      candidates.push(withFailOnSmoke({ label: artifact.name, report, instructions }, files));
    } catch (error) {
      // A refused, unreadable or undownloadable artifact is skipped; anything else is a bug.
      const reason = skippedArtifactReason(error);
      if (reason === undefined) throw error;
      log.warn(`skipped artifact "${artifact.name}": ${reason}`);
      skipped.push({ artifact, reason });
    }
  }
  return { candidates, skipped };
}

async function fromFiles(m: ModeContext): Promise<Candidate[]> {
  const cwd = m.context.workspace;
  const patterns = m.inputs.reports.map((pattern) => pattern.replace(/\\/g, '/'));
  const files = (await fg(patterns, { cwd, absolute: true, onlyFiles: true, unique: true })).filter((file) => file.endsWith(REPORT_FILE));
  if (files.length === 0) {
    throw new InputError(`no ${REPORT_FILE} files match ${m.inputs.reports.map((r) => JSON.stringify(r)).join(', ')}`, {
      hint: `name the folders where the report artifacts were downloaded, e.g. \`reports: artifacts/**/${REPORT_FILE}\``,
    });
  }
  const candidates: Candidate[] = [];
  for (const file of files.sort()) {
    const label = relative(cwd, file);
    const publishFile = join(dirname(file), PUBLISH_FILE);
    try {
      const memoryFiles = [
        { name: REPORT_FILE, data: await readFile(file) },
        { name: PUBLISH_FILE, data: await readFile(publishFile).catch(() => Buffer.alloc(0)) },
      ].filter((f) => f.data.length > 0);
      const unpacked = unpackReport(memoryFiles, label);
      if (!unpacked.instructions) throw new BadReportArtifactError(`${relative(cwd, publishFile)} is missing`);
      candidates.push(withFailOnSmoke({ label, report: unpacked.report, instructions: unpacked.instructions }, memoryFiles));
    } catch (error) {
      if (error instanceof BadReportArtifactError) throw new InputError(error.message, { file: label, hint: `keep ${PUBLISH_FILE} beside each ${REPORT_FILE}` });
      throw error;
    }
  }
  return candidates;
}

/** The report must be for this repository, and its PR must have the report's commit as its head. */
async function verify(
  m: ModeContext,
  services: GitHubServices,
  instructions: PublishInstructions,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const repository = `${services.owner}/${services.repo}`;
  if (instructions.repository !== repository) return { ok: false, reason: `it is for ${instructions.repository}, not ${repository}` };
  const pr = instructions.pullRequest;
  if (!pr) return { ok: true };
  if (m.context.workflowRun?.pullRequests.includes(pr.number)) return { ok: true };
  try {
    const { data } = await services.octokit.rest.pulls.get({ owner: services.owner, repo: services.repo, pull_number: pr.number });
    const head = (data as { head?: { sha?: unknown } | null } | null)?.head?.sha;
    if (typeof head !== 'string' || !/^[0-9a-f]{40}$/i.test(head)) {
      return { ok: false, reason: `GitHub's answer to reading PR #${pr.number} is malformed: head.sha is ${JSON.stringify(head) ?? 'missing'}, so its head commit cannot be checked` };
    }
    if (head !== instructions.headSha) {
      return { ok: false, reason: `PR #${pr.number}'s head is ${head.slice(0, 7)}, not the report's commit ${instructions.headSha.slice(0, 7)} (a newer push, or a report that names the wrong PR)` };
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: `PR #${pr.number} could not be read (${describeApiError(error)})` };
  }
}
