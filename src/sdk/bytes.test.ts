import { describe, expect, it } from 'vitest';
import * as scan from './bytes.js';

// The scanners read bytes; these take strings for readable tests.
const b = (text: string) => Buffer.from(text, 'utf8');
const parseNumber = (text: string, start: number, end: number) => scan.parseNumberBytes(b(text), start, end);
const parseTimestampFields = (text: string, start: number, end: number, out: Float64Array) => scan.parseDateTimeBytes(b(text), start, end, out);
const num = (text: string) => parseNumber(text, 0, b(text).length);

describe('parseNumber', () => {
  it('equals Number() of the digits, with or without a unit', () => {
    const values = ['62.87', '0', '300.00', '1200', '75.61', '0.1', '0.3', '123456.789', '9007199254.74', '-12.5', '+4', '.5', '5.'];
    for (const text of values) {
      expect(num(text)).toBe(Number(text));
      expect(num(` ${text} W `)).toBe(Number(text));
    }
    expect(num(' 95 %')).toBe(95);
    expect(num('1200 MiB')).toBe(1200);
    expect(num('1410 MHz')).toBe(1410);
    expect(num('62.87W')).toBe(62.87);
  });

  it('matches Number() on random two-decimal readings', () => {
    for (let i = 0; i < 20000; i++) {
      const text = (Math.random() * 1000).toFixed(2);
      expect(num(text)).toBe(Number(text));
    }
  });

  it('reads exponents and long mantissas exactly', () => {
    expect(num('1.5e3')).toBe(1500);
    expect(num('2E-1 W')).toBe(0.2);
    for (const long of ['12345678901234567890', '0.12345678901234567', '3.141592653589793238']) expect(num(long)).toBe(Number(long));
  });

  it('gives NaN for placeholders and text', () => {
    for (const text of ['[N/A]', '[Not Supported]', '', '   ', 'ERR!', 'abc', '12 W x', '1,5', '--', 'W']) expect(num(text)).toBeNaN();
  });

  it('reads only the given range', () => {
    const line = '2024/01/15 10:23:45.000, 0, 300.00 W, 95 %';
    const start = line.indexOf(', 300') + 1;
    expect(parseNumber(line, start, line.indexOf(',', start))).toBe(300);
    expect(parseNumber(line, start, start + 3)).toBe(30);
  });
});

describe('parseTimestampFields', () => {
  const out = new Float64Array(2);
  const parse = (text: string) => (parseTimestampFields(text, 0, text.length, out) ? [out[0], out[1]] : undefined);

  it('reads nvidia-smi timestamps', () => {
    expect(parse('2026/05/09 03:57:48.161')).toEqual([20260509, ((3 * 60 + 57) * 60 + 48) * 1000 + 161]);
    expect(parse(' 2024/01/15 10:23:45.000 ')).toEqual([20240115, ((10 * 60 + 23) * 60 + 45) * 1000]);
  });

  it('accepts ISO-like separators and 0 to 9 fraction digits', () => {
    expect(parse('2024-01-15T10:23:45')).toEqual([20240115, 37425000]);
    expect(parse('2024/01/15 10:23:45.5')).toEqual([20240115, 37425500]);
    expect(parse('2024/01/15 10:23:45.123456')).toEqual([20240115, 37425123]);
    expect(parse('2024/02/29 00:00:00.000')).toEqual([20240229, 0]);
  });

  it('refuses what is not a valid timestamp', () => {
    for (const text of [
      '2023/02/29 00:00:00.000',
      '2024/13/01 00:00:00.000',
      '2024/04/31 00:00:00.000',
      '2024/01/15 24:00:00.000',
      '2024/01/15 10:23',
      '2024/01-15 10:23:45.000',
      '2024/01/15 10:23:45.',
      '2024/01/15 10:23:45.000 PST',
      '[N/A]',
      '63.68 W',
      '0',
    ]) {
      expect(parse(text), text).toBeUndefined();
    }
  });
});

describe('parseTimeOfDayBytes', () => {
  const parse = (text: string) => scan.parseTimeOfDayBytes(b(text), 0, b(text).length);

  it('reads HH:MM:SS with 0 to 9 fraction digits, and nothing else', () => {
    expect(parse('10:23:45')).toBe(37425000);
    expect(parse('10:23:45.5')).toBe(37425500);
    expect(parse('23:59:60.999999999')).toBe(86400999);
    for (const text of ['24:00:00', '10:60:00', '10:23:61', '10:23:4', '10:23:45.', '10:23:45.1234567890', '10-23-45', ' 10:23:45', '10:23:45 ']) {
      expect(parse(text), text).toBe(-1);
    }
  });
});
