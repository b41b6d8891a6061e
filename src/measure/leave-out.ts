import { resolve } from 'node:path';
import type { DataWarning } from '../energy/types.js';
import { isInputError } from '../shared/errors.js';

/**
 * Makes a report with `attempt` from the samplers' `logs`, leaving out a log the report cannot read (a
 * tool that wrote something unexpected), with a warning, and trying again: a sampler that fails costs its
 * own devices, never the report. The last input of all is never left out (`othersGiven`: telemetry besides the logs).
 */
export async function leavingOutBadLogs<T>(
  logs: string[],
  options: { cwd: string; othersGiven: boolean },
  attempt: (logs: string[], warnings: DataWarning[]) => Promise<T>,
): Promise<T> {
  let remaining = logs;
  const warnings: DataWarning[] = [];
  for (;;) {
    try {
      return await attempt(remaining, [...warnings]);
    } catch (error) {
      const file = isInputError(error) && error.file !== undefined ? resolve(options.cwd, error.file) : undefined;
      const bad = remaining.find((f) => resolve(options.cwd, f) === file);
      if (bad === undefined || (remaining.length === 1 && !options.othersGiven)) throw error;
      remaining = remaining.filter((f) => f !== bad);
      warnings.push({ code: 'sampler', message: `${bad} could not be read and is left out of the report: ${(error as Error).message.replace(/\n\s*/g, ' ')}` });
    }
  }
}
