/**
 * Keeping the report whatever the GitHub API does later: the report file, the outputs and the job
 * summary are written before any API call; the artifact upload may fail without losing them, and a
 * file that cannot be written (a full or unwritable RUNNER_TEMP or job summary) is only a warning.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BudgetOutcome } from '../../budget/index.js';
import { ArtifactUnavailableError } from '../../publish/artifact.js';
import { fitMarkdownBytes, SUMMARY_MAX_BYTES } from '../../publish/body.js';
import { artifactNameFor, packReport, type PublishInstructions } from '../../publish/envelope.js';
import { describeApiError } from '../../publish/errors.js';
import { renderJson } from '../../render/index.js';
import type { Report } from '../../report/types.js';
import { writeFileAtomic } from '../../shared/atomic-write.js';
import type { Logger } from '../../shared/logger.js';
import { appendSummaryOrWarn, describeWriteError } from '../io.js';
import type { ModeContext } from '../mode-context.js';
import { setReportOutputs } from '../outputs.js';
import { reportMarkdown } from '../publish-report.js';

/**
 * The publishing instructions the artifact carries, with `fail-on-smoke`. The envelope's parser
 * (src/publish/envelope.ts) does not know that field; mode "publish" reads it from the raw file.
 */
export type PublishInstructionsWithSmoke = PublishInstructions & { failOnSmoke: boolean };

/** Room kept in the job summary for the publishing notes that follow the report. */
const SUMMARY_RESERVE_BYTES = 16 * 1024;

/** Write the report file, the outputs and the job summary, then upload the artifact; returns notes for the summary's publishing section. */
export async function persistReport(m: ModeContext, report: Report, outcome: BudgetOutcome): Promise<string[]> {
  const { io, log, inputs, context } = m;
  const reportJson = renderJson(report);
  const reportPath = await writeReportFile(context.tempDir, inputs.reportId, reportJson, log);
  setReportOutputs(io, report, outcome, reportPath, inputs.reportId);
  await appendSummaryOrWarn(io, log, fitMarkdownBytes(reportMarkdown(report, inputs.reportId), SUMMARY_MAX_BYTES - SUMMARY_RESERVE_BYTES));

  const notes = [reportPath ? `report JSON: \`${reportPath}\`` : 'report JSON not written (see the warnings)'];
  const instructions = publishInstructions(m);
  if (inputs.artifact && instructions) notes.push(await uploadReportArtifact(m, reportJson, instructions));
  return notes;
}

/**
 * Write the report JSON where the report-path output points: RUNNER_TEMP/carbon-ci/<report-id>/,
 * replacing an earlier step's file whole or not at all. With `log`, a failure is a warning and the
 * path is '' (the report is still in the summary, the artifact and the comment); without, it throws.
 */
export async function writeReportFile(tempDir: string, reportId: string, reportJson: string, log?: Logger): Promise<string> {
  const path = join(tempDir, 'carbon-ci', reportId, 'carbon-ci-report.json');
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFileAtomic(path, reportJson);
    return path;
  } catch (error) {
    if (!log) throw error;
    log.warn(`could not write the report file ${path} (${describeWriteError(error)}); the report-path output is empty, and the report is in the job summary, the report artifact and the PR comment`);
    return '';
  }
}

/** What mode "publish" needs to post this report from another run; none without a commit and a repository. */
function publishInstructions({ inputs, context }: ModeContext): PublishInstructionsWithSmoke | undefined {
  const pr = context.pullRequest;
  const headSha = pr?.headSha ?? context.sha;
  if (!headSha || !context.owner || !context.repo) return undefined;
  return {
    version: 1,
    reportId: inputs.reportId,
    repository: `${context.owner}/${context.repo}`,
    headSha,
    ...(pr ? { pullRequest: { number: pr.number, baseRef: pr.baseRef } } : {}),
    failOnBudget: inputs.failOnBudget,
    failOnSmoke: inputs.failOnSmoke,
    comment: inputs.comment,
    check: inputs.check,
    ...(context.runId ? { runId: context.runId } : {}),
  };
}

async function uploadReportArtifact(m: ModeContext, reportJson: string, instructions: PublishInstructions): Promise<string> {
  const { services, log } = m;
  const name = artifactNameFor(instructions.reportId);
  if (!services) return `artifact "${name}" not uploaded: no \`github-token\``;
  try {
    const uploaded = await services.artifacts.upload(name, packReport(reportJson, instructions));
    return `artifact "${name}" uploaded (id ${uploaded.id})`;
  } catch (error) {
    if (error instanceof ArtifactUnavailableError) {
      log.info(`report artifact not uploaded: ${error.message}`);
      return `artifact "${name}" not uploaded: ${error.message}`;
    }
    log.warn(`could not upload the report artifact "${name}": ${describeApiError(error)}. The report is in the job summary and at the report-path output.`);
    return `artifact "${name}" not uploaded: ${describeApiError(error)}`;
  }
}
