import { DefaultArtifactClient, GHESNotSupportedError } from '@actions/artifact';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../shared/logger.js';
import { ArtifactDownloadError, ArtifactTooLargeError, BadReportArtifactError, describeApiError, MalformedAnswerError } from './errors.js';
import type { GitHubClient } from './octokit.js';
import { readZip, type MemoryFile } from './zip.js';

export interface ArtifactSummary {
  id: number;
  name: string;
  /** GitHub's `size_in_bytes` (of the zip); undefined when the answer did not give it. */
  sizeBytes?: number;
  expired: boolean;
  createdAt?: string;
  /** The run that uploaded it. */
  runId?: number;
}

/** Where reports travel between jobs and runs. */
export interface ArtifactStore {
  /** Upload files as one artifact of the current job's run. */
  upload(name: string, files: MemoryFile[]): Promise<{ id: number; sizeBytes: number }>;
  /** The artifacts of a workflow run of this repository. */
  list(runId: number): Promise<ArtifactSummary[]>;
  /**
   * The files of one artifact, in memory. Throws ArtifactTooLargeError for an artifact over
   * MAX_ARTIFACT_BYTES, ArtifactDownloadError when storage fails, BadReportArtifactError for a bad zip.
   */
  download(artifact: ArtifactSummary): Promise<MemoryFile[]>;
}

/** Largest artifact zip that is downloaded: a report is kilobytes, and a fork chooses what it uploads. */
export const MAX_ARTIFACT_BYTES = 64 * 1024 * 1024;

/** Artifacts cannot be uploaded here: the reason is the user's to read, not a failure of the report. */
export class ArtifactUnavailableError extends Error {
  override readonly name = 'ArtifactUnavailableError';
}

export interface RuntimeCredentials {
  /** ACTIONS_RESULTS_URL: the results service the runner gives to actions. */
  resultsUrl: string;
  /** ACTIONS_RUNTIME_TOKEN: a JWT whose `scp` claim names the run's and the job's backend ids. */
  token: string;
}

export function runtimeCredentialsFromEnv(env: NodeJS.ProcessEnv): RuntimeCredentials | undefined {
  const resultsUrl = env.ACTIONS_RESULTS_URL;
  const token = env.ACTIONS_RUNTIME_TOKEN;
  return resultsUrl && token ? { resultsUrl, token } : undefined;
}

export interface GitHubArtifactStoreOptions {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  runtime: RuntimeCredentials | undefined;
  log: Logger;
}

/**
 * Artifacts through GitHub's own interfaces: uploading with `@actions/artifact` (the Actions results
 * service that the runner exposes to JavaScript actions), so that the Action needs no extra workflow
 * step; listing and downloading through the REST API (`actions: read`) with carbon-ci's own capped
 * reader, because a fork chooses what it uploads and `@actions/artifact` extracts whatever it is given.
 */
export class GitHubArtifactStore implements ArtifactStore {
  constructor(private readonly options: GitHubArtifactStoreOptions) {}

