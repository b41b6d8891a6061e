// Hourly grid intensity from the Electricity Maps API (v3 `carbon-intensity/past-range`), cached on disk per
// zone, scope and hour. Opt-in: nothing leaves the machine unless the user names the provider.
import { mkdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../shared/atomic-write.js';
import type { IntensityScope } from './types.js';

const ELECTRICITY_MAPS_API_URL = 'https://api.electricitymaps.com';
export const HOUR_MS = 3_600_000;
/** The API serves at most 10 days of hourly history per request. */
const MAX_RANGE_MS = 10 * 24 * HOUR_MS;
const TIMEOUT_MS = 30_000;

export interface HourlyProviderOptions {
  /** The API token (`auth-token` header); never logged, never in a report. */
  token: string | undefined;
  /** Base URL, for tests and proxies (default https://api.electricitymaps.com). */
  apiUrl?: string;
  /** Where fetched hours are kept (default ~/.cache/carbon-ci/intensity, or $CARBON_CI_CACHE_DIR/intensity). */
  cacheDir?: string;
  /** How long one request may take (default 30 s). */
  timeoutMs?: number;
}

/** g CO2e/kWh per UTC hour start (epoch ms), and why the provider could not give them all. */
export interface HourlyIntensity {
  byHourMs: Map<number, number>;
  /** Set when the provider failed: the reason, worded without the token. */
  failure?: string;
}

/** The hours [firstHourMs, lastHourMs] of `zone` in `scope`: from the cache, the rest from the API in ranges it allows. */
export async function fetchHourlyIntensity(zone: string, scope: IntensityScope, firstHourMs: number, lastHourMs: number, options: HourlyProviderOptions): Promise<HourlyIntensity> {
  const cacheFile = join(options.cacheDir ?? defaultCacheDir(), encodeURIComponent(zone), `${scope}.json`);
  const cached = await readCache(cacheFile);
  const byHourMs = new Map<number, number>();
  const missing: number[] = [];
  for (let hour = firstHourMs; hour <= lastHourMs; hour += HOUR_MS) {
    const value = cached.get(hour);
    if (value === undefined) missing.push(hour);
    else byHourMs.set(hour, value);
  }
  if (missing.length === 0) return { byHourMs };
  if (!options.token) return { byHourMs, failure: 'no token: set ELECTRICITYMAPS_TOKEN (the Action input electricitymaps-token, from a secret)' };
  let failure: string | undefined;
  for (let start = missing[0]!; start <= missing[missing.length - 1]!; start += MAX_RANGE_MS) {
    const end = Math.min(start + MAX_RANGE_MS, missing[missing.length - 1]! + HOUR_MS);
    const answer = await requestRange(zone, scope, start, end, options);
    if (typeof answer === 'string') {
      failure = answer;
      break;
    }
    for (const [hour, value] of answer) {
      byHourMs.set(hour, value);
      cached.set(hour, value);
    }
  }
  await writeCache(cacheFile, cached);
  return failure === undefined ? { byHourMs } : { byHourMs, failure };
}

function defaultCacheDir(): string {
  const root = process.env.CARBON_CI_CACHE_DIR || join(homedir(), '.cache', 'carbon-ci');
  return join(root, 'intensity');
}

/** One past-range request: the hours it gave, or why it failed. */
async function requestRange(zone: string, scope: IntensityScope, startMs: number, endMs: number, options: HourlyProviderOptions): Promise<Map<number, number> | string> {
  const url = new URL('/v3/carbon-intensity/past-range', options.apiUrl ?? ELECTRICITY_MAPS_API_URL);
  url.searchParams.set('zone', zone);
  url.searchParams.set('start', new Date(startMs).toISOString());
  url.searchParams.set('end', new Date(endMs).toISOString());
  url.searchParams.set('temporalGranularity', 'hourly');
  url.searchParams.set('emissionFactorType', scope === 'direct' ? 'direct' : 'lifecycle');
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  let response: Response;
  try {
    response = await fetch(url, { headers: { 'auth-token': options.token! }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const name = (error as Error).name;
    return name === 'TimeoutError' ? `no answer from ${url.origin} within ${timeoutMs / 1000} s` : `cannot reach ${url.origin} (${(error as { cause?: { code?: string } }).cause?.code ?? name})`;
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    const why: Record<number, string> = { 401: 'the token was refused (401)', 403: 'the token may not read this zone or range (403)', 404: `Electricity Maps does not know zone ${zone} (404)`, 429: 'the rate limit was reached (429)' };
    return why[response.status] ?? `${url.origin} answered HTTP ${response.status}`;
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return `${url.origin} answered with something that is not JSON`;
  }
  const rows = (body as { data?: unknown; history?: unknown }).data ?? (body as { history?: unknown }).history;
  if (!Array.isArray(rows)) return `${url.origin} answered without a data list`;
  const out = new Map<number, number>();
  for (const row of rows as { datetime?: unknown; carbonIntensity?: unknown }[]) {
    const hour = typeof row.datetime === 'string' ? Date.parse(row.datetime) : NaN;
    const value = row.carbonIntensity;
    if (Number.isFinite(hour) && hour % HOUR_MS === 0 && typeof value === 'number' && value >= 0 && value <= 2000) out.set(hour, value);
  }
  return out;
}

async function readCache(file: string): Promise<Map<number, number>> {
  try {
    const entries = JSON.parse(await readFile(file, 'utf8')) as Record<string, number>;
    return new Map(Object.entries(entries).map(([hour, value]) => [Number(hour), value]));
  } catch {
    // No cache yet, or one that cannot be read: fetch again.
    return new Map();
  }
}

async function writeCache(file: string, entries: Map<number, number>): Promise<void> {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFileAtomic(file, JSON.stringify(Object.fromEntries([...entries].sort(([a], [b]) => a - b))));
  } catch {
    // A cache that cannot be written costs a fetch next time, nothing else.
  }
}
