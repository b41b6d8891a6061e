// Each telemetry file is stat'ed once: its size, read when the plugin is chosen, also sizes the read buffer.
import type * as Fs from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { definePlugin } from '../sdk/plugin.js';
import { readTelemetry } from './read.js';

const stats = vi.hoisted(() => ({ paths: [] as string[] }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof Fs>();
  return { ...fs, statSync: (...args: Parameters<typeof fs.statSync>) => (stats.paths.push(String(args[0])), fs.statSync(...args)) };
});
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>();
  return { ...fs, stat: (...args: Parameters<typeof fs.stat>) => (stats.paths.push(String(args[0])), fs.stat(...args)) };
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'carbon-ci-stat-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('stats a telemetry file once while choosing its plugin and reading it', async () => {
  const path = join(dir, 'log.txt');
  await writeFile(path, 'lines\n1\n2\n');
  const reader = definePlugin({
    name: 'lines',
    kind: 'telemetry',
    description: 'counts bytes',
    detect: (input) => (input.head.startsWith('lines') ? 1 : 0),
    async *read(source) {
      if (source.kind !== 'file') return;
      let bytes = 0;
      for await (const chunk of source.open()) bytes += (chunk as Buffer).length;
      yield { type: 'power', timeMs: 0, device: { id: 'gpu0' }, powerW: bytes };
    },
  });
  stats.paths.length = 0;
  const records = [];
  for await (const batch of readTelemetry([path], { plugins: [reader], timeZone: 'UTC', log: { debug: () => {}, info: () => {}, warn: () => {} } })) records.push(...batch.records);
  expect(records).toEqual([expect.objectContaining({ powerW: 10 })]);
  expect(stats.paths.filter((p) => p === path)).toHaveLength(1);
});
