import { describe, expect, it } from 'vitest';
import { expandRecords } from 'carbon-ci';
import type { LineChunk, Logger, PluginRecord } from 'carbon-ci';
import { prng } from '../../scripts/make-example.mjs';
import { layoutFromFields, parseHeaderFields } from './fields.js';
import { NvidiaSmiReader, type ReaderSettings } from './reader.js';
import { RowKernel } from './row-kernel.js';
import { RowShape } from './row-shape.js';

// Rows read by their GPU's shape must give exactly what the general path gives: the same records,
// the same warnings, the same errors. Logs below mix ordinary rows with everything that should send
// a row to the general path.

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

interface Gpu {
  index: number;
  uuid: string;
  name: string;
  bus: string;
}

const COLUMN_SETS = [
  ['timestamp', 'index', 'uuid', 'name', 'power.draw', 'utilization.gpu', 'memory.used'],
  ['timestamp', 'name', 'pci.bus_id', 'power.draw', 'utilization.gpu'],
  ['index', 'timestamp', 'power.draw', 'uuid', 'temperature.gpu'],
  ['timestamp', 'uuid', 'power.draw.average'],
  ['power.draw', 'utilization.gpu', 'index', 'timestamp'],
  ['timestamp', 'index', 'power.draw'],
  ['uuid', 'timestamp', 'power.draw', 'utilization.gpu'],
];
const UNITS: Record<string, string> = { 'power.draw': 'W', 'power.draw.average': 'W', 'utilization.gpu': '%', 'memory.used': 'MiB', 'temperature.gpu': '' };

function powerText(random: Random, units: boolean): string {
  const r = random();
  const number =
    r < 0.03 ? pick(random, ['[N/A]', '[Not Supported]', 'ERR!', '', 'abc', '1,5'])
    : r < 0.05 ? pick(random, ['6.1e1', '-12.5', '2500.00', '+61', '.5', '5.', '12345678901234567', '0.12345678901234567', '232.38895757828794', '61.25\t', '1E'])
    : (random() * 400).toFixed(pick(random, [0, 1, 2, 2, 2]));
  if (!units || number.startsWith('[') || random() < 0.02) return number;
  return `${number}${pick(random, [' W', ' W', ' W', 'W', ' W '])}`;
}

function timestampText(random: Random, ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  const fraction = String(d.getUTCMilliseconds()).padStart(3, '0');
  const r = random();
  const tail = r < 0.02 ? '' : r < 0.04 ? `.${fraction}123` : r < 0.05 ? '.' : `.${fraction}`;
  const separator = random() < 0.01 ? '-' : '/';
  const text = `${d.getUTCFullYear()}${separator}${two(d.getUTCMonth() + 1)}${separator}${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}${tail}`;
  return random() < 0.01 ? pick(random, ['[N/A]', '2024/13/01 00:00:00.000', ` ${text}`, `${text} `]) : text;
}

function field(random: Random, column: string, gpu: Gpu, ms: number, units: boolean): string {
  const unit = units ? UNITS[column] : '';
  switch (column) {
    case 'timestamp':
      return timestampText(random, ms);
    case 'index':
      return random() < 0.005 ? 'x' : String(gpu.index);
    case 'uuid':
      return random() < 0.005 ? '[N/A]' : gpu.uuid;
    case 'name':
      return random() < 0.01 ? pick(random, [`${gpu.name} (renamed)`, `${gpu.name.slice(0, -1)}X`, `${gpu.name}X`]) : gpu.name;
    case 'pci.bus_id':
      return gpu.bus;
    case 'power.draw':
    case 'power.draw.average':
      return powerText(random, units);
    default: {
      const value = random() < 0.02 ? pick(random, ['[N/A]', '101', '-1', '1e2']) : String(Math.floor(random() * 100));
      return unit && !value.startsWith('[') ? `${value} ${unit}` : value;
    }
  }
}

function header(columns: string[], units: boolean): string {
  return columns.map((c) => (units && UNITS[c] ? `${c} [${UNITS[c]}]` : c)).join(', ');
}

