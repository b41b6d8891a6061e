import { describe, expect, it } from 'vitest';
import type { PowerRecord } from 'carbon-ci';
import { textSource } from 'carbon-ci/testing';
import { failure, fixture, ids, run, utc } from './test-helpers.js';

describe('nvidia-smi plugin: real samples', () => {
  it('(a) with units, no index: one GPU, local time read in the given zone', async () => {
    const { records, warnings, confidence } = await run(fixture('real-a-idle-units.csv'), { timeZone: 'America/Los_Angeles' });
    expect(confidence).toBe(0.95);
    expect(warnings).toEqual([]);
    expect(records.map((r) => [r.timeMs, r.powerW, r.utilization])).toEqual([
      [utc(2026, 5, 9, 10, 57, 48, 161), 62.87, 0],
      [utc(2026, 5, 9, 10, 57, 49, 169), 62.53, 0],
      [utc(2026, 5, 9, 10, 57, 50, 169), 62.53, 0],
      [utc(2026, 5, 9, 10, 57, 51, 169), 62.53, 0],
    ]);
    expect(records[0]!.device).toEqual({ id: 'gpu', vendor: 'nvidia', component: 'gpu' });
  });

  it('(d) csv,nounits with index and name', async () => {
    const { records } = await run(fixture('real-d-nounits.csv'), { timeZone: 'Europe/Berlin' });
    expect(records).toEqual([
      {
        type: 'power',
        timeMs: utc(2024, 1, 15, 9, 23, 45),
        device: { id: 'gpu0', index: 0, model: 'NVIDIA GeForce RTX 4090', vendor: 'nvidia', component: 'gpu' },
        powerW: 300,
        utilization: 0.95,
      },
    ]);
  });

  it('(b), (c) without a timestamp column: refused, with the fix', async () => {
    for (const name of ['real-b-no-timestamp.csv', 'real-c-nounits-no-timestamp.csv']) {
      const error = await failure(fixture(name));
      expect(error.message).toContain(`${fixture(name)}:1: the header has no timestamp column`);
      expect(error.message).toMatch(/fix: add timestamp to --query-gpu/);
    }
  });

  it('(e), (f) csv,noheader without watts or timestamp: refused, pointing at the header or the columns option', async () => {
    expect((await failure(fixture('real-f-noheader-uuid.csv'))).message).toMatch(/no header and no column is marked as watts[\s\S]*columns=/);
    const e = await failure(fixture('real-e-noheader-na.csv'), {
      options: { columns: 'index,name,utilization.gpu,memory.used,memory.total,temperature.gpu,power.draw,power.limit' },
    });
    expect(e.message).toMatch(/the columns option has no timestamp column/);
  });
});

