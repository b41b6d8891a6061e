import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The executable named `command` on PATH (PATHEXT suffixes on Windows), or undefined. */
export function findOnPath(command: string, env: Record<string, string | undefined> = process.env): string | undefined {
  const suffixes = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const suffix of suffixes) {
      const candidate = join(dir, command + suffix);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/** Whether an executable named `command` is on PATH. */
export function commandOnPath(command: string, env: Record<string, string | undefined> = process.env): boolean {
  return findOnPath(command, env) !== undefined;
}
