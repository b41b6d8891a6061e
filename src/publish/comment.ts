import type { Logger } from '../shared/logger.js';
import { COMMENT_MAX_CHARS, fitMarkdown } from './body.js';
import { describeApiError, httpStatusOf, MalformedAnswerError } from './errors.js';
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

/** Who wrote a comment: GitHub's `user.login` and `user.type` ("Bot" for a GitHub App's bot user). */
export interface CommentAuthor {
  login: string;
  type: string;
}

/** The author of every comment written with a workflow's GITHUB_TOKEN (the Action's default token). */
export const GITHUB_ACTIONS_BOT: CommentAuthor = { login: 'github-actions[bot]', type: 'Bot' };

/**
 * Who the token writes comments as: GET /user names a personal token's user; an installation token
 * (the GITHUB_TOKEN, another app's) gets 403 there, and is taken for github-actions[bot] (another
 * app's is then learnt from the comment it creates, see upsertStickyComment).
 */
export async function tokenAuthor(octokit: GitHubClient, log: Logger): Promise<CommentAuthor> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    const { login, type } = data as { login?: unknown; type?: unknown };
    if (typeof login === 'string' && typeof type === 'string') return { login, type };
    log.warn('GitHub named the token\'s user without a login or type; its comments are looked for as github-actions[bot]\'s');
  } catch (error) {
    log.debug(`GET /user: ${describeApiError(error)}; the token is taken for an installation token (github-actions[bot])`);
  }
  return GITHUB_ACTIONS_BOT;
}

interface ListedComment {
  id: number;
  body: string;
  html_url: string;
  user: CommentAuthor;
}

/**
 * Create or update the one comment per PR and report id. The comment is found by its hidden marker
 * through every page of comments, but only among comments the token itself wrote: anyone can type
 * the marker, and a person's (or another app's) comment is never edited or deleted.
 *
 * Whose comments are "ours": `author` (see tokenAuthor), by default github-actions[bot], the
 * identity of the GITHUB_TOKEN. GitHub has no call that tells an installation token its own identity,
 * so another app's token is learnt from the comment it creates: it posts, then keeps the oldest
 * marked comment by the same author and deletes the newer ones. Two jobs that race settle the same
 * way, so one comment remains.
 * API errors are thrown to the caller (a 403 on a fork PR is the caller's to explain).
 */
export async function upsertStickyComment(
  octokit: GitHubClient,
  target: IssueTarget,
  reportId: string,
  markdown: string,
  log: Logger,
  author: CommentAuthor = GITHUB_ACTIONS_BOT,
): Promise<StickyCommentResult> {
  const body = fitMarkdown(markBody(reportId, markdown), COMMENT_MAX_CHARS);
  const existing = await findMarkedComments(octokit, target, reportId, author, log);
  const keep = existing[0];
  if (keep) {
    await removeDuplicates(octokit, target, existing.slice(1), log);
    if (keep.body === body) {
      log.info(`PR comment ${keep.html_url} is already up to date`);
      return { action: 'unchanged', id: keep.id, url: keep.html_url };
    }
    try {
      const updated = await updateComment(octokit, target, keep.id, body);
      log.info(`updated PR comment ${updated.url}`);
      return { action: 'updated', ...updated };
    } catch (error) {
      // Deleted meanwhile (by a person, or the other job of a race): post a new one.
      if (httpStatusOf(error) !== 404) throw error;
      log.info(`the PR comment ${keep.html_url} is gone (HTTP 404); posting a new one`);
    }
  }

  const { data } = await octokit.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body });
  const created = commentOf(data);
  if (typeof created === 'string') throw new MalformedAnswerError('creating the PR comment', created, 201);
  // Another job may have created its own comment meanwhile: settle on the oldest one by the same author.
  const after = await findMarkedComments(octokit, target, reportId, created.user, log);
  const oldest = after[0];
  if (!oldest || oldest.id === created.id) {
    log.info(`created PR comment ${created.html_url}`);
    await removeDuplicates(octokit, target, after.slice(1), log);
    return { action: 'created', id: created.id, url: created.html_url };
  }
  const updated = await updateComment(octokit, target, oldest.id, body);
  await removeDuplicates(octokit, target, after.filter((comment) => comment.id !== oldest.id), log);
  log.info(`a marked PR comment by ${created.user.login} existed already; updated ${updated.url} and removed the new one`);
  return { action: 'updated', ...updated };
}

/** The comments that carry this report id's marker and were written by `author`, oldest first. */
export async function findMarkedComments(
  octokit: GitHubClient,
  target: IssueTarget,
  reportId: string,
  author: CommentAuthor,
  log: Logger,
): Promise<ListedComment[]> {
  const listed: unknown[] = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  const comments = listed.map(commentOf);
  const problems = comments.filter((comment): comment is string => typeof comment === 'string');
  if (problems.length > 0) {
    log.warn(`GitHub's answer to listing the comments of #${target.issueNumber} held ${problems.length} malformed comment(s), skipped (the first: ${problems[0]})`);
  }
  const marked = comments.filter((comment): comment is ListedComment => typeof comment !== 'string' && isMarkedFor(comment.body, reportId));
  const ours = marked.filter((comment) => sameAuthor(comment.user, author)).sort((a, b) => a.id - b.id);
  const others = marked.length - ours.length;
  if (others > 0) log.info(`${others} comment(s) on #${target.issueNumber} carry the marker of report "${reportId}" but were not written by ${author.login}: left alone`);
  return ours;
}

/** Same login and kind of account; a person cannot hold a bot's "name[bot]" login. */
function sameAuthor(a: CommentAuthor, b: CommentAuthor): boolean {
  return a.login.toLowerCase() === b.login.toLowerCase() && a.type === b.type;
}

/** The fields used from a comment in GitHub's answer, or what is wrong with them. */
function commentOf(value: unknown): ListedComment | string {
  if (typeof value !== 'object' || value === null) return `a comment is ${value === null ? 'null' : typeof value}, not an object`;
  const { id, body, html_url: url, user } = value as { id?: unknown; body?: unknown; html_url?: unknown; user?: { login?: unknown; type?: unknown } | null };
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) return `the comment's id is ${JSON.stringify(id) ?? 'missing'}`;
  if (typeof url !== 'string' || url === '') return `comment ${id} has no html_url`;
  if (body !== undefined && body !== null && typeof body !== 'string') return `comment ${id}'s body is not text`;
  if (typeof user?.login !== 'string' || typeof user.type !== 'string') return `comment ${id} has no user.login and user.type`;
  return { id, body: body ?? '', html_url: url, user: { login: user.login, type: user.type } };
}

async function updateComment(octokit: GitHubClient, target: IssueTarget, commentId: number, body: string): Promise<{ id: number; url: string }> {
  const { data } = await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: commentId, body });
  const updated = commentOf(data);
  if (typeof updated === 'string') throw new MalformedAnswerError(`updating PR comment ${commentId}`, updated);
  return { id: updated.id, url: updated.html_url };
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
