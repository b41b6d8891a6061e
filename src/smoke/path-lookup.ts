import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Whether an executable named `command` is on PATH (PATHEXT suffixes on Windows). */
export function commandOnPath(command: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const suffixes = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const suffix of suffixes) {
      try {
        accessSync(join(dir, command + suffix), constants.X_OK);
        return true;
      } catch {
        // not here
      }
    }
  }
  return false;
}
