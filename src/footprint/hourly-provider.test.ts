import { createServer, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchHourlyIntensity } from './hourly-provider.js';

const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-provider-'));
let server: Server;
let url: string;
const open: ServerResponse[] = [];

beforeAll(async () => {
  // A provider that never answers.
  server = createServer((_req, res) => void open.push(res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const res of open) res.destroy();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

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