describe('nvidia-smi plugin: layouts', () => {
  it('several GPUs with uuid, units, [N/A] power and [Not Supported] memory', async () => {
    const { records, warnings } = await run(fixture('multi-uuid-units.csv'), { timeZone: 'UTC' });
    expect(records).toHaveLength(19);
    expect(ids(records)).toEqual([
      'GPU-3f1c2a9e-7b4d-4c1e-9a2f-0d5e6b7c8a91',
      'GPU-a2b4c6d8-1e3f-4a5b-8c7d-9e0f1a2b3c4d',
      'GPU-5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
      'GPU-0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
    ]);
    expect(records[1]!.device).toEqual({
      id: 'GPU-a2b4c6d8-1e3f-4a5b-8c7d-9e0f1a2b3c4d',
      uuid: 'GPU-a2b4c6d8-1e3f-4a5b-8c7d-9e0f1a2b3c4d',
      index: 1,
      model: 'NVIDIA A100-SXM4-80GB',
      vendor: 'nvidia',
      component: 'gpu',
    });
    // One shared DeviceRef object per GPU.
    const byId = new Map<string, PowerRecord['device']>();
    for (const r of records) {
      if (byId.has(r.device.id)) expect(r.device).toBe(byId.get(r.device.id));
      byId.set(r.device.id, r.device);
    }
    const gpu1 = records.filter((r) => r.device.index === 1);
    expect(gpu1.map((r) => r.powerW)).toEqual([320, 321, 323, 324]);
    expect(gpu1.map((r) => r.timeMs - utc(2024, 3, 12, 14, 5, 0))).toEqual([102, 1102, 3102, 4102]);
    expect(records[3]!.utilization).toBe(0.93);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/1 rows without a power reading .* skipped \(first: line 11, GPU-a2b4c6d8/);
  });

  it('any column order, nounits, index only, two models, across midnight', async () => {
    const { records } = await run(fixture('multi-index-nounits.csv'), { timeZone: 'UTC' });
    expect(ids(records)).toEqual(['gpu0', 'gpu1']);
    expect(records.filter((r) => r.device.id === 'gpu1').every((r) => r.device.model === 'Tesla T4')).toBe(true);
    const gpu0 = records.filter((r) => r.device.id === 'gpu0');
    expect(gpu0.map((r) => r.timeMs - utc(2024, 7, 1, 23, 59, 58, 500))).toEqual([0, 1000, 2000, 3000]);
    expect(gpu0.map((r) => r.powerW)).toEqual([650.25, 651.25, 652.25, 653.25]);
    expect(gpu0[0]!.utilization).toBe(0.99);
  });

  it('UTF-8 byte-order mark and CRLF line endings', async () => {
    const { records } = await run(fixture('bom-crlf.csv'));
    expect(records.map((r) => [r.device.id, r.timeMs, r.powerW])).toEqual([
      ['gpu0', utc(2024, 2, 29, 12, 0, 0), 100],
      ['gpu0', utc(2024, 2, 29, 12, 0, 1), 101],
      ['gpu0', utc(2024, 2, 29, 12, 0, 2), 102],
    ]);
  });

  it('power.draw.average when there is no power.draw, saying so', async () => {
    const { records, infos } = await run(fixture('power-average-only.csv'));
    expect(records.map((r) => r.powerW)).toEqual([398, 399.5]);
    expect(infos.join('\n')).toMatch(/power read from power\.draw\.average/);
  });

  it('prefers power.draw over power.draw.average and .instant', async () => {
    const text = 'timestamp, power.draw.instant [W], power.draw [W], power.draw.average [W]\n2024/01/01 00:00:00.000, 1.00 W, 2.00 W, 3.00 W\n';
    const { records, infos } = await run(textSource(text, 'both.csv'));
    expect(records.map((r) => r.powerW)).toEqual([2]);
    expect(infos).toEqual([expect.stringMatching(/^both\.csv: power read from power\.draw, power\.draw\.average and power\.draw\.instant ignored/)]);
  });

  it('power.draw.instant alone', async () => {
    const { records } = await run(textSource('timestamp, power.draw.instant [W]\n2024/01/01 00:00:00.000, 7.5\n', 'i.csv'));
    expect(records.map((r) => r.powerW)).toEqual([7.5]);
  });

  it('a uuid column without index, and a pci.bus_id column alone, identify GPUs', async () => {
    const byUuid = await run(textSource('uuid, timestamp, power.draw [W]\nGPU-aaaaaaaa-1, 2024/01/01 00:00:00.000, 5\nGPU-bbbbbbbb-2, 2024/01/01 00:00:00.001, 6\nGPU-aaaaaaaa-1, 2024/01/01 00:00:01.000, 7\n', 'u.csv'));
    expect(byUuid.records.map((r) => [r.device.id, r.powerW])).toEqual([['GPU-aaaaaaaa-1', 5], ['GPU-bbbbbbbb-2', 6], ['GPU-aaaaaaaa-1', 7]]);
    const byBus = await run(textSource('timestamp, pci.bus_id, power.draw [W]\n2024/01/01 00:00:00.000, 00000000:07:00.0, 5\n2024/01/01 00:00:00.000, 00000000:0F:00.0, 6\n', 'b.csv'));
    expect(ids(byBus.records)).toEqual(['pci:00000000:07:00.0', 'pci:00000000:0F:00.0']);
  });

  it('headerless rows with units: columns told from the first row', async () => {
    const text = '2024/01/15 10:23:45.000, 0, NVIDIA A100-SXM4-80GB, 300.00 W, 95 %\n2024/01/15 10:23:46.000, 0, NVIDIA A100-SXM4-80GB, 301.00 W, 96 %\n';
    const { records, infos, confidence } = await run(textSource(text, 'noheader.csv'));
    expect(confidence).toBe(0.5);
    expect(records.map((r) => [r.device.id, r.device.model, r.powerW])).toEqual([
      ['gpu', 'NVIDIA A100-SXM4-80GB', 300],
      ['gpu', 'NVIDIA A100-SXM4-80GB', 301],
    ]);
    expect(infos.join('\n')).toMatch(/no header; columns read as timestamp, column2, name, power\.draw, column5/);
  });

  it('headerless rows without units, with the columns option', async () => {
    const text = '2024/01/15 10:23:45.000, 1, 300.00, 95\n2024/01/15 10:23:46.000, 1, 301.00, 96\n';
    const { records } = await run(textSource(text, 'noheader.csv'), { options: { columns: 'timestamp,index,power.draw,utilization.gpu' } });
    expect(records.map((r) => [r.device.id, r.powerW, r.utilization])).toEqual([['gpu1', 300, 0.95], ['gpu1', 301, 0.96]]);
  });

  it('headerless with several watt columns: refused as ambiguous', async () => {
    const e = await failure(textSource('2024/01/15 10:23:45.000, 300.00 W, 400.00 W\n', 'two.csv'));
    expect(e.message).toMatch(/2 columns are in watts/);
  });
});

