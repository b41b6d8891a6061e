import { reportSchemaErrors } from '../report/validate.js';
import type { Report } from '../report/types.js';
import type { ArtifactSummary } from './artifact.js';
import { BadReportArtifactError } from './errors.js';
import type { MemoryFile } from './zip.js';

export { BadReportArtifactError };

/** Every report artifact is named with this prefix and the report id. */
export const ARTIFACT_PREFIX = 'carbon-ci-report-';
export const REPORT_FILE = 'carbon-ci-report.json';
export const PUBLISH_FILE = 'carbon-ci-publish.json';
const PUBLISH_VERSION = 1;

/**
 * What a later run needs to publish a report it did not make: where to comment, which commit the
 * check goes on, and whether breaches fail. A fork's run writes it, so the reader checks it.
 */
export interface PublishInstructions {
  version: typeof PUBLISH_VERSION;
  reportId: string;
  /** owner/repo the report is for. */
  repository: string;
  /** The commit the check goes on: the PR head. */
  headSha: string;
  pullRequest?: { number: number; baseRef?: string };
  failOnBudget: boolean;
  comment: boolean;
  check: boolean;
  /** The run that made the report. */
  runId?: number;
}

export function artifactNameFor(reportId: string): string {
  return `${ARTIFACT_PREFIX}${reportId}`;
}

/** A run's artifact that holds a carbon-ci report and can still be downloaded. */
export function isReportArtifact(artifact: Pick<ArtifactSummary, 'name' | 'expired'>): boolean {
  return reportIdFromArtifactName(artifact.name) !== undefined && !artifact.expired;
}

export function reportIdFromArtifactName(name: string): string | undefined {
  return name.startsWith(ARTIFACT_PREFIX) && name.length > ARTIFACT_PREFIX.length ? name.slice(ARTIFACT_PREFIX.length) : undefined;
}

/** The artifact's files: the report JSON as written to report-path, and the publishing instructions. */
export function packReport(reportJson: string, instructions: PublishInstructions): MemoryFile[] {
  return [
    { name: REPORT_FILE, data: Buffer.from(reportJson) },
    { name: PUBLISH_FILE, data: Buffer.from(`${JSON.stringify(instructions, null, 2)}\n`) },
  ];
}


/** Read and check a report artifact's files. Throws BadReportArtifactError for anything malformed. */
export function unpackReport(files: MemoryFile[], artifactName: string): { report: Report; instructions: PublishInstructions | undefined } {
  const reportFile = files.find((file) => file.name === REPORT_FILE);
  if (!reportFile) throw new BadReportArtifactError(`artifact "${artifactName}" holds no ${REPORT_FILE}`);
  const report = parseReport(reportFile.data.toString('utf8'), `${artifactName}/${REPORT_FILE}`);
  const publishFile = files.find((file) => file.name === PUBLISH_FILE);
  const instructions = publishFile ? parseInstructions(publishFile.data.toString('utf8'), `${artifactName}/${PUBLISH_FILE}`) : undefined;
  return { report, instructions };
}

/** Parse and schema-check a report's JSON text. */
export function parseReport(text: string, where: string): Report {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new BadReportArtifactError(`${where} is not JSON: ${(error as Error).message}`);
  }
  const major = typeof value === 'object' && value !== null ? String((value as { schemaVersion?: unknown }).schemaVersion ?? '').split('.')[0] : '';
  if (major !== '1') throw new BadReportArtifactError(`${where} is not a carbon-ci report of schema version 1.x`);
  const errors = reportSchemaErrors(value);
  if (errors.length > 0) {
    const first = errors[0]!;
    throw new BadReportArtifactError(`${where} does not match the report schema: ${first.instancePath || '/'} ${first.message ?? ''}`.trim());
  }
  return value as Report;
}

function parseInstructions(text: string, where: string): PublishInstructions {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new BadReportArtifactError(`${where} is not JSON: ${(error as Error).message}`);
  }
  const bad = (what: string) => new BadReportArtifactError(`${where}: ${what}`);
  if (typeof value !== 'object' || value === null || value.version !== PUBLISH_VERSION) throw bad(`unknown version ${JSON.stringify(value?.version)}`);
  if (typeof value.reportId !== 'string' || !REPORT_ID_PATTERN.test(value.reportId)) throw bad('reportId is missing or malformed');
  if (typeof value.repository !== 'string' || !/^[\w.-]+\/[\w.-]+$/.test(value.repository)) throw bad('repository is missing or malformed');
  if (typeof value.headSha !== 'string' || !/^[0-9a-f]{40}$/.test(value.headSha)) throw bad('headSha is not a commit sha');
  for (const flag of ['failOnBudget', 'comment', 'check'] as const) {
    if (typeof value[flag] !== 'boolean') throw bad(`${flag} is not true or false`);
  }
  let pullRequest: PublishInstructions['pullRequest'];
  if (value.pullRequest !== undefined) {
    const pr = value.pullRequest as { number?: unknown; baseRef?: unknown };
    if (typeof pr !== 'object' || pr === null || !Number.isSafeInteger(pr.number) || (pr.number as number) <= 0) throw bad('pullRequest.number is not a PR number');
    pullRequest = { number: pr.number as number, ...(typeof pr.baseRef === 'string' ? { baseRef: pr.baseRef } : {}) };
  }
  return {
    version: PUBLISH_VERSION,
    reportId: value.reportId,
    repository: value.repository,
    headSha: value.headSha,
    ...(pullRequest ? { pullRequest } : {}),
    failOnBudget: value.failOnBudget as boolean,
    comment: value.comment as boolean,
    check: value.check as boolean,
    ...(Number.isSafeInteger(value.runId) ? { runId: value.runId as number } : {}),
  };
}

/** Report ids name the comment marker and the artifact: letters, digits, dot, dash, underscore. */
export const REPORT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
