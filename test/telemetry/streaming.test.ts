import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandRecords } from 'carbon-ci/testing';
import type { PowerRecord } from 'carbon-ci';
import nvidiaSmi from '../../plugins/nvidia-smi/index.js';
import { readTelemetry } from '../../src/telemetry/index.js';
import { writeNvidiaSmiLog } from '../../scripts/make-example.mjs';

let dir: string;
let path: string;
const GPUS = 8;
const SECONDS = 25_000; // 200,000 rows, about 24 MB

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'carbon-ci-stream-'));
  path = join(dir, 'big.csv');
  const out = createWriteStream(path);
  await writeNvidiaSmiLog(out, { gpus: GPUS, durationS: SECONDS, seed: 7 });
  out.end();
  await once(out, 'finish');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The slow, obvious reading of the same file: split every line, Date.UTC every timestamp. */
async function reference(file: string): Promise<{ id: string; timeMs: number; powerW: number }[]> {
  const [, ...rows] = (await readFile(file, 'utf8')).trimEnd().split('\n');
  return rows.map((row) => {
    const [timestamp, , uuid, , power] = row.split(', ');
    const [date, time] = timestamp!.split(' ');
    const [y, mo, d] = date!.split('/').map(Number);
    const [h, mi, s] = time!.split(':').map(Number);
    return { id: uuid!, timeMs: Date.UTC(y!, mo! - 1, d!, h!, mi!, 0) + Math.round(s! * 1000), powerW: Number(power!.replace(' W', '')) };
  });
}

describe('streaming a large nvidia-smi log', () => {
  it('reads 200k rows in bounded batches, exactly as the slow reference reads them', async () => {
    const size = (await stat(path)).size;
    const records: PowerRecord[] = [];
    let batches = 0;
    let largest = 0;
    const log = { debug: () => {}, info: () => {}, warn: (m: string) => expect.fail(m) };
    for await (const batch of readTelemetry([path], { plugins: [nvidiaSmi as never], timeZone: 'UTC', log })) {
      batches++;
      const readings = expandRecords(batch.records);
      largest = Math.max(largest, readings.length);
      for (const r of readings) records.push(r as PowerRecord);
    }
    const expected = await reference(path);
    expect(records).toHaveLength(GPUS * SECONDS - 360);
    expect(records).toHaveLength(expected.length);
    // Never the whole file at once: each batch is one read chunk (1 MiB) of lines.
    expect(size).toBeGreaterThan(20e6);
    expect(batches).toBeGreaterThan(15);
    expect(largest).toBeLessThan(12_000);
    let mismatches = 0;
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      const e = expected[i]!;
      if (r.device.id !== e.id || r.timeMs !== e.timeMs || r.powerW !== e.powerW) mismatches++;
    }
    expect(mismatches).toBe(0);
    expect(new Set(records.map((r) => r.device)).size).toBe(GPUS);
  });
});
