// Shared by the built-in plugins; built on the public SDK alone, as a user's plugin could be.

/**
 * The JSON Schema of the `host` option of a plugin whose logs do not name their machine. `ids` shows the
 * device ids the option qualifies (`host:gpuN`), so that `carbon-ci plugins` says what it changes.
 */
export function hostOptionSchema(ids: string): { type: 'string'; minLength: 1; description: string } {
  return { type: 'string', minLength: 1, description: `host name to qualify device ids (${ids}) when logs of several machines are combined` };
}
