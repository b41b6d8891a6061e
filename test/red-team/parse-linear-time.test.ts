// Red team, parsing: hostile field lengths must cost linear time. Each call gets a 1 MB field and must
// return the right answer within a few seconds; before the fix, ambiguous regular expressions (adjacent
// quantifiers over the same characters) took quadratic time: hours for a field of this size.
import { describe, expect, it } from 'vitest';
import { findColumn, parseDateTime, parseNumber, parseNumberBytes, parsePrometheusLine, splitUnitSuffix } from 'carbon-ci';
import { expectInputError, runPlugin, textSource } from 'carbon-ci/testing';
import carbontracker from '../../plugins/carbontracker/index.js';
import dcgm from '../../plugins/dcgm/index.js';
import mlflow from '../../plugins/mlflow/index.js';
import nvidiaSmi from '../../plugins/nvidia-smi/index.js';
import rocmSmi from '../../plugins/rocm-smi/index.js';
import nvidiaSmiTable, { EXAMPLE as TABLE_EXAMPLE } from '../../plugins/nvidia-smi-table/index.js';
import powermetrics from '../../plugins/powermetrics/index.js';
import tegrastats, { EXAMPLE as TEGRA_EXAMPLE } from '../../plugins/tegrastats/index.js';
import xpuSmi from '../../plugins/xpu-smi/index.js';

const MB = 1 << 20;
const DIGITS = '1'.repeat(MB);
const SPACES = ' '.repeat(MB);
/** A few seconds: linear parsing of 1 MB takes milliseconds. */
const QUICK_MS = 5_000;

/**
 * Lets an expired test timeout fire: a slow synchronous call does not yield, so without this its test
 * would pass once the call returned, however late.
 */
const turn = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SDK parsers on a 1 MB field', () => {
  it('parseNumber: a number field longer than 64 characters is no number (nor a date-time)', async () => {
    expect(parseNumber(`${DIGITS}x`)).toBeNaN();
    expect(parseNumber(`${DIGITS}x`, { units: { W: 1 } })).toBeNaN();
    expect(parseNumber(`${DIGITS} W`, { units: { W: 1 } })).toBeNaN();
    expect(parseNumber(`n/a ${SPACES}`)).toBeNull();
    expect(parseNumber(' 62.87 W ', { units: { W: 1, kW: 1000 } })).toBe(62.87);
    expect(parseNumber('1.5e3')).toBe(1500);
    expect(parseDateTime(`2024-01-01 10:00:00${SPACES}x`)).toBeUndefined();
    expect(parseDateTime('2024-05-31T10:39:13.123456789+02:00')).toEqual({ wallMs: Date.UTC(2024, 4, 31, 10, 39, 13, 123), offsetMs: 7_200_000 });
    await turn();
  }, QUICK_MS);

  it('parseNumberBytes: the exact (slow) path refuses a field longer than 64 bytes', async () => {
    for (const text of [`${DIGITS}e5!`, `${DIGITS} W`, `${DIGITS}`]) {
      expect(parseNumberBytes(Buffer.from(text), 0, text.length), text.slice(-4)).toBeNaN();
    }
    const ok = Buffer.from(' 1234567890.1234567 W');
    expect(parseNumberBytes(ok, 0, ok.length)).toBe(1234567890.1234567);
    await turn();
  }, QUICK_MS);

  it('parsePrometheusLine: a value or timestamp of 1 MB is an InputError, quoted short', async () => {
    expect(() => parsePrometheusLine(`m ${DIGITS}x`)).toThrow(/value "1{60}…" is not a number/);
    expect(() => parsePrometheusLine(`m 1 ${DIGITS}x`)).toThrow(/timestamp "1{60}…" is not a number/);
    expect(parsePrometheusLine('m{a="b"} 2.5 1700000000000')).toMatchObject({ value: 2.5, timeMs: 1700000000000 });
    await turn();
  }, QUICK_MS);

  it('splitUnitSuffix and findColumn: a header name of 1 MB of blanks', async () => {
    expect(splitUnitSuffix(`a${SPACES}b`)).toEqual({ name: `a${SPACES}b` });
    expect(splitUnitSuffix(`power${SPACES}[W]`)).toEqual({ name: 'power', unit: 'W' });
    expect(splitUnitSuffix(`a${SPACES}(W`)).toEqual({ name: `a${SPACES}(W` });
    expect(findColumn(['time', `power${SPACES}x`], 'power')).toBeUndefined();
    // What the regular expression did, kept: the first `[` after any earlier `]`, the last `(`.
    expect(splitUnitSuffix('a [b] c [W]')).toEqual({ name: 'a [b] c', unit: 'W' });
    expect(splitUnitSuffix('a [b [W]')).toEqual({ name: 'a', unit: 'b [W' });
    expect(splitUnitSuffix('Power (avg) (W)')).toEqual({ name: 'Power (avg)', unit: 'W' });
    expect(splitUnitSuffix('[W]')).toEqual({ name: '[W]' });
    await turn();
  }, QUICK_MS);

});