  async upload(name: string, files: MemoryFile[]): Promise<{ id: number; sizeBytes: number }> {
    const { runtime, log } = this.options;
    if (!runtime) {
      throw new ArtifactUnavailableError('ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set: artifacts can be uploaded only from a job on a GitHub Actions runner');
    }
    // Only checked here: a token without the results scope is a reason to skip the upload, as a missing one is, not a bare failure of @actions/artifact.
    backendIdsFromToken(runtime.token);
    // @actions/artifact uploads files from disk and reads the runtime credentials from the environment.
    const dir = await mkdtemp(join(tmpdir(), 'carbon-ci-artifact-'));
    try {
      const paths: string[] = [];
      for (const file of files) {
        const path = join(dir, file.name);
        await writeFile(path, file.data);
        paths.push(path);
      }
      const client = new DefaultArtifactClient();
      const send = () => withRuntimeEnv(runtime, () => client.uploadArtifact(name, paths, dir, { compressionLevel: 9 }));
      let uploaded;
      try {
        uploaded = await send();
      } catch (error) {
        // A re-run of the job finds its earlier attempt's artifact: replace it, as upload-artifact's `overwrite` does.
        if (!/\(409\)/.test((error as Error).message)) throw unsupported(error);
        log.info(`artifact "${name}" exists from an earlier attempt of this run; replacing it`);
        await withRuntimeEnv(runtime, () => client.deleteArtifact(name));
        uploaded = await send();
      }
      if (uploaded.id === undefined) throw new Error(`the upload of artifact "${name}" gave no artifact id`);
      log.info(`uploaded artifact "${name}" (${uploaded.size ?? 0} bytes, id ${uploaded.id})`);
      return { id: uploaded.id, sizeBytes: uploaded.size ?? 0 };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async list(runId: number): Promise<ArtifactSummary[]> {
    const { octokit, owner, repo } = this.options;
    const listed: unknown[] = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, { owner, repo, run_id: runId, per_page: 100 });
    const artifacts = listed.map(artifactOf);
    const problems = artifacts.filter((artifact): artifact is string => typeof artifact === 'string');
    // An artifact without an id or a name cannot be fetched or recognised: skip it and say so.
    if (problems.length > 0) {
      const error = new MalformedAnswerError(`listing the artifacts of run ${runId}`, `${problems.length} artifact(s) skipped (the first: ${problems[0]})`);
      this.options.log.warn(error.message);
    }
    return artifacts.filter((artifact): artifact is ArtifactSummary => typeof artifact !== 'string');
  }

  async download(artifact: ArtifactSummary): Promise<MemoryFile[]> {
    const { octokit, owner, repo } = this.options;
    if (artifact.sizeBytes !== undefined && artifact.sizeBytes > MAX_ARTIFACT_BYTES) {
      throw new ArtifactTooLargeError(`artifact "${artifact.name}" is too large to read: ${megabytes(artifact.sizeBytes)}, more than the ${megabytes(MAX_ARTIFACT_BYTES)} allowed (a carbon-ci report is a few kilobytes)`);
    }
    // GitHub answers with a redirect to blob storage; follow it without the token.
    const response = await octokit.rest.actions.downloadArtifact({
      owner,
      repo,
      artifact_id: artifact.id,
      archive_format: 'zip',
      request: { redirect: 'manual' },
    });
    const location = (response.headers as Record<string, string | undefined>).location;
    let zip: Buffer;
    if (location) {
      zip = await fetchCapped(location, artifact.name);
    } else if (response.data instanceof ArrayBuffer) {
      zip = Buffer.from(response.data);
      if (zip.length > MAX_ARTIFACT_BYTES) throw new ArtifactTooLargeError(`artifact "${artifact.name}" is ${megabytes(zip.length)}, more than the ${megabytes(MAX_ARTIFACT_BYTES)} allowed`);
    } else {
      throw new ArtifactDownloadError(`downloading artifact "${artifact.name}": GitHub gave neither a redirect nor a zip`);
    }
    try {
      return readZip(zip);
    } catch (error) {
      throw new BadReportArtifactError(`artifact "${artifact.name}" is not a readable zip: ${(error as Error).message}`);
    }
  }
}

/**
 * The zip at a signed storage URL, refused by its Content-Length before the body is read, and
 * streamed with a cap otherwise, so that memory never holds more than MAX_ARTIFACT_BYTES of it.
 */
async function fetchCapped(url: string, name: string): Promise<Buffer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('no answer within 120 s')), 120_000);
  try {
    const blob = await fetch(url, { signal: controller.signal }).catch((error: unknown) => {
      throw new ArtifactDownloadError(`downloading artifact "${name}" failed: ${describeApiError(error)}`);
    });
    if (!blob.ok) throw new ArtifactDownloadError(`downloading artifact "${name}" from storage failed`, blob.status);
    const declared = Number(blob.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > MAX_ARTIFACT_BYTES) {
      throw new ArtifactTooLargeError(`artifact "${name}" is too large to read: its download is ${megabytes(declared)} (Content-Length), more than the ${megabytes(MAX_ARTIFACT_BYTES)} allowed`);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    const reader = blob.body?.getReader();
    for (;;) {
      if (!reader) break;
      const { done, value } = await reader.read().catch((error: unknown) => {
        throw new ArtifactDownloadError(`downloading artifact "${name}" failed: ${describeApiError(error)}`);
      });
      if (done) break;
      total += value.byteLength;
      if (total > MAX_ARTIFACT_BYTES) {
        await reader.cancel().catch(() => undefined);
        throw new ArtifactTooLargeError(`artifact "${name}" is too large to read: its download ran past ${megabytes(MAX_ARTIFACT_BYTES)} and was stopped there (more than the ${megabytes(MAX_ARTIFACT_BYTES)} allowed)`);
      }
      chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
    }
    return Buffer.concat(chunks, total);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

/** The fields used from an artifact in GitHub's answer, or what is wrong with them. */
function artifactOf(value: unknown): ArtifactSummary | string {
  if (typeof value !== 'object' || value === null) return `an artifact is ${value === null ? 'null' : typeof value}, not an object`;
  const a = value as { id?: unknown; name?: unknown; size_in_bytes?: unknown; expired?: unknown; created_at?: unknown; workflow_run?: { id?: unknown } | null };
  if (typeof a.id !== 'number' || !Number.isSafeInteger(a.id) || a.id <= 0) return `an artifact's id is ${JSON.stringify(a.id) ?? 'missing'}`;
  if (typeof a.name !== 'string' || a.name === '') return `artifact ${a.id} has no name`;
  return {
    id: a.id,
    name: a.name,
    ...(typeof a.size_in_bytes === 'number' && a.size_in_bytes >= 0 ? { sizeBytes: a.size_in_bytes } : {}),
    // Unknown counts as expired: GitHub would refuse the download anyway.
    expired: a.expired !== false,
    ...(typeof a.created_at === 'string' ? { createdAt: a.created_at } : {}),
    ...(typeof a.workflow_run?.id === 'number' ? { runId: a.workflow_run.id } : {}),
  };
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** The run's and the job's backend ids, from the runtime token's `scp` claim ("Actions.Results:RUN:JOB"). */
export function backendIdsFromToken(token: string): { runBackendId: string; jobBackendId: string } {
  const payload = token.split('.')[1];
  let claims: { scp?: unknown };
  try {
    claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as { scp?: unknown };
  } catch {
    throw new ArtifactUnavailableError('ACTIONS_RUNTIME_TOKEN is not a JWT');
  }
  const scopes = typeof claims.scp === 'string' ? claims.scp.split(' ') : [];
  for (const scope of scopes) {
    const [kind, runBackendId, jobBackendId, ...rest] = scope.split(':');
    if (kind === 'Actions.Results' && runBackendId && jobBackendId && rest.length === 0) return { runBackendId, jobBackendId };
  }
  throw new ArtifactUnavailableError('ACTIONS_RUNTIME_TOKEN carries no Actions.Results scope');
}

/** Runs `action` with the runtime credentials in the environment, where @actions/artifact reads them. */
async function withRuntimeEnv<T>(runtime: RuntimeCredentials, action: () => Promise<T>): Promise<T> {
  const saved = { token: process.env.ACTIONS_RUNTIME_TOKEN, url: process.env.ACTIONS_RESULTS_URL };
  process.env.ACTIONS_RUNTIME_TOKEN = runtime.token;
  process.env.ACTIONS_RESULTS_URL = runtime.resultsUrl;
  try {
    return await action();
  } finally {
    restore('ACTIONS_RUNTIME_TOKEN', saved.token);
    restore('ACTIONS_RESULTS_URL', saved.url);
  }
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

/** GitHub Enterprise Server has no results service for v4 artifacts: say so as a reason, not a failure. */
function unsupported(error: unknown): unknown {
  if (error instanceof GHESNotSupportedError) {
    return new ArtifactUnavailableError('this GitHub Enterprise Server does not support the artifacts that @actions/artifact uploads (v4); the report stays in the job summary and at the report-path output');
  }
  return error;
}
