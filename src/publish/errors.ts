/** The HTTP status of an Octokit RequestError, or undefined for anything else (network, bug). */
export function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

/** One line for the log: status, GitHub's message and the request, without the token. */
export function describeApiError(error: unknown): string {
  if (error instanceof RateLimitError || error instanceof MalformedAnswerError) return error.message;
  const status = httpStatusOf(error);
  const where = requestOf(error);
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return status !== undefined ? `HTTP ${status}: ${message}${where ? ` (${where})` : ''}` : `${message}${where ? ` (${where})` : ''}`;
}

/** "METHOD url" of a failed Octokit request, without its query; '' when unknown. */
function requestOf(error: unknown): string {
  const request = (error as { request?: { method?: string; url?: string } } | null)?.request;
  return request?.method && request.url ? `${request.method} ${redactUrl(request.url)}` : '';
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

/** An artifact refused for its size before (or while) it was downloaded. */
export class ArtifactTooLargeError extends BadReportArtifactError {}

/** Downloading an artifact failed (storage, network): the artifact may be fine, this run could not read it. */
export class ArtifactDownloadError extends Error {
  override readonly name = 'ArtifactDownloadError';
  constructor(
    message: string,
    /** The storage's HTTP status, when it answered: then this counts as a failure of the API, not a bug. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/**
 * Why a report artifact may be skipped, for the log: its contents are unusable, its download failed, or
 * the API refused. Undefined for any other error, a bug that the caller rethrows rather than hides.
 */
export function skippedArtifactReason(error: unknown): string | undefined {
  if (error instanceof BadReportArtifactError) return error.message;
  if (error instanceof ArtifactDownloadError || httpStatusOf(error) !== undefined) return describeApiError(error);
  return undefined;
}

/**
 * GitHub's answer lacked a field carbon-ci uses, or had it of the wrong type. `status` is the
 * answer's HTTP status, so that it counts as a failure of the API rather than a bug here.
 */
export class MalformedAnswerError extends Error {
  override readonly name = 'MalformedAnswerError';
  constructor(
    what: string,
    problem: string,
    readonly status = 200,
  ) {
    super(`GitHub's answer to ${what} is malformed: ${problem}`);
  }
}

/**
 * A rate limit that outlasted the retries. Its `status` is 429 whatever GitHub answered (often 403),
 * so that callers which read a 403 as "this token may not" do not blame the token's permissions.
 */
export class RateLimitError extends Error {
  override readonly name = 'RateLimitError';
  readonly status = 429;
  constructor(
    message: string,
    /** The status GitHub answered with (403 or 429). */
    readonly responseStatus: number,
    /** When the limit resets, when GitHub said. */
    readonly resetAt: Date | undefined,
  ) {
    super(message);
  }
}

/**
 * The RateLimitError for an Octokit RequestError that is a rate limit (primary or secondary), or
 * undefined for any other error. Detected as @octokit/plugin-throttling detects them.
 */
export function rateLimitErrorOf(error: unknown, now: () => number = Date.now): RateLimitError | undefined {
  if (error instanceof RateLimitError) return error;
  const status = httpStatusOf(error);
  if (status !== 403 && status !== 429) return undefined;
  const headers = ((error as { response?: { headers?: Record<string, unknown> } }).response?.headers ?? {}) as Record<string, unknown>;
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : '';
  const secondary = /\bsecondary rate\b/i.test(message);
  const primary = String(headers['x-ratelimit-remaining']) === '0';
  if (!secondary && !primary && status !== 429 && !/rate limit/i.test(message)) return undefined;
  const resetAt = resetTimeOf(headers, now);
  const kind = secondary ? 'secondary rate limit' : 'rate limit';
  const resource = typeof headers['x-ratelimit-resource'] === 'string' ? ` (resource "${headers['x-ratelimit-resource']}")` : '';
  const when = resetAt ? `; it resets at ${resetAt.toISOString().replace('.000Z', 'Z')}` : '; GitHub gave no reset time';
  const where = requestOf(error);
  return new RateLimitError(
    `GitHub API ${kind} exceeded${resource}, still after retries (HTTP ${status}: ${message}${where ? `; ${where}` : ''})${when}. ` +
      'This is not a permissions problem: re-run the job after the reset, or spread out the workflows that share this token.',
    status,
    resetAt,
  );
}

function resetTimeOf(headers: Record<string, unknown>, now: () => number): Date | undefined {
  const reset = Number(headers['x-ratelimit-reset']);
  if (Number.isFinite(reset) && reset > 0) return new Date(reset * 1000);
  const retryAfter = Number(headers['retry-after']);
  if (Number.isFinite(retryAfter) && retryAfter >= 0) return new Date(Math.ceil(now() / 1000 + retryAfter) * 1000);
  return undefined;
}
