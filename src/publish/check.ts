import type { Logger } from '../shared/logger.js';
import { CHECK_OUTPUT_MAX_CHARS, fitMarkdown } from './body.js';
import { describeApiError, httpStatusOf } from './errors.js';
import type { GitHubClient } from './octokit.js';

/** GitHub refuses commit status descriptions longer than this (not stated in the OpenAPI description). */
export const STATUS_DESCRIPTION_MAX_CHARS = 140;

export type CheckConclusion = 'success' | 'neutral' | 'failure';

export interface CheckRequest {
  owner: string;
  repo: string;
  /** The commit the PR shows: the PR head, never the merge commit GitHub builds for the run. */
  headSha: string;
  name: string;
  conclusion: CheckConclusion;
  /** One line: the headline numbers and the verdict. */
  title: string;
  /** Markdown shown in the check's page. */
  summary: string;
  /** Where the status links to (the workflow run). */
  detailsUrl?: string;
}

export type CheckResult =
  | { kind: 'check-run'; id: number; url: string }
  | { kind: 'commit-status'; url?: string }
  | { kind: 'none'; reason: string };

/**
 * Report the verdict on the PR's head commit: a check run where the token may create one
 * (`checks: write`), else a commit status (`statuses: write`). Never throws for API errors:
 * a check that cannot be written is a warning, not a lost report.
 */
export async function publishCheck(octokit: GitHubClient, request: CheckRequest, log: Logger): Promise<CheckResult> {
  try {
    const { data } = await octokit.rest.checks.create({
      owner: request.owner,
      repo: request.repo,
      name: request.name,
      head_sha: request.headSha,
      status: 'completed',
      conclusion: request.conclusion,
      completed_at: new Date().toISOString(),
      ...(request.detailsUrl ? { details_url: request.detailsUrl } : {}),
      output: {
        title: request.title.slice(0, 1000),
        summary: fitMarkdown(request.summary, CHECK_OUTPUT_MAX_CHARS),
      },
    });
    log.info(`created check run "${request.name}" (${request.conclusion}) on ${request.headSha.slice(0, 7)}`);
    return { kind: 'check-run', id: data.id, url: data.html_url ?? data.url };
  } catch (error) {
    const status = httpStatusOf(error);
    if (status !== 403 && status !== 404) {
      log.warn(`could not create the check run: ${describeApiError(error)}`);
      return { kind: 'none', reason: describeApiError(error) };
    }
    log.info(`the token may not create check runs (${describeApiError(error)}); writing a commit status instead`);
  }
  try {
    const { data } = await octokit.rest.repos.createCommitStatus({
      owner: request.owner,
      repo: request.repo,
      sha: request.headSha,
      state: request.conclusion === 'failure' ? 'failure' : 'success',
      context: request.name,
      description: statusDescription(request),
      ...(request.detailsUrl ? { target_url: request.detailsUrl } : {}),
    });
    log.info(`set commit status "${request.name}" (${data.state}) on ${request.headSha.slice(0, 7)}`);
    return { kind: 'commit-status', url: data.url };
  } catch (error) {
    const reason = describeApiError(error);
    log.warn(`could not set a commit status either: ${reason}. Give the job \`checks: write\` or \`statuses: write\` to get a status check.`);
    return { kind: 'none', reason };
  }
}

/** A status description: the title, with a warning mark when a breach only warns, cut to 140 characters. */
export function statusDescription(request: Pick<CheckRequest, 'title' | 'conclusion'>): string {
  const text = request.conclusion === 'neutral' ? `⚠ ${request.title}` : request.title;
  return truncate(text, STATUS_DESCRIPTION_MAX_CHARS);
}

export function truncate(text: string, maxChars: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= maxChars ? chars.join('') : `${chars.slice(0, maxChars - 1).join('')}…`;
}
