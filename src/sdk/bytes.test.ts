import { describe, expect, it } from 'vitest';
import * as scan from './bytes.js';
import { prng } from '../../scripts/make-example.mjs';

// The scanners read bytes; these take strings for readable tests.
const b = (text: string) => Buffer.from(text, 'utf8');
const parseNumber = (text: string, start: number, end: number) => scan.parseNumberBytes(b(text), start, end);
const parseIndex = (text: string, start: number, end: number) => scan.parseIndexBytes(b(text), start, end);
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

describe('parseIndex', () => {
  it('reads small non-negative integers and refuses the rest', () => {
    expect(parseIndex(' 7 ', 0, 3)).toBe(7);
    expect(parseIndex('12', 0, 2)).toBe(12);
    for (const text of ['', '-1', '1.5', 'x', '[N/A]', '12345678']) expect(parseIndex(text, 0, text.length)).toBe(-1);
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

describe('DelimitedLine', () => {
  const fieldsOf = (line: scan.DelimitedLine, bytes: Buffer) =>
    Array.from({ length: line.fieldCount }, (_, k) => bytes.toString('utf8', line.fieldStart(k), line.fieldEnd(k)));

  it('finds the fields and the end of each line, CRLF or LF, the last one with or without a newline', () => {
    const bytes = b('a,b,,c\r\n12,3\n\nx;y,"q"');
    const line = new scan.DelimitedLine();
    const lines: unknown[] = [];
    for (let from = 0; from < bytes.length; from = line.next) {
      line.scan(bytes, from);
      lines.push({ fields: fieldsOf(line, bytes), text: bytes.toString('utf8', line.start, line.end), terminated: line.terminated, hasQuote: line.hasQuote });
    }
    expect(lines).toEqual([
      { fields: ['a', 'b', '', 'c'], text: 'a,b,,c', terminated: true, hasQuote: false },
      { fields: ['12', '3'], text: '12,3', terminated: true, hasQuote: false },
      { fields: [''], text: '', terminated: true, hasQuote: false },
      { fields: ['x;y', '"q"'], text: 'x;y,"q"', terminated: false, hasQuote: true },
    ]);
  });

  it('scans indexed bytes in any order of lines, and bytes it was not given to index the plain way', () => {
    const bytes = b('a,b\nc,"d"\n\ne,f,g');
    const other = b('x,y\n');
    const line = new scan.DelimitedLine();
    line.index(bytes);
    const at = (from: number, of = bytes) => {
      line.scan(of, from);
      return { fields: fieldsOf(line, of), next: line.next, hasQuote: line.hasQuote };
    };
    expect(at(4)).toEqual({ fields: ['c', '"d"'], next: 10, hasQuote: true });
    expect(at(0)).toEqual({ fields: ['a', 'b'], next: 4, hasQuote: false });
    expect(at(11)).toEqual({ fields: ['e', 'f', 'g'], next: 16, hasQuote: false });
    expect(at(10)).toEqual({ fields: [''], next: 11, hasQuote: false });
    expect(at(0, other)).toEqual({ fields: ['x', 'y'], next: 4, hasQuote: false });
  });

  it('takes any delimiter and any number of fields', () => {
    const text = Array.from({ length: 100 }, (_, k) => `f${k}`).join('\t');
    const line = new scan.DelimitedLine(9);
    line.scan(b(`${text}\n`), 0);
    expect(line.fieldCount).toBe(100);
    expect(fieldsOf(line, b(text))).toEqual(text.split('\t'));
  });

  it('finds every delimiter, quote and newline, byte by byte and from the list that index makes, at every alignment', () => {
    const random = prng(11);
    const alphabet = ['a', '7', '.', '-', ' ', '+', ',', ';', '"', '\r', 'é', '€', '\t'];
    const lines = Array.from({ length: 300 }, () =>
      Array.from({ length: Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''),
    );
    const text = lines.join('\n');
    for (const delimiter of [44, 59, 9]) {
      const char = String.fromCharCode(delimiter);
      // Every alignment of the bytes in their buffer.
      for (let offset = 0; offset < 4; offset++) {
        const backing = Buffer.alloc(offset + Buffer.byteLength(text) + 3, 'x');
        const bytes = backing.subarray(offset, offset + Buffer.byteLength(text));
        bytes.write(text);
        const expected = lines.map((l) => {
          const content = l.endsWith('\r') ? l.slice(0, -1) : l;
          return { fields: content.split(char), hasQuote: l.includes('"') };
        });
        // Byte by byte, then from the list that `index` makes in WebAssembly (which reads 16 bytes at a time).
        for (const indexed of [false, true]) {
          const line = new scan.DelimitedLine(delimiter);
          if (indexed) line.index(bytes);
          const read: unknown[] = [];
          for (let from = 0; from < bytes.length; from = line.next) {
            line.scan(bytes, from);
            read.push({ fields: fieldsOf(line, bytes), hasQuote: line.hasQuote });
          }
          // A text that ends with its last line's newline has no empty line after it.
          expect(read).toEqual(text.endsWith('\n') ? expected.slice(0, -1) : expected);
        }
      }
    }
  });
});

describe('bytesEqual', () => {
  it('compares a range with a key', () => {
    const bytes = b('run-1,run-12');
    expect(scan.bytesEqual(b('run-1'), bytes, 0, 5)).toBe(true);
    expect(scan.bytesEqual(b('run-1'), bytes, 6, 12)).toBe(false);
    expect(scan.bytesEqual(b('run-2'), bytes, 0, 5)).toBe(false);
    expect(scan.bytesEqual(b(''), bytes, 3, 3)).toBe(true);
  });
});

describe('parseDecimalBytes', () => {
  const decimal = (text: string) => scan.parseDecimalBytes(b(text), 0, b(text).length);
  const random = prng(0xdec1);
  const digits = (count: number) => Array.from({ length: count }, (_, k) => String(Math.floor(random() * (k === 0 ? 9 : 10)) + (k === 0 ? 1 : 0))).join('');

  it('is exactly Number() for plain decimals of every form', () => {
    const texts = ['0', '-0', '+0.0', '12', '0.5', '.5', '5.', '-12.5', '+4', '1e5', '1E+05', '1.5e-3', '8.445669475103291e-05', '0.00018955742218157236'];
    for (const text of [...texts, ...texts.map((t) => ` ${t}\t`)]) expect(Object.is(decimal(text), Number(text)), text).toBe(true);
    for (const text of ['1e400', '1e-400', '123456789012345678901234567890', '0.1234567890123456789012', '1.7976931348623157e308']) {
      expect(decimal(text)).toBe(Number(text));
    }
  });

  it('is NaN for anything but a plain decimal (units, markers, hex, Infinity, stray characters)', () => {
    for (const text of ['', ' ', '.', '-', '+-1', '1e', 'e5', '1.2.3', '12 W', '95 %', 'N/A', '[N/A]', '0x10', '0b1', 'Infinity', '-Infinity', '1,5', '- 5', '1e5x', 'NaN']) {
      expect(decimal(text), text).toBeNaN();
    }
  });

  it('rounds as Number() does: shortest round-trip forms, 16 to 19 digits and exponents', () => {
    for (let k = 0; k < 200_000; k++) {
      const x = random() * 10 ** Math.floor(random() * 14 - 9);
      for (const text of [String(x), x.toPrecision(16), x.toPrecision(17), x.toPrecision(19), x.toExponential(16)]) {
        if (decimal(text) !== Number(text)) expect(decimal(text), text).toBe(Number(text));
      }
    }
    for (let k = 0; k < 200_000; k++) {
      const mantissa = digits(1 + Math.floor(random() * 19));
      const point = Math.floor(random() * (mantissa.length + 1));
      const text = `${mantissa.slice(0, point)}.${mantissa.slice(point)}${random() < 0.3 ? `e-${Math.floor(random() * 12)}` : ''}`;
      if (decimal(text) !== Number(text)) expect(decimal(text), text).toBe(Number(text));
    }
  });

  it('rounds decimals next to halfway between two doubles as Number() does', () => {
    // The exact midpoint of a double and the next, cut to 16 to 19 digits and moved a unit either way.
    const bits = new BigUint64Array(1);
    const double = new Float64Array(bits.buffer);
    for (let k = 0; k < 20_000; k++) {
      double[0] = random() * 10 ** Math.floor(random() * 10 - 7);
      const exponent = Number((bits[0]! >> 52n) & 0x7ffn) - 1075;
      if (exponent >= 0) continue;
      const mantissa = (bits[0]! & ((1n << 52n) - 1n)) | (1n << 52n);
      // (2·mantissa + 1)·2^(exponent - 1) = (2·mantissa + 1)·5^(1 - exponent) / 10^(1 - exponent)
      const fractionDigits = 1 - exponent;
      const midpoint = ((2n * mantissa + 1n) * 5n ** BigInt(fractionDigits)).toString();
      for (const significant of [16, 17, 18, 19]) {
        for (const step of [-1n, 0n, 1n]) {
          const cut = (BigInt(midpoint.slice(0, significant)) + step).toString();
          const text = `${cut}e${midpoint.length - significant - fractionDigits}`;
          if (decimal(text) !== Number(text)) expect(decimal(text), text).toBe(Number(text));
        }
      }
    }
  });
});
describe('parseDecimalBytes on the fields of whitespace-separated formats', () => {
  const decimal = (text: string) => scan.parseDecimalBytes(b(text), 0, b(text).length);
  // What parseNumber of the SDK takes for a number (the rest is NaN here).
  const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

  it('equals Number() of every decimal, to the bit (signs, -0, exponents, long mantissas)', () => {
    const values = ['0', '-0', '-0.0', '+4', '.5', '-.5', '5.', '5.e3', '61.338000', '1748736001.129', '1747029630039', '1.5e+02', '2E-1', '9223372036854775794', '0.12345678901234567', '007'];
    for (const text of values) expect(Object.is(decimal(text), Number(text)), text).toBe(true);
  });

  it('agrees with the SDK number syntax on random fields', () => {
    const alphabet = '0123456789..+-eE x';
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 50000; n++) {
      let text = '';
      for (let k = Math.floor(random() * 8); k >= 0; k--) text += alphabet[Math.floor(random() * alphabet.length)];
      // Blanks around the number are trimmed.
      const expected = NUMBER.test(text.trim()) ? Number(text) : Number.NaN;
      expect(Object.is(decimal(text), expected), JSON.stringify(text)).toBe(true);
    }
  });

  it('refuses units and the words for non-numbers', () => {
    for (const text of ['', '62.87W', '1,5', '0x10', 'NaN', '+Inf', 'e5', '1e', '1e+', '.', '-', '1.2.3']) expect(decimal(text), text).toBeNaN();
  });

  it('reads only the given range', () => {
    const line = b('GPU 0 61.686 284360079243\n');
    expect(scan.parseDecimalBytes(line, 6, 12)).toBe(61.686);
    expect(scan.parseDecimalBytes(line, 6, 10)).toBe(61.6);
  });
});

describe('readDecimalFieldBytes', () => {
  const field = { end: -1, integerDigits: -1 };
  const read = (text: string, start = 0) => {
    field.end = -1;
    field.integerDigits = -1;
    const value = scan.readDecimalFieldBytes(b(text), start, b(text).length, field);
    return [value, field.end, field.integerDigits];
  };

  it('reads a plain decimal up to a blank, CR, LF or the end, as Number() does', () => {
    expect(read('1748736001.129 GPU')).toEqual([1748736001.129, 14, 10]);
    expect(read('61.686\t2')).toEqual([61.686, 6, 2]);
    expect(read('284360079243\r\n')).toEqual([284360079243, 12, 12]);
    expect(read('GPU 7\n', 4)).toEqual([7, 5, 1]);
    for (const text of ['0', '007', '0.0', '1748736001.129384756', '9223372036854775794', '3.141592653589793238']) {
      expect(read(text)).toEqual([Number(text), text.length, text.split('.')[0]!.length]);
    }
  });

  it('refuses signs, exponents, units, bare dots and other bytes, and leaves the field as it was', () => {
    for (const text of ['', ' 1', '-1', '+1', '1e3', '61W', '61.', '.5', '1.2.3', '4\u00a02', 'N/A', '1,5']) expect(read(text), text).toEqual([Number.NaN, -1, -1]);
  });

  it('matches Number() on random readings', () => {
    for (let i = 0; i < 20000; i++) {
      const text = (Math.random() * 10 ** (i % 12)).toFixed(i % 7);
      expect(read(`${text} `)[0]).toBe(Number(text));
    }
  });
});

describe('skipDigits and skipPrintable', () => {
  it('find the end of a run of digits and of a field', () => {
    const line = b('1748736001.129 GPU\t0\r\n');
    expect(scan.skipDigits(line, 0, line.length)).toBe(10);
    expect(scan.skipDigits(line, 10, line.length)).toBe(10);
    expect(scan.skipPrintable(line, 0, line.length)).toBe(14);
    expect(scan.skipPrintable(line, 15, line.length)).toBe(18);
    expect(scan.skipPrintable(line, 19, line.length)).toBe(20);
    expect(scan.skipPrintable(line, 0, 5)).toBe(5);
  });

  it('stop a field at every other blank, control and non-ASCII byte', () => {
    for (const text of ['a\vb', 'a\fb', 'a\u00a0b', 'a\u2028b', 'a\u3000b', 'a\u00e9b', 'a\x7fb', 'a\x00b']) expect(scan.skipPrintable(b(text), 0, b(text).length), JSON.stringify(text)).toBe(1);
  });
});
