// A real Prometheus server (the Debian package `prometheus`, which also ships `promtool`) on a free
// loopback port, for the tests (test/prometheus/server.ts) and the fleet benchmark: on a TSDB backfilled
// from OpenMetrics text by promtool, a copy of another server's TSDB, or a TSDB used in place.
// Missing binaries are an error, never a skip.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function requireBinary(name) {
  const found = spawnSync(name, ['--version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0) {
    throw new Error(`${name} is not installed; these tests need a real Prometheus server: apt-get install -y prometheus`);
  }
}

/** Writes TSDB blocks into `dataDir` from the OpenMetrics text file `input`, with promtool. */
export function backfill(input, dataDir) {
  requireBinary('promtool');
  const done = spawnSync('promtool', ['tsdb', 'create-blocks-from', 'openmetrics', '--quiet', input, dataDir], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (done.status !== 0) throw new Error(`promtool backfill failed: ${done.stderr}${done.stdout}`);
}

/**
 * Starts Prometheus with `flags` added, on `{ openMetrics }` (backfilled), `{ copyFrom }` (another
 * server's TSDB, copied) or `{ dataDir }` (used in place, kept on stop).
 * @param {{ openMetrics: string } | { copyFrom: string } | { dataDir: string }} source
 * @param {string[]} [flags]
 */
export async function startPrometheus(source, flags = []) {
  requireBinary('prometheus');
  const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-prometheus-'));
  const dataDir = 'dataDir' in source ? source.dataDir : join(dir, 'data');
  if ('openMetrics' in source) {
    writeFileSync(join(dir, 'input.om'), source.openMetrics);
    backfill(join(dir, 'input.om'), dataDir);
    rmSync(join(dir, 'input.om'));
  } else if ('copyFrom' in source) {
    cpSync(source.copyFrom, dataDir, { recursive: true, filter: (path) => !/(?:^|\/)(?:lock|wal|chunks_head|queries\.active)$/.test(path) });
  }
  writeFileSync(join(dir, 'prometheus.yml'), 'global:\n  scrape_interval: 15s\nscrape_configs: []\n');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let serverLog = '';
  const server = spawn(
    'prometheus',
    [`--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${dataDir}`, '--storage.tsdb.retention.time=100y', `--web.listen-address=127.0.0.1:${port}`, ...flags],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stdout.on('data', (chunk) => (serverLog = (serverLog + chunk.toString()).slice(-8192)));
  server.stderr.on('data', (chunk) => (serverLog = (serverLog + chunk.toString()).slice(-8192)));
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) {
      await stop();
      throw new Error(`prometheus exited with ${server.exitCode}:\n${serverLog.slice(-2000)}`);
    }
    try {
      if ((await fetch(`${url}/-/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`prometheus did not become ready:\n${serverLog.slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, dataDir, log: () => serverLog, stop };
}
