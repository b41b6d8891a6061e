import { createReadStream, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { expandRecords, expectInputError, runPlugin, textSource } from 'carbon-ci/testing';
import type { PowerRecord, TelemetryRecord } from 'carbon-ci';
import plugin from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const validate = new Ajv({ strict: false }).compile(
  JSON.parse(readFileSync(fileURLToPath(new URL('../../schemas/telemetry-record.schema.json', import.meta.url)), 'utf8')),
);

async function run(name: string, options: Record<string, unknown> = {}, timeZone = 'UTC') {
  const warnings: string[] = [];
  const path = fixture(name);
  const context = {
    options,
    localTimeZone: () => timeZone,
    signal: new AbortController().signal,
    log: { debug() {}, info() {}, warn: (m: string) => warnings.push(m) },
  };
  const records: TelemetryRecord[] = [];
  for await (const item of plugin.read({ kind: 'file', path, open: () => createReadStream(path) }, context)) {
    records.push(...expandRecords(Array.isArray(item) ? item : [item]));
  }
  for (const record of records) expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
  return { records: records as PowerRecord[], warnings };
}

const failure = (name: string, options: Record<string, unknown> = {}) => expectInputError(run(name, options));

const head = (name: string) => ({ path: fixture(name), head: readFileSync(fixture(name), 'utf8') });

describe('nvidia-smi-dmon plugin', () => {
  it('reads the old-driver -s pucet -o DT sample in the given zone', async () => {
    const { records, warnings } = await run('dt-pucet-old-driver.log', {}, 'Europe/Berlin');
    expect(records.map((r) => [r.timeMs, r.powerW, r.utilization])).toEqual([
      [Date.UTC(2021, 0, 2, 18, 12, 31), 37, 0],
      [Date.UTC(2021, 0, 2, 18, 12, 33), 39, 0],
    ]);
    expect(records[0]!.device).toEqual({ id: 'gpu0', vendor: 'nvidia', index: 0 });
    expect(warnings).toEqual([]);
  });

  it('reads two GPUs, shares one device object per GPU and drops rows without power', async () => {
    const { records, warnings } = await run('dt-new-driver-2gpu.log', { host: 'node-a' });
    expect(records).toHaveLength(7);
    const gpu1 = records.filter((r) => r.device.index === 1);
    expect(gpu1.map((r) => r.powerW)).toEqual([58, 291, 293]);
    expect(new Set(gpu1.map((r) => r.device)).size).toBe(1);
    expect(gpu1[0]!.device.id).toBe('node-a:gpu1');
    expect(records[2]!.utilization).toBeCloseTo(0.94);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/dropped 1 row: no power value .* line 8/);
  });

  it('reads the CSV variant', async () => {
    const { records } = await run('csv-dt.log');
    expect(records.map((r) => r.powerW)).toEqual([62, 287, 290]);
    expect(records[1]!.timeMs - records[0]!.timeMs).toBe(1000);
  });

  it('reads -o T logs with a date option and rolls over at midnight', async () => {
    const { records } = await run('time-only.log', { date: '2024-03-09' });
    expect(records.map((r) => r.timeMs)).toEqual([
      Date.UTC(2024, 2, 9, 23, 59, 58),
      Date.UTC(2024, 2, 9, 23, 59, 59),
      Date.UTC(2024, 2, 10, 0, 0, 0),
      Date.UTC(2024, 2, 10, 0, 0, 1),
    ]);
  });

  it('refuses -o T logs without a date, and logs without time columns, with the -o DT hint', async () => {
    for (const name of ['time-only.log', 'no-time-rtx40.log', 'no-time-a100-gpm.log', 'no-time-fb.log']) {
      const error = await failure(name);
      expect(error.line).toBe(3);
      expect(error.hint).toMatch(/-o DT/);
    }
  });

  it('reads a log through the night clocks go back as the hour twice over, with or without the date column', async () => {
    // Europe/Paris, 2025-10-26: 03:00 CEST goes back to 02:00 CET, so 02:30 happens twice.
    const times = ['02:00:00', '02:30:00', '02:59:00', '02:00:00', '02:30:00'];
    const expected = [0, 30, 59, 60, 90].map((minutes) => Date.UTC(2025, 9, 26, 0, minutes));
    const header = (date: string) => `#${date}Time        gpu   pwr\n#${date ? 'YYYYMMDD ' : ''}HH:MM:SS    Idx     W\n`;
    const withDate = header('Date ') + times.map((t) => ` 20251026 ${t}  0  100`).join('\n') + '\n';
    const timeOnly = header('') + times.map((t) => ` ${t}  0  100`).join('\n') + '\n';
    for (const [text, options] of [[withDate, {}], [timeOnly, { date: '2025-10-26' }]] as const) {
      const { records } = await runPlugin(plugin, textSource(text, 'dmon.log'), { options, timeZone: 'Europe/Paris' });
      expect(records.map((r) => (r as PowerRecord).timeMs)).toEqual(expected);
    }
  });

  it('refuses a date option that is no date with the fix', async () => {
    await expectInputError(run('time-only.log', { date: '2024-02-30' }), { message: /plugin option date must be a date as YYYY-MM-DD, not "2024-02-30"/, hint: /-o DT/ });
  });

  it('warns about a cut-off last line instead of failing', async () => {
    const { records, warnings } = await run('truncated-last-line.log');
    expect(records).toHaveLength(1);
    expect(warnings[0]).toMatch(/cut short/);
  });

  it('refuses broken rows with the line number and a fix', async () => {
    expect((await failure('bad/short-row.log')).line).toBe(4);
    const garbage = await failure('bad/garbage-power.log');
    expect(garbage.line).toBe(4);
    expect(garbage.message).toMatch(/"2x7" is not a number/);
    expect((await failure('bad/no-power-column.log')).hint).toMatch(/-s p/);
    expect((await failure('bad/bad-date.log')).message).toMatch(/20241315/);
    await expect(run('dt-new-driver-2gpu.log', { date: '15/01/2024' })).rejects.toThrow(/YYYY-MM-DD/);
  });

  it('detects dmon logs and nothing else', () => {
    for (const name of ['dt-pucet-old-driver.log', 'dt-new-driver-2gpu.log', 'csv-dt.log', 'no-time-rtx40.log', 'no-time-a100-gpm.log']) {
      expect(plugin.detect(head(name))).toBeGreaterThanOrEqual(0.9);
    }
    expect(plugin.detect({ path: 'x.csv', head: 'timestamp, index, name, power.draw [W]\n2024/01/15 10:23:45.000, 0, A, 300.00\n' })).toBe(0);
    expect(plugin.detect({ path: 'x.txt', head: '#Entity   POWER   TOTEC\nID         W      mJ\nGPU 0     16.609  256\n' })).toBe(0);
    expect(plugin.detect({ path: 'x.txt', head: '# HELP DCGM_FI_DEV_POWER_USAGE Power.\n' })).toBe(0);
  });
});
