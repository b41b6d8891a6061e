import { runReport } from '../pipeline/index.js';
import type { ReportOptions } from '../pipeline/options.js';
import type { Report } from '../report/types.js';
import { runIdentityOf } from './context.js';
import { finishReport, type ModeContext } from './finish.js';

/** The default mode: telemetry files -> a report -> summary, artifact, PR comment and check. */
export async function reportMode(m: ModeContext, pipeline: (options: ReportOptions) => Promise<Report> = runReport): Promise<void> {
  const { inputs, context, log } = m;
  const options: ReportOptions = {
    inputs: inputs.telemetry,
    cwd: context.workspace,
    run: runIdentityOf(context),
    log,
    now: m.now,
  };
  if (inputs.plugin) options.plugin = inputs.plugin;
  if (inputs.location) options.location = inputs.location;
  if (inputs.pue !== undefined) options.pue = inputs.pue;
  if (inputs.intensityGPerKWh !== undefined) options.intensityGPerKWh = inputs.intensityGPerKWh;
  if (inputs.timeZone) options.timeZone = inputs.timeZone;
  if (inputs.maxGapS !== undefined) options.maxGapS = inputs.maxGapS;
  const report = await pipeline(options);
  await finishReport(m, report);
}
