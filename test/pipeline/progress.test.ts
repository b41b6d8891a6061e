import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliProgress } from '../../src/cli/progress.js';
import { progressDisplay, runReport, type ReadProgress } from '../../src/pipeline/index.js';

const EXAMPLE = join(process.cwd(), 'examples/nvidia-smi-8xA100.csv');

function clock(): { now: () => number; tick: (ms: number) => void } {
  let t = 0;
  return { now: () => t, tick: (ms) => (t += ms) };
}

describe('progressDisplay', () => {
  it('redraws one line in a terminal, no more often than its interval, and clears it when done', () => {
    const out: string[] = [];
    const c = clock();
    const p = progressDisplay({ write: (t) => out.push(t), live: true, minBytes: 100, intervalMs: 200, now: c.now });
    p.start(2e9);
    c.tick(100);
    p.advance(1e8);
    expect(out).toEqual([]);
    c.tick(900);
    p.advance(4e8);
    expect(out).toEqual(['\rreading 500 MB of 2.00 GB (25 %), 500 MB/s\u001b[K']);
    p.done();
    expect(out.at(-1)).toBe('\r\u001b[K');
  });

  it('prints whole lines in a log', () => {
    const out: string[] = [];
    const c = clock();
    const p = progressDisplay({ write: (t) => out.push(t), live: false, minBytes: 100, now: c.now });
    p.start(1e9);
    c.tick(10_000);
    p.advance(1e9);
    p.done();
    expect(out).toEqual(['reading 1.00 GB of 1.00 GB (100 %), 100 MB/s\n']);
  });

  it('shows nothing for small inputs', () => {
    const out: string[] = [];
    const c = clock();
    const p = progressDisplay({ write: (t) => out.push(t), live: true, now: c.now });
    p.start(10e6);
    c.tick(60_000);
    p.advance(10e6);
    p.done();
    expect(out).toEqual([]);
  });
});

describe('cliProgress', () => {
  const io = (isTTY: boolean, env: Record<string, string> = {}) => ({ stdout: { write: () => true }, stderr: { write: () => true, isTTY }, cwd: '.', env });
  it('draws in a terminal, logs in GitHub Actions, and stays silent when piped', () => {
    expect(cliProgress(io(true))).toBeDefined();
    expect(cliProgress(io(false, { GITHUB_ACTIONS: 'true' }))).toBeDefined();
    expect(cliProgress(io(false))).toBeUndefined();
  });
});

describe('runReport progress', () => {
  it('counts every byte of the input once', async () => {
    const seen = { total: 0, read: 0, done: 0 };
    const progress: ReadProgress = { start: (t) => (seen.total = t), advance: (b) => (seen.read += b), done: () => (seen.done += 1) };
    await runReport({ inputs: [EXAMPLE], timeZone: 'UTC', progress });
    expect(seen).toEqual({ total: statSync(EXAMPLE).size, read: statSync(EXAMPLE).size, done: 1 });
  });
});
