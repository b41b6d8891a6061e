import type { DataWarning } from '../energy/types.js';
import type { Logger } from '../shared/logger.js';

const silent: Logger = { debug() {}, info() {}, warn() {} };

/**
 * A Logger whose warnings become report warnings under `code`. A message that starts with one of
 * `files` ("logs/a.csv:32: ...", "logs/a.csv: ...") gets that file and line as fields. Repeats of one
 * message are folded into a single warning with a count, so a plugin that warns per line cannot
 * flood the report.
 */
export function collectingLogger(sink: DataWarning[], code: string, forward: Logger = silent, files: readonly string[] = []): Logger {
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
      const warning: DataWarning = { code, ...locate(message, files) };
      seen.set(message, warning);
      sink.push(warning);
    },
  };
}

function locate(message: string, files: readonly string[]): { message: string; file?: string; line?: number } {
  for (const file of files) {
    if (!message.startsWith(`${file}:`)) continue;
    const rest = message.slice(file.length + 1);
    const withLine = /^(\d+): ([\s\S]*)$/.exec(rest);
    if (withLine) return { message: withLine[2]!, file, line: Number(withLine[1]) };
    if (rest.startsWith(' ')) return { message: rest.trimStart(), file };
  }
  return { message };
}
