import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchHourlyIntensity } from './hourly-provider.js';

const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-provider-'));
const HOUR_MS = 3_600_000;
let server: Server;
let url: string;
const open: ServerResponse[] = [];
let stand: Server;
let standUrl: string;
/** The [start, end) of each request the stand-in answered. */
let asked: [string, string][] = [];

/** 300 g CO2e/kWh plus the hour of the day, every hour of the range asked for. */
function answer(req: IncomingMessage, res: ServerResponse): void {
  const query = new URL(req.url ?? '/', 'http://x').searchParams;
  const start = Date.parse(query.get('start')!);
  const end = Date.parse(query.get('end')!);
  asked.push([query.get('start')!, query.get('end')!]);
  const data = [];
  for (let t = start; t < end; t += HOUR_MS) data.push({ datetime: new Date(t).toISOString(), carbonIntensity: 300 + new Date(t).getUTCHours() });
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ zone: query.get('zone'), data }));
}

beforeAll(async () => {
  // A provider that never answers.
  server = createServer((_req, res) => void open.push(res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stand = createServer(answer);
  await new Promise<void>((resolve) => stand.listen(0, '127.0.0.1', resolve));
  standUrl = `http://127.0.0.1:${(stand.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const res of open) res.destroy();
  await new Promise((resolve) => server.close(resolve));
  await new Promise((resolve) => stand.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh cache directory whose DE life-cycle file holds `entries` (written as given, so it can be broken). */
function cacheWith(name: string, entries: string): string {
  const cacheDir = join(dir, name);
  mkdirSync(join(cacheDir, 'DE'), { recursive: true });
  writeFileSync(join(cacheDir, 'DE', 'life-cycle.json'), entries);
  return cacheDir;
}

describe('fetchHourlyIntensity', () => {
  it('gives up on a slow answer with a reason, not an exception', async () => {
    const hour = Date.UTC(2025, 0, 1);
    const result = await fetchHourlyIntensity('DE', 'life-cycle', hour, hour + 3_600_000, { token: 't', apiUrl: url, cacheDir: dir, timeoutMs: 300 });
    expect(result.byHourMs.size).toBe(0);
    expect(result.failure).toMatch(/no answer from http:\/\/127\.0\.0\.1:\d+ within 0\.3 s/);
  });

  it('says so when it cannot reach the provider at all', async () => {
    // A port that was just free: nothing listens on it.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const hour = Date.UTC(2025, 0, 1);
    const result = await fetchHourlyIntensity('DE', 'direct', hour, hour, { token: 't', apiUrl: `http://127.0.0.1:${port}`, cacheDir: dir, timeoutMs: 2000 });
    expect(result.failure).toBe(`cannot reach http://127.0.0.1:${port} (ECONNREFUSED)`);
  });
});

describe('the hourly intensity cache', () => {
  const day = Date.UTC(2025, 2, 10);

  it('ignores cached figures outside 0–2000 g CO2e/kWh as it ignores such API answers, says which file and what to do, and fetches them again', async () => {
    const good = Object.fromEntries(Array.from({ length: 24 }, (_, h) => [day + h * HOUR_MS, 300 + h]));
    const cacheDir = cacheWith('corrupt', JSON.stringify({ ...good, [day + 5 * HOUR_MS]: -40, [day + 6 * HOUR_MS]: 1e9, [day + 7 * HOUR_MS]: '305' }));
    asked = [];
    const result = await fetchHourlyIntensity('DE', 'life-cycle', day, day + 23 * HOUR_MS, { token: 't', apiUrl: standUrl, cacheDir });
    const file = join(cacheDir, 'DE', 'life-cycle.json');
    expect(result.failure).toBeUndefined();
    expect(result.cacheProblem?.file).toBe(file);
    expect(result.cacheProblem?.message).toContain(`The hourly intensity cache ${file} holds 3 entries`);
    expect(result.cacheProblem?.message).toContain('2025-03-10T05:00:00.000Z: -40');
    expect(result.cacheProblem?.message).toMatch(/: what cannot be used is dropped from the file, and those hours are fetched again when a job needs them; delete the file if this comes back\.$/);
    // Every hour is priced, the three bad ones at the API's figures.
    for (let h = 0; h < 24; h++) expect(result.byHourMs.get(day + h * HOUR_MS)).toBe(300 + h);
    expect(asked).toEqual([['2025-03-10T05:00:00.000Z', '2025-03-10T08:00:00.000Z']]);
    // The cache now holds the fetched figures in their place, and the next run has nothing to say.
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(good);
    const again = await fetchHourlyIntensity('DE', 'life-cycle', day, day + 23 * HOUR_MS, { token: undefined, cacheDir });
    expect(again).toEqual({ byHourMs: result.byHourMs });
  });

  it('says so when the cache is not JSON at all, and fetches the hours', async () => {
    const cacheDir = cacheWith('broken', '{"1741564800000": 300,');
    asked = [];
    const result = await fetchHourlyIntensity('DE', 'life-cycle', day, day + HOUR_MS, { token: 't', apiUrl: standUrl, cacheDir });
    expect(result.cacheProblem?.message).toMatch(/^The hourly intensity cache .*life-cycle\.json is not JSON, so none of it was used/);
    expect(result.byHourMs.size).toBe(2);
    expect(asked).toHaveLength(1);
  });

  it('prices nothing from a bad cached figure without a token either, says why, and drops it from the file', async () => {
    const cacheDir = cacheWith('no-token', JSON.stringify({ [day]: -1, [day + HOUR_MS]: 250 }));
    const result = await fetchHourlyIntensity('DE', 'life-cycle', day, day + HOUR_MS, { token: undefined, cacheDir });
    expect(result.byHourMs).toEqual(new Map([[day + HOUR_MS, 250]]));
    expect(result.failure).toMatch(/^no token/);
    expect(result.cacheProblem?.message).toContain('holds an entry that is not an hour with a figure in 0–2000 g CO2e/kWh (2025-03-10T00:00:00.000Z: -1)');
    expect(JSON.parse(readFileSync(join(cacheDir, 'DE', 'life-cycle.json'), 'utf8'))).toEqual({ [day + HOUR_MS]: 250 });
  });

  it('drops a bad entry for hours the job does not need too, so that it is not warned about every run', async () => {
    const cacheDir = cacheWith('elsewhere', JSON.stringify({ [day]: 250, [day - 24 * HOUR_MS]: 9999, '10:00': 100 }));
    const first = await fetchHourlyIntensity('DE', 'life-cycle', day, day, { token: 't', apiUrl: standUrl, cacheDir });
    expect(first.cacheProblem?.message).toContain('holds 2 entries that are not an hour with a figure in 0–2000 g CO2e/kWh (2025-03-09T00:00:00.000Z: 9999, "10:00": 100)');
    const second = await fetchHourlyIntensity('DE', 'life-cycle', day, day, { token: 't', apiUrl: standUrl, cacheDir });
    expect(second).toEqual({ byHourMs: new Map([[day, 250]]) });
  });
});

