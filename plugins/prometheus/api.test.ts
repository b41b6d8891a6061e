import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { isInputError } from 'carbon-ci';
import { readPrometheusApi } from './index.js';

/**
 * Faults a real Prometheus does not produce on demand, from a loopback stand-in that answers as the
 * Prometheus HTTP API documents: an authenticating proxy's 401/403, and a partial answer's `warnings`
 * (Thanos and Mimir return them when a store or querier did not answer).
 */
let server: Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

async function standIn(answer: (url: URL) => { status: number; body: unknown }): Promise<string> {
  server = createServer((request, response) => {
    const { status, body } = answer(new URL(request.url!, 'http://localhost'));
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(typeof body === 'string' ? body : JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

async function read(url: string) {
  const warnings: string[] = [];
  const context = { log: { debug() {}, info() {}, warn: (m: string) => warnings.push(m) }, signal: new AbortController().signal };
  const records: unknown[] = [];
  for await (const batch of readPrometheusApi({ url, start: 1_747_000_000_000, end: 1_747_000_600_000, raw: true }, context)) records.push(...batch);
  return { records, warnings };
}

describe('the Prometheus API client against a stand-in', () => {
  it('names an authentication failure and says where credentials go', async () => {
    for (const status of [401, 403]) {
      const url = await standIn(() => ({ status, body: 'Unauthorized' }));
      const error = await read(url).then(() => undefined, (e: unknown) => e as Error & { hint?: string });
      expect(isInputError(error)).toBe(true);
      expect(error!.message).toContain(`refused the request: HTTP ${status}`);
      expect(error!.hint).toMatch(/prometheus-headers/);
      await new Promise((resolve) => server!.close(resolve));
      server = undefined;
    }
  });

  it('reports a partial answer (its warnings) once, and still reads its data', async () => {
    const url = await standIn((request) => {
      const timeS = Number(request.searchParams.get('time'));
      const values = request.searchParams.get('query')!.startsWith('DCGM_FI_DEV_POWER_USAGE') ? [[timeS - 300, '250'], [timeS - 285, '260']] : [];
      return {
        status: 200,
        body: { status: 'success', warnings: ['store gateway 10.0.0.7 did not answer: partial response'], data: { resultType: 'matrix', result: values.length ? [{ metric: { UUID: 'GPU-1', gpu: '0' }, values }] : [] } },
      };
    });
    const { records, warnings } = await read(url);
    expect(records).toHaveLength(2);
    expect(warnings.filter((w) => w.includes('Prometheus answered with a warning, so its data may be partial: store gateway 10.0.0.7 did not answer'))).toHaveLength(1);
  });

  it('refuses an answer that is not the Prometheus API, and a rejected query, with the server\'s reason', async () => {
    let url = await standIn(() => ({ status: 200, body: '<html>login</html>' }));
    await expect(read(url)).rejects.toThrow(/with something that is not the Prometheus API/);
    await new Promise((resolve) => server!.close(resolve));
    url = await standIn(() => ({ status: 400, body: { status: 'error', errorType: 'bad_data', error: 'invalid parameter "query"' } }));
    await expect(read(url)).rejects.toThrow(/refused the query .*bad_data invalid parameter "query"/);
  });
});
