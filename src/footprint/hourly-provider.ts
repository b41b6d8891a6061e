// Hourly grid intensity from the Electricity Maps API (v3 `carbon-intensity/past-range`), cached on disk per
// zone, scope and hour. Opt-in: nothing leaves the machine unless the user names the provider.
import { mkdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { listSome } from '../energy/format.js';
import { MAX_DATE_MS } from '../sdk/time.js';
import { writeFileAtomic } from '../shared/atomic-write.js';
import { HOUR_MS } from '../shared/units.js';
import { INTENSITY_RANGE_G_PER_KWH } from './factors.js';
import type { IntensityScope } from './types.js';

const ELECTRICITY_MAPS_API_URL = 'https://api.electricitymaps.com';
/** The API serves at most 10 days of hourly history per request. */
const MAX_RANGE_MS = 10 * 24 * HOUR_MS;
const TIMEOUT_MS = 30_000;
/** Requests one fetch aims to stay within when the missing hours are scattered (a 42-day job needs 5 whole). */
const MAX_REQUESTS = 8;
/** The range a figure must lie in, from the API or the cache: the one a stated intensity must lie in (above it is no grid). */
const { min: MIN_G_PER_KWH, max: MAX_G_PER_KWH } = INTENSITY_RANGE_G_PER_KWH;

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
  /** Set when some of the cache could not be used: the cache file, and what was wrong with it and the fix. */
  cacheProblem?: { file: string; message: string };
}

/** The hours [firstHourMs, lastHourMs] of `zone` in `scope`: from the cache, the rest from the API in ranges it allows. */
export async function fetchHourlyIntensity(zone: string, scope: IntensityScope, firstHourMs: number, lastHourMs: number, options: HourlyProviderOptions): Promise<HourlyIntensity> {
  const cacheFile = join(options.cacheDir ?? defaultCacheDir(), encodeURIComponent(zone), `${scope}.json`);
  const { entries: cached, problem } = await readCache(cacheFile);
  const cacheProblem = problem === undefined ? {} : { cacheProblem: { file: cacheFile, message: problem } };
  const byHourMs = new Map<number, number>();
  const missing: number[] = [];
  for (let hour = firstHourMs; hour <= lastHourMs; hour += HOUR_MS) {
    const value = cached.get(hour);
    if (value === undefined) missing.push(hour);
    else byHourMs.set(hour, value);
  }
  if (missing.length === 0 || !options.token) {
    // What was ignored leaves the file now, so that the next run does not warn about it again.
    if (problem !== undefined) await writeCache(cacheFile, cached);
    if (missing.length === 0) return { byHourMs, ...cacheProblem };
    return { byHourMs, ...cacheProblem, failure: 'no token: set ELECTRICITYMAPS_TOKEN (the Action input electricitymaps-token, from a secret)' };
  }
  let failure: string | undefined;
  for (const [start, end] of rangesToAsk(missing)) {
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
  return failure === undefined ? { byHourMs, ...cacheProblem } : { byHourMs, ...cacheProblem, failure };
}

/**
 * The [startMs, endMs) ranges to ask for the `missing` hours (ascending): each run of consecutive missing
 * hours, cut where one request could not span it, so cached hours between runs are not fetched again.
 * Past MAX_REQUESTS, the runs with the fewest cached hours between them are joined (within one request's
 * span): a cache with many scattered holes costs a few re-fetched hours, not a request per hole.
 */
function rangesToAsk(missing: readonly number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const hour of missing) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === hour && hour + HOUR_MS - last[0] <= MAX_RANGE_MS) last[1] = hour + HOUR_MS;
    else ranges.push([hour, hour + HOUR_MS]);
  }
  while (ranges.length > MAX_REQUESTS) {
    let join = -1;
    for (let i = 0; i + 1 < ranges.length; i++) {
      const gapMs = ranges[i + 1]![0] - ranges[i]![1];
      const fits = ranges[i + 1]![1] - ranges[i]![0] <= MAX_RANGE_MS;
      if (fits && (join < 0 || gapMs < ranges[join + 1]![0] - ranges[join]![1])) join = i;
    }
    // Nothing more can be joined: every pair would span more than one request may.
    if (join < 0) break;
    ranges.splice(join, 2, [ranges[join]![0], ranges[join + 1]![1]]);
  }
  return ranges;
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
    if (isHourlyFigure(hour, row.carbonIntensity)) out.set(hour, row.carbonIntensity);
  }
  return out;
}

/**
 * Whether `value` at `hourMs` can price an hour: a UTC hour start, and a figure in INTENSITY_RANGE_G_PER_KWH (g CO2e/kWh).
 * The one rule for API answers and the cache alike, so a hand-edited or corrupted cache cannot price a job
 * at a figure the API would never have been trusted with.
 */
function isHourlyFigure(hourMs: number, value: unknown): value is number {
  return Number.isFinite(hourMs) && hourMs % HOUR_MS === 0 && typeof value === 'number' && value >= MIN_G_PER_KWH && value <= MAX_G_PER_KWH;
}

/** The cached hours that pass isHourlyFigure, and what was wrong with the file when something was. */
async function readCache(file: string): Promise<{ entries: Map<number, number>; problem?: string }> {
  const entries = new Map<number, number>();
  const fix = 'what cannot be used is dropped from the file, and those hours are fetched again when a job needs them; delete the file if this comes back';
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    // No cache yet, or one that cannot be read: fetch again.
    return { entries };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { entries, problem: `The hourly intensity cache ${file} is not JSON, so none of it was used: ${fix}.` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { entries, problem: `The hourly intensity cache ${file} is not an object of hour → g CO2e/kWh, so none of it was used: ${fix}.` };
  const bad: string[] = [];
  for (const [key, value] of Object.entries(parsed)) {
    const hour = Number(key);
    if (isHourlyFigure(hour, value)) entries.set(hour, value);
    else bad.push(`${Number.isFinite(hour) && Math.abs(hour) <= MAX_DATE_MS ? new Date(hour).toISOString() : clip(JSON.stringify(key))}: ${clip(JSON.stringify(value) ?? String(value))}`);
  }
  if (bad.length === 0) return { entries };
  const what = bad.length === 1 ? 'an entry that is not' : `${bad.length} entries that are not`;
  return { entries, problem: `The hourly intensity cache ${file} holds ${what} an hour with a figure in ${MIN_G_PER_KWH}–${MAX_G_PER_KWH} g CO2e/kWh (${listSome(bad, 3)}), ignored as an API answer would be: ${fix}.` };
}

/** Text from a hand-edited file, cut short enough for a warning. */
function clip(text: string): string {
  return text.length <= 40 ? text : `${text.slice(0, 39)}…`;
}

async function writeCache(file: string, entries: Map<number, number>): Promise<void> {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFileAtomic(file, JSON.stringify(Object.fromEntries([...entries].sort(([a], [b]) => a - b))));
  } catch {
    // A cache that cannot be written costs a fetch next time, nothing else.
  }
}
