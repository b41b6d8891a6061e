import { CommanderError } from 'commander';
import { isInputError } from '../shared/errors.js';
import { processIO, type CliIO } from './io.js';
import { CommandExitError } from './commands/run-command.js';
import { SmokeChecksFailedError } from './commands/smoke.js';
import { createProgram } from './program.js';
import { BudgetExceededError } from './judge.js';

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_INPUT = 2;

/** Run the CLI with `argv` (without node and the script) and return the exit code; never exits the process. */
export async function runCli(argv: string[], io: CliIO = processIO()): Promise<number> {
  try {
    await createProgram(io).parseAsync(argv, { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    return exitCodeFor(error, io);
  }
}

/** Print what the user needs to know about `error` and return the exit code for it. */
export function exitCodeFor(error: unknown, io: CliIO): number {
  if (error instanceof CommanderError) {
    // Commander has already printed help, the version, or the usage error.
    return error.exitCode === 0 ? EXIT_OK : EXIT_INPUT;
  }
  if (error instanceof SmokeChecksFailedError) return error.exitCode;
  if (error instanceof CommandExitError) {
    // `carbon-ci run`: the command's own status wins; a report that failed too is said, not counted.
    if (error.reportError !== undefined) exitCodeFor(error.reportError, io);
    return error.exitCode;
  }
  if (error instanceof BudgetExceededError) {
    io.stderr.write(`carbon-ci: ${error.message}\n`);
    return error.exitCode;
  }
  if (isInputError(error)) {
    io.stderr.write(`carbon-ci: error: ${error.message}\n`);
    return EXIT_INPUT;
  }
  const err = error instanceof Error ? error : new Error(String(error));
  io.stderr.write(
    `carbon-ci: internal error: ${err.message}\n` +
      'This is a bug in carbon-ci or in a plugin, not in your input; please report it with the trace below.\n' +
      `${err.stack ?? ''}\n`,
  );
  return EXIT_INTERNAL;
}
