import fg from 'fast-glob';
import { readFile, realpath } from 'node:fs/promises';
import { basename, dirname, relative, resolve } from 'node:path';
import { artifactNameFor, BadReportArtifactError, isReportArtifact, parseReport, reportIdFromArtifactName, unpackReport } from '../publish/envelope.js';
import { skippedArtifactReason } from '../publish/errors.js';
import { InputError } from '../shared/errors.js';
import { runIdentityOf } from './context.js';
import { finishReport } from './finish.js';
import type { ModeContext } from './mode-context.js';
import { mergeReports, withoutDuplicates, type LabelledReport } from './merge-reports.js';

/**
 * Merge the reports of a matrix's jobs into one and publish it once. The reports come from files
 * (`reports`, e.g. after actions/download-artifact) or from this run's report artifacts.
 */
export async function aggregateMode(m: ModeContext): Promise<void> {
  const found = m.inputs.reports.length > 0 ? await reportsFromFiles(m) : await reportsFromThisRun(m);
  // A report reachable twice (a copy under another name, an artifact downloaded twice) is one job's, counted once.
  const parts = withoutDuplicates(found, (kept, skipped) => m.log.warn(`skipped report "${skipped.label}": it is the same report as "${kept.label}" (made at the same time for the same run, devices and windows), counted once`));
  if (parts.length === 0) {
    throw new InputError('mode "aggregate" found no reports to merge', {
      hint: `run carbon-ci in the matrix jobs first (each with its own \`report-id\`), make this job \`needs:\` them, or name report files with \`reports\``,
    });
  }
  m.log.info(`merging ${parts.length} reports: ${parts.map((p) => p.label).join(', ')}`);
  const merged = mergeReports(parts, runIdentityOf(m.context), m.now());
  await finishReport(m, merged);
}

async function reportsFromFiles(m: ModeContext): Promise<LabelledReport[]> {
  const cwd = m.context.workspace;
  const files = await fg(m.inputs.reports.map((pattern) => pattern.replace(/\\/g, '/')), { cwd, absolute: true, onlyFiles: true, unique: true });
  if (files.length === 0) {
    throw new InputError(`no report files match ${m.inputs.reports.map((r) => JSON.stringify(r)).join(', ')}`, { hint: 'check the paths or globs in `reports`' });
  }
  const parts: LabelledReport[] = [];
  const seen = new Map<string, string>();
  for (const file of files.sort()) {
    // Two globs, an absolute and a relative spelling, or a symbolic link can name one file twice.
    const real = await realpath(file).catch(() => resolve(file));
    const first = seen.get(real);
    if (first !== undefined) {
      m.log.warn(`skipped report file ${relative(cwd, file)}: it is the same file as ${first}, counted once`);
      continue;
    }
    seen.set(real, relative(cwd, file));
    // actions/download-artifact puts each artifact in a folder named after it.
    const label = reportIdFromArtifactName(basename(dirname(file))) ?? relative(cwd, file).replace(/\.json$/, '');
    try {
      parts.push({ label, report: parseReport(await readFile(resolve(file), 'utf8'), relative(cwd, file)) });
    } catch (error) {
      if (error instanceof BadReportArtifactError) throw new InputError(error.message, { file: relative(cwd, file), hint: 'name only report JSON files written by carbon-ci' });
      throw error;
    }
  }
  return parts;
}

async function reportsFromThisRun(m: ModeContext): Promise<LabelledReport[]> {
  const { services, context, inputs, log } = m;
  if (!services || !context.runId) {
    throw new InputError('mode "aggregate" needs `github-token` and a workflow run to find the jobs\' report artifacts', {
      hint: 'run it in a job of the same workflow, or name report files with `reports`',
    });
  }
  const own = artifactNameFor(inputs.reportId);
  const artifacts = (await services.artifacts.list(context.runId)).filter((a) => isReportArtifact(a) && a.name !== own);
  const parts: LabelledReport[] = [];
  for (const artifact of artifacts.sort((a, b) => a.name.localeCompare(b.name))) {
    try {
      const { report } = unpackReport(await services.artifacts.download(artifact), artifact.name);
      parts.push({ label: reportIdFromArtifactName(artifact.name) ?? artifact.name, report });
    } catch (error) {
      // An artifact that cannot be read (malformed, too large, an API failure) is one job's report lost, not the aggregate's.
      const reason = skippedArtifactReason(error);
      if (reason === undefined) throw error;
      log.warn(`skipped artifact "${artifact.name}": ${reason}`);
    }
  }
  return parts;
}
