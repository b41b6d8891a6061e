import { loadConfig } from '../config/index.js';
import type { ReportOptions } from '../pipeline/options.js';
import { describeApiError, httpStatusOf } from '../publish/errors.js';
import type { Report } from '../report/types.js';
import { hideCredentials } from '../sdk/plugin-loading/credentials.js';
import { isInputError } from '../shared/errors.js';
import { aggregateMode } from './aggregate-mode.js';
import { readGitHubContext, untrustedWorkspaceReason } from './context.js';
import type { ModeContext } from './mode-context.js';
import { checkWorkspacePlugins, readActionInputs } from './inputs.js';
import { actionWording } from './input-names.js';
import { loggerFor, type ActionIO } from './io.js';
import { describeSkipped, MEASURE_STATE, POST_STATE, startMeasuring, stopMeasuring, type MeasuredLogs } from './measure-step.js';
import { publishMode } from './publish-mode.js';
import { reportMode } from './report-mode.js';
import { createServices } from './services.js';
import type { SmokeRunner } from './smoke-step.js';

export interface ActionDependencies {
  io: ActionIO;
  env: NodeJS.ProcessEnv;
  now?: () => Date;
  /** The pipeline (tests may stand in for it). */
  pipeline?: (options: ReportOptions) => Promise<Report>;
  /** The smoke stage (tests may stand in for it). */
  smoke?: SmokeRunner;
  /** The bundled measure daemon (dist/measure-daemon.sh) that `measure: true` starts. */
  daemonScript?: string;
}

/**
 * The Action, main step or post step (told apart by the state the main step saves): inputs, then the
 * mode. Configuration errors (the user's to fix) and failures of the GitHub API are told apart from
 * bugs in carbon-ci, each with its own message.
 */
export async function runAction(deps: ActionDependencies): Promise<void> {
  const { io } = deps;
  if (io.getState(POST_STATE) === 'true') {
    await postStep(deps);
    return;
  }
  io.saveState(POST_STATE, 'true');
  await withModeContext(deps, async (m) => {
    if (m.inputs.measure) await startMeasuring(m, deps.env, deps.daemonScript ?? 'measure-daemon.sh (not given: a bug in carbon-ci)');
    else if (m.inputs.mode === 'publish') await publishMode(m);
    else if (m.inputs.mode === 'aggregate') await aggregateMode(m);
    else await reportMode(m, deps.pipeline, deps.smoke);
  });
}

/**
 * The post step, which runs after every use of the Action: without `measure: true` it does nothing;
 * with it, the daemon is stopped first (whatever fails next), then its logs are reported as mode `report` does.
 */
async function postStep(deps: ActionDependencies): Promise<void> {
  const { io } = deps;
  const saved = io.getState(MEASURE_STATE);
  if (saved === '') return;
  let measured: MeasuredLogs;
  try {
    measured = await stopMeasuring(io, saved);
  } catch (error) {
    await reportFailure(io, error);
    return;
  }
  await withModeContext(deps, async (m) => {
    if (measured.files.length === 0 && m.inputs.telemetry.length === 0 && !m.inputs.smoke.model && !m.inputs.prometheus) {
      for (const warning of measured.warnings) m.log.warn(warning.message);
      m.log.warn(`measure: nothing was measured (${describeSkipped(measured.skipped)}) and no \`telemetry\` was given: no report`);
      return;
    }
    await reportMode(m, deps.pipeline, deps.smoke, measured);
  });
}

/** Inputs and services for a mode, then `body`; any error it throws is reported and fails the step. */
async function withModeContext(deps: ActionDependencies, body: (m: ModeContext) => Promise<void>): Promise<void> {
  const { io, env } = deps;
  try {
    const context = await readGitHubContext(env);
    const config = await loadConfig(context.workspace, io.getInput('config') || undefined);
    const inputs = readActionInputs((name) => io.getInput(name), config);
    checkWorkspacePlugins(inputs, untrustedWorkspaceReason(context));
    const log = loggerFor(io);
    // The Electricity Maps token may come from the environment instead of the input: read it once, here.
    if (inputs.intensityProvider && inputs.intensityToken === undefined && env.ELECTRICITYMAPS_TOKEN) inputs.intensityToken = env.ELECTRICITYMAPS_TOKEN;
    const m: ModeContext = {
      io,
      log,
      inputs,
      context,
      services: createServices(inputs.token, context, env, log),
      now: deps.now ?? (() => new Date()),
    };
    // The services hold the tokens now; user plugins, loaded next, run in this process and must not find them.
    if (inputs.pluginModules.length > 0) {
      const hidden = hideCredentials(process.env, [inputs.token, inputs.intensityToken ?? '', ...Object.values(inputs.prometheus?.headers ?? {})]);
      if (hidden.length > 0) log.debug(`hidden from plugins: ${hidden.join(', ')}`);
    }
    await body(m);
  } catch (error) {
    await reportFailure(io, error);
  }
}

async function reportFailure(io: ActionIO, error: unknown): Promise<void> {
  let message: string;
  if (isInputError(error)) {
    message = `carbon-ci: configuration error: ${actionWording(error.message)}`;
  } else if (httpStatusOf(error) !== undefined) {
    message = `carbon-ci: the GitHub API failed: ${describeApiError(error)}`;
  } else {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    message = `carbon-ci: internal error (a bug in carbon-ci; please report it with this log): ${detail}`;
  }
  await io.appendSummary(`### carbon-ci could not finish\n\n\`\`\`text\n${message.replace(/```/g, "'''")}\n\`\`\`\n`).catch(() => undefined);
  io.setFailed(message);
}
