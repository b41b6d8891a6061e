// The reader on inline files: each oddity of real emissions.csv files, one at a time, with the records it must give.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { EnergyRecord, FileSource } from 'carbon-ci';
import { createContext, expandRecords, expectInputError, runPlugin, textSource } from 'carbon-ci/testing';
import plugin from './index.js';

const COLUMNS = [
  'timestamp', 'project_name', 'run_id', 'duration', 'emissions', 'cpu_power', 'gpu_power', 'ram_power', 'cpu_energy', 'gpu_energy',
  'ram_energy', 'energy_consumed', 'cpu_model', 'gpu_count', 'gpu_model', 'pue',
] as const;
type Column = (typeof COLUMNS)[number];
const HEADER = COLUMNS.join(',');
const J_PER_KWH = 3.6e6;

/** A first row of run-a, 30 s in; each test changes what it is about. */
const FIRST_ROW: Record<Column, string> = {
  timestamp: '2025-06-01T00:00:30',
  project_name: 'llm',
  run_id: 'run-a',
  duration: '30.0',
  emissions: '0.0002',
  cpu_power: '42.5',
  gpu_power: '250.0',
  ram_power: '20.25',
  cpu_energy: '0.0003',
  gpu_energy: '0.002',
  ram_energy: '0.0001',
  energy_consumed: '0.0024',
  cpu_model: 'AMD EPYC 7J13 64-Core Processor',
  gpu_count: '1',
  gpu_model: '1 x NVIDIA A100-SXM4-80GB',
  pue: '1.0',
};

const row = (values: Partial<Record<Column, string>> = {}) => COLUMNS.map((name) => values[name] ?? FIRST_ROW[name]).join(',');
const file = (...rows: string[]) => `${[HEADER, ...rows].join('\n')}\n`;

async function read(text: string | Buffer, timeZone = 'UTC') {
  const { records, warnings, infos } = await runPlugin(plugin, textSource(text, 'emissions.csv'), { timeZone });
  return { records: records as EnergyRecord[], warnings, infos };
}

const of = (records: EnergyRecord[], component: string) => records.filter((r) => r.device.component === component);
const at = (wall: string) => Date.parse(`${wall}Z`);

/** `bytes` cut into pieces of the given sizes (the last repeated), as a file stream may deliver them. */
function piecesSource(bytes: Buffer, sizes: number[]): FileSource {
  const pieces: Buffer[] = [];
  for (let offset = 0, k = 0; offset < bytes.length; k++) {
    const size = sizes[Math.min(k, sizes.length - 1)]!;
    pieces.push(bytes.subarray(offset, offset + size));
    offset += size;
  }
  return { kind: 'file', path: 'emissions.csv', open: () => Readable.from(pieces) };
}

