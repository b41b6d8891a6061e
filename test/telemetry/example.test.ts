import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expandRecords } from 'carbon-ci/testing';
import type { PowerRecord } from 'carbon-ci';
import nvidiaSmi from '../../plugins/nvidia-smi/index.js';
import { readTelemetry } from '../../src/telemetry/index.js';
import { EXAMPLE_OPTIONS, EXAMPLE_PATH, nvidiaSmiLogChunks } from '../../scripts/make-example.mjs';

async function fileHash(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function generatedHash(chunkChars?: number): string {
  const hash = createHash('sha256');
  for (const chunk of nvidiaSmiLogChunks({ ...EXAMPLE_OPTIONS, chunkChars })) hash.update(chunk);
  return hash.digest('hex');
}

describe('examples/nvidia-smi-8xA100.csv', () => {
  it('is exactly what `npm run build:example` writes', async () => {
    expect(generatedHash()).toBe(await fileHash(EXAMPLE_PATH));
  });

  it('does not depend on the chunk size', () => {
    expect(generatedHash(1000)).toBe(generatedHash(1 << 20));
  });

  it('reads as 8 A100s over 2 h with a checkpoint stall, evaluation dips and one GPU gap', async () => {
    const warnings: string[] = [];
    const records: PowerRecord[] = [];
    const log = { debug: () => {}, info: () => {}, warn: (m: string) => warnings.push(m) };
    for await (const batch of readTelemetry([EXAMPLE_PATH], { plugins: [nvidiaSmi as never], timeZone: 'America/Los_Angeles', log })) {
      for (const r of expandRecords(batch.records)) records.push(r as PowerRecord);
    }
    expect(warnings).toEqual([]);
    const devices = [...new Set(records.map((r) => r.device))];
    expect(devices).toHaveLength(8);
    expect(devices.every((d) => d.model === 'NVIDIA A100-SXM4-80GB' && /^GPU-[0-9a-f-]{36}$/.test(d.uuid ?? ''))).toBe(true);
    expect(records).toHaveLength(8 * 7200 - 360);

    const start = Date.UTC(2024, 5, 3, 16, 0, 0); // 09:00 PDT
    expect(Math.min(...records.slice(0, 8).map((r) => r.timeMs)) - start).toBeLessThan(200);
    const minute = (r: PowerRecord) => (r.timeMs - start) / 60_000;
    const mean = (rs: PowerRecord[]) => rs.reduce((s, r) => s + r.powerW, 0) / rs.length;

    const training = records.filter((r) => minute(r) > 10 && minute(r) < 19);
    expect(mean(training)).toBeGreaterThan(330);
    expect(mean(training)).toBeLessThan(400);
    const evaluation = records.filter((r) => minute(r) > 40.5 && minute(r) < 41.4);
    expect(mean(evaluation)).toBeLessThan(250);
    const stall = records.filter((r) => minute(r) > 70 && minute(r) < 73);
    expect(stall.every((r) => r.powerW < 95)).toBe(true);

    const gpu5 = records.filter((r) => r.device.index === 5).map((r) => r.timeMs);
    const gaps = gpu5.slice(1).map((t, i) => t - gpu5[i]!).filter((d) => d > 5000);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]! / 1000).toBeCloseTo(361, -1);
  });
});
