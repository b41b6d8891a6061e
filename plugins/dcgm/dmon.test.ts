// `dcgmi dmon` logs written inline: every kind of line the reader meets, and every kind it refuses.
import { describe, expect, it } from 'vitest';
import type { EnergyCounterRecord, PowerRecord } from 'carbon-ci';
import { expectInputError, runPlugin, textSource } from 'carbon-ci/testing';
import plugin from './index.js';

const HEADER = '1777708107.135 #Entity   POWER   TOTEC   TMPTR\n1777708107.135 ID         W      mJ      C\n';

async function read(text: string | Buffer, settings: { options?: Record<string, unknown>; timeZone?: string } = {}) {
  const { records, warnings, infos } = await runPlugin(plugin, textSource(text, 'dmon.log'), { timeZone: 'UTC', ...settings });
  const power = records.filter((r): r is PowerRecord => r.type === 'power');
  const counters = records.filter((r): r is EnergyCounterRecord => r.type === 'energy-counter');
  return { power, counters, warnings, infos };
}

const refused = (text: string) => runPlugin(plugin, textSource(text, 'dmon.log'), { timeZone: 'UTC' });

describe('dcgmi dmon rows', () => {
  it('reads CRLF lines, a byte-order mark, tabs, leading blanks, blank and time-only lines, and a units line in any case', async () => {
    const text =
      '\ufeff1777708107.135 #Entity\tPOWER TOTEC\r\n' +
      '1777708107.135 Id W mJ\r\n' +
      '\r\n' +
      '1777708107.136   \r\n' +
      '  1777708108.000\tGPU\t0\t100.5\t2000\r\n' +
      '1777708109.000 GPU 0 101 3000\r\n';
    const { power, counters, warnings } = await read(text);
    expect(power.map((r) => [r.timeMs, r.powerW])).toEqual([
      [1777708108000, 100.5],
      [1777708109000, 101],
    ]);
    expect(counters.map((r) => r.counterJ)).toEqual([2, 3]);
    expect(warnings).toEqual([]);
  });

  it('reads every plain number form as Number() does, long ones included, and ignores what the unread columns hold', async () => {
    const values = ['.5', '5.', '1.5e2', '+3', '007', '0', '123.456789012345', '99999.9999999999', '1234567.89012345678', '3.14159265358979323', '140737488355327'];
    const rows = values.map((value, i) => `${1777708108 + i}.250 GPU 0 ${value} 1000 ${['[N/A]', '42x', '\u00e9'][i % 3]}\n`).join('');
    const { power } = await read(HEADER + rows);
    expect(power.map((r) => r.powerW)).toEqual(values.map(Number));
    expect(power.map((r) => r.timeMs)).toEqual(values.map((_, i) => (1777708108 + i) * 1000 + 250));
  });

  it('reads epoch prefixes in s, ms and with nanoseconds', async () => {
    const rows = '1777708108 GPU 0 1 1 40\n1777708109500 GPU 0 2 2 40\n1777708110.123456789 GPU 0 3 3 40\n';
    const { power } = await read(HEADER + rows);
    expect(power.map((r) => r.timeMs)).toEqual([1777708108000, 1777708109500, 1777708110123]);
  });

  it('reads ISO prefixes: with an offset, with Z, date and time apart, and without a zone in the run time zone', async () => {
    const text =
      '2026-05-02T10:00:00.000+0200 #Entity POWER\n' +
      '2026-05-02T10:00:00.004+0200 GPU 0 1\n' +
      '2026-05-02T08:00:01.000Z GPU 0 2\n' +
      '2026-05-02 08:00:02,5Z GPU 0 3\n' +
      '2026-05-02T04:00:03 GPU 0 4\n';
    const { power } = await read(text, { timeZone: 'America/New_York' });
    expect(power.map((r) => r.timeMs)).toEqual([Date.UTC(2026, 4, 2, 8, 0, 0, 4), Date.UTC(2026, 4, 2, 8, 0, 1), Date.UTC(2026, 4, 2, 8, 0, 2, 500), Date.UTC(2026, 4, 2, 8, 0, 3)]);
  });

  it('reads a log through the night clocks go back, with zone-less times, as the hour twice over', async () => {
    // Europe/Paris, 2025-10-26: 03:00 CEST goes back to 02:00 CET, so 02:30 happens twice (`ts '%Y-%m-%d %H:%M:%S'`).
    const times = ['02:00:00', '02:30:00', '02:59:00', '02:00:00', '02:30:00'];
    const text = '2025-10-26 01:59:59 #Entity POWER\n' + times.map((t) => `2025-10-26 ${t} GPU 0 100\n`).join('');
    const { power } = await read(text, { timeZone: 'Europe/Paris' });
    expect(power.map((r) => r.timeMs)).toEqual([0, 30, 59, 60, 90].map((minutes) => Date.UTC(2025, 9, 26, 0, minutes)));
  });

  it('follows a new header with other columns, and says so', async () => {
    const text = HEADER + '1777708108.000 GPU 0 100 1000 40\n' + '1777708109.000 #Entity TMPTR TOTEC\n' + '1777708109.000 GPU 0 41 2000\n' + '1777708110.000 GPU 1 42 3000\n';
    const { power, counters, infos } = await read(text);
    expect(power.map((r) => r.powerW)).toEqual([100]);
    expect(counters.map((r) => [r.device.id, r.counterJ])).toEqual([
      ['gpu0', 1],
      ['gpu0', 2],
      ['gpu1', 3],
    ]);
    expect(infos.join('\n')).toMatch(/dmon\.log:4: a new #Entity header; columns are now TMPTR TOTEC/);
  });

  it('passes counter resets and gaps on as they are, for the energy stage to judge', async () => {
    const rows = '1777708108.000 GPU 0 100 5000\n1777708109.000 GPU 0 100 6000\n1777708110.000 GPU 0 100 10\n1777708210.000 GPU 0 100 1010\n';
    const { counters, power } = await read(HEADER.replace(' TMPTR', '').replace(' C\n', '\n') + rows);
    expect(counters.map((r) => [r.timeMs, r.counterJ])).toEqual([
      [1777708108000, 5],
      [1777708109000, 6],
      [1777708110000, 0.01],
      [1777708210000, 1.01],
    ]);
    expect(power).toHaveLength(4);
  });

  it('qualifies device ids with the host option', async () => {
    const { power } = await read(HEADER + '1777708108.000 GPU 3 100 1000 40\n', { options: { host: 'node-b' } });
    expect(power[0]!.device).toEqual({ id: 'node-b:gpu3', vendor: 'nvidia', host: 'node-b', index: 3 });
  });
});

describe('dcgmi dmon rows dropped with a warning', () => {
  it('drops N/A, DCGM blanks and MIG and link entities, each reason once with its first line', async () => {
    const rows =
      '1777708108.000 GPU 0 N/A 1000 40\n' +
      '1777708109.000 GPU 0 100 9223372036854775794 40\n' +
      '1777708110.000 GPU 0 140737488355328 2000 40\n' +
      '1777708111.000 GPU-CI 1 100 2000 40\n' +
      '1777708112.000 LINK 0 100 2000 40\n' +
      '1777708113.000 GPU 0 101 3000 40\n';
    const { power, counters, warnings } = await read(HEADER + rows);
    expect(power.map((r) => r.powerW)).toEqual([100, 101]);
    expect(counters.map((r) => r.counterJ)).toEqual([1, 2, 3]);
    expect(warnings).toHaveLength(5);
    expect(warnings[0]).toMatch(/dropped 1 row: POWER is N\/A \(first at line 3\)/);
    expect(warnings[1]).toMatch(/dropped 1 row: TOTEC holds a DCGM blank value \(first at line 4\)/);
    expect(warnings[2]).toMatch(/dropped 1 row: POWER holds a DCGM blank value \(first at line 5\)/);
    expect(warnings[3]).toMatch(/dropped 1 row: GPU-CI entities .*line 6/);
    expect(warnings[4]).toMatch(/dropped 1 row: LINK entities .*line 7/);
  });

  it('drops a last line cut short, and reads a whole last line without a newline', async () => {
    const cut = await read(HEADER + '1777708108.000 GPU 0 100 1000 40\n1777708109.000 GPU 0 10');
    expect(cut.power).toHaveLength(1);
    expect(cut.warnings.join('\n')).toMatch(/dropped 1 row: the last line is cut short.*line 4/);
    const whole = await read(HEADER + '1777708108.000 GPU 0 100 1000 40\n1777708109.000 GPU 0 101 2000 41');
    expect(whole.power.map((r) => r.powerW)).toEqual([100, 101]);
    expect(whole.warnings).toEqual([]);
  });
});

describe('dcgmi dmon lines refused', () => {
  it('refuses a row before any header', async () => {
    await expectInputError(refused('1777708108.000 GPU 0 100 1000\n1777708108.000 #Entity POWER TOTEC\n'), { message: 'a data row comes before the `#Entity` header', line: 1, hint: true });
  });

  it('refuses a row without a time, or whose prefix is too short to be an epoch', async () => {
    await expectInputError(refused(HEADER + 'GPU 0 100 1000 40\n'), { message: 'carries no time', line: 3, hint: /date \+%s\.%3N/ });
    await expectInputError(refused(HEADER + '17777081 GPU 0 100 1000 40\n'), { message: 'carries no time', line: 3 });
  });

  it('refuses a row whose values do not match its header, naming the header line', async () => {
    const text = HEADER + '1777708108.000 GPU 0 100 1000 40\n' + '1777708109.000 #Entity POWER TOTEC\n' + '1777708110.000 GPU 0 100 1000 40\n' + '1777708111.000 GPU 0 100 1000\n';
    await expectInputError(refused(text), { message: 'the row has 3 values but the header at line 4 names 2', line: 5, hint: /truncated or two logs/ });
    await expectInputError(refused(HEADER + '1777708108.000 GPU\n'), { message: 'the row has -1 values', line: 3 });
  });

  it('refuses a GPU id, a read value or a date that is not one', async () => {
    await expectInputError(refused(HEADER + '1777708108.000 GPU x 100 1000 40\n'), { message: 'GPU id "x" is not a number', line: 3 });
    await expectInputError(refused(HEADER + '1777708108.000 GPU 0 61W 1000 40\n'), { message: 'POWER "61W" is not a number', line: 3, hint: /corrupted/ });
    await expectInputError(refused(HEADER + '1777708108.000 GPU 0 61 0x10 40\n'), { message: 'TOTEC "0x10" is not a number', line: 3 });
    await expectInputError(refused('2026-13-02T10:00:00.004 #Entity POWER\n2026-13-02T10:00:00.004 GPU 0 61\n'), { message: '"2026-13-02T10:00:00.004" is not a date and time', line: 2 });
  });

  it('refuses a header without POWER or TOTEC, and a log without rows', async () => {
    await expectInputError(refused('1777708107.135 #Entity TMPTR SMCLK\n'), { message: 'neither POWER (field 155) nor TOTEC (field 156) (columns: TMPTR SMCLK)', line: 1, hint: /-e 155,156/ });
    await expectInputError(refused(HEADER), { message: 'no dcgmi dmon rows found', hint: true });
  });
});
