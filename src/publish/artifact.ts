import { createHash } from 'node:crypto';
import type { Logger } from '../shared/logger.js';
import { BadReportArtifactError, describeApiError } from './errors.js';
import type { GitHubClient } from './octokit.js';
import { createZip, readZip, type MemoryFile } from './zip.js';

export interface ArtifactSummary {
  id: number;
  name: string;
  sizeBytes: number;
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
  /** The files of one artifact, in memory. */
  download(artifact: ArtifactSummary): Promise<MemoryFile[]>;
}

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
  /** Multiplies the back-off between retries of the results service (tests shrink it). */
  timeScale?: number;
}

const TWIRP_SERVICE = 'github.actions.results.api.v1.ArtifactService';

/**
 * Artifacts through GitHub's own interfaces: listing and downloading through the REST API
 * (`actions: read`), uploading through the Actions results service that the runner exposes to
 * JavaScript actions (the protocol `@actions/artifact` speaks: CreateArtifact, a blob upload of a zip,
 * FinalizeArtifact), so that the Action needs no extra workflow step.
 */
export class GitHubArtifactStore implements ArtifactStore {
  constructor(private readonly options: GitHubArtifactStoreOptions) {}

  async upload(name: string, files: MemoryFile[]): Promise<{ id: number; sizeBytes: number }> {
    const { runtime, log } = this.options;
    if (!runtime) {
      throw new ArtifactUnavailableError('ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set: artifacts can be uploaded only from a job on a GitHub Actions runner');
    }
    const ids = backendIdsFromToken(runtime.token);
    const zip = createZip(files);
    const backend = { workflow_run_backend_id: ids.runBackendId, workflow_job_run_backend_id: ids.jobBackendId, name };
    type Created = { ok?: boolean; signed_upload_url?: string; signedUploadUrl?: string };
    let created: Created;
    try {
      created = await this.twirp<Created>('CreateArtifact', { ...backend, version: 4 });
    } catch (error) {
      // A re-run of the job finds its earlier attempt's artifact: replace it, as upload-artifact's `overwrite` does.
      if (!(error instanceof TwirpError) || error.status !== 409) throw error;
      log.info(`artifact "${name}" exists from an earlier attempt of this run; replacing it`);
      await this.twirp('DeleteArtifact', backend);
      created = await this.twirp<Created>('CreateArtifact', { ...backend, version: 4 });
    }
    const uploadUrl = created.signed_upload_url ?? created.signedUploadUrl;
    if (!created.ok || !uploadUrl) throw new Error(`CreateArtifact for "${name}" was refused (is an artifact of that name already in this run?)`);
    const response = await fetch(uploadUrl, {
      method: 'PUT',
      body: zip,
      headers: { 'x-ms-blob-type': 'BlockBlob', 'content-type': 'application/zip' },
      signal: AbortSignal.timeout(120_000),
    });
    if (!response.ok) throw new Error(`uploading artifact "${name}" failed: HTTP ${response.status} ${await response.text().catch(() => '')}`.trim());
    const finalized = await this.twirp<{ ok?: boolean; artifact_id?: string; artifactId?: string }>('FinalizeArtifact', {
      ...backend,
      size: String(zip.length),
      hash: `sha256:${createHash('sha256').update(zip).digest('hex')}`,
    });
    const id = Number(finalized.artifact_id ?? finalized.artifactId);
    if (!finalized.ok || !Number.isSafeInteger(id)) throw new Error(`FinalizeArtifact for "${name}" was refused`);
    log.info(`uploaded artifact "${name}" (${zip.length} bytes, id ${id})`);
    return { id, sizeBytes: zip.length };
  }

  async list(runId: number): Promise<ArtifactSummary[]> {
    const { octokit, owner, repo } = this.options;
    const artifacts = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, { owner, repo, run_id: runId, per_page: 100 });
    return artifacts.map((artifact) => ({
      id: artifact.id,
      name: artifact.name,
      sizeBytes: artifact.size_in_bytes,
      expired: artifact.expired,
      ...(artifact.created_at ? { createdAt: artifact.created_at } : {}),
      ...(artifact.workflow_run?.id ? { runId: artifact.workflow_run.id } : {}),
    }));
  }

  async download(artifact: ArtifactSummary): Promise<MemoryFile[]> {
    const { octokit, owner, repo } = this.options;
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
      const blob = await fetch(location, { signal: AbortSignal.timeout(120_000) });
      if (!blob.ok) throw new Error(`downloading artifact "${artifact.name}" failed: HTTP ${blob.status}`);
      zip = Buffer.from(await blob.arrayBuffer());
    } else if (response.data instanceof ArrayBuffer) {
      zip = Buffer.from(response.data);
    } else {
      throw new Error(`downloading artifact "${artifact.name}": GitHub gave neither a redirect nor a zip`);
    }
    try {
      return readZip(zip);
    } catch (error) {
      throw new BadReportArtifactError(`artifact "${artifact.name}" is not a readable zip: ${(error as Error).message}`);
    }
  }

  private async twirp<T>(method: string, body: Record<string, unknown>): Promise<T> {
    const { runtime, timeScale = 1, log } = this.options;
    const url = new URL(`/twirp/${TWIRP_SERVICE}/${method}`, runtime!.resultsUrl).href;
    const attempts = 4;
    let lastError = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const answer = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${runtime!.token}`, 'content-type': 'application/json', 'user-agent': 'carbon-ci' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(60_000),
      }).then(
        async (response) => ({ response, text: await response.text() }),
        (error: unknown) => ({ response: undefined, text: describeApiError(error) }),
      );
      if (answer.response?.ok) return JSON.parse(answer.text) as T;
      if (answer.response) {
        lastError = `HTTP ${answer.response.status} ${answer.text.slice(0, 200)}`;
        if (![429, 500, 502, 503, 504].includes(answer.response.status)) throw new TwirpError(`${method} failed: ${lastError}`, answer.response.status);
      } else {
        lastError = answer.text;
      }
      if (attempt < attempts) {
        log.debug(`${method} failed (${lastError}); retrying`);
        await new Promise((resolve) => setTimeout(resolve, 2000 * attempt * attempt * timeScale));
      }
    }
    throw new Error(`${method} failed: ${lastError}`);
  }

}

/** The results service refused a call; `status` is the HTTP status. */
export class TwirpError extends Error {
  override readonly name = 'TwirpError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
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
