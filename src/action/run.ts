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
}

/**
 * The Action: inputs, then the mode. Configuration errors (the user's to fix) and failures of the
 * GitHub API are told apart from bugs in carbon-ci, each with its own message.
 */
export async function runAction(deps: ActionDependencies): Promise<void> {
  const { io, env } = deps;
  try {
    const context = await readGitHubContext(env);
    const config = await loadConfig(context.workspace, io.getInput('config') || undefined);
    const inputs = readActionInputs((name) => io.getInput(name), config);
    checkWorkspacePlugins(inputs, untrustedWorkspaceReason(context));
    const log = loggerFor(io);
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
      const hidden = hideCredentials(process.env, [inputs.token]);
      if (hidden.length > 0) log.debug(`hidden from plugins: ${hidden.join(', ')}`);
    }
    if (inputs.mode === 'publish') await publishMode(m);
    else if (inputs.mode === 'aggregate') await aggregateMode(m);
    else await reportMode(m, deps.pipeline, deps.smoke);
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
