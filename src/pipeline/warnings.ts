import type { DataWarning } from '../energy/types.js';
import type { Logger } from '../telemetry/plugin.js';

const silent: Logger = { debug() {}, info() {}, warn() {} };

/**
 * A Logger whose warnings become report warnings under `code`. Repeats of one message are
 * folded into a single warning with a count, so a plugin that warns per line cannot flood the report.
 */
export function collectingLogger(sink: DataWarning[], code: string, forward: Logger = silent): Logger {
  const seen = new Map<string, DataWarning>();
  return {
    debug: (message) => forward.debug(message),
    info: (message) => forward.info(message),
    warn: (message) => {
      forward.warn(message);
      const existing = seen.get(message);
      if (existing) {
        existing.count = (existing.count ?? 1) + 1;
        return;
      }
      const warning: DataWarning = { code, message };
      seen.set(message, warning);
      sink.push(warning);
    },
  };
}