describe('codecarbon reader', () => {
  it('reads a quoted field with a comma and a doubled quote as one field', async () => {
    const cpuModel = '"Intel(R) Xeon(R) Silver 4210 CPU @ 2.20GHz, 40 ""threads"""';
    const { records, warnings } = await read(file(row({ cpu_model: cpuModel, duration: '"30.0"' })));
    expect(records.map((r) => r.device.component)).toEqual(['gpu', 'cpu', 'ram']);
    expect(of(records, 'cpu')[0]!.device).toMatchObject({ model: 'Intel(R) Xeon(R) Silver 4210 CPU @ 2.20GHz, 40 "threads"', vendor: 'intel' });
    expect(records[0]!.endMs - records[0]!.startMs).toBe(30_000);
    expect(warnings).toEqual([]);
  });

  it('reads CRLF line ends and a byte-order mark as plain LF', async () => {
    const lines = [HEADER, row(), row({ timestamp: '2025-06-01T00:01:00', duration: '60.0', gpu_energy: '0.004' })];
    const plain = await read(`${lines.join('\n')}\n`);
    const windows = await read(`\ufeff${lines.join('\r\n')}\r\n`);
    expect(windows).toEqual(plain);
    expect(plain.records).toHaveLength(6);
  });

  it('makes each row the window since the previous row of its run, with runs whose rows interleave kept apart', async () => {
    const text = file(
      row({ timestamp: '2025-06-01T00:00:30', run_id: 'run-a', duration: '30.0', gpu_energy: '0.001', emissions: '0.0002' }),
      row({ timestamp: '2025-06-01T00:00:40', run_id: 'run-b', duration: '10.0', gpu_energy: '0.0005', emissions: '0.0001' }),
      row({ timestamp: '2025-06-01T00:01:00', run_id: 'run-a', duration: '60.0', gpu_energy: '0.003', emissions: '0.0005' }),
      row({ timestamp: '2025-06-01T00:00:50', run_id: 'run-b', duration: '20.0', gpu_energy: '0.0006', emissions: '0.00015' }),
    );
    const { records } = await read(text);
    const gpu = of(records, 'gpu');
    expect(gpu.map((r) => r.device.id)).toEqual(['a', 'b', 'a', 'b'].map((run) => `codecarbon:run-${run}:gpu`));
    expect(gpu.map((r) => r.energyJ)).toEqual([0.001 * J_PER_KWH, 0.0005 * J_PER_KWH, (0.003 - 0.001) * J_PER_KWH, (0.0006 - 0.0005) * J_PER_KWH]);
    expect(gpu.map((r) => [r.startMs, r.endMs])).toEqual([
      [at('2025-06-01T00:00:00'), at('2025-06-01T00:00:30')],
      [at('2025-06-01T00:00:30'), at('2025-06-01T00:00:40')],
      [at('2025-06-01T00:00:30'), at('2025-06-01T00:01:00')],
      [at('2025-06-01T00:00:40'), at('2025-06-01T00:00:50')],
    ]);
    // CodeCarbon's emissions cover the whole row: they go on its first record only, as the run's difference.
    const reported = records.filter((r) => r.sourceReported);
    expect(reported.map((r) => r.origin!.line)).toEqual([2, 3, 4, 5]);
    expect(reported.map((r) => r.sourceReported!.co2eG)).toEqual([0.0002 * 1000, 0.0001 * 1000, (0.0005 - 0.0002) * 1000, (0.00015 - 0.0001) * 1000]);
    expect(reported[2]!.sourceReported!.note).toBe("CodeCarbon's own estimate for run run-a, all components");
    expect(gpu[0]!.device).toBe(gpu[2]!.device);
  });

  it('reads a run whose duration goes down as the same run started again', async () => {
    const text = file(
      row({ timestamp: '2025-06-01T00:00:30', duration: '30.0', gpu_energy: '0.001' }),
      row({ timestamp: '2025-06-01T00:01:00', duration: '60.0', gpu_energy: '0.002' }),
      row({ timestamp: '2025-06-01T00:10:15', duration: '15.0', gpu_energy: '0.0004', emissions: '0.00005' }),
    );
    const { records, infos } = await read(text);
    const gpu = of(records, 'gpu');
    expect(gpu.map((r) => r.energyJ)).toEqual([0.001 * J_PER_KWH, (0.002 - 0.001) * J_PER_KWH, 0.0004 * J_PER_KWH]);
    expect([gpu[2]!.startMs, gpu[2]!.endMs]).toEqual([at('2025-06-01T00:10:00'), at('2025-06-01T00:10:15')]);
    expect(gpu[2]!.device).toBe(gpu[0]!.device);
    expect(infos).toContain('emissions.csv:4: run run-a starts again (its duration went down); read as a new run with the same id');
    expect(records.find((r) => r.origin!.line === 4 && r.sourceReported)!.sourceReported!.co2eG).toBe(0.00005 * 1000);
  });

  it('reads each row without a run id as a run of its own', async () => {
    const { records } = await read(file(row({ run_id: '' }), row({ run_id: ' ', project_name: '', duration: '60.0', gpu_energy: '0.003' })));
    const gpu = of(records, 'gpu');
    expect(gpu.map((r) => r.device.id)).toEqual(['codecarbon:llm@line2:gpu', 'codecarbon:run@line3:gpu']);
    expect(gpu.map((r) => r.energyJ)).toEqual([0.002 * J_PER_KWH, 0.003 * J_PER_KWH]);
  });

  it('reads each kWh total as Number() does, so that energies are exact differences of the totals', async () => {
    const totals = ['0.00016425228968929394', '0.00032850457937858797'];
    const text = file(row({ gpu_energy: totals[0], pue: '1.25' }), row({ timestamp: '2025-06-01T00:01:00', duration: '60.0', gpu_energy: totals[1], pue: '1.25' }));
    const { records, infos } = await read(text);
    const [first, second] = totals.map(Number) as [number, number];
    expect(of(records, 'gpu').map((r) => r.energyJ)).toEqual([(first * J_PER_KWH) / 1.25, ((second - first) * J_PER_KWH) / 1.25]);
    expect(infos.join('\n')).toMatch(/PUE \(1\.25\); divided it out/);
  });

  it('reads timestamps in the given zone unless they carry an offset', async () => {
    const madrid = await read(file(row({ timestamp: '2025-06-01T02:00:30' })), 'Europe/Madrid');
    expect(madrid.records[0]!.endMs).toBe(at('2025-06-01T00:00:30'));
    const offset = await read(file(row({ timestamp: '2025-06-01 05:00:30.5+05:00' })), 'Europe/Madrid');
    expect(offset.records[0]!.endMs).toBe(at('2025-06-01T00:00:30.500'));
  });

  it('asks for the local time zone only when a timestamp has no offset', async () => {
    const usesZone = async (text: string) => {
      const context = createContext({ timeZone: 'Europe/Madrid' });
      for await (const batch of plugin.read(textSource(text, 'emissions.csv'), context)) void batch;
      return context.usedLocalTimeZone;
    };
    expect(await usesZone(file(row({ timestamp: '2025-06-01T00:00:30Z' })))).toBe(false);
    expect(await usesZone(file(row()))).toBe(true);
  });

  it('gives no record for a component CodeCarbon did not measure', async () => {
    const { records, infos } = await read(file(row({ gpu_count: '0', gpu_energy: '0.0', gpu_model: '', cpu_power: '0.0', cpu_energy: '0.0' })));
    expect(records.map((r) => r.device.component)).toEqual(['ram']);
    expect(infos.join('\n')).toMatch(/measured no gpu, cpu \(no GPU, or 0 W and 0 kWh\)/);
  });

  it('drops rows it cannot read with one warning per reason, and reads the rest', async () => {
    const text = [
      HEADER,
      row(),
      row({ timestamp: '2025-06-01T00:00:40', duration: '' }),
      row({ timestamp: '2025-06-01T00:00:50', duration: '50.0', gpu_energy: 'N/A', cpu_energy: '0.0004' }),
      '',
      HEADER,
      // Append mode leaves out an all-empty column: the row is one field short.
      row({ timestamp: '2025-06-01T00:01:00', duration: '60.0' }).replace(',llm,', ','),
      '   ',
      row({ timestamp: '2025-06-01T00:01:10', duration: '70.0', gpu_energy: '0.003', cpu_energy: '0.0005' }),
      row({ timestamp: '2025-06-01T00:01:20', duration: '80.0' }).slice(0, 60),
    ].join('\n');
    const { records, warnings } = await read(text);
    expect(of(records, 'gpu').map((r) => [r.origin!.line, r.energyJ])).toEqual([
      [2, 0.002 * J_PER_KWH],
      [9, (0.003 - 0.002) * J_PER_KWH],
    ]);
    expect(of(records, 'cpu').map((r) => r.origin!.line)).toEqual([2, 4, 9]);
    const effect = 'the energy of those rows is missing from the report';
    expect(warnings).toEqual([
      `emissions.csv: dropped 1 row: no duration (first at line 3); ${effect}`,
      `emissions.csv: dropped 1 row: no gpu energy (first at line 4); ${effect}`,
      `emissions.csv: dropped 1 row: the row has a different number of fields than the header (CodeCarbon's append mode leaves out columns that are empty in a row) (first at line 7); ${effect}`,
      `emissions.csv: dropped 1 row: the last line is cut short (first at line 10); ${effect}`,
    ]);
  });

  it('refuses corrupted values, naming the line and the fix', async () => {
    const corruptions: [Partial<Record<Column, string>>, RegExp][] = [
      [{ gpu_energy: '-0.001' }, /gpu_energy "-0.001" is not a non-negative number/],
      [{ gpu_energy: '0.5 kWh' }, /gpu_energy "0.5 kWh"/],
      [{ cpu_energy: '1;5' }, /cpu_energy "1;5"/],
      [{ duration: 'abc' }, /duration "abc"/],
      [{ duration: '0x10' }, /duration "0x10"/],
      [{ emissions: 'Infinity' }, /emissions "Infinity"/],
      [{ pue: '0.9' }, /pue "0.9" is below 1/],
      [{ pue: '1.0 x' }, /pue "1.0 x"/],
      [{ gpu_count: 'eight' }, /gpu_count "eight"/],
      // Read only when the row's cpu energy did not grow (to tell an idle CPU from an unmeasured one).
      [{ cpu_power: 'n.a.' }, /cpu_power "n.a."/],
    ];
    for (const [corruption, message] of corruptions) {
      const text = file(row(), row({ timestamp: '2025-06-01T00:01:00', duration: '60.0', gpu_energy: '0.003', ...corruption }));
      await expectInputError(read(text), { message, file: 'emissions.csv', line: 3, hint: 'the row is corrupted; repair or delete it' });
    }
    for (const timestamp of ['31/05/2024 10:39', '2023-02-29T10:00:00', '2024-13-01T00:00:00']) {
      await expectInputError(read(file(row({ timestamp }))), { message: `timestamp "${timestamp}" is not a date and time`, line: 2, hint: /YYYY-MM-DD/ });
    }
    await expectInputError(read(file(row(), row({ cpu_model: '"AMD EPYC' }))), { message: /quoted/, line: 3 });
  });

  it('refuses a total that goes down within a run', async () => {
    const text = file(row(), row({ timestamp: '2025-06-01T00:01:00', duration: '60.0', gpu_energy: '0.001' }));
    await expectInputError(read(text), { message: 'gpu energy of run run-a went down from 0.002 to 0.001 kWh', line: 3, hint: /split or repair/ });
  });

  it('refuses a file that is empty, not CodeCarbon or UTF-16, and warns about one with no rows', async () => {
    await expectInputError(read(''), { message: 'the file is empty' });
    await expectInputError(read('\n \n'), { message: 'the file is empty' });
    await expectInputError(read('a,b,c\n1,2,3\n'), { message: 'the first line is not a CodeCarbon emissions.csv header', line: 1 });
    // UTF-16 with a byte-order mark is decoded (readLines); without one it cannot be told apart, and is refused.
    await expectInputError(read(Buffer.from(file(row()), 'utf16le')), { message: /UTF-16/ });
    expect((await read(Buffer.from(`\ufeff${file(row())}`, 'utf16le'))).records.length).toBeGreaterThan(0);
    const { records, warnings } = await read(`${HEADER}\r\n`);
    expect(records).toEqual([]);
    expect(warnings).toEqual(['emissions.csv: the CodeCarbon file has a header but no rows; no energy was read from it']);
  });

  it('gives the same records wherever the stream cuts the file, inside a character or between CR and LF', async () => {
    const lines = [
      HEADER,
      row({ project_name: 'projet-été', cpu_model: '"Processeur «spécial», 8 cœurs"' }),
      row({ timestamp: '2025-06-01T00:00:40', run_id: 'run-b', duration: '10.0', gpu_energy: '0.0005' }),
      row({ timestamp: '2025-06-01T00:01:00', duration: '60.0', gpu_energy: '0.003', project_name: 'projet-été' }),
      row({ timestamp: '2025-06-01T00:01:00', duration: '5.0', gpu_energy: '0.0001' }).replace(',llm,', ','),
      row({ timestamp: '2025-06-01T00:02:00', run_id: 'run-b', duration: '90.0', gpu_energy: '0.004' }),
      row({ timestamp: '2025-06-01T00:02:10' }).slice(0, 30),
    ];
    const bytes = Buffer.from(lines.join('\r\n'), 'utf8');
    const whole = await runPlugin(plugin, piecesSource(bytes, [bytes.length]));
    expect(whole.records).toHaveLength(12);
    expect(whole.warnings).toHaveLength(2);
    for (const sizes of [[1], [2], [3], [7], [64], [5, 1, 13, 2, 200, 1, 31]]) {
      const pieces = await runPlugin(plugin, piecesSource(bytes, sizes));
      expect(pieces.records, `pieces of ${sizes.join(', ')} bytes`).toEqual(whole.records);
      expect([pieces.warnings, pieces.infos]).toEqual([whole.warnings, whole.infos]);
    }
  });

  it('streams: records come out while the file is still being read', async () => {
    const rowCount = 20_000;
    let rowsWritten = 0;
    async function* emissions() {
      yield `${HEADER}\n`;
      for (let k = 1; k <= rowCount; k++, rowsWritten++) {
        yield `${row({ duration: `${k * 15}.0`, gpu_energy: `${k * 0.001}`, cpu_energy: `${k * 0.0002}`, ram_energy: `${k * 0.0001}` })}\n`;
      }
    }
    const source: FileSource = { kind: 'file', path: 'emissions.csv', open: () => Readable.from(emissions()) };
    let records = 0;
    let rowsWrittenAtFirstBatch = -1;
    for await (const batch of plugin.read(source, createContext())) {
      if (rowsWrittenAtFirstBatch < 0) rowsWrittenAtFirstBatch = rowsWritten;
      records += expandRecords(Array.isArray(batch) ? batch : [batch]).length;
    }
    expect(records).toBe(3 * rowCount);
    expect(rowsWrittenAtFirstBatch).toBeLessThan(rowCount / 2);
  });
});
