import type { Logger } from '../shared/logger.js';
import type { CliIO } from './io.js';

/**
 * The CLI's logger. Warnings are already in the report (and its summary), so they are not printed
 * twice; debug lines go to stderr when CARBON_CI_DEBUG is set.
 */
export function cliLogger(io: CliIO): Logger {
  const debug = io.env.CARBON_CI_DEBUG !== undefined && io.env.CARBON_CI_DEBUG !== '' && io.env.CARBON_CI_DEBUG !== '0';
  return {
    debug: (message) => {
      if (debug) io.stderr.write(`debug: ${message}\n`);
    },
    info: (message) => {
      if (debug) io.stderr.write(`info: ${message}\n`);
    },
    warn: () => {},
  };
}
