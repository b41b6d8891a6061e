// DCGM exporter scrapes and Prometheus dumps written inline: every kind of sample line the reader
// meets, and every kind it refuses.
import { describe, expect, it } from 'vitest';
import type { EnergyCounterRecord, PowerRecord } from 'carbon-ci';
import { expectInputError, runPlugin, textSource } from 'carbon-ci/testing';
import plugin from './index.js';

const POWER = 'DCGM_FI_DEV_POWER_USAGE';
const ENERGY = 'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION';
const GPU0 = '{gpu="0",UUID="GPU-aaaa",device="nvidia0",modelName="NVIDIA A100-SXM4-80GB",Hostname="dgx-1"}';
const GPU1 = '{gpu="1",UUID="GPU-bbbb",device="nvidia1",modelName="NVIDIA A100-SXM4-80GB",Hostname="dgx-1"}';
const T0 = 1747029630000;

async function read(text: string | Buffer, options: Record<string, unknown> = {}) {
  const { records, warnings, infos } = await runPlugin(plugin, textSource(text, 'dcgm.prom'), { options, timeZone: 'UTC' });
  const power = records.filter((r): r is PowerRecord => r.type === 'power');
  const counters = records.filter((r): r is EnergyCounterRecord => r.type === 'energy-counter');
  return { power, counters, warnings, infos };
}

const refused = (text: string) => runPlugin(plugin, textSource(text, 'dcgm.prom'), { timeZone: 'UTC' });

describe('DCGM exporter sample lines', () => {
  it('reads the same label set line after line, in any spelling of the value and time', async () => {
    const values = ['61.3', '.5', '5.', '1.5E+02', '007', '0', '-0'];
    const text = values.map((value, i) => `${POWER}${GPU0}${['', ' ', '  ', '\t'][i % 4]}${value}${i % 2 ? '\t' : ' '}${T0 + i * 30000}\n`).join('');
    const { power } = await read(text);
    expect(power.map((r) => r.powerW)).toEqual(values.map(Number));
    expect(power.map((r) => r.timeMs)).toEqual(values.map((_, i) => T0 + i * 30000));
  });

  it('reads timestamps in ms, s and fractional s', async () => {
    const text = `${POWER}${GPU0} 1 ${T0}\n${POWER}${GPU0} 2 ${T0 / 1000 + 30}\n${POWER}${GPU0} 3 ${T0 / 1000 + 60}.5\n`;
    const { power } = await read(text);
    expect(power.map((r) => r.timeMs)).toEqual([T0, T0 + 30000, T0 + 60500]);
  });

  it('reads label sets in any order and spacing, a trailing comma, lower-case labels, the name in braces and exemplars', async () => {
    const text = [
      `# HELP ${POWER} Power draw (in W).`,
      `   # TYPE ${POWER} gauge`,
      `${POWER}{Hostname="dgx-1", UUID="GPU-aaaa", gpu="0",} 100 ${T0}`,
      `{__name__="${POWER}",gpu="1",hostname="dgx-1",uuid="GPU-bbbb"} 200 ${T0}`,
      `${ENERGY}${GPU0} 5000 ${T0} # {trace_id="4bf92f"} 1.0`,
      `${ENERGY}${GPU0} 6000 ${T0 + 30000} # {trace_id="4bf930"} 1.0`,
      '# EOF',
    ].join('\n');
    const { power, counters } = await read(text);
    expect(power.map((r) => [r.device.id, r.device.host, r.powerW])).toEqual([
      ['GPU-aaaa', 'dgx-1', 100],
      ['GPU-bbbb', 'dgx-1', 200],
    ]);
    expect(counters.map((r) => r.counterJ)).toEqual([5, 6]);
    expect(new Set([...power, ...counters].filter((r) => r.device.id === 'GPU-aaaa').map((r) => r.device)).size).toBe(1);
  });

  it('names a GPU without a UUID by host and index, or by the host option', async () => {
    const line = `${POWER}{gpu="2",Hostname="dgx-1"} 100 ${T0}\n${POWER}{gpu="3"} 100 ${T0}\n`;
    const { power } = await read(line, { host: 'node-b' });
    expect(power.map((r) => r.device)).toEqual([
      { id: 'dgx-1:gpu2', vendor: 'nvidia', host: 'dgx-1', index: 2 },
      { id: 'node-b:gpu3', vendor: 'nvidia', host: 'node-b', index: 3 },
    ]);
  });

  it('ignores other metrics, those whose names start like ours, and those whose labels name ours', async () => {
    const text = [
      `DCGM_FI_DEV_SM_CLOCK${GPU0} 1410 ${T0}`,
      `${POWER}_INSTANT${GPU0} 500 ${T0}`,
      `DCGM_FI_DEV_GPU_TEMP{gpu="0",note="${POWER}"} 40 ${T0}`,
      `DCGM_FI_DEV_GPU_TEMP{gpu="0",note="${POWER}"} 41 ${T0 + 30000}`,
      `${POWER}${GPU0} 100 ${T0}`,
      'DCGM_FI_DEV_SM_CLOCK{broken 1 2',
    ].join('\n');
    const { power, counters } = await read(text);
    expect(power.map((r) => r.powerW)).toEqual([100]);
    expect(counters).toEqual([]);
  });

  it('passes counter resets and gaps on as they are, for the energy stage to judge', async () => {
    const times = [T0, T0 + 30000, T0 + 60000, T0 + 3600000];
    const text = [9000000, 9500000, 1000, 31000].map((mJ, i) => `${ENERGY}${GPU0} ${mJ} ${times[i]}\n`).join('');
    const { counters } = await read(text);
    expect(counters.map((r) => [r.timeMs, r.counterJ])).toEqual([
      [times[0], 9000],
      [times[1], 9500],
      [times[2], 1],
      [times[3], 31],
    ]);
  });

  it('reads CRLF lines and a byte-order mark', async () => {
    const { power } = await read(`\ufeff${POWER}${GPU0} 100 ${T0}\r\n${POWER}${GPU0} 101 ${T0 + 30000}\r\n`);
    expect(power.map((r) => r.powerW)).toEqual([100, 101]);
  });
});

