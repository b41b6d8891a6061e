import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createContext, expectInputError, expectRecords, runPlugin, textSource } from 'carbon-ci/testing';
import { DEFAULT_MAX_POWER_W, NODE_MAX_POWER_W } from '../../src/energy/options.js';
import { runReport } from '../../src/pipeline/index.js';
import plugin from './index.js';
import { DEVICE_CEILING_W, NODE_CEILING_W } from './units.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** Energy per device id (J) as carbon-ci reports it, from the file read by this plugin. */
async function energyOf(name: string, options: Record<string, string> = {}, timeZone = 'UTC'): Promise<Record<string, number>> {
  const report = await runReport({ inputs: [fixture(name)], plugin: 'csv', pluginOptions: { csv: options }, location: 'FR', timeZone });
  return Object.fromEntries(report.devices.map((d) => [d.id, d.energyJ]));
}

describe('csv plugin: power shapes', () => {
  it('timestamp,power_draw_W: 1 GPU × 100 W × 10 s = 1000 J', async () => {
    expect(await energyOf('power-draw-w.csv')).toEqual({ gpu0: 1000 });
  });

  it('wide time_ms,GPU0 (W),GPU1 (W): 2 GPUs × 100 W × 10 s = 2000 J through runReport', async () => {
    const energy = await energyOf('wide-epoch-ms.csv');
    expect(energy).toEqual({ gpu0: 1000, gpu1: 1000 });
    expect(energy.gpu0! + energy.gpu1!).toBe(2000);
  });

  it('ts,gpu_id,watts with epoch seconds: 100 W and 150 W × 10 s', async () => {
    const { records } = await runPlugin(plugin, fixture('ts-gpu-id-watts.csv'));
    expectRecords(records.slice(0, 2), [
      { type: 'power', device: 'gpu0', timeMs: Date.parse('2025-03-04T10:00:00.250Z'), powerW: 100 },
      { type: 'power', device: 'gpu1', timeMs: Date.parse('2025-03-04T10:00:00.250Z'), powerW: 150 },
    ]);
    expect(records[2]!.device).toBe(records[0]!.device);
    expect(await energyOf('ts-gpu-id-watts.csv')).toEqual({ gpu0: 1000, gpu1: 1500 });
  });

  it('timestamp,gpu,power.draw with unit=W: YYYY/MM/DD local times read in the zone, 250 W and 150 W × 10.01 s', async () => {
    const context = createContext({ timeZone: 'Europe/Paris', options: { power: 'power.draw', unit: 'W' }, plugin });
    const { records } = await runPlugin(plugin, fixture('options/timestamp-gpu-power-draw.csv'), { timeZone: 'Europe/Paris', options: { power: 'power.draw', unit: 'W' } });
    expect(records[0]).toMatchObject({ timeMs: Date.parse('2025-03-04T10:00:00.123Z'), powerW: 250 });
    expect(context.usedLocalTimeZone).toBe(false);
    const energy = await energyOf('options/timestamp-gpu-power-draw.csv', { power: 'power.draw', unit: 'W' }, 'Europe/Paris');
    expect(energy.gpu0).toBeCloseTo(250 * 10.01, 6);
    expect(energy.gpu1).toBeCloseTo(150 * 10.01, 6);
  });

  it('time,GPU0,GPU1 read as one device per column once the unit is stated', async () => {
    expect(await energyOf('options/time-gpu0-gpu1.csv', { power: 'GPU0,GPU1', unit: 'W' })).toEqual({ gpu0: 1000, gpu1: 1000 });
  });

  it("pandas' unnamed index column and GPU 0..GPU 7: (100 + … + 170) W × 10 s = 10800 J", async () => {
    const power = Array.from({ length: 8 }, (_, g) => `GPU ${g}`).join(',');
    const energy = await energyOf('options/pandas-8gpu.csv', { power, unit: 'W' });
    expect(Object.keys(energy)).toEqual(['gpu0', 'gpu1', 'gpu2', 'gpu3', 'gpu4', 'gpu5', 'gpu6', 'gpu7']);
    expect(energy.gpu7).toBe(1700);
    expect(Object.values(energy).reduce((a, b) => a + b, 0)).toBe(10800);
  });

  it('Date,Time,Power Used: date and time of day in two columns, in the stated zone', async () => {
    const options = { power: 'Power Used', unit: 'W', timeZone: 'America/New_York' };
    const run = await runPlugin(plugin, fixture('options/date-time-power-used.csv'), { options });
    expect(run.records[0]).toMatchObject({ timeMs: Date.parse('2025-03-04T15:00:00Z'), powerW: 200.5 });
    expect(await energyOf('options/date-time-power-used.csv', options)).toEqual({ gpu0: 2005 });
  });

  it('GPUId,TimeStampUs,Watts: epoch µs named in the header; 200 W + 300 W over 10 s', async () => {
    expect(await energyOf('gpuid-timestampus-watts.csv')).toEqual({ gpu0: 2000, gpu1: 3000 });
  });

  it('GPUId,TimeStampUs,Field,Values: the power_usage rows among other fields', async () => {
    const { records } = await runPlugin(plugin, fixture('dcgm-long-fields.csv'));
    expect(records).toHaveLength(22);
    expect(await energyOf('dcgm-long-fields.csv')).toEqual({ gpu0: 1200, gpu1: 1200 });
  });

  it('Timestamp (ns),Power Draw (W) and timestamp;gpu;power_mW (semicolons, ms epoch, mW)', async () => {
    expect(await energyOf('timestamp-ns-power.csv')).toEqual({ gpu0: 755 });
    expect(await energyOf('semicolon-mw.csv')).toEqual({ gpu0: 800 });
  });

  it('a node log with a total column: the parts, never the total again; or the total alone when named', async () => {
    const run = await runPlugin(plugin, fixture('nodes-total.csv'));
    expect(run.infos).toEqual([expect.stringMatching(/"total_watts" is the sum of "n1_watts", "n2_watts": the parts are read/)]);
    // 1500 W and 2500 W over 60 s.
    expect(await energyOf('nodes-total.csv')).toEqual({ 'n1:node': 90_000, 'n2:node': 150_000 });
    expect(await energyOf('nodes-total.csv', { power: 'total_watts' })).toEqual({ 'all:node': 240_000 });
  });
});

