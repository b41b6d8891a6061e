import { describe, expect, it } from 'vitest';
import { isInputError } from '../shared/errors.js';
import {
  DroppedRows,
  dateTimeToUtc,
  epochToMs,
  findColumn,
  isMissingValue,
  parseDateTime,
  parseNumber,
  parsePrometheusLine,
  requireColumn,
  splitCsvLine,
  splitUnitSuffix,
} from './parse.js';

function thrown(fn: () => unknown): Error & { line?: number; file?: string; hint?: string } {
  try {
    fn();
  } catch (error) {
    expect(isInputError(error)).toBe(true);
    return error as Error;
  }
  throw new Error('expected an InputError');
}

describe('splitCsvLine', () => {
  it('splits plain and quoted fields', () => {
    expect(splitCsvLine('a,b,,c')).toEqual(['a', 'b', '', 'c']);
    expect(splitCsvLine('1,"AMD EPYC, 64-Core",x')).toEqual(['1', 'AMD EPYC, 64-Core', 'x']);
    expect(splitCsvLine('"say ""hi""",2')).toEqual(['say "hi"', '2']);
    expect(splitCsvLine('a;"b;c"', { delimiter: ';' })).toEqual(['a', 'b;c']);
    expect(splitCsvLine(' 62.87 W, 0 %')).toEqual([' 62.87 W', ' 0 %']);
  });

  it('refuses an unclosed quote with the file and line', () => {
    const error = thrown(() => splitCsvLine('1,"open', { file: 'x.csv', line: 7 }));
    expect(error.message).toMatch(/^x\.csv:7: /);
    expect(error.hint).toBeDefined();
  });
});

describe('columns', () => {
  it('splits units off header names', () => {
    expect(splitUnitSuffix('power.draw [W]')).toEqual({ name: 'power.draw', unit: 'W' });
    expect(splitUnitSuffix('Temperature (Sensor edge) (C)')).toEqual({ name: 'Temperature (Sensor edge)', unit: 'C' });
    expect(splitUnitSuffix('timestamp')).toEqual({ name: 'timestamp' });
  });

  it('finds columns by name, unit or pattern, in order of preference', () => {
    const header = ['timestamp', ' index', ' power.draw [W]', 'Power Draw'];
    expect(findColumn(header, 'POWER.DRAW')).toEqual({ index: 2, name: 'power.draw [W]', unit: 'W' });
    expect(findColumn(header, 'missing', 'power draw')).toEqual({ index: 3, name: 'Power Draw' });
    expect(findColumn(header, /^index$/)?.index).toBe(1);
    expect(findColumn(header, 'nope')).toBeUndefined();
  });

  it('names the columns present when a required one is missing', () => {
    const error = thrown(() => requireColumn(['a', 'b'], ['power'], { file: 'f.csv', line: 1 }));
    expect(error.message).toMatch(/no column "power" .*columns: a, b/);
  });
});

describe('parseNumber', () => {
  it('is strict about numbers', () => {
    expect(parseNumber(' 62.87 ')).toBe(62.87);
    expect(parseNumber('-1.5e3')).toBe(-1500);
    expect(parseNumber('.5')).toBe(0.5);
    for (const text of ['0x10', '1,5', '12abc', 'Infinity', '1 2']) expect(parseNumber(text)).toBeNaN();
  });

  it('maps missing-value markers to null', () => {
    for (const text of ['', ' - ', '–', 'N/A', '[N/A]', '[Not Supported]', 'N/A (Secondary die)', 'nan']) {
      expect(parseNumber(text), text).toBeNull();
      expect(isMissingValue(text)).toBe(true);
    }
  });

  it('converts unit suffixes it is given and refuses others', () => {
    const units = { W: 1, mW: 1e-3 };
    expect(parseNumber('62.87 W', { units })).toBe(62.87);
    expect(parseNumber('1500mW', { units })).toBe(1.5);
    expect(parseNumber('62.87 kW', { units })).toBeNaN();
    expect(parseNumber('62.87 W')).toBeNaN();
  });
});