/** An nvidia-smi log of a few GPUs with every oddity the reader knows about, now and then. */
function makeLog(seed: number): string {
  const random = prng(seed);
  const columns = COLUMN_SETS[seed % COLUMN_SETS.length]!;
  const units = random() < 0.7;
  const newline = random() < 0.2 ? '\r\n' : '\n';
  const gpus: Gpu[] = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, index) => ({
    index,
    // The GPUs' uuids differ in their last character only: a row taken for the wrong GPU shows.
    uuid: `GPU-${(seed * 7919).toString(16).padStart(8, '0')}-5c6c-11e6-8d87-da54c7ee13f${index}`,
    name: pick(random, ['NVIDIA A100-SXM4-80GB', 'NVIDIA H100 80GB HBM3', 'Tesla T4']),
    bus: `00000000:${(index + 16).toString(16).toUpperCase()}:00.0`,
  }));
  const lines = [header(columns, units)];
  // Start shortly before midnight so that the date changes.
  let ms = Date.UTC(2024, 1, 28, 23, 58, 30) + Math.floor(random() * 1000);
  for (let sample = 0; sample < 300; sample++) {
    const order = random() < 0.05 ? [...gpus].reverse() : gpus;
    for (const gpu of order) {
      const r = random();
      if (r < 0.005) lines.push(header(columns, units));
      else if (r < 0.01) lines.push(columns.map((c) => field(random, c, gpu, ms, units)).slice(1).join(', '));
      else if (r < 0.013) lines.push(`${columns.map((c) => field(random, c, gpu, ms, units)).join(', ')}, extra`);
      else if (r < 0.016) lines.push('');
      else lines.push(columns.map((c) => field(random, c, gpu, ms, units)).join(random() < 0.01 ? ',' : ', '));
      ms += Math.floor(random() * 5);
    }
    // Now and then a gap, or a clock set back (every GPU's next rows come before its last: their lines are warned about).
    const step = random();
    ms += step < 0.01 ? 60_000 : step < 0.02 ? -2500 : 1000;
  }
  const text = lines.join(newline);
  return random() < 0.3 ? text.slice(0, text.length - Math.floor(random() * 20)) : text + newline;
}

/** Line-aligned chunks of random sizes, as readLineChunks gives them. */
function chunksOf(text: string, random: Random): LineChunk[] {
  const bytes = Buffer.from(text, 'utf8');
  const chunks: LineChunk[] = [];
  let start = 0;
  while (start < bytes.length) {
    let end = Math.min(bytes.length, start + 1 + Math.floor(random() * 4000));
    const newline = bytes.indexOf(10, end - 1);
    end = newline < 0 ? bytes.length : newline + 1;
    chunks.push({ bytes: bytes.subarray(start, end), unterminatedLast: end === bytes.length && bytes[end - 1] !== 10 });
    start = end;
  }
  return chunks;
}

function read(text: string, byShape: boolean, seed: number, timeZone = 'America/New_York') {
  const logs: string[] = [];
  const log: Logger = { info: (m) => logs.push(`info ${m}`), warn: (m) => logs.push(`warn ${m}`), debug: () => {} };
  const reader = new NvidiaSmiReader('gpu.csv', timeZone, log, {}, { byShape });
  const records: PluginRecord[] = [];
  let error: string | undefined;
  try {
    for (const chunk of chunksOf(text, prng(seed))) records.push(...reader.consume(chunk));
    records.push(...reader.finish());
  } catch (thrown) {
    error = String(thrown);
  }
  return { result: { records, logs, error }, shapedRows: reader.shapedRowCount };
}

