/** The HTTP status of an Octokit RequestError, or undefined for anything else (network, bug). */
export function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

/** One line for the log: status, GitHub's message and the request, without the token. */
export function describeApiError(error: unknown): string {
  const status = httpStatusOf(error);
  const request = (error as { request?: { method?: string; url?: string } } | null)?.request;
  const where = request?.method && request.url ? ` (${request.method} ${redactUrl(request.url)})` : '';
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return status !== undefined ? `HTTP ${status}: ${message}${where}` : `${message}${where}`;
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.search = '';
    return parsed.toString();
  } catch {
    return url;
  }
}

/** An artifact (or report file) whose contents cannot be used: malformed, forged or of another version. */
export class BadReportArtifactError extends Error {
  override readonly name = 'BadReportArtifactError';
}