describe('time', () => {
  it('tells epoch units apart by magnitude', () => {
    expect(epochToMs(1715250000)).toBe(1715250000000);
    expect(epochToMs(1715250000.5)).toBe(1715250000500);
    expect(epochToMs(1715250000123)).toBe(1715250000123);
    expect(epochToMs(1715250000123456)).toBe(1715250000123.456);
    expect(epochToMs(1715250000123456000)).toBeCloseTo(1715250000123.456, 0);
  });

  it('parses the date-time forms the tools write', () => {
    expect(parseDateTime('2024-05-31T10:39:13')).toEqual({ wallMs: Date.UTC(2024, 4, 31, 10, 39, 13) });
    expect(parseDateTime('2024/01/15 10:23:45.123')).toEqual({ wallMs: Date.UTC(2024, 0, 15, 10, 23, 45, 123) });
    expect(parseDateTime('20210102   19:12:31')).toEqual({ wallMs: Date.UTC(2021, 0, 2, 19, 12, 31) });
    expect(parseDateTime('2024-05-31T10:39:13.5Z')).toEqual({ wallMs: Date.UTC(2024, 4, 31, 10, 39, 13, 500), offsetMs: 0 });
    expect(parseDateTime('2026-05-02T10:00:00.004123+0200')).toEqual({ wallMs: Date.UTC(2026, 4, 2, 10, 0, 0, 4), offsetMs: 7_200_000 });
    expect(parseDateTime('2024-05-31 10:39:13-07:00')?.offsetMs).toBe(-25_200_000);
  });

  it('refuses impossible dates and other text', () => {
    for (const text of ['2024-02-30T10:00:00', '2024-13-01T00:00:00', '2024-01-01T24:00:00', '2024-01-01', 'yesterday', '2024-01/01 10:00:00']) {
      expect(parseDateTime(text), text).toBeUndefined();
    }
  });

  it('uses the written offset before the zone', () => {
    const zone = (wallMs: number) => wallMs - 3_600_000;
    expect(dateTimeToUtc(parseDateTime('2024-01-01T12:00:00')!, zone)).toBe(Date.UTC(2024, 0, 1, 11));
    expect(dateTimeToUtc(parseDateTime('2024-01-01T12:00:00+02:00')!, zone)).toBe(Date.UTC(2024, 0, 1, 10));
  });
});

describe('parsePrometheusLine', () => {
  it('reads names, labels, values and timestamps', () => {
    expect(parsePrometheusLine('DCGM_FI_DEV_POWER_USAGE{gpu="0",UUID="GPU-1",device="nvidia0"} 409.692000 1715250000000')).toEqual({
      name: 'DCGM_FI_DEV_POWER_USAGE',
      labels: { gpu: '0', UUID: 'GPU-1', device: 'nvidia0' },
      value: 409.692,
      timestamp: 1715250000000,
      timeMs: 1715250000000,
    });
    expect(parsePrometheusLine('up 1')).toEqual({ name: 'up', labels: {}, value: 1 });
    expect(parsePrometheusLine('x{a="1", b="2",} 3 1715250000.25')).toMatchObject({ labels: { a: '1', b: '2' }, timeMs: 1715250000250 });
  });

  it('unescapes label values and reads special values', () => {
    expect(parsePrometheusLine('x{path="C:\\\\tmp",q="say \\"hi\\"",n="a\\nb"} +Inf')).toMatchObject({
      labels: { path: 'C:\\tmp', q: 'say "hi"', n: 'a\nb' },
      value: Number.POSITIVE_INFINITY,
    });
    expect(parsePrometheusLine('x NaN')!.value).toBeNaN();
  });

  it('reads promtool dumps, exemplars and skips comments', () => {
    expect(parsePrometheusLine('{Hostname="h", __name__="DCGM_FI_DEV_POWER_USAGE", gpu="0"} 409.692 1715250000000')).toMatchObject({
      name: 'DCGM_FI_DEV_POWER_USAGE',
      labels: { Hostname: 'h', gpu: '0' },
    });
    expect(parsePrometheusLine('foo_total 17 1715250000 # {trace_id="abc"} 1 1715249999')).toMatchObject({ value: 17, timeMs: 1715250000000 });
    for (const text of ['', '   ', '# HELP x y', '# TYPE x gauge', '# EOF']) expect(parsePrometheusLine(text)).toBeNull();
  });

  it('refuses broken lines with the line number', () => {
    for (const text of ['x{a="1"', 'x{a=1} 2', 'x{a="1"} ', 'x{a="1"} abc', 'x 1 2 3', '{a="1"} 2', 'x 1 soon']) {
      const error = thrown(() => parsePrometheusLine(text, { file: 'm.prom', line: 4 }));
      expect(error.message, text).toMatch(/^m\.prom:4: not a Prometheus/);
    }
  });
});

describe('DroppedRows', () => {
  it('reports each reason once with its count and first line', () => {
    const dropped = new DroppedRows('power.log');
    dropped.add('no power value', 8);
    dropped.add('no power value', 12);
    dropped.add('cut short', 40);
    const warnings: string[] = [];
    dropped.report({ debug() {}, info() {}, warn: (m) => warnings.push(m) }, 'effect');
    expect(dropped.total).toBe(3);
    expect(warnings).toEqual(['power.log: dropped 2 rows: no power value (first at line 8); effect', 'power.log: dropped 1 row: cut short (first at line 40); effect']);
  });
});
