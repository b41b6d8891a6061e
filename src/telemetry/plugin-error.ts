/** A plugin failed for a reason that is not the user's input: a bug in the plugin or an I/O failure. */
export class PluginError extends Error {
  override readonly name = 'PluginError';
  constructor(
    readonly plugin: string,
    readonly file: string,
    cause: unknown,
  ) {
    super(`plugin ${plugin} failed on ${file}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}
