// The command line that reads a file with the options a refusal found, so that the user can copy it.
import type { CsvOptions } from './plan.js';

const PLAIN = /^[\w.,:/@%+=-]+$/;
const quote = (text: string) => (PLAIN.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`);

/** `carbon-ci report FILE --plugin csv --plugin-option name=value …`, quoted for a POSIX shell. */
export function commandLine(path: string, options: CsvOptions): string {
  const pairs = Object.entries(options)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `--plugin-option ${quote(`${name}=${String(value)}`)}`);
  return ['carbon-ci report', quote(path), '--plugin csv', ...pairs].join(' ');
}
