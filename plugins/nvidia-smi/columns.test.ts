import { describe, expect, it } from 'vitest';
import { createContext, expandRecords, fileSource, textSource } from 'carbon-ci/testing';
import type { PowerRecord } from 'carbon-ci';
import nvidiaSmi from './index.js';
import { failure, fixture, ids, run, utc } from './test-helpers.js';

describe('nvidia-smi plugin: unusual columns', () => {
  it('reads a gpu column as the index, ISO times by their offset, and power.draw beside power.draw.instant', async () => {
    const { records, infos, confidence } = await run(fixture('gpu-column-iso-offsets.csv'));
    expect(confidence).toBeGreaterThan(0.5);
    expect(ids(records)).toEqual(['gpu0', 'gpu1']);
    expect(records.slice(0, 2).map((r) => [r.timeMs, r.powerW])).toEqual([
      [utc(2024, 3, 5, 13, 2, 0, 5), 300],
      [utc(2024, 3, 5, 13, 2, 0, 6), 310],
    ]);
    expect(records.every((r) => r.powerW === 300 || r.powerW === 310)).toBe(true);
    expect(infos.join('\n')).toMatch(/power read from power\.draw, power\.draw\.instant ignored: power\.draw is the 1-second average on Ampere/);
  });

  it('does not ask for the time zone when every time has its offset', async () => {
    const context = createContext({ timeZone: 'Asia/Tokyo' });
    const records: PowerRecord[] = [];
    for await (const item of nvidiaSmi.read(fileSource(fixture('gpu-column-iso-offsets.csv')), context)) {
      records.push(...(expandRecords(Array.isArray(item) ? item : [item]) as PowerRecord[]));
    }
    expect(records).toHaveLength(12);
    expect(context.usedLocalTimeZone).toBe(false);
  });

  it('tells two models apart by name when they have no index, one logger each at its own phase', async () => {
    const { records, infos, warnings } = await run(fixture('name-two-models.csv'));
    expect(ids(records)).toEqual(['name:NVIDIA GeForce RTX 4090', 'name:NVIDIA RTX A4000']);
    const a4000 = records.filter((r) => r.device.model === 'NVIDIA RTX A4000');
    expect(a4000.map((r) => r.powerW)).toEqual([100, 101, 102, 103, 104, 105, 106, 107, 108, 109]);
    expect(a4000[0]).toMatchObject({ timeMs: utc(2024, 5, 14, 16, 20, 0, 611), utilization: 0.6 });
    expect(infos.join('\n')).toMatch(/told apart by name \(NVIDIA GeForce RTX 4090, NVIDIA RTX A4000\)/);
    expect(warnings).toEqual([]);
  });

  it('still refuses interleaved rows that the names cannot tell apart', async () => {
    const lines = ['timestamp, name, power.draw [W]'];
    for (let s = 0; s < 60; s++) {
      const at = (ms: number) => `2024/01/01 00:00:${String(s).padStart(2, '0')}.${String(ms).padStart(3, '0')}`;
      lines.push(`${at(0)}, NVIDIA A100-SXM4-80GB, 100.00 W`, `${at(120)}, NVIDIA A100-SXM4-80GB, 200.00 W`, `${at(500)}, Tesla T4, 60.00 W`);
    }
    const e = await failure(textSource(lines.join('\n') + '\n', 'mixed.csv'));
    expect(e.message).toMatch(/no index or uuid column .* will not merge several GPUs into one/);
  });
});
