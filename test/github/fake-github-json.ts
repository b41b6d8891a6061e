// The JSON bodies the fake GitHub answers with: each starts from the OpenAPI description's own example.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FakeArtifact, FakeComment, FakeJob, FakeRun } from './fake-github-types.js';
import { example } from './openapi.js';

export const OWNER = 'Codertocat';
export const REPO = 'Hello-World';

export interface FakeUser {
  login: string;
  id: number;
  type: 'Bot' | 'User';
}

export const BOT: FakeUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
export const HUMAN: FakeUser = { login: 'Codertocat', id: 21031067, type: 'User' };

export function userJson(baseUrl: string, user: FakeUser): Record<string, unknown> {
  const base = example<{ user: Record<string, unknown> }>('issue-comment').user;
  const path = encodeURIComponent(user.login);
  return {
    ...base,
    login: user.login,
    id: user.id,
    node_id: user.type === 'Bot' ? 'MDM6Qm90NDE4OTgyODI=' : 'MDQ6VXNlcjIxMDMxMDY3',
    avatar_url: user.type === 'Bot' ? 'https://avatars.githubusercontent.com/in/15368?v=4' : `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    type: user.type,
    url: `${baseUrl}/users/${path}`,
    // GitHub links a GitHub App's bot user to the app's page.
    html_url: user.type === 'Bot' ? 'https://github.com/apps/github-actions' : `https://github.com/${user.login}`,
    ...Object.fromEntries(['followers', 'subscriptions', 'organizations', 'repos', 'received_events'].map((k) => [`${k}_url`, `${baseUrl}/users/${path}/${k}`])),
  };
}

export function commentJson(baseUrl: string, comment: FakeComment): Record<string, unknown> {
  return {
    ...example('issue-comment'),
    id: comment.id,
    node_id: `IC_${comment.id}`,
    url: `${baseUrl}/repos/${OWNER}/${REPO}/issues/comments/${comment.id}`,
    html_url: `https://github.com/${OWNER}/${REPO}/pull/${comment.issue}#issuecomment-${comment.id}`,
    issue_url: `${baseUrl}/repos/${OWNER}/${REPO}/issues/${comment.issue}`,
    body: comment.body,
    user: userJson(baseUrl, comment.user),
    author_association: comment.user.type === 'Bot' ? 'NONE' : 'OWNER',
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
  };
}

export function runJson(baseUrl: string, run: FakeRun): Record<string, unknown> {
  return {
    ...example('workflow-run'),
    id: run.id,
    node_id: `WFR_${run.id}`,
    workflow_id: run.workflowId,
    path: run.path,
    head_branch: run.headBranch,
    head_sha: run.headSha,
    event: run.event,
    status: 'completed',
    conclusion: run.conclusion,
    html_url: `https://github.com/${OWNER}/${REPO}/actions/runs/${run.id}`,
    url: `${baseUrl}/repos/${OWNER}/${REPO}/actions/runs/${run.id}`,
    artifacts_url: `${baseUrl}/repos/${OWNER}/${REPO}/actions/runs/${run.id}/artifacts`,
  };
}

export function artifactJson(baseUrl: string, runs: readonly FakeRun[], artifact: FakeArtifact): Record<string, unknown> {
  const run = runs.find((r) => r.id === artifact.runId);
  return {
    ...example<{ artifacts: Record<string, unknown>[] }>('artifact-paginated').artifacts[0],
    id: artifact.id,
    node_id: `MDg6QXJ0aWZhY3Q${artifact.id}`,
    name: artifact.name,
    size_in_bytes: artifact.listedSizeBytes ?? artifact.zip.length,
    url: `${baseUrl}/repos/${OWNER}/${REPO}/actions/artifacts/${artifact.id}`,
    archive_download_url: `${baseUrl}/repos/${OWNER}/${REPO}/actions/artifacts/${artifact.id}/zip`,
    expired: artifact.expired,
    digest: `sha256:${createHash('sha256').update(artifact.zip).digest('hex')}`,
    workflow_run: { id: artifact.runId, repository_id: 186853002, head_repository_id: 186853002, head_branch: run?.headBranch ?? 'changes', head_sha: run?.headSha ?? '0'.repeat(40) },
  };
}

/** Writes filler bytes as fast as the client reads them, and counts what it took before hanging up. */
export function streamFiller(artifact: FakeArtifact, stream: { bytes: number; contentLength: boolean }, res: ServerResponse): void {
  const chunk = Buffer.alloc(1 << 20, 0x50);
  artifact.bytesSent = 0;
  res.writeHead(200, { 'content-type': 'application/zip', ...(stream.contentLength ? { 'content-length': String(stream.bytes) } : {}) });
  const pump = (): void => {
    while (artifact.bytesSent! < stream.bytes && !res.destroyed) {
      const part = chunk.subarray(0, Math.min(chunk.length, stream.bytes - artifact.bytesSent!));
      artifact.bytesSent! += part.length;
      if (!res.write(part)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end();
  };
  res.on('close', () => res.removeAllListeners('drain'));
  pump();
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A job of the list of a run attempt's jobs, from the description's example. */
export function jobJson(job: FakeJob, id: number, runId: number, attempt: number): Record<string, unknown> {
  const base = example<{ jobs: Record<string, unknown>[] }>('job-paginated').jobs[0]!;
  return {
    ...base,
    id,
    run_id: runId,
    run_attempt: attempt,
    name: job.name,
    status: job.status,
    conclusion: job.status === 'completed' ? 'success' : null,
    created_at: job.startedAt,
    started_at: job.startedAt,
    completed_at: job.status === 'completed' ? job.startedAt : null,
    runner_name: job.runnerName,
    steps: [],
  };
}