describe('csv plugin: energy shapes', () => {
  it('a cumulative J counter per GPU: 100 J/s and 200 J/s over 10 s', async () => {
    expect(await energyOf('energy-cumulative-j.csv')).toEqual({ gpu0: 1000, gpu1: 2000 });
  });

  it('Wh per interval: each row since the one before; the first row has no start and is not counted', async () => {
    const run = await runPlugin(plugin, fixture('energy-interval-wh.csv'));
    expect(run.infos).toEqual([expect.stringMatching(/1 such row\(s\) not counted/)]);
    // 5 intervals × 60 s × 250 W.
    expect((await energyOf('energy-interval-wh.csv')).gpu0).toBeCloseTo(5 * 4.166667 * 3600, 6);
  });

  it('cumulative kWh in one column per GPU: 0.9 kWh = 3.24 MJ each', async () => {
    const energy = await energyOf('energy-kwh-cumulative.csv');
    expect(energy.gpu0).toBeCloseTo(3.24e6, 3);
    expect(energy.gpu1).toBeCloseTo(3.24e6, 3);
  });
});

describe('csv plugin: what it refuses or drops', () => {
  it("drops at the energy stage's own ceilings, so that its warning is the one that names the unit", () => {
    expect([DEVICE_CEILING_W, NODE_CEILING_W]).toEqual([DEFAULT_MAX_POWER_W, NODE_MAX_POWER_W]);
  });

  it('drops W readings that are mW, naming the likely unit', async () => {
    const { records, warnings } = await runPlugin(plugin, fixture('bad/w-holds-mw.csv'));
    expect(records).toHaveLength(3);
    expect(warnings).toEqual([expect.stringMatching(/dropped 8 reading\(s\) of "power_W" whose power is above 3000 W, .*line 5: 65000 W\); the values look like mW, not W: .*unit=mW/)]);
  });

  it('drops a J counter that counts mJ (as NVML does), naming mJ', async () => {
    const { warnings } = await runPlugin(plugin, fixture('bad/j-holds-mj.csv'));
    expect(warnings).toEqual([expect.stringMatching(/"total_energy_J" whose power \(energy over time\) is above 3000 W, .*1250000 J, 250000 W\); the values look like mJ, not J/)]);
  });

  it('refuses a time it cannot read, with the file, the line and the format option', async () => {
    await expectInputError(runPlugin(plugin, fixture('bad/bad-time.csv')), { line: 4, message: /"yesterday" is not a time/, hint: /repair or delete it.*--plugin-option timeFormat=iso, epoch-s/ });
  });

  it('refuses a header without units, with the command line that reads the file', async () => {
    await expectInputError(runPlugin(plugin, fixture('options/time-gpu0-gpu1.csv')), {
      line: 1,
      message: /does not state the unit of the 2 columns "GPU0", "GPU1"/,
      hint: /carbon-ci report \S+time-gpu0-gpu1\.csv --plugin csv --plugin-option power=GPU0,GPU1 --plugin-option unit=W/,
    });
    await expectInputError(runPlugin(plugin, fixture('options/date-time-power-used.csv')), { hint: /--plugin-option 'power=Power Used' --plugin-option unit=W/ });
  });

  it('reads local times through the night clocks go back as the hour twice over', async () => {
    const times = ['01:30', '01:50', '01:10', '01:30'].map((t) => `2025-11-02 ${t}:00`);
    const text = `timestamp,power_W\n${times.map((t) => `${t},100`).join('\n')}\n`;
    const { records } = await runPlugin(plugin, textSource(text, 'dst.csv'), { timeZone: 'America/New_York' });
    // 01:30 and 01:50 EDT (-4), then 01:10 and 01:30 EST (-5): 40 minutes of log after the first reading.
    expect(records.map((r) => new Date((r as { timeMs: number }).timeMs).toISOString())).toEqual([
      '2025-11-02T05:30:00.000Z',
      '2025-11-02T05:50:00.000Z',
      '2025-11-02T06:10:00.000Z',
      '2025-11-02T06:30:00.000Z',
    ]);
  });

  it('refuses times of day without a date, and reads `date --iso-8601=ns` times written into a comma-separated row', async () => {
    await expectInputError(runPlugin(plugin, textSource('Time,power_W\n10:23:45.123,100\n10:23:46.123,100\n', 't.csv')), { line: 2, message: /the times \("10:23:45\.123"\) have no date/ });
    // `echo "$(date --iso-8601=ns),$line"`: the comma before the fraction splits the time in two fields.
    const { records } = await runPlugin(plugin, textSource('timestamp,power_W\n2025-03-04T12:00:00,123456789+02:00,1\n2025-03-04T12:00:01,123456789+02:00,1\n', 'ns.csv'));
    expect(records.map((r) => (r as { timeMs: number }).timeMs)).toEqual([Date.parse('2025-03-04T10:00:00.123Z'), Date.parse('2025-03-04T10:00:01.123Z')]);
  });

  it('refuses files without a power column, without timestamps, or with relative times only', async () => {
    await expectInputError(runPlugin(plugin, fixture('bad/no-power-column.csv')), { message: /time column but no power or energy column/ });
    await expectInputError(runPlugin(plugin, fixture('bad/no-timestamps.csv')), { message: /no timestamps/ });
    await expectInputError(runPlugin(plugin, fixture('bad/relative-time.csv')), { message: /"time_relative_ms" counts time from the start/ });
  });

  it('refuses a column the options name that the header lacks, and a row of the wrong width; drops a cut last line', async () => {
    await expectInputError(runPlugin(plugin, fixture('power-draw-w.csv'), { options: { power: 'watts', unit: 'W' } }), { message: /power column "watts" is not in the header/ });
    const text = 'timestamp,power_W\n2025-03-04T10:00:00Z,100\n2025-03-04T10:00:01Z,100\n2025-03-04T10:00:02Z,100,7\n';
    await expectInputError(runPlugin(plugin, textSource(text, 'wide.csv')), { file: 'wide.csv', line: 4, message: /3 fields but the header at line 1 names 2/ });
    const cut = await runPlugin(plugin, textSource('timestamp,power_W\n2025-03-04T10:00:00Z,100\n2025-03-04T10:00:01Z,100\n2025-03-04T10:00:0', 'cut.csv'));
    expect(cut.records).toHaveLength(2);
    expect(cut.warnings).toEqual([expect.stringMatching(/dropped 1 row: the last line is cut short/)]);
  });

  it('asks for the zone only for times without an offset, and takes the timeZone option over it', async () => {
    const zoned = createContext({ timeZone: 'Asia/Tokyo' });
    for await (const _ of plugin.read(textSource('timestamp,power_W\n2025-03-04T10:00:00Z,1\n2025-03-04T10:00:01Z,1\n', 'z.csv'), zoned)) void _;
    expect(zoned.usedLocalTimeZone).toBe(false);
    const local = await runPlugin(plugin, textSource('timestamp,power_W\n2025-03-04 10:00:00,1\n2025-03-04 10:00:01,1\n', 'l.csv'), { timeZone: 'Asia/Tokyo' });
    expect(local.records[0]).toMatchObject({ timeMs: Date.parse('2025-03-04T01:00:00Z') });
    const stated = await runPlugin(plugin, textSource('timestamp,power_W\n2025-03-04 10:00:00,1\n2025-03-04 10:00:01,1\n', 'l.csv'), { timeZone: 'Asia/Tokyo', options: { timeZone: 'UTC' } });
    expect(stated.records[0]).toMatchObject({ timeMs: Date.parse('2025-03-04T10:00:00Z') });
  });
});