describe('plugins on a 1 MB field', () => {
  it('nvidia-smi: a header field of 1 MB of blanks makes no header', async () => {
    const text = `timestamp, index, power.draw${SPACES}x [W]\n2024/01/01 00:00:00.000, 0, 100 W\n`;
    await expectInputError(runPlugin(nvidiaSmi, textSource(text, 'power.csv')), { file: 'power.csv', line: 1, message: /no header/ });
  }, QUICK_MS);

  it('nvidia-smi: a power field of 1 MB of digits is a malformed line, quoted short', async () => {
    const row = (power: string, s: number) => `2024/01/01 00:00:0${s}.000, 0, ${power}\n`;
    const text = `timestamp, index, power.draw [W]\n${row(`${DIGITS}e5!`, 0)}${row(`${DIGITS} W`, 1)}${row('100.00 W', 2)}${row('101.00 W', 3)}${row('102.00 W', 4)}`;
    const { records, warnings } = await runPlugin(nvidiaSmi, textSource(text, 'power.csv'));
    expect(records.map((r) => (r.type === 'power' ? r.powerW : NaN))).toEqual([100, 101, 102]);
    expect(warnings).toHaveLength(2);
    for (const warning of warnings) expect(warning.length).toBeLessThan(400);
  }, QUICK_MS);

  it('rocm-smi: a power field of 1 MB is refused, quoted short', async () => {
    const text = `timestamp,gpu,socket_power\n1700000000,0,${DIGITS}x\n`;
    const error = await expectInputError(runPlugin(rocmSmi, textSource(text, 'amd.csv')), { file: 'amd.csv', line: 2, message: /power "1{60}…" is not a number/ });
    expect(error.message.length).toBeLessThan(300);
  }, QUICK_MS);

  it('dcgm: a dcgmi dmon value and an exporter timestamp of 1 MB are refused at once', async () => {
    await expectInputError(runPlugin(dcgm, textSource(`1777708107.135 #Entity POWER TOTEC\n1777708108.000 GPU 0 ${DIGITS}x 2000\n`, 'dmon.log')), {
      line: 2,
      message: /POWER .* is not a number/,
    });
    const prom = `DCGM_FI_DEV_POWER_USAGE{gpu="0"} 100 1700000000000\nDCGM_FI_DEV_POWER_USAGE{gpu="0"} 100 ${DIGITS}x\n`;
    await expectInputError(runPlugin(dcgm, textSource(prom, 'dcgm.prom')), { line: 2, message: /timestamp "1{60}…" is not a number/ });
  }, QUICK_MS);

  it('dcgm: detect on a head of 64 KiB of blank lines (it runs on every file)', async () => {
    expect(dcgm.detect({ path: 'x.log', head: '\n'.repeat(64 * 1024) })).toBe(0);
    expect(dcgm.detect({ path: 'x.log', head: ' \r\n'.repeat(21 * 1024) })).toBe(0);
    expect(dcgm.detect({ path: 'x.log', head: `${'\n'.repeat(1000)}1777708107.135 #Entity POWER\n` })).toBe(0.9);
    await turn();
  }, QUICK_MS);

  it('mlflow: a metric value of 1 MB is a dropped line', async () => {
    const text = `1700000000000 ${DIGITS}x 0\n1700000001000 100 1\n`;
    const { records, warnings } = await runPlugin(mlflow, textSource(text, 'mlruns/0/r1/metrics/system/gpu_0_power_usage_watts'));
    expect(records).toHaveLength(1);
    expect(warnings).toEqual([expect.stringMatching(/dropped 1 line/)]);
  }, QUICK_MS);

  it('carbontracker: a components line and a power list of 1 MB', async () => {
    const log = (components: string, power: string) =>
      `2025-11-18 15:54:20 - The following components were found: ${components}\n` +
      '2025-11-18 15:54:28 - Epoch 1:\n2025-11-18 15:54:28 - Duration: 0:01:00.00\n' +
      `2025-11-18 15:54:28 - Average power usage (W) for gpu: ${power}\n` +
      '2025-11-18 15:54:28 - Average power usage (W) for cpu: 20.0\n';
    const long = await runPlugin(carbontracker, textSource(log(`${'a'.repeat(MB)} CPU with device(s) cpu:0.`, `[${DIGITS}x]`), 'x_carbontracker.log'));
    expect(long.records.map((r) => [r.device.id, r.device.model])).toEqual([['cpu', 'cpu:0']]);
    expect(long.warnings.join('\n')).toMatch(/1 "Average power usage" line\(s\) could not be read/);
    const named = await runPlugin(carbontracker, textSource(log('GPU with device(s) NVIDIA A100-SXM4-40GB, NVIDIA A100-SXM4-40GB. CPU with device(s) cpu:0.', '[100 200]'), 'x_carbontracker.log'));
    expect(named.records.map((r) => r.device.model)).toEqual(['NVIDIA A100-SXM4-40GB', 'NVIDIA A100-SXM4-40GB', 'cpu:0']);
    expect(carbontracker.detect({ path: 'x.log', head: 'CarbonTracker: '.repeat(4000) })).toBe(0);
  }, QUICK_MS);

  it('nvidia-smi-table, tegrastats, powermetrics, xpu-smi: a line or a head of 1 MB', async () => {
    const hostile = `|   0  ${'x'.repeat(MB)}  On  |\n| N/A ${'/'.repeat(MB)} |\n`;
    const twoTables = `${TABLE_EXAMPLE}\n${hostile}${TABLE_EXAMPLE.replace('14:02:11', '14:02:12')}\n`;
    const table = await runPlugin(nvidiaSmiTable, textSource(twoTables, 't.log'), { timeZone: 'UTC' });
    expect(table.records.map((r) => r.type)).toEqual(['power', 'power']);
    expect(nvidiaSmiTable.detect({ path: 't.log', head: `Pwr:Usage/Cap ${'Mon '.repeat(16_000)}` })).toBe(0.7);
    const tegra = await runPlugin(tegrastats, textSource(`${TEGRA_EXAMPLE}\nRAM 1/2MB ${'VDD_IN '.repeat(MB / 8)}1/1\n`, 'g.log'), { timeZone: 'UTC' });
    expect(tegra.records).toHaveLength(1);
    expect(tegrastats.detect({ path: 'g.log', head: `RAM 1/2MB ${' '.repeat(MB)}` })).toBe(0);
    const pm = `*** Sampled system activity (Tue Mar  5 14:02:11 2024 +0100) (1000.00ms elapsed) ***\nCPU Power: ${DIGITS} mW\nGPU Power: 1 W\n`;
    expect((await runPlugin(powermetrics, textSource(pm, 'p.txt'))).records).toHaveLength(1);
    const xpu = `Timestamp, DeviceId, GPU Power (W)\n06:14:46.000, 0, 1.5\n06:14:47.000${DIGITS}, 0, 2\n`;
    await expectInputError(runPlugin(xpuSmi, textSource(xpu, 'x.csv'), { options: { date: '2025-03-05' } }), { line: 3 });
    await turn();
  }, QUICK_MS);
});