describe('what is fetched', () => {
  const day = Date.UTC(2025, 2, 10);
  /** The stand-in's figures for the hours of `days` days from `day`, but for `without`. */
  const cachedDays = (days: number, without: (hour: number) => boolean) =>
    JSON.stringify(Object.fromEntries(Array.from({ length: days * 24 }, (_, h) => day + h * HOUR_MS).filter((hour) => !without(hour)).map((hour) => [hour, 300 + new Date(hour).getUTCHours()])));

  it('asks only for the runs of missing hours, one request each, not the cached hours between them', async () => {
    const hole = (hour: number) => [2, 3, 4, 15, 16].includes((hour - day) / HOUR_MS);
    const cacheDir = cacheWith('holes', cachedDays(1, hole));
    asked = [];
    const result = await fetchHourlyIntensity('DE', 'life-cycle', day, day + 23 * HOUR_MS, { token: 't', apiUrl: standUrl, cacheDir });
    expect(asked).toEqual([
      ['2025-03-10T02:00:00.000Z', '2025-03-10T05:00:00.000Z'],
      ['2025-03-10T15:00:00.000Z', '2025-03-10T17:00:00.000Z'],
    ]);
    expect(result).toEqual({ byHourMs: new Map(Array.from({ length: 24 }, (_, h) => [day + h * HOUR_MS, 300 + h])) });
  });

  it('keeps to a few requests when the holes are scattered, joining the runs closest together', async () => {
    // Every other hour of four days missing: 48 runs of one hour.
    const cacheDir = cacheWith('scattered', cachedDays(4, (hour) => ((hour - day) / HOUR_MS) % 2 === 1));
    asked = [];
    const result = await fetchHourlyIntensity('DE', 'life-cycle', day, day + (4 * 24 - 1) * HOUR_MS, { token: 't', apiUrl: standUrl, cacheDir });
    expect(asked.length).toBe(8);
    // Together the requests cover every missing hour once, and each of them begins and ends at one.
    const covered = asked.flatMap(([start, end]) => Array.from({ length: (Date.parse(end) - Date.parse(start)) / HOUR_MS }, (_, i) => Date.parse(start) + i * HOUR_MS));
    expect(new Set(covered).size).toBe(covered.length);
    for (let h = 1; h < 96; h += 2) expect(covered).toContain(day + h * HOUR_MS);
    for (const [start, end] of asked) expect([(Date.parse(start) - day) / HOUR_MS % 2, (Date.parse(end) - day) / HOUR_MS % 2]).toEqual([1, 0]);
    expect(result.byHourMs.size).toBe(96);
  });

  it('still cuts a long run of missing hours into requests of at most 10 days', async () => {
    const cacheDir = cacheWith('long', '{}');
    asked = [];
    await fetchHourlyIntensity('DE', 'direct', day, day + (25 * 24 - 1) * HOUR_MS, { token: 't', apiUrl: standUrl, cacheDir });
    expect(asked.map(([start, end]) => (Date.parse(end) - Date.parse(start)) / HOUR_MS)).toEqual([240, 240, 120]);
  });
});
