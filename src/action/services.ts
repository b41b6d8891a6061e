import { GitHubArtifactStore, runtimeCredentialsFromEnv, type ArtifactStore } from '../publish/artifact.js';
import { tokenAuthor, type CommentAuthor } from '../publish/comment.js';
import { apiTimeScaleFromEnv, createGitHubClient, type GitHubClient } from '../publish/octokit.js';
import { TOOL_VERSION } from '../report/version.js';
import type { Logger } from '../shared/logger.js';
import type { GitHubContext } from './context.js';

/** The GitHub API, ready to use: only when there is a token and a repository. */
export interface GitHubServices {
  octokit: GitHubClient;
  artifacts: ArtifactStore;
  owner: string;
  repo: string;
  /** Who the token writes comments as: asked of GitHub (GET /user) once per run, however many reports are published. */
  commentAuthor(): Promise<CommentAuthor>;
}

export function createServices(token: string, context: GitHubContext, env: NodeJS.ProcessEnv, log: Logger): GitHubServices | undefined {
  if (!token || !context.owner || !context.repo) return undefined;
  const timeScale = apiTimeScaleFromEnv(env);
  const octokit = createGitHubClient({ token, baseUrl: context.apiUrl, userAgent: `carbon-ci/${TOOL_VERSION}`, log, timeScale });
  const artifacts = new GitHubArtifactStore({
    octokit,
    owner: context.owner,
    repo: context.repo,
    runtime: runtimeCredentialsFromEnv(env),
    log,
  });
  let author: Promise<CommentAuthor> | undefined;
  const commentAuthor = () => (author ??= tokenAuthor(octokit, log));
  return { octokit, artifacts, owner: context.owner, repo: context.repo, commentAuthor };
}
