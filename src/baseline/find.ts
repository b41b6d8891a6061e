import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { artifactNameFor, BadReportArtifactError, parseReport, unpackReport } from '../publish/envelope.js';
import { describeApiError, skippedArtifactReason } from '../publish/errors.js';
import type { ArtifactStore } from '../publish/artifact.js';
import type { GitHubClient } from '../publish/octokit.js';
import type { Report } from '../report/types.js';
import { InputError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import type { BaselineOrigin } from './compare.js';

export type BaselineLookup = { found: true; report: Report; origin: BaselineOrigin } | { found: false; reason: string };

/** A baseline report named by the `baseline` input. A missing or malformed file is the user's error. */
export async function loadBaselineFile(path: string, cwd: string): Promise<BaselineLookup> {
  const file = resolve(cwd, path);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read the baseline report: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, {
      file: path,
      hint: 'name a report JSON written by carbon-ci (the report-path output or `carbon-ci report --json`), or leave `baseline` empty to use the base branch',
    });
  }
  try {
    return { found: true, report: parseReport(text, path), origin: { description: `file ${path}` } };
  } catch (error) {
    if (error instanceof BadReportArtifactError) throw new InputError(error.message, { file: path, hint: 'the baseline must be a carbon-ci report JSON' });
    throw error;
  }
}

export interface BaseBranchQuery {
  octokit: GitHubClient;
  artifacts: ArtifactStore;
  owner: string;
  repo: string;
  /** The workflow's file name (e.g. "train.yml") or numeric id. */
  workflow: string | number;
  baseRef: string;
  reportId: string;
  /** Runs to look through, newest first, for one that still has the report artifact. */
  maxRuns?: number;
  serverUrl?: string;
  log: Logger;
}

/**
 * The report of the latest successful run of this workflow on the base branch, from its artifact.
 * Runs triggered by pull requests are skipped (their head is not the base branch). Never throws
 * for API trouble: the reason becomes the comparison's "no baseline" text.
 */
export async function findBaseBranchBaseline(query: BaseBranchQuery): Promise<BaselineLookup> {
  const { octokit, owner, repo, baseRef, log } = query;
  const name = artifactNameFor(query.reportId);
  let runs: { id: number; event: string; head_sha: string; html_url: string; head_branch: string | null }[];
  try {
    const { data } = await octokit.rest.actions.listWorkflowRuns({
      owner,
      repo,
      workflow_id: query.workflow,
      branch: baseRef,
      status: 'success',
      exclude_pull_requests: true,
      per_page: Math.min(100, query.maxRuns ?? 10),
    });
    runs = data.workflow_runs.filter((run) => !run.event.startsWith('pull_request') && run.head_branch === baseRef);
  } catch (error) {
    return { found: false, reason: `could not list the base branch's runs (${describeApiError(error)})` };
  }
  if (runs.length === 0) return { found: false, reason: `no successful run of this workflow on ${baseRef} yet` };

  for (const run of runs.slice(0, query.maxRuns ?? 10)) {
    let candidates;
    try {
      candidates = (await query.artifacts.list(run.id)).filter((artifact) => artifact.name === name && !artifact.expired);
    } catch (error) {
      return { found: false, reason: `could not list the artifacts of run ${run.id} (${describeApiError(error)})` };
    }
    const artifact = candidates[0];
    if (!artifact) {
      log.debug(`run ${run.id} on ${baseRef} has no artifact "${name}"`);
      continue;
    }
    try {
      const { report } = unpackReport(await query.artifacts.download(artifact), name);
      return {
        found: true,
        report,
        origin: {
          description: `run ${run.id} on ${baseRef} (${run.head_sha.slice(0, 7)})`,
          runId: run.id,
          commit: run.head_sha,
          url: run.html_url,
        },
      };
    } catch (error) {
      const why = skippedArtifactReason(error) ?? describeApiError(error);
      log.warn(`the base branch's report artifact of run ${run.id} could not be used: ${why}`);
      return { found: false, reason: `the report artifact of run ${run.id} on ${baseRef} could not be used (${why})` };
    }
  }
  return { found: false, reason: `none of the last ${Math.min(runs.length, query.maxRuns ?? 10)} successful runs on ${baseRef} kept a "${name}" artifact` };
}
