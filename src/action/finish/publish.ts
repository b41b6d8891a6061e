/** Posting the report to the pull request (sticky comment, check) and saying in the job summary what was posted. */
import type { BudgetOutcome } from '../../budget/index.js';
import type { Report } from '../../report/types.js';
import { runUrlOf } from '../context.js';
import type { ModeContext } from '../mode-context.js';
import { setPublishOutputs } from '../outputs.js';
import { publishToPullRequest } from '../publish-report.js';

/** Comment and check on the PR, where there is one and a token; returns notes for the summary's publishing section. */
export async function publishToPr(m: ModeContext, report: Report, outcome: BudgetOutcome): Promise<string[]> {
  const { io, inputs, context, services, log } = m;
  const pr = context.pullRequest;
  if (!pr) return ['not a pull request event: no PR comment or check'];
  if (!services) return ['no `github-token`: nothing posted to the PR'];
  if (!inputs.comment && !inputs.check) return [];
  const runUrl = runUrlOf(context);
  const published = await publishToPullRequest(
    services,
    report,
    outcome,
    { reportId: inputs.reportId, pullRequest: pr.number, headSha: pr.headSha, comment: inputs.comment, check: inputs.check, ...(runUrl ? { detailsUrl: runUrl } : {}) },
    io,
    log,
  );
  setPublishOutputs(io, published);
  if (!published.commentForbidden) return published.notes;
  return [...published.notes, 'to post this report from a fork PR, run carbon-ci with `mode: publish` in a `workflow_run` workflow (docs/github.md)'];
}

/** The job summary's closing "publishing" section: one line per note. */
export function publishingSection(notes: string[]): string {
  return `\n<details>\n<summary>carbon-ci: publishing</summary>\n\n${notes.map((note) => `- ${note}`).join('\n')}\n\n</details>\n`;
}