describe('DCGM exporter samples dropped or merged', () => {
  it('drops NaN, infinities and DCGM blanks, each reason once with its first line, also for a label set seen before', async () => {
    const values = ['100', 'NaN', '+Inf', '-Inf', '1e400', '9223372036854775794', '140737488355328', '101'];
    const text = values.map((value, i) => `${POWER}${GPU0} ${value} ${T0 + i * 30000}\n`).join('');
    const { power, warnings } = await read(text);
    expect(power.map((r) => r.powerW)).toEqual([100, 101]);
    expect(warnings).toHaveLength(4);
    expect(warnings[0]).toMatch(/dropped 1 row: DCGM_FI_DEV_POWER_USAGE is NaN \(no reading, or a Prometheus staleness marker\) \(first at line 2\)/);
    expect(warnings[1]).toMatch(/dropped 2 rows: DCGM_FI_DEV_POWER_USAGE is Infinity .*line 3/);
    expect(warnings[2]).toMatch(/dropped 1 row: DCGM_FI_DEV_POWER_USAGE is -Infinity .*line 4/);
    expect(warnings[3]).toMatch(/dropped 2 rows: DCGM_FI_DEV_POWER_USAGE holds a DCGM blank value .*line 6/);
  });

  it('counts a sample repeated under another label set at the same instant once', async () => {
    const pod = GPU0.replace('}', ',pod="trainer"}');
    const text = `${POWER}${GPU0} 100 ${T0}\n${POWER}${pod} 100 ${T0}\n${POWER}${GPU0} 101 ${T0 + 30000}\n${POWER}${pod} 101 ${T0 + 30000}\n`;
    const { power, infos } = await read(text);
    expect(power.map((r) => r.powerW)).toEqual([100, 101]);
    expect(infos.join('\n')).toMatch(/2 samples repeated a GPU already seen at the same instant/);
  });

  it('sorts a GPU whose samples go back in time under a second label set, and leaves the others in file order', async () => {
    const pod = GPU0.replace('}', ',pod="trainer"}');
    const text = [
      `${POWER}${pod} 300 ${T0 + 60000}`,
      `${POWER}${pod} 310 ${T0 + 90000}`,
      `${POWER}${GPU0} 100 ${T0}`,
      `${POWER}${GPU0} 110 ${T0 + 30000}`,
      `${POWER}${GPU0} 120 ${T0 + 120000}`,
      `${POWER}${GPU1} 200 ${T0}`,
      `${POWER}${GPU1} 210 ${T0 + 30000}`,
    ].join('\n');
    const { power, infos } = await read(text);
    expect(power.filter((r) => r.device.id === 'GPU-aaaa').map((r) => r.powerW)).toEqual([100, 110, 300, 310, 120]);
    expect(power.filter((r) => r.device.id === 'GPU-bbbb').map((r) => r.powerW)).toEqual([200, 210]);
    expect(infos.join('\n')).toMatch(/the samples of GPU-aaaa came in several label sets out of time order; they were sorted/);
  });

  it('drops a last line cut short, and reads a whole last line without a newline', async () => {
    const cut = await read(`${POWER}${GPU0} 100 ${T0}\n${POWER}{gpu="0",UUID="GPU-a`);
    expect(cut.power).toHaveLength(1);
    expect(cut.warnings.join('\n')).toMatch(/dropped 1 row: the last line is cut short \(the file was being written\) \(first at line 2\)/);
    const whole = await read(`${POWER}${GPU0} 100 ${T0}\n${POWER}${GPU0} 101 ${T0 + 30000}`);
    expect(whole.power.map((r) => r.powerW)).toEqual([100, 101]);
    expect(whole.warnings).toEqual([]);
  });
});

describe('DCGM exporter sample lines refused', () => {
  const known = `${POWER}${GPU0} 100 ${T0}\n`;

  it('refuses a sample without a timestamp, also under a label set seen before', async () => {
    await expectInputError(refused(`${known}${POWER}${GPU0} 101\n`), { message: 'the DCGM_FI_DEV_POWER_USAGE sample has no timestamp', line: 2, hint: /date \+%s%3N/ });
  });

  it('refuses a value or timestamp that is not a number, and a third field', async () => {
    for (const tail of ['0x10 1747029630039', '61W 1747029630039', '61.3 1e999', '61.3 17470296x', '61.3 1747029630039 12']) {
      await expectInputError(refused(`${known}${POWER}${GPU0} ${tail}\n${known}`), { message: 'not a Prometheus/OpenMetrics sample line', line: 2, hint: /truncated/ });
    }
  });

  it('refuses a broken label set and a sample that names no GPU', async () => {
    await expectInputError(refused(`${known}${POWER}{gpu="0",UUID="GPU-aaaa" 100 ${T0}\n`), { message: 'not a Prometheus/OpenMetrics sample line', line: 2 });
    await expectInputError(refused(`${known}${POWER}{pod="x"} 100 ${T0}\n`), { message: 'names no GPU', line: 2, hint: /relabelling/ });
  });

  it('refuses a file without power or energy samples', async () => {
    await expectInputError(refused(`# HELP ${POWER} Power draw (in W).\nDCGM_FI_DEV_SM_CLOCK${GPU0} 1410 ${T0}\n`), { message: `no ${POWER} or ${ENERGY} samples found`, hint: true });
  });
});
