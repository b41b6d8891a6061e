/**
 * What a user's plugin may see of the process environment: plugins run inside carbon-ci's process, so
 * the job's credentials are taken out of `process.env` before the first plugin is imported. Whoever
 * needs a credential (the Action's API client, its artifact upload) reads it before that.
 */

/** Variables that hold the job's credentials on a GitHub runner (and the usual names for a token). */
export const CREDENTIAL_VARIABLES = [
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'INPUT_GITHUB-TOKEN',
  'INPUT_GITHUB_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ELECTRICITYMAPS_TOKEN',
  'INPUT_ELECTRICITYMAPS-TOKEN',
  'INPUT_PROMETHEUS-HEADERS',
] as const;

/** Shorter values are not treated as secrets to search for (they would match innocent variables). */
const MIN_SECRET_CHARS = 8;

/**
 * Delete from `env` (default `process.env`) the credential variables, and every other variable
 * whose value carries one of their values or one of `secrets` (an `INPUT_*` given the token, a
 * copy under another name). Returns the names removed, for the log; never their values.
 */
export function hideCredentials(env: NodeJS.ProcessEnv = process.env, secrets: readonly string[] = []): string[] {
  const names = new Set<string>(CREDENTIAL_VARIABLES);
  const values = new Set<string>();
  for (const value of [...secrets, ...Object.entries(env).filter(([name]) => names.has(name.toUpperCase())).map(([, value]) => value)]) {
    if (typeof value === 'string' && value.length >= MIN_SECRET_CHARS) values.add(value);
  }
  const removed: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    const carries = typeof value === 'string' && [...values].some((secret) => value.includes(secret));
    if (names.has(name.toUpperCase()) || carries) {
      delete env[name];
      removed.push(name);
    }
  }
  return removed;
}