describe('rows read by shape', () => {
  // In UTC the kernel hands on the readings as they are; in other zones this reader converts each time.
  for (const timeZone of ['America/New_York', 'UTC']) {
    it(`give the same records, warnings and errors as the general path (${timeZone})`, () => {
      let records = 0;
      let shapedRows = 0;
      for (let seed = 1; seed <= 60; seed++) {
        const text = makeLog(seed);
        const general = read(text, false, seed, timeZone);
        const byShape = read(text, true, seed, timeZone);
        expect(byShape.result, `seed ${seed}`).toEqual(general.result);
        records += expandRecords(general.result.records).length;
        shapedRows += byShape.shapedRows;
      }
      // The logs are mostly good rows, most of them read by shape: the comparison is not only of errors.
      expect(records).toBeGreaterThan(60 * 300);
      expect(shapedRows).toBeGreaterThan(records * 0.5);
    });
  }

  it('give the same readings when their columns are reused from batch to batch, each read before the next', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const text = makeLog(seed);
      const log: Logger = { info: () => {}, warn: () => {}, debug: () => {} };
      const readings = (settings: ReaderSettings) => {
        const reader = new NvidiaSmiReader('gpu.csv', 'UTC', log, {}, settings);
        const out: unknown[] = [];
        try {
          // Expanded as soon as a batch comes, as the energy stage reads it; a reused array read later would show.
          for (const chunk of chunksOf(text, prng(seed))) out.push(...expandRecords(reader.consume(chunk)));
          out.push(...expandRecords(reader.finish()));
        } catch (thrown) {
          out.push(String(thrown));
        }
        return out;
      };
      expect(readings({ reuseColumns: true }), `seed ${seed}`).toEqual(readings({ byShape: false }));
    }
  });

  it('read a clean log by shape at all', () => {
    const text = ['timestamp, index, uuid, name, power.draw [W]', ...Array.from({ length: 100 }, (_, k) => `2024/06/03 09:${String(Math.floor(k / 60)).padStart(2, '0')}:${String(k % 60).padStart(2, '0')}.000, 0, GPU-1, NVIDIA A100, ${k}.5 W`)].join('\n') + '\n';
    const log: Logger = { info: () => {}, warn: () => {}, debug: () => {} };
    const reader = new NvidiaSmiReader('gpu.csv', 'UTC', log);
    const general = new NvidiaSmiReader('gpu.csv', 'UTC', log, {}, { byShape: false });
    const chunk = { bytes: Buffer.from(text), unterminatedLast: false };
    expect(reader.consume(chunk)).toEqual(general.consume(chunk));
    expect(reader.shapedRowCount).toBe(99);
    expect(general.shapedRowCount).toBe(0);
  });
});

