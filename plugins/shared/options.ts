// Shared by the built-in plugins; built on the public SDK alone, as a user's plugin could be.
import { InputError } from 'carbon-ci';

/**
 * The JSON Schema of the `host` option of a plugin whose logs do not name their machine. `ids` shows the
 * device ids the option qualifies (`host:gpuN`), so that `carbon-ci plugins` says what it changes.
 */
export function hostOptionSchema(ids: string): { type: 'string'; minLength: 1; description: string } {
  return { type: 'string', minLength: 1, description: `host name to qualify device ids (${ids}) when logs of several machines are combined` };
}

/**
 * The `host` option as given, or undefined when absent; refused when it is not a non-empty string. The
 * options schema already says so, but a plugin's `read` is also called without it (tests, other tools).
 */
export function hostOption(options: Readonly<Record<string, unknown>>): string | undefined {
  if (options.host === undefined) return undefined;
  if (typeof options.host !== 'string' || options.host === '') {
    throw new InputError('plugin option host must be a non-empty string', { hint: 'give the name of the machine the log comes from, e.g. --plugin-option host=node1' });
  }
  return options.host;
}