describe('csv plugin: columns that are not what they seem', () => {
  it('never reads a width, a clock or a row counter as power, time or device', () => {
    const head = (header: string, row: (i: number) => string) => `${header}\n${Array.from({ length: 20 }, (_, i) => row(i)).join('\n')}\n`;
    expect(plugin.detect({ path: 'a.csv', head: head('timestamp,img_w,img_h', (i) => `2025-03-04T10:00:${String(i).padStart(2, '0')}Z,640,480`) })).toBe(0);
    expect(plugin.detect({ path: 'b.csv', head: head('timestamp,sm_clock,power_W', (i) => `2025-03-04T10:00:${String(i).padStart(2, '0')}Z,1410,200`) })).toBe(0.4);
  });

  it('reads a pandas `index` column that counts rows as no device', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => `${i},2025-03-04T10:00:${String(i).padStart(2, '0')}Z,100`);
    const { records } = await runPlugin(plugin, textSource(`index,timestamp,power_W\n${rows.join('\n')}\n`, 'i.csv'));
    expect(new Set(records.map((r) => r.device.id))).toEqual(new Set(['gpu0']));
  });

  it('refuses two columns that read as one device, and power and energy named together', async () => {
    const text = 'timestamp,power_W,gpu_power_W\n2025-03-04T10:00:00Z,1,1\n2025-03-04T10:00:01Z,1,1\n';
    await expectInputError(runPlugin(plugin, textSource(text, 'd.csv')), { line: 1, message: /"power_W" and "gpu_power_W" both read as device gpu0/, hint: /--plugin-option power=power_W/ });
    await expectInputError(runPlugin(plugin, textSource(text, 'd.csv'), { options: { power: 'power_W', energy: 'gpu_power_W', unit: 'W' } }), { message: /both power and energy columns are named/ });
  });
});

