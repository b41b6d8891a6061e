import { progressDisplay, runReport } from '../pipeline/index.js';
import type { ReportOptions } from '../pipeline/options.js';
import { emptyReport } from '../pipeline/run-empty.js';
import type { Report } from '../report/types.js';
import { resolve } from 'node:path';
import { updateModelCard } from '../model-card/index.js';
import { builtinSources } from '../../plugins/index.js';
import type { RecordSource } from '../sdk/plugin.js';
import { jobStartMs } from './job-start.js';
import type { ActionInputs } from './inputs.js';
import { leavingOutBadLogs } from '../measure/index.js';
import { runIdentityOf } from './context.js';
import type { MeasuredLogs } from './measure-step.js';
import { finishReport } from './finish.js';
import type { ModeContext } from './mode-context.js';
import { plainWarnings } from './io.js';
import { outputNumber } from './outputs.js';
import { runSmokeStep, type SmokeRunner } from './smoke-step.js';

/**
 * The default mode: telemetry files (and, in the post step of `measure: true`, the samplers' logs)
 * -> a report (or, with only `model`, a report without telemetry) -> the smoke test -> summary,
 * artifact, PR comment and check.
 */
export async function reportMode(
  m: ModeContext,
  pipeline: (options: ReportOptions) => Promise<Report> = runReport,
  smoke?: SmokeRunner,
  measured?: MeasuredLogs,
): Promise<void> {
  const { inputs, context, log } = m;
  const options: ReportOptions = {
    inputs: inputs.telemetry,
    cwd: context.workspace,
    run: runIdentityOf(context),
    // Its warnings become the report's, which the Action annotates once the report is made.
    log: plainWarnings(log, m.io),
    now: m.now,
    // A line every 10 s in the job's log while large inputs are read.
    progress: progressDisplay({ write: (text) => log.info(text.trimEnd()), live: false }),
  };
  if (inputs.plugin) options.plugin = inputs.plugin;
  if (inputs.pluginModules.length > 0) options.pluginModules = inputs.pluginModules;
  if (Object.keys(inputs.pluginOptions).length > 0) options.pluginOptions = inputs.pluginOptions;
  if (inputs.pluginOptionPairs.length > 0) options.pluginOptionPairs = inputs.pluginOptionPairs;
  if (inputs.location) options.location = inputs.location;
  if (inputs.pue !== undefined) options.pue = inputs.pue;
  if (inputs.intensityGPerKWh !== undefined) options.intensityGPerKWh = inputs.intensityGPerKWh;
  if (inputs.facility) options.facility = inputs.facility;
  if (inputs.intensityScope) options.intensityScope = inputs.intensityScope;
  if (inputs.timeZone) options.timeZone = inputs.timeZone;
  if (inputs.maxGapS !== undefined) options.maxGapS = inputs.maxGapS;
  if (inputs.functionalUnit) options.functionalUnit = inputs.functionalUnit;
  if (inputs.intensityProvider) {
    options.intensityProvider = inputs.intensityProvider;
    if (inputs.intensityToken) options.intensityToken = inputs.intensityToken;
    if (inputs.intensityApiUrl) options.intensityApiUrl = inputs.intensityApiUrl;
  }
  if (inputs.prometheus) {
    const start = inputs.prometheus.start ?? measured?.startMs ?? (await jobStartMs(m.services, context));
    options.sources = [prometheusOf(inputs.prometheus, start, m.now())];
  }
  const logs = measured?.files ?? [];
  // The samplers' logs are read in the zone the daemon wrote them in; `timezone` speaks for the telemetry.
  if (measured) options.fileTimeZones = Object.fromEntries(measured.files.map((file) => [resolve(context.workspace, file), measured.timeZone]));
  let report: Report;
  if (inputs.telemetry.length > 0 || logs.length > 0 || options.sources) {
    report = await leavingOutBadLogs(logs, { cwd: context.workspace, othersGiven: inputs.telemetry.length > 0 }, async (kept, leftOut) => {
      const made = await pipeline({ ...options, inputs: [...inputs.telemetry, ...kept] });
      made.warnings.push(...(measured?.warnings ?? []), ...leftOut);
      return made;
    });
  } else {
    const reason = measured ? 'nothing was measured and input `telemetry` is empty' : 'only a model to smoke-test was named (input `telemetry` is empty)';
    report = emptyReport({ ...options, reason });
    report.warnings.push(...(measured?.warnings ?? []));
  }
  const smokeError = await runSmokeStep(m, report, smoke);
  if (inputs.modelCard) await writeModelCard(m, report, inputs.modelCard);
  await finishReport(m, report, smokeError);
}

/** The job's DCGM (or Kepler) series on a Prometheus server: from `prometheus-start` (else when `measure` started, else when the job started) to `prometheus-end` (else now). */
function prometheusOf(input: NonNullable<ActionInputs['prometheus']>, start: string | number, now: Date): RecordSource {
  return builtinSources.prometheus({ url: input.url, start, end: input.end ?? now.getTime(), headers: input.headers, ...(input.selector !== undefined ? { selector: input.selector } : {}), ...(input.family !== undefined ? { family: input.family } : {}) });
}

/** The CO2e into the workspace's model card; a card that cannot be written is a warning, never a lost report. */
async function writeModelCard(m: ModeContext, report: Report, path: string): Promise<void> {
  try {
    await updateModelCard(resolve(m.context.workspace, path), report, m.inputs.trainingType);
    m.log.info(`carbon-ci: wrote co2_eq_emissions (${outputNumber(report.totals.co2eG)} g) into the model card ${path}`);
  } catch (error) {
    // An InputError's message already ends with its fix.
    m.log.warn(`could not update the model card ${path}: ${(error as Error).message}`);
  }
}
