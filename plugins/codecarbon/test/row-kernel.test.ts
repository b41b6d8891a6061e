// The row kernel against the TypeScript it stands in for: field offsets as DelimitedLine finds them,
// numbers as parseDecimalBytes reads them (to the bit), and the lines it must leave to the reader.
import { describe, expect, it } from 'vitest';
import { DelimitedLine, parseDecimalBytes } from 'carbon-ci';
import { prng } from '../../../bench/generate.mjs';
import { EmissionsRowKernel } from '../row-kernel.js';
import { ByteRow, FieldReader, KernelRow } from '../rows.js';

type Random = () => number;
const pick = <T,>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** A double of any magnitude from 1e-30 to 1e30, now and then a round one or zero. */
function randomDouble(random: Random): number {
  const kind = random();
  if (kind < 0.05) return 0;
  if (kind < 0.15) return Math.floor(random() * 1e6);
  return random() * 10 ** Math.floor(random() * 60 - 30);
}

/** Numbers in every form a CSV field may hold them, valid or not. */
function numberText(random: Random): string {
  const x = randomDouble(random);
  const digits = Math.floor(random() * 21);
  return pick(random, [
    () => String(x),
    () => String(x),
    () => String(x),
    () => x.toExponential(),
    () => x.toExponential(Math.min(digits, 20)).toUpperCase(),
    () => x.toFixed(Math.min(digits, 20)),
    () => x.toPrecision(Math.max(1, Math.min(digits, 21))),
    () => `-${String(x)}`,
    () => `+${String(x)}`,
    () => ` ${String(x)}\t`,
    () => `000${String(x)}`,
    () => `${String(x)}0000000`,
    () => `.${Math.floor(random() * 1e9)}`,
    () => `${Math.floor(random() * 1e9)}.`,
    () => `${Math.floor(random() * 1e18)}${Math.floor(random() * 1e6)}`,
    () => pick(random, ['', ' ', '.', '-', '+', 'e5', '1e', '1e+', '1e-', '1.2.3', '0x10', 'Infinity', 'nan', 'N/A', '1_0', '5 W', '1e400', '1e-400', '-0', '0.0']),
  ])();
}

/** One ordinary row: a digit first (the kernel reads only such rows), then `count - 1` numbers. */
function row(random: Random, count: number): string {
  return ['7', ...Array.from({ length: count - 1 }, () => numberText(random))].join(',');
}

/**
 * Whether parseDecimalBytes reads `text` itself, rather than asking Number(): at most 19 significant
 * digits, a scale the exact powers of ten reach. (It asks for values within a hair of halfway between
 * two doubles too: rare, but common among integers of 17 digits or more, which this leaves out.)
 */
function withinFastPath(text: string): boolean {
  const match = /^[ \t]*[+-]?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?[ \t]*$/.exec(text);
  if (!match || (match[1] === '' && (match[2] ?? '') === '')) return false;
  const fraction = match[2] ?? '';
  const significant = `${match[1]}${fraction}`.replace(/^0+/, '').length;
  const scale = Number(match[3] ?? 0) - fraction.length;
  if (significant > 16 && match[2] === undefined && match[3] === undefined) return false;
  return significant <= 19 && scale >= -22 && scale <= 22 && (significant <= 15 || scale <= 0);
}

function kernelFor(fieldCount: number): EmissionsRowKernel {
  const kernel = new EmissionsRowKernel();
  // Every column kept; the first as text, the rest as numbers.
  const slotOfColumn = Int32Array.from({ length: fieldCount }, (_, column) => column);
  const decimal = Array.from({ length: fieldCount }, (_, column) => column !== 0);
  expect(kernel.keep({ fieldCount, slotOfColumn, decimal })).toBe(true);
  return kernel;
}