describe('the row kernel', () => {
  const layout = layoutFromFields(parseHeaderFields('timestamp, index, uuid, power.draw [W], utilization.gpu [%]')!, 'gpu.csv', 1, 'header');
  const learnt = '2024/06/03 09:00:00.164, 0, GPU-48744cbf, 60.91 W, 7 %\n';
  const boundsOf = (row: string) => Int32Array.from([...[...row.matchAll(/,/g)].map((m) => m.index), row.length - 1]);
  const kernelFor = (shapeLayout = layout, row = learnt) => {
    const kernel = new RowKernel();
    expect(kernel.setShape(0, new RowShape(shapeLayout, Buffer.from(row), 0, boundsOf(row)))).toBe(true);
    const at = row.indexOf('2024');
    kernel.setDate(0, Buffer.from(row), at, Date.UTC(2024, 5, 3));
    return kernel;
  };
  /** The row's wall-clock time, power and utilisation when the kernel reads it; undefined when it leaves it to the general path. */
  const read = (kernel: RowKernel, row: string) => {
    const bytes = Buffer.from(row);
    kernel.load(bytes);
    const limit = bytes.lastIndexOf(10) + 1;
    const rows = kernel.read(0, limit, 0, 1);
    if (rows === 0) {
      expect(kernel.end).toBe(0);
      return undefined;
    }
    expect(rows).toBe(1);
    expect(kernel.end).toBe(row.indexOf('\n') + 1);
    expect(kernel.slots[0]).toBe(0);
    return [kernel.wallMs[0], kernel.power[0], kernel.utilization[0]];
  };

  it('reads a row of the same GPU: time on the wall clock, power and utilisation as printed', () => {
    const kernel = kernelFor();
    expect(read(kernel, '2024/06/03 09:00:01.165, 0, GPU-48744cbf, 212.5 W, 100 %\n')).toEqual([Date.UTC(2024, 5, 3, 9, 0, 1, 165), 212.5, 100]);
    expect(read(kernel, '2024/06/03 23:59:59.999, 0, GPU-48744cbf, 0.125 W, 0 %\r\n')).toEqual([Date.UTC(2024, 5, 3, 23, 59, 59, 999), 0.125, 0]);
    expect(read(kernel, '2024/06/03 09:00:01.165, 0, GPU-48744cbf,   61W,3%\n')).toEqual([Date.UTC(2024, 5, 3, 9, 0, 1, 165), 61, 3]);
    expect(read(kernel, '2024/06/03 09:00:01.165, 0, GPU-48744cbf, 123456789012.345 W, 1 %\n')).toEqual([Date.UTC(2024, 5, 3, 9, 0, 1, 165), 123456789012.345, 1]);
  });

  it('leaves to the general path what only it reads: another date, numbers that are not plain decimals, blanks after a unit', () => {
    const kernel = kernelFor();
    for (const row of [
      '2024/06/04 00:00:00.000, 0, GPU-48744cbf, 61 W, 7 %\n',
      '2024/06/03 09:00:01.165, 0, GPU-48744cbf, 61 W, [N/A]\n',
      '2024/06/03 09:00:01.165, 0, GPU-48744cbf, 6.1e1 W, 7 %\n',
      '2024/06/03 09:00:01.165, 0, GPU-48744cbf, -61 W, 7 %\n',
      '2024/06/03 09:00:01.165, 0, GPU-48744cbf, 1234567890123456 W, 7 %\n',
      '2024/06/03 09:00:01.165, 0, GPU-48744cbf, 61 W, 100 % \r\n',
      '2024/06/03 09:00:01.165, 0, GPU-48744cbf, 61 W, 100 %\rX\n',
      '2024/06/03 24:00:01.165, 0, GPU-48744cbf, 61 W, 7 %\n',
      '2024/06/03 09:00:01:165, 0, GPU-48744cbf, 61 W, 7 %\n',
    ]) {
      expect(read(kernel, row), row).toBeUndefined();
    }
  });

  it('refuses rows of another shape', () => {
    const kernel = kernelFor();
    for (const row of [
      '2024/06/03 09:00:01.165, 0, GPU-48744cbe, 212.5 W, 100 %\n',
      '2024/06/03 09:00:01.165, 1, GPU-48744cbf, 212.5 W, 100 %\n',
      '2024/06/03 09:00:01.165123, 0, GPU-48744cbf, 212.5 W, 100 %\n',
      '2024/06/03 09:00:01.165123 0, GPU-48744cbf, 212.5 W, 100 %\n',
      '2024/06/03 09:00:01.165, 0, GPU-48744cbf, 212.5 W\n',
      '2024/06/03 09:00:01.165, 0, GPU-48744cbf, 212.5 W, 100 %, 3\n',
      '2024/06/03 09:00:01, 0, GPU-48744cbf, 212.5 W, 100 %\n',
      '2024/06/03 09:00:01.165, 0, GPU-48744cbf, 212.5 W\n, 100 %\n',
      '2024/06/03 09:00:01.165, 0, GPU-48744cbf, 212.5 W\n\n',
    ]) {
      expect(read(kernel, row), row).toBeUndefined();
    }
  });

  it('reads no row of a GPU whose date it was not told', () => {
    const kernel = new RowKernel();
    kernel.setShape(0, new RowShape(layout, Buffer.from(learnt), 0, boundsOf(learnt)));
    expect(read(kernel, learnt)).toBeUndefined();
  });

  it('refuses a longer timestamp that the fields after it would swallow', () => {
    const timeThenNumbers = layoutFromFields(parseHeaderFields('uuid, timestamp, power.draw, utilization.gpu')!, 'gpu.csv', 1, 'header');
    const kernel = kernelFor(timeThenNumbers, 'GPU-1, 2024/06/03 09:00:00.164, 60.91, 7\n');
    expect(read(kernel, 'GPU-1, 2024/06/03 09:00:01.165, 61, 8\n')).toEqual([Date.UTC(2024, 5, 3, 9, 0, 1, 165), 61, 8]);
    // Three fields where the layout has four: not a row of this shape, although its commas would line up.
    expect(read(kernel, 'GPU-1, 2024/06/03 09:00:01.165123, 61\n')).toBeUndefined();
  });

  it('reads a chunk of more rows than it returns at once, in several calls, as the general path does', () => {
    const header = 'timestamp, index, power.draw [W]';
    const rows = Array.from({ length: 20_000 }, (_, k) => `2024/06/03 ${new Date(Date.UTC(2024, 5, 3) + k * 500).toISOString().slice(11, 23)}, ${k % 2}, ${(k % 700) / 4} W`);
    const text = `${[header, ...rows].join('\n')}\n`;
    const log: Logger = { info: () => {}, warn: () => {}, debug: () => {} };
    const byShape = new NvidiaSmiReader('gpu.csv', 'UTC', log);
    const general = new NvidiaSmiReader('gpu.csv', 'UTC', log, {}, { byShape: false });
    const chunk = { bytes: Buffer.from(text), unterminatedLast: false };
    expect(chunk.bytes.length).toBeLessThan(new RowKernel().inputBytes);
    expect(byShape.consume(chunk)).toEqual(general.consume(chunk));
    expect(byShape.shapedRowCount).toBeGreaterThan(new RowKernel().maxRows);
  });
});
