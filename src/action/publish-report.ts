import { actionWording } from './input-names.js';
import type { BudgetOutcome } from '../budget/index.js';
import { publishCheck, type CheckConclusion } from '../publish/check.js';
import { upsertStickyComment } from '../publish/comment.js';
import { describeApiError, httpStatusOf } from '../publish/errors.js';
import { renderMarkdown } from '../render/index.js';
import { formatKg, formatKWh } from '../render/format.js';
import type { Report } from '../report/types.js';
import type { Logger } from '../shared/logger.js';
import { DEFAULT_REPORT_ID } from './inputs.js';
import type { ActionIO } from './io.js';
import type { GitHubServices } from './services.js';

export interface PublishTarget {
  reportId: string;
  /** The PR to comment on; no comment without one. */
  pullRequest?: number;
  /** The commit the check goes on: the PR head. */
  headSha: string;
  comment: boolean;
  check: boolean;
  /** The workflow run, for the check's link. */
  detailsUrl?: string;
}

export interface PublishResult {
  commentUrl?: string;
  commentId?: number;
  checkUrl?: string;
  checkKind?: 'check-run' | 'commit-status';
  /** The token could not comment (a PR from a fork): the report waits in the artifact. */
  commentForbidden: boolean;
  /** Lines for the job summary's "Publishing" section. */
  notes: string[];
}

/** The title of the comment and summary: "carbon-ci", with the report id when it is not the default. */
export function reportTitle(reportId: string): string {
  return reportId === DEFAULT_REPORT_ID ? 'carbon-ci' : `carbon-ci · ${reportId}`;
}

/** The markdown reviewers read, in the comment, the check and the job summary. */
export function reportMarkdown(report: Report, reportId: string): string {
  return renderMarkdown(report, { title: reportTitle(reportId), wording: actionWording });
}

/** Post the sticky comment and the check. API failures become notes and warnings, never exceptions. */
export async function publishToPullRequest(
  services: GitHubServices,
  report: Report,
  outcome: BudgetOutcome,
  target: PublishTarget,
  io: ActionIO,
  log: Logger,
): Promise<PublishResult> {
  const result: PublishResult = { commentForbidden: false, notes: [] };
  const markdown = reportMarkdown(report, target.reportId);
  const { octokit, owner, repo } = services;

  if (target.comment && target.pullRequest !== undefined) {
    try {
      const author = await services.commentAuthor();
      const comment = await upsertStickyComment(octokit, { owner, repo, issueNumber: target.pullRequest }, target.reportId, markdown, log, author);
      result.commentUrl = comment.url;
      result.commentId = comment.id;
      result.notes.push(`PR comment ${comment.action}: ${comment.url}`);
    } catch (error) {
      if (httpStatusOf(error) === 403) {
        result.commentForbidden = true;
        result.notes.push(`PR comment not posted: the token may not write to PR #${target.pullRequest} (a PR from a fork gets a read-only token)`);
      } else {
        log.warn(`could not post the PR comment: ${describeApiError(error)}. The report is in the job summary and the report artifact.`);
        result.notes.push(`PR comment not posted: ${describeApiError(error)}`);
      }
    }
  }

  if (target.check) {
    const check = await publishCheck(
      octokit,
      {
        owner,
        repo,
        headSha: target.headSha,
        name: reportTitle(target.reportId),
        conclusion: conclusionOf(outcome),
        title: checkTitle(report, outcome),
        summary: markdown,
        ...(target.detailsUrl ? { detailsUrl: target.detailsUrl } : {}),
      },
      log,
    );
    if (check.kind === 'none') result.notes.push(`no check written: ${check.reason}`);
    else {
      result.checkKind = check.kind;
      if (check.url) result.checkUrl = check.url;
      result.notes.push(`${check.kind === 'check-run' ? 'check run' : 'commit status'} "${reportTitle(target.reportId)}": ${conclusionOf(outcome)}`);
    }
  }
  if (result.commentForbidden) io.notice(forkNotice(target.reportId), 'carbon-ci: report not posted to the PR');
  return result;
}

export function conclusionOf(outcome: BudgetOutcome): CheckConclusion {
  return outcome.status === 'fail' ? 'failure' : outcome.status === 'warn' ? 'neutral' : 'success';
}

/** One line: the numbers, the change against the baseline, the budgets' and the smoke test's verdicts. */
export function checkTitle(report: Report, outcome: BudgetOutcome): string {
  const parts = hasTelemetry(report) ? [`${formatKg(report.totals.co2eG)} CO2e`, `${formatKWh(report.totals.energyJ)}`] : ['no telemetry given'];
  const percent = report.baseline?.found ? report.baseline.deltaPercent : undefined;
  if (percent !== undefined) parts.push(`${percent >= 0 ? '+' : ''}${percent.toFixed(1)}% vs base`);
  const budgets = outcome.verdicts.filter((v) => v.name !== 'smoke');
  const broken = budgets.filter((v) => !v.passed);
  if (broken.length > 0) {
    const failing = outcome.failing.some((v) => v.name !== 'smoke');
    parts.push(`budget exceeded${failing ? '' : ' (warning)'}: ${broken.map((b) => b.name).join(', ')}`);
  } else if (budgets.length > 0) parts.push('within budget');
  if (report.smoke) {
    const failing = outcome.failing.some((v) => v.name === 'smoke');
    parts.push(report.smoke.passed ? `smoke test passed on ${report.smoke.executionProvider}` : `smoke test failed${failing ? '' : ' (warning)'}`);
  }
  return parts.join(' · ');
}

/** Whether the report was made from telemetry or an estimate, rather than with no telemetry at all. */
export function hasTelemetry(report: Report): boolean {
  return report.devices.length > 0 || report.inputs.files.length > 0 || report.inputs.mode === 'estimate';
}

export function forkNotice(reportId: string): string {
  return [
    'The token of this run may not comment on the pull request (pull requests from forks get a read-only token).',
    `The report is in the job summary and in the artifact "carbon-ci-report-${reportId}".`,
    'To post it on the PR, add a workflow that runs on `workflow_run` (types: [completed]) for this workflow, with',
    '`pull-requests: write`, `checks: write` and `actions: read`, and one step: `uses: <carbon-ci> with: { mode: publish }`.',
    'See docs/github.md, "Pull requests from forks".',
  ].join(' ');
}