describe('csv plugin: options state what the header does not', () => {
  it('a time column named otherwise is found by its values, and the refusal names it', async () => {
    const text = 'when,power_W\n2025-03-04T10:00:00Z,100\n2025-03-04T10:00:10Z,100\n';
    await expectInputError(runPlugin(plugin, textSource(text, 'w.csv')), { message: /no column is named as a time/, hint: /--plugin csv --plugin-option time=when$/ });
    const { records } = await runPlugin(plugin, textSource(text, 'w.csv'), { options: { time: 'when' } });
    expect(records).toHaveLength(2);
  });

  it("a long table's energy field in mJ as DCGM counts it: 2 counters rising 150 J/s over 4 s", async () => {
    const rows = [0, 1, 2, 3, 4].flatMap((i) => [0, 1].map((g) => `${g},${(1741082400 + i) * 1e6},total_energy_consumption,${1e6 + i * 150_000}`));
    const { records } = await runPlugin(plugin, textSource(`GPUId,TimeStampUs,Field,Values\n${rows.join('\n')}\n`, 'e.csv'));
    expectRecords(records.slice(0, 1), [{ type: 'energy-counter', device: 'gpu0', timeMs: 1741082400000, counterJ: 1000 }]);
    expect(records.at(-1)).toMatchObject({ type: 'energy-counter', device: { id: 'gpu1' }, counterJ: 1600 });
  });

  it('a device column and host, model, component and the epoch unit stated as options', async () => {
    const text = 'stamp_value,which,reading\n1741082400,a,0.2\n1741082401,a,0.2\n1741082400,b,0.3\n1741082401,b,0.3\n';
    const options = { time: 'stamp_value', timeFormat: 'epoch-s', device: 'which', power: 'reading', unit: 'kW', host: 'rack7', component: 'node' };
    const { records } = await runPlugin(plugin, textSource(text, 'n.csv'), { options });
    expectRecords(records, [
      { type: 'power', device: 'rack7:a:node', timeMs: 1741082400000, powerW: 200 },
      { type: 'power', device: 'rack7:a:node', timeMs: 1741082401000, powerW: 200 },
      { type: 'power', device: 'rack7:b:node', timeMs: 1741082400000, powerW: 300 },
      { type: 'power', device: 'rack7:b:node', timeMs: 1741082401000, powerW: 300 },
    ]);
    await expectInputError(runPlugin(plugin, textSource(text, 'n.csv'), { options: { ...options, timeZone: 'Mars/Olympus' } }), { message: /not an IANA time zone/ });
  });

  it('refuses a unit option that is not a unit, by its schema', async () => {
    await expect(runPlugin(plugin, fixture('power-draw-w.csv'), { options: { unit: 'watts' } })).rejects.toThrow(/unit/);
  });
});
