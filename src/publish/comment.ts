import type { Logger } from '../shared/logger.js';
import { COMMENT_MAX_CHARS, fitMarkdown } from './body.js';
import { httpStatusOf } from './errors.js';
import { isMarkedFor, markBody } from './marker.js';
import type { GitHubClient } from './octokit.js';

export interface IssueTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string;
}

interface ListedComment {
  id: number;
  body?: string | null;
  html_url: string;
  created_at: string;
  user: { login: string; type?: string } | null;
}

/**
 * Create or update the one comment per PR and report id. The comment is found by its hidden marker
 * through every page of comments. Two jobs that race both create; each then lists again, keeps the
 * oldest marked comment, writes its body there and deletes the newer ones, so one comment remains.
 * API errors are thrown to the caller (a 403 on a fork PR is the caller's to explain).
 */
export async function upsertStickyComment(
  octokit: GitHubClient,
  target: IssueTarget,
  reportId: string,
  markdown: string,
  log: Logger,
): Promise<StickyCommentResult> {
  const body = fitMarkdown(markBody(reportId, markdown), COMMENT_MAX_CHARS);
  const existing = await findMarkedComments(octokit, target, reportId);
  const keep = existing[0];
  if (keep) {
    await removeDuplicates(octokit, target, existing.slice(1), log);
    if (keep.body === body) {
      log.info(`PR comment ${keep.html_url} is already up to date`);
      return { action: 'unchanged', id: keep.id, url: keep.html_url };
    }
    try {
      const { data } = await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: keep.id, body });
      log.info(`updated PR comment ${data.html_url}`);
      return { action: 'updated', id: data.id, url: data.html_url };
    } catch (error) {
      // A marked comment that is not ours to edit (a person's, or deleted meanwhile): post our own.
      const status = httpStatusOf(error);
      if (keep.user?.type === 'Bot' || (status !== 403 && status !== 404)) throw error;
      log.info(`the marked comment ${keep.html_url} cannot be edited (HTTP ${status}); posting a new one`);
    }
  }

  const { data: created } = await octokit.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body,
  });
  // Another job may have created its own comment meanwhile: settle on the oldest one.
  const after = await findMarkedComments(octokit, target, reportId);
  const oldest = after[0];
  if (!oldest || oldest.id === created.id) {
    log.info(`created PR comment ${created.html_url}`);
    await removeDuplicates(octokit, target, after.slice(1), log);
    return { action: 'created', id: created.id, url: created.html_url };
  }
  const { data: updated } = await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: oldest.id, body });
  await removeDuplicates(octokit, target, after.slice(1), log);
  log.info(`another job created the PR comment first; updated ${updated.html_url} and removed the duplicate`);
  return { action: 'updated', id: updated.id, url: updated.html_url };
}

/**
 * The comments that carry this report id's marker, oldest first. Comments written by bots (the
 * GITHUB_TOKEN writes as github-actions[bot]) win over users' ones, so that a person who pastes
 * the marker into a comment of their own cannot take the report over; a personal token writes as a
 * user, so users' marked comments count when no bot's does.
 */
export async function findMarkedComments(octokit: GitHubClient, target: IssueTarget, reportId: string): Promise<ListedComment[]> {
  const comments = (await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  })) as ListedComment[];
  const marked = comments.filter((comment) => isMarkedFor(comment.body, reportId)).sort((a, b) => a.id - b.id);
  const byBots = marked.filter((comment) => comment.user?.type === 'Bot');
  return byBots.length > 0 ? byBots : marked;
}

async function removeDuplicates(octokit: GitHubClient, target: IssueTarget, duplicates: ListedComment[], log: Logger): Promise<void> {
  for (const duplicate of duplicates) {
    try {
      await octokit.rest.issues.deleteComment({ owner: target.owner, repo: target.repo, comment_id: duplicate.id });
      log.info(`deleted duplicate PR comment ${duplicate.html_url}`);
    } catch (error) {
      // 404: the other job deleted it first.
      if (httpStatusOf(error) !== 404) log.warn(`could not delete duplicate PR comment ${duplicate.html_url}: ${(error as Error).message}`);
    }
  }
}
