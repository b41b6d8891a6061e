// Red team: a password in `--prometheus-url http://user:pass@host` was printed in errors.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPrometheusApi } from '../../plugins/prometheus/index.js';
import { runReport } from '../../src/pipeline/index.js';
import { builtinSources } from '../../plugins/index.js';

const SECRET = 's3cret-pa55';
let port = 0;
const seen: IncomingHttpHeaders[] = [];
const server = createServer((request, response) => {
  seen.push(request.headers);
  response.writeHead(502, { 'content-type': 'text/html' }).end('<html>bad gateway</html>');
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const context = { log: { debug() {}, info() {}, warn() {} }, signal: new AbortController().signal };

async function messageOf(url: string): Promise<string> {
  try {
    for await (const _ of readPrometheusApi({ url, start: 1_700_000_000_000, end: 1_700_000_060_000, timeoutMs: 2000 }, context));
  } catch (error) {
    return String((error as Error).message);
  }
  throw new Error('expected an error');
}

describe('credentials in the Prometheus URL', () => {
  it('go to the server as a Basic Authorization header, not in the URL, and never into a message', async () => {
    const message = await messageOf(`http://admin:${SECRET}@127.0.0.1:${port}/`);
    expect(message).toMatch(/answered HTTP 502/);
    expect(message).not.toContain(SECRET);
    expect(seen.at(-1)!.authorization).toBe(`Basic ${Buffer.from(`admin:${SECRET}`).toString('base64')}`);
  });

  it('are masked when the server cannot be reached and when the URL is no URL', async () => {
    expect(await messageOf(`http://admin:${SECRET}@127.0.0.1:1/`)).not.toContain(SECRET);
    const bad = await messageOf(`http://admin:${SECRET}@exa mple:99999/`);
    expect(bad).toMatch(/is not a URL/);
    expect(bad).not.toContain(SECRET);
  });

  it('are masked in the report pipeline too', async () => {
    const source = builtinSources.prometheus({ url: `http://admin:${SECRET}@127.0.0.1:${port}/`, start: 1_700_000_000_000, end: 1_700_000_060_000 });
    expect(source.location).not.toContain(SECRET);
    const error = await runReport({ inputs: [], sources: [source], location: 'FR' }).catch((e: unknown) => e as Error);
    expect(String((error as Error).message)).not.toContain(SECRET);
  });
});
