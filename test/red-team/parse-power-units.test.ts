// Red team, parsing: a value's own unit wins over its column's. `0.2000 kW` in a `power.draw [W]` column
// is 200 W, not 0.2 W; `150000 mW` is 150 W, not a "corrupt" 150 kW; a value in a unit that is no power
// unit (MHz, %) is dropped with a warning that names the unit, and an error names it when nothing is left.
import { describe, expect, it } from 'vitest';
import type { PowerRecord } from 'carbon-ci';
import { expectInputError, runPlugin, textSource } from 'carbon-ci/testing';
import nvidiaSmi from '../../plugins/nvidia-smi/index.js';
import rocmSmi from '../../plugins/rocm-smi/index.js';

const NVIDIA_HEADER = 'timestamp, index, power.draw [W]';
const nvidiaRows = (...powers: string[]) => `${NVIDIA_HEADER}\n${powers.map((p, s) => `2024/01/01 00:00:${String(s).padStart(2, '0')}.000, 0, ${p}`).join('\n')}\n`;
const watts = (records: unknown[]) => (records as PowerRecord[]).map((r) => r.powerW);

describe('nvidia-smi: a value in its own unit', () => {
  it('reads kW, mW and MW values in a [W] column in their own unit, and says so once per unit', async () => {
    const { records, infos, warnings } = await runPlugin(nvidiaSmi, textSource(nvidiaRows('0.2000 kW', '150000 mW', '150.00 W', '0.0002 MW', '0.25 kW'), 'power.csv'));
    expect(watts(records)).toEqual([200, 150, 150, 200, 250]);
    expect(warnings).toEqual([]);
    expect(infos.filter((m) => /own unit/.test(m))).toEqual([
      'power.csv:2: power.draw values in kW under a [W] header; each value is read in its own unit',
      'power.csv:3: power.draw values in mW under a [W] header; each value is read in its own unit',
      'power.csv:5: power.draw values in MW under a [W] header; each value is read in its own unit',
    ]);
  });

  it('reads a [mW] header and bare values in mW, and a value in W there in W', async () => {
    const text = 'timestamp, index, power.draw [mW]\n2024/01/01 00:00:00.000, 0, 150000\n2024/01/01 00:00:01.000, 0, 151 W\n';
    const { records } = await runPlugin(nvidiaSmi, textSource(text, 'power.csv'));
    expect(watts(records)).toEqual([150, 151]);
  });

  it('drops values in a unit that is no power unit, with a warning that names it', async () => {
    const { records, warnings } = await runPlugin(nvidiaSmi, textSource(nvidiaRows('150.00 W', '1410 MHz', '151.00 W', '95 %'), 'power.csv'));
    expect(watts(records)).toEqual([150, 151]);
    expect(warnings).toEqual([
      `power.csv: dropped 2 power.draw value(s) in "MHz", "%", which is not a unit of power (W, mW, kW, MW) (first: line 3); the GPUs' coverage is lower where they occur`,
    ]);
    expect(warnings.join('\n')).not.toMatch(/corrupt|malformed|not a number/);
  });

  it('refuses a file whose every value is in a unit that is no power unit, naming the unit', async () => {
    await expectInputError(runPlugin(nvidiaSmi, textSource(nvidiaRows('1410 MHz', '1410 MHz'), 'power.csv')), {
      file: 'power.csv',
      message: /no power readings: all 2 power\.draw value\(s\) in "MHz", which is not a unit of power/,
      hint: /power\.draw/,
    });
  });
});

describe('rocm-smi: a value in its own unit', () => {
  const amd = (...powers: string[]) => `timestamp,gpu,socket_power\n${powers.map((p, s) => `${1700000000 + s},0,${p}`).join('\n')}\n`;

  it('reads mW and kW values as such, never as a corrupted row', async () => {
    const { records, warnings } = await runPlugin(rocmSmi, textSource(amd('400', '150000 mW', '0.2 kW', '401 W', '0.0004 MW'), 'amd.csv'));
    expect(watts(records)).toEqual([400, 150, 200, 401, 400]);
    expect(warnings).toEqual([]);
  });

  it('drops values in a unit that is no power unit with a warning naming it, and refuses a file of nothing else', async () => {
    const { records, warnings } = await runPlugin(rocmSmi, textSource(amd('400', '1700 MHz', '401'), 'amd.csv'));
    expect(watts(records)).toEqual([400, 401]);
    // The units named are the ones read: MW too (see the test above).
    expect(warnings).toEqual([expect.stringMatching(/^amd\.csv: dropped 1 power value\(s\) in "MHz", which is not a unit of power \(W, mW, kW, MW\) \(first: line 3\)/)]);
    await expectInputError(runPlugin(rocmSmi, textSource(amd('1700 MHz', '1700 MHz'), 'amd.csv')), {
      file: 'amd.csv',
      message: /no power readings: all 2 power value\(s\) in "MHz"/,
    });
  });
});