describe('codecarbon row kernel', () => {
  it('finds the fields DelimitedLine finds and reads every number parseDecimalBytes reads, to the bit', () => {
    const random = prng(0xdec1a1);
    const fieldCount = 9;
    const kernel = kernelFor(fieldCount);
    const fields = new DelimitedLine();
    let numbers = 0;
    let fastForms = 0;
    let fastFormsLeft = 0;
    for (let round = 0; round < 40; round++) {
      const bytes = Buffer.from(`${Array.from({ length: 500 }, () => row(random, fieldCount)).join(round % 2 ? '\r\n' : '\n')}\n`);
      kernel.load(bytes);
      expect(kernel.read(0, bytes.length)).toBe(500);
      expect(kernel.end).toBe(bytes.length);
      for (let r = 0, from = 0; r < 500; r++, from = fields.next) {
        fields.scan(bytes, from);
        expect(kernel.lineStart[r]).toBe(from);
        for (let slot = 0; slot < fieldCount; slot++) {
          const start = kernel.bounds[(r * fieldCount + slot) * 2]!;
          const end = kernel.bounds[(r * fieldCount + slot) * 2 + 1]!;
          expect([start, end]).toEqual([fields.fieldStart(slot), fields.fieldEnd(slot)]);
          if (slot === 0) {
            expect(kernel.values[r * fieldCount]).toBeNaN();
            continue;
          }
          const value = kernel.values[r * fieldCount + slot]!;
          const expected = parseDecimalBytes(bytes, start, end);
          numbers++;
          const fast = withinFastPath(bytes.toString('latin1', start, end));
          fastForms += fast ? 1 : 0;
          if (Number.isNaN(value)) {
            fastFormsLeft += fast ? 1 : 0;
          } else {
            expect(Object.is(value, expected), `${bytes.toString('latin1', start, end)}: ${value} vs ${expected}`).toBe(true);
          }
        }
      }
    }
    expect(numbers).toBe(40 * 500 * 8);
    // What parseDecimalBytes reads itself, the kernel reads too, but for the rare values too near halfway between two doubles.
    expect(fastForms).toBeGreaterThan(numbers * 0.4);
    expect(fastFormsLeft).toBeLessThan(fastForms * 0.001);
  });

  it('stops at the lines the reader reads itself: a quote, too few or too many fields, no digit first, no LF before the limit', () => {
    const random = prng(0x57095);
    const fieldCount = 5;
    const kernel = kernelFor(fieldCount);
    const good = () => row(random, fieldCount);
    const stoppers = ['7,1,2,"3",4', '7,1,2,3', '7,1,2,3,4,5', 'x,1,2,3,4', ' 7,1,2,3,4', '', '\r', '"7",1,2,3,4'];
    for (const stopper of stoppers) {
      const before = [good(), good(), good()];
      const bytes = Buffer.from(`${before.join('\n')}\n${stopper}\n${good()}\n`);
      kernel.load(bytes);
      expect(kernel.read(0, bytes.length), JSON.stringify(stopper)).toBe(3);
      expect(kernel.end).toBe(before.join('\n').length + 1);
    }
    // A CR inside a field is a byte like any other.
    const inner = Buffer.from(`7,1,2,3,4\r5\n${good()}\n`);
    kernel.load(inner);
    expect(kernel.read(0, inner.length)).toBe(2);
    expect(inner.toString('latin1', kernel.bounds[8]!, kernel.bounds[9]!)).toBe('4\r5');
    // A last line without its LF is left, as is everything past the limit.
    const text = `${good()}\n${good()}`;
    const bytes = Buffer.from(text);
    kernel.load(bytes);
    expect(kernel.read(0, bytes.length)).toBe(1);
    expect(kernel.read(0, text.indexOf('\n'))).toBe(0);
    expect(kernel.read(text.indexOf('\n') + 1, bytes.length)).toBe(0);
  });

  it('keeps a CR before the LF out of the last field, as DelimitedLine does, and reads at most maxRows rows a call', () => {
    const kernel = kernelFor(2);
    const bytes = Buffer.from(`${Array.from({ length: kernel.maxRows + 10 }, (_, k) => `${k},${k}.5`).join('\r\n')}\r\n`);
    kernel.load(bytes);
    expect(kernel.read(0, bytes.length)).toBe(kernel.maxRows);
    const next = kernel.end;
    expect(kernel.values[(kernel.maxRows - 1) * 2 + 1]).toBe(kernel.maxRows - 1 + 0.5);
    expect(kernel.read(next, bytes.length)).toBe(10);
    expect(kernel.values[9 * 2 + 1]).toBe(kernel.maxRows + 9.5);
    expect(bytes.toString('latin1', kernel.bounds[(9 * 2 + 1) * 2]!, kernel.bounds[(9 * 2 + 1) * 2 + 1]!)).toBe(`${kernel.maxRows + 9}.5`);
  });

  it('refuses more columns or slots than it holds', () => {
    const kernel = new EmissionsRowKernel();
    expect(kernel.keep({ fieldCount: 300, slotOfColumn: new Int32Array(300).fill(-1), decimal: [] })).toBe(false);
    expect(kernel.keep({ fieldCount: 40, slotOfColumn: Int32Array.from({ length: 40 }, (_, k) => k), decimal: Array(40).fill(true) })).toBe(false);
  });
});

describe('codecarbon KernelRow', () => {
  it('reads a column the kernel did not keep by scanning its line again, as ByteRow reads it', () => {
    const kernel = new EmissionsRowKernel();
    // Only column 2 kept (a number); columns 0, 1 and 3 are left to the fallback.
    const kept = { fieldCount: 4, slotOfColumn: Int32Array.from([-1, -1, 0, -1]), decimal: [true] };
    expect(kernel.keep(kept)).toBe(true);
    const bytes = Buffer.from('2025-06-01T00:00:00,run-1,0.5,7.25\n2025-06-01T00:00:15, run-2 ,1e-3,N/A\n');
    kernel.load(bytes);
    expect(kernel.read(0, bytes.length)).toBe(2);
    const reader = new FieldReader((wallMs) => wallMs);
    const row = new KernelRow(kernel, kept, reader, new ByteRow(new DelimitedLine(), reader));
    const seen = [0, 1].map((r) => {
      const at = row.at(bytes, r, r + 2);
      return [at.instantMs(0), at.key(1), at.number(2), at.number(3), at.text(3), at.line];
    });
    expect(seen).toEqual([
      [Date.UTC(2025, 5, 1), 'run-1', 0.5, 7.25, '7.25', 2],
      [Date.UTC(2025, 5, 1, 0, 0, 15), 'run-2', 0.001, Number.NaN, 'N/A', 3],
    ]);
  });
});
