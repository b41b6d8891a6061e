import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import type { Logger } from '../shared/logger.js';
import { rateLimitErrorOf } from './errors.js';

/** The GitHub REST client carbon-ci uses: throttled, retrying, pointed at github.com or a GHES instance. */
export type GitHubClient = InstanceType<typeof ThrottledOctokit>;

const ThrottledOctokit = Octokit.plugin(throttling, retry);

export interface GitHubClientOptions {
  token: string;
  /** GITHUB_API_URL; `https://api.github.com` when unset, `https://HOST/api/v3` on GitHub Enterprise Server. */
  baseUrl?: string;
  userAgent?: string;
  log: Logger;
  /**
   * Multiplies every wait (retry back-off, rate-limit pauses, spacing between writes). 1 in production;
   * tests set CARBON_CI_API_TIME_SCALE to a small value so retries take milliseconds.
   */
  timeScale?: number;
  /** Per-request time limit (ms). */
  requestTimeoutMs?: number;
}

/** Rate-limit retries per request; secondary limits ask for a pause, so retry a few times. */
const MAX_RATE_LIMIT_RETRIES = 3;
/** A primary limit can reset an hour away: a job does not idle that long for one request. */
const MAX_RATE_LIMIT_WAIT_S = 300;

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const timeScale = options.timeScale ?? 1;
  const timeoutMs = options.requestTimeoutMs ?? 60_000;
  const { log } = options;
  const onLimit = (kind: string) => (retryAfterS: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    if (retryCount >= MAX_RATE_LIMIT_RETRIES || retryAfterS > MAX_RATE_LIMIT_WAIT_S) {
      // The caller gets a RateLimitError (below) and says what failed; this line is for the log only.
      log.info(`GitHub ${kind} rate limit on ${request.method} ${request.url}: giving up after ${retryCount} retries (next wait ${retryAfterS} s)`);
      return false;
    }
    log.info(`GitHub ${kind} rate limit on ${request.method} ${request.url}: retrying in ${retryAfterS} s`);
    return true;
  };
  const fastLimiter = timeScale < 1 ? passThroughLimiterGroup() : undefined;
  const octokit = new ThrottledOctokit({
    auth: options.token,
    baseUrl: (options.baseUrl || 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: options.userAgent ?? 'carbon-ci',
    log: { debug: (m: string) => log.debug(m), info: (m: string) => log.debug(m), warn: (m: string) => log.debug(m), error: (m: string) => log.debug(m) },
    request: {
      fetch: (url: string | URL, init?: RequestInit) => fetch(url, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) }),
    },
    throttle: {
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
      retryAfterBaseValue: 1000 * timeScale,
      fallbackSecondaryRateRetryAfter: 60,
      ...(fastLimiter ? { write: fastLimiter, notifications: fastLimiter } : {}),
    },
    retry: {
      retryAfterBaseValue: 1000 * timeScale,
      // 401/403/404/422 are answers, not accidents; 403s that are rate limits are the throttling plugin's.
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3,
    },
  });
  // Registered last, so it sees what is left after every retry: a rate limit then reads as one, not as a 403.
  octokit.hook.error('request', (error) => {
    throw rateLimitErrorOf(error) ?? error;
  });
  return octokit;
}

/** Stands in for a Bottleneck group when tests shrink time: runs each job at once. */
function passThroughLimiterGroup(): never {
  const limiter = {
    schedule: (...args: unknown[]) => {
      const fnIndex = typeof args[0] === 'function' ? 0 : 1;
      const fn = args[fnIndex] as (...rest: unknown[]) => unknown;
      return Promise.resolve().then(() => fn(...args.slice(fnIndex + 1)));
    },
  };
  return { key: () => limiter } as never;
}

/** Reads the time scale for API waits from the environment (CARBON_CI_API_TIME_SCALE, 0 < x <= 1). */
export function apiTimeScaleFromEnv(env: NodeJS.ProcessEnv): number {
  const value = Number(env.CARBON_CI_API_TIME_SCALE);
  return Number.isFinite(value) && value > 0 && value <= 1 ? value : 1;
}
