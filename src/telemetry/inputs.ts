import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { InputError } from '../shared/errors.js';
import { notAFileError } from './source.js';

const GLOB_CHARACTERS = /[*?[\]{}()!+@]/;

/**
 * Resolve the telemetry inputs: file paths and globs (`logs/**\/*.csv`); a pattern starting with `!`
 * excludes. Returns de-duplicated, sorted paths that open from the process's working directory
 * (relative when inside it). A file named outright is always read; `!` patterns filter glob matches.
 * A directory, a missing file or a glob that matches nothing is an InputError.
 */
export async function expandInputs(patterns: string[], cwd: string = process.cwd()): Promise<string[]> {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const ignore = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  if (include.length === 0) {
    throw new InputError('no telemetry files given', { hint: 'name log files or globs, e.g. `carbon-ci report "logs/*.csv"`' });
  }
  const found = new Map<string, string>();
  const add = (path: string) => {
    const absolute = resolve(cwd, path);
    if (!found.has(absolute)) found.set(absolute, displayPath(absolute));
  };

  for (const pattern of include) {
    if (pattern.trim() === '') throw new InputError('an empty telemetry path was given', { hint: 'remove the empty entry' });
    const literal = await statOrUndefined(resolve(cwd, pattern));
    if (literal?.isDirectory()) {
      const dir = pattern.replace(/[\\/]+$/, '');
      throw new InputError(`${pattern} is a directory`, { hint: `name the files, e.g. "${dir}/*.csv" or "${dir}/**/*.csv"` });
    }
    if (literal?.isFile()) {
      add(pattern);
      continue;
    }
    const special = literal && notAFileError(literal, pattern);
    if (special) throw special;
    // fast-glob is loaded for patterns only: a path without any of these characters is no glob.
    const fg = GLOB_CHARACTERS.test(pattern) ? (await import('fast-glob')).default : undefined;
    if (!fg?.isDynamicPattern(pattern)) {
      throw new InputError(`${pattern}: no such file`, { hint: `check the path (relative to ${cwd})` });
    }
    const matches = await fg.glob(pattern, { cwd, onlyFiles: true, ignore, followSymbolicLinks: true, unique: true });
    if (matches.length === 0) {
      throw new InputError(`the pattern "${pattern}" matched no files`, {
        hint: `check the pattern (relative to ${cwd}); quote it so that the shell does not expand it`,
      });
    }
    for (const match of matches) add(match);
  }
  return [...found.values()].sort();
}

function displayPath(absolute: string): string {
  const rel = relative(process.cwd(), absolute);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? absolute : rel;
}

/** The file's stat, or undefined when there is none; a symlink loop is the user's to fix, and says so. */
async function statOrUndefined(path: string) {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') {
      throw new InputError('the path is a loop of symbolic links', { file: path, hint: 'point the link at the log file itself (ls -l shows where each link goes)' });
    }
    return undefined;
  }
}
