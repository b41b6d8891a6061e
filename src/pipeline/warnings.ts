import { listSome, plural } from '../energy/format.js';
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

/** Past this many, one code's per-device warnings become one line. */
const MAX_REPEATED_DEVICE_WARNINGS = 3;
const LISTED_DEVICES = 8;

/**
 * The warnings with each code that concerns more than MAX_REPEATED_DEVICE_WARNINGS devices folded into
 * one: the first device's message, then how many more devices have the same kind, and which (a fleet of
 * 64 GPUs gets one "gaps" line, not 64). The first warning of the code keeps its place.
 */
export function collapseRepeats(warnings: DataWarning[]): DataWarning[] {
  const byCode = new Map<string, DataWarning[]>();
  for (const w of warnings) {
    if (w.deviceId === undefined) continue;
    const list = byCode.get(w.code) ?? [];
    list.push(w);
    byCode.set(w.code, list);
  }
  const folded = new Map<DataWarning, DataWarning>();
  const dropped = new Set<DataWarning>();
  for (const [code, list] of byCode) {
    if (list.length <= MAX_REPEATED_DEVICE_WARNINGS) continue;
    const [first, ...rest] = list as [DataWarning, ...DataWarning[]];
    const count = list.reduce((sum, w) => sum + (w.count ?? 1), 0);
    const { deviceId: _first, ...kept } = first;
    const named = listSome(rest.map((w) => w.deviceId!), LISTED_DEVICES);
    folded.set(first, { ...kept, code, count, message: `${first.message} The same (${code}) for ${plural(rest.length, 'more device', 'more devices')}: ${named}; the JSON report's devices give each one's figures.` });
    for (const w of rest) dropped.add(w);
  }
  return warnings.filter((w) => !dropped.has(w)).map((w) => folded.get(w) ?? w);
}