describe('nvidia-smi plugin: time zones', () => {
  it('reads the same wall clock as different instants in different zones', async () => {
    const zones = { UTC: 0, 'Asia/Kolkata': -5.5, 'America/New_York': 5, 'Europe/Berlin': -1 };
    for (const [zone, hours] of Object.entries(zones)) {
      const { records } = await run(fixture('real-d-nounits.csv'), { timeZone: zone });
      expect(records[0]!.timeMs, zone).toBe(utc(2024, 1, 15, 10, 23, 45) + hours * 3_600_000);
    }
  });

  it('keeps a log through the New York fall-back night in order (the repeated hour is not folded)', async () => {
    const { records } = await run(fixture('dst-fall-back-new-york.csv'), { timeZone: 'America/New_York' });
    const minutes = records.map((r) => (r.timeMs - records[0]!.timeMs) / 60_000);
    expect(minutes).toEqual([0, 20, 40, 60, 80, 100, 120, 140, 160]);
    expect(records[0]!.timeMs).toBe(utc(2024, 11, 3, 4, 40, 0));
    expect(records.every((r) => r.origin === undefined)).toBe(true);
  });
});

describe('nvidia-smi plugin: GPUs interleaved without index or uuid', () => {
  it('separates GPUs by their position in each sample, with a warning', async () => {
    const { records, warnings } = await run(fixture('no-index-interleaved.csv'));
    expect(ids(records)).toEqual(['slot0', 'slot1', 'slot2', 'slot3']);
    for (const id of ids(records)) expect(records.filter((r) => r.device.id === id)).toHaveLength(30);
    const slot2 = records.filter((r) => r.device.id === 'slot2');
    expect(slot2.every((r) => r.powerW >= 270 && r.powerW < 280)).toBe(true);
    expect(slot2[0]!.device.model).toBe('NVIDIA A100-SXM4-40GB');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/no index or uuid column, and the rows come in samples of 4.*slot0\.\.slot3/);
  });

  it('drops a sample with a row too many or too few, and says so', async () => {
    const lines = ['timestamp, power.draw [W]'];
    for (let s = 0; s < 20; s++) {
      const rows = s === 7 ? 3 : 2;
      for (let g = 0; g < rows; g++) lines.push(`2024/01/01 00:00:${String(s).padStart(2, '0')}.00${g}, ${100 * (g + 1)}.00 W`);
    }
    const { records, warnings } = await run(textSource(lines.join('\n') + '\n', 'odd.csv'));
    expect(ids(records)).toEqual(['slot0', 'slot1']);
    expect(records).toHaveLength(38);
    expect(records.filter((r) => r.device.id === 'slot1').every((r) => r.powerW === 200)).toBe(true);
    expect(warnings.join('\n')).toMatch(/1 samples had a number of rows other than 2 and were dropped \(3 rows, first at line 16\)/);
  });

  it('reads a last sample cut short by position (the logger was stopped mid-sample)', async () => {
    const lines = ['timestamp, power.draw [W]'];
    for (let s = 0; s < 5; s++) for (let g = 0; g < 3; g++) lines.push(`2024/01/01 00:00:0${s}.00${g}, ${g + 1}.00 W`);
    lines.pop();
    const { records } = await run(textSource(lines.join('\n') + '\n', 'cut.csv'));
    expect(records).toHaveLength(14);
    expect(records.at(-1)!.device.id).toBe('slot1');
  });

  it('refuses rows from loggers at different phases of the second, never merging them', async () => {
    const lines = ['timestamp, power.draw [W]'];
    for (let s = 0; s < 100; s++) {
      for (const [ms, w] of [[0, 100], [120, 200], [500, 300]] as const) {
        lines.push(`2024/01/01 00:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.${String(ms).padStart(3, '0')}, ${w}.00 W`);
      }
    }
    const e = await failure(textSource(lines.join('\n') + '\n', 'phases.csv'));
    expect(e.message).toMatch(/^phases\.csv:2: the log has no index or uuid column and the time between rows varies irregularly/);
    expect(e.message).toMatch(/will not merge several GPUs into one[\s\S]*fix: add index,uuid to --query-gpu[\s\S]*oneGpu=true/);
    // With the user's word that it is one GPU, it is read as one.
    const { records } = await run(textSource(lines.join('\n') + '\n', 'phases.csv'), { options: { oneGpu: true } });
    expect(ids(records)).toEqual(['gpu']);
    expect(records).toHaveLength(300);
  });

  it('refuses a log that starts as one GPU and turns into interleaved rows', async () => {
    const lines = ['timestamp, power.draw [W]'];
    let t = Date.UTC(2024, 0, 1);
    const stamp = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '').replaceAll('-', '/');
    for (let i = 0; i < 5000; i++) lines.push(`${stamp((t += 1000))}, 100.00 W`);
    for (let i = 0; i < 2000; i++) {
      t += 1000;
      lines.push(`${stamp(t)}, 100.00 W`, `${stamp(t + 2)}, 200.00 W`);
    }
    const e = await failure(textSource(lines.join('\n') + '\n', 'late.csv'));
    expect(e.message).toMatch(/^late\.csv:5003: .*from line 5003 on, 2000 rows follow the previous one within/);
  });
});
