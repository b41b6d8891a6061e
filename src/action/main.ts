// The Action's entry (dist/index.js): @actions/core for the runner, everything else in runAction.
import * as core from '@actions/core';
import { runAction } from './run.js';
import type { ActionIO } from './io.js';

const io: ActionIO = {
  getInput: (name) => core.getInput(name),
  setOutput: (name, value) => core.setOutput(name, value),
  setFailed: (message) => core.setFailed(message),
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  warning: (message, title) => core.warning(message, title ? { title } : {}),
  notice: (message, title) => core.notice(message, title ? { title } : {}),
  appendSummary: async (markdown) => {
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(markdown, true).write();
  },
};

await runAction({ io, env: process.env });
