import * as core from '@actions/core';
import { fileURLToPath } from 'node:url';
import type { ActionIO } from './io.js';
import { runAction } from './run.js';

/** The runner, through @actions/core. */
export const coreIO: ActionIO = {
  getInput: (name) => core.getInput(name),
  setOutput: (name, value) => core.setOutput(name, value),
  setFailed: (message) => core.setFailed(message),
  debug: (message) => core.debug(message),
  info: (message) => core.info(inertLines(message)),
  warning: (message, title, place) =>
    core.warning(message, { ...(title ? { title } : {}), ...(place ? { file: place.file, ...(place.line !== undefined ? { startLine: place.line } : {}) } : {}) }),
  notice: (message, title) => core.notice(message, title ? { title } : {}),
  appendSummary: async (markdown) => {
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(markdown, true).write();
  },
  saveState: (name, value) => core.saveState(name, value),
  getState: (name) => core.getState(name),
};

/**
 * Plain log text with every line that would start a workflow command (`::error::`, `::add-mask::`,
 * `::stop-commands::`) made inert: info lines carry text from telemetry files and plugins, and the
 * runner reads a command from any line of the log. `core.warning` and friends escape their own data.
 */
export function inertLines(message: string): string {
  return message.replace(/^(\s*)::/gm, '$1\u200b::');
}

/**
 * The Action's logic, callable without running it on import (as `@github/local-action` expects). The
 * bundle names its own copy of measure-daemon.sh; from the sources, the script beside them is used.
 */
export async function run(options: { daemonScript?: string } = {}): Promise<void> {
  const daemonScript = options.daemonScript ?? fileURLToPath(new URL('../measure/measure-daemon.sh', import.meta.url));
  await runAction({ io: coreIO, env: process.env, daemonScript });
}
