// Field parsing straight from the bytes of a line (a `LineChunk`): no decoding, no split, no regex, no
// Date per line. For plugins whose logs are ASCII; a field with other bytes simply fails to parse.

import { SPECIAL_DELIMITER, SPECIAL_NEWLINE, SpecialsKernel } from './specials-kernel.js';

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const SPACE = 32;
const TAB = 9;

export function skipBlanks(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  while (i < end && (bytes[i] === SPACE || bytes[i] === TAB)) i++;
  return i;
}

export function trimBlanksEnd(bytes: Uint8Array, start: number, end: number): number {
  let e = end;
  while (e > start && (bytes[e - 1] === SPACE || bytes[e - 1] === TAB)) e--;
  return e;
}

export function bytesText(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, end - start)).toString('utf8');
}

function isLetterOrPercent(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 37;
}

/**
 * The number in `bytes[start, end)`, with an optional unit suffix (`312.45 W`, `95 %`, `1200 MiB`).
 * NaN when the field holds no number (`[N/A]`, `[Not Supported]`, text, an empty field).
 * The result equals `Number()` of the digits: an integer mantissa divided by an exact power of ten.
 */
export function parseNumberBytes(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  while (i < end && bytes[i] === SPACE) i++;
  let negative = false;
  let c = bytes[i]!;
  if (c === 45 /* - */ || c === 43 /* + */) {
    negative = c === 45;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let fraction = 0;
  while (i < end) {
    c = bytes[i]! - 48;
    if (c < 0 || c > 9) break;
    mantissa = mantissa * 10 + c;
    digits++;
    i++;
  }
  if (i < end && bytes[i] === 46 /* . */) {
    i++;
    while (i < end) {
      c = bytes[i]! - 48;
      if (c < 0 || c > 9) break;
      mantissa = mantissa * 10 + c;
      digits++;
      fraction++;
      i++;
    }
  }
  if (digits === 0) return Number.NaN;
  while (i < end && bytes[i] === SPACE) i++;
  // What follows must be a unit (letters or %), then nothing but spaces.
  while (i < end && isLetterOrPercent(bytes[i]!)) {
    c = bytes[i]!;
    // An exponent (1.5e3) goes the slow, exact way.
    if ((c === 101 || c === 69) && i + 1 < end && isExponentStart(bytes[i + 1]!)) return slowNumber(bytes, start, end);
    i++;
  }
  if (skipBlanks(bytes, i, end) !== end) return Number.NaN;
  if (digits > 15) return slowNumber(bytes, start, end);
  const value = fraction === 0 ? mantissa : mantissa / POW10[fraction]!;
  return negative ? -value : value;
}

function isExponentStart(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 43 || c === 45;
}

function slowNumber(bytes: Uint8Array, start: number, end: number): number {
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*[A-Za-z%]*$/.exec(bytesText(bytes, start, end).trim());
  return match ? Number(match[1]) : Number.NaN;
}

/** A non-negative integer field (`index`); -1 when it is not one. */
export function parseIndexBytes(bytes: Uint8Array, start: number, end: number): number {
  const s = skipBlanks(bytes, start, end);
  const e = trimBlanksEnd(bytes, s, end);
  if (s === e || e - s > 6) return -1;
  let value = 0;
  for (let i = s; i < e; i++) {
    const d = bytes[i]! - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function twoDigits(bytes: Uint8Array, i: number): number {
  const a = bytes[i]! - 48;
  const b = bytes[i + 1]! - 48;
  if (a < 0 || a > 9 || b < 0 || b > 9) return -1;
  return a * 10 + b;
}

/**
 * Calendar and clock fields of a `YYYY/MM/DD HH:MM:SS.mmm` timestamp (also `-` between date parts, `T`
 * before the time, 0 to 9 fraction digits), without a zone. Returns false when the field is not one.
 * `out[0]` = year*10000 + month*100 + day, `out[1]` = milliseconds since midnight.
 */
export function parseDateTimeBytes(bytes: Uint8Array, start: number, end: number, out: Float64Array): boolean {
  const s = skipBlanks(bytes, start, end);
  const e = trimBlanksEnd(bytes, s, end);
  if (e - s < 19) return false;
  const y1 = twoDigits(bytes, s);
  const y2 = twoDigits(bytes, s + 2);
  const month = twoDigits(bytes, s + 5);
  const day = twoDigits(bytes, s + 8);
  if ((y1 | y2 | month | day) < 0) return false;
  const sep1 = bytes[s + 4];
  const sep2 = bytes[s + 7];
  const sep3 = bytes[s + 10];
  if ((sep1 !== 47 && sep1 !== 45) || sep2 !== sep1 || (sep3 !== SPACE && sep3 !== 84 /* T */)) return false;
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month]!) return false;
  const year = y1 * 100 + y2;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return false;
  const ms = parseTimeOfDayBytes(bytes, s + 11, e);
  if (ms < 0) return false;
  out[0] = year * 10000 + month * 100 + day;
  out[1] = ms;
  return true;
}

/**
 * Milliseconds since midnight of a `HH:MM:SS` time with 0 to 9 fraction digits that fills
 * `bytes[start, end)` exactly; -1 when it is not one. The time part of `parseDateTimeBytes`.
 */
export function parseTimeOfDayBytes(bytes: Uint8Array, start: number, end: number): number {
  if (end - start < 8) return -1;
  const hour = twoDigits(bytes, start);
  const minute = twoDigits(bytes, start + 3);
  const second = twoDigits(bytes, start + 6);
  if ((hour | minute | second) < 0 || bytes[start + 2] !== 58 || bytes[start + 5] !== 58) return -1;
  if (hour > 23 || minute > 59 || second > 60) return -1;
  let ms = 0;
  if (end > start + 8) {
    const digits = end - start - 9;
    if (bytes[start + 8] !== 46 || digits < 1 || digits > 9) return -1;
    // Milliseconds are the first three fraction digits; the rest are checked, not rounded in.
    for (let k = 0; k < digits; k++) {
      const d = bytes[start + 9 + k]! - 48;
      if (d < 0 || d > 9) return -1;
      if (k < 3) ms = ms * 10 + d;
    }
    if (digits < 3) ms *= digits === 1 ? 100 : 10;
  }
  return ((hour * 60 + minute) * 60 + second) * 1000 + ms;
}

const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
/** `index` lists offsets × 4 in 32-bit integers. */
const MAX_INDEXED_BYTES = 2 ** 29;
const QUOTE = 34;

/**
 * One line of delimited text (a CSV row without quoted fields, a TSV row…) located in one pass over
 * its bytes: where each field ends and where the line ends. One instance is reused from line to line,
 * so reading a line allocates nothing. A line with a double quote is flagged (`hasQuote`) for a CSV
 * parser that knows quoting: the offsets count every delimiter, quoted or not.
 */
export class DelimitedLine {
  /** Offset of the line's first byte. */
  start = 0;
  /** Offset just after its content: before its `\n` (and a `\r` before that), or the end of the bytes. */
  end = 0;
  /** Offset of the next line: just after the `\n`, or the end of the bytes. */
  next = 0;
  /** False when the bytes end before a `\n` (the last line of a file without one). */
  terminated = false;
  /** Number of delimiters + 1. */
  fieldCount = 0;
  hasQuote = false;
  private fieldEnds: Int32Array = new Int32Array(32);
  /** Bytes above this are neither the delimiter, a quote nor a newline: one comparison skips them. */
  private readonly highestSpecial: number;

  /** What `index` found: the bytes, their specials (offset × 4 + kind) and the next one to read. */
  private indexed: Uint8Array | undefined;
  private specials: Int32Array<ArrayBufferLike> = new Int32Array(0);
  private nextSpecial = 0;
  private kernel: SpecialsKernel | undefined;

  constructor(private readonly delimiter = 44 /* , */) {
    this.highestSpecial = Math.max(delimiter, QUOTE, NEWLINE);
  }

  /**
   * Finds the delimiters, quotes and newlines of all of `bytes` at once (in WebAssembly, sixteen bytes
   * at a time), for the scans of these bytes that follow: much faster for a chunk of many lines. The
   * bytes must not change until the last of those scans.
   */
  index(bytes: Uint8Array): void {
    if (bytes.length >= MAX_INDEXED_BYTES) {
      this.indexed = undefined;
      return;
    }
    this.kernel ??= new SpecialsKernel();
    this.specials = this.kernel.find(bytes, this.delimiter);
    this.indexed = bytes;
    this.nextSpecial = 0;
  }

  /** Locate the line that starts at `from`. */
  scan(bytes: Uint8Array, from: number): void {
    if (bytes === this.indexed) {
      this.scanIndexed(bytes, from);
      return;
    }
    const delimiter = this.delimiter;
    const highestSpecial = this.highestSpecial;
    const size = bytes.length;
    let fieldEnds = this.fieldEnds;
    let delimiters = 0;
    let hasQuote = false;
    let i = from;
    for (; i < size; i++) {
      const c = bytes[i]!;
      if (c > highestSpecial) continue;
      if (c === delimiter) {
        if (delimiters === fieldEnds.length - 1) fieldEnds = this.grow();
        fieldEnds[delimiters++] = i;
      } else if (c === NEWLINE) break;
      else if (c === QUOTE) hasQuote = true;
    }
    this.found(bytes, from, i, fieldEnds, delimiters, hasQuote);
  }

  /** `scan` from the list that `index` made. */
  private scanIndexed(bytes: Uint8Array, from: number): void {
    const specials = this.specials;
    const count = specials.length;
    let k = this.nextSpecial;
    // Lines are scanned in order, each from the special after the last line's newline; after a jump back, from the start.
    if (k > 0 && specials[k - 1]! >> 2 >= from) k = 0;
    while (k < count && specials[k]! >> 2 < from) k++;
    let fieldEnds = this.fieldEnds;
    let delimiters = 0;
    let hasQuote = false;
    let i = bytes.length;
    for (; k < count; k++) {
      const special = specials[k]!;
      const kind = special & 3;
      if (kind === SPECIAL_DELIMITER) {
        if (delimiters === fieldEnds.length - 1) fieldEnds = this.grow();
        fieldEnds[delimiters++] = special >> 2;
      } else if (kind === SPECIAL_NEWLINE) {
        i = special >> 2;
        k++;
        break;
      } else hasQuote = true;
    }
    this.nextSpecial = k;
    this.found(bytes, from, i, fieldEnds, delimiters, hasQuote);
  }

  /** The line from `from` ends at `i`: its newline, or the end of the bytes. */
  private found(bytes: Uint8Array, from: number, i: number, fieldEnds: Int32Array, delimiters: number, hasQuote: boolean): void {
    const size = bytes.length;
    const end = i > from && bytes[i - 1] === CARRIAGE_RETURN ? i - 1 : i;
    fieldEnds[delimiters] = end;
    this.start = from;
    this.end = end;
    this.terminated = i < size;
    this.next = this.terminated ? i + 1 : size;
    this.fieldCount = delimiters + 1;
    this.hasQuote = hasQuote;
  }

  fieldStart(field: number): number {
    return field === 0 ? this.start : this.fieldEnds[field - 1]! + 1;
  }

  fieldEnd(field: number): number {
    return this.fieldEnds[field]!;
  }

  private grow(): Int32Array {
    const grown = new Int32Array(this.fieldEnds.length * 2);
    grown.set(this.fieldEnds);
    this.fieldEnds = grown;
    return grown;
  }
}

/** True when `bytes[start, end)` holds exactly the bytes of `expected`. */
export function bytesEqual(expected: Uint8Array, bytes: Uint8Array, start: number, end: number): boolean {
  const length = expected.length;
  if (end - start !== length) return false;
  for (let k = 0; k < length; k++) if (expected[k] !== bytes[start + k]) return false;
  return true;
}

/** The powers of ten that doubles hold exactly. */
const EXACT_POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
/** Significant digits held exactly in one double (below 2^53). */
const HEAD_DIGITS = 15;
/** Significant digits after those that the corrected division below reads: 19 in all. */
const TAIL_DIGITS = 4;

/**
 * The plain decimal number in `bytes[start, end)`, blanks around it allowed: an optional sign, digits with
 * an optional fraction (`12`, `0.5`, `.5`, `5.`), an optional exponent (`1e-05`). Exactly what `Number()`
 * gives for the text; NaN for anything else (a unit, a marker such as `N/A`, an empty field, `0x10`,
 * `Infinity`), so it is as strict as `parseNumber` without decoding the field. Fast for up to 19
 * significant digits, which covers the shortest round-trip form of any double (Python's `repr`).
 */
export function parseDecimalBytes(bytes: Uint8Array, start: number, end: number): number {
  const s = skipBlanks(bytes, start, end);
  const e = trimBlanksEnd(bytes, s, end);
  let i = s;
  const sign = bytes[i];
  if (sign === 45 /* - */ || sign === 43 /* + */) i++;
  // Significant digits (leading zeros are not) go to integers of at most 8 digits, so that the loop
  // does integer steps: the first 8, the next 7 (15 in all: the head, exact in a double), 4 more (the
  // tail); any digit after those is unread.
  let significant = 0;
  let first = 0;
  let second = 0;
  let tail = 0;
  const digitsStart = i;
  let point = -1;
  for (; i < e; i++) {
    const d = bytes[i]! - 48;
    if (d >= 0 && d <= 9) {
      if (significant === 0 && d === 0) continue;
      if (significant < 8) first = first * 10 + d;
      else if (significant < HEAD_DIGITS) second = second * 10 + d;
      else if (significant < HEAD_DIGITS + TAIL_DIGITS) tail = tail * 10 + d;
      significant++;
    } else if (d === 46 - 48 && point < 0) point = i;
    else break;
  }
  const digits = i - digitsStart - (point < 0 ? 0 : 1);
  const fractionDigits = point < 0 ? 0 : i - point - 1;
  const headDigits = Math.min(significant, HEAD_DIGITS);
  const head = headDigits > 8 ? first * EXACT_POW10[headDigits - 8]! + second : first;
  const tailDigits = Math.min(Math.max(significant - HEAD_DIGITS, 0), TAIL_DIGITS);
  const unread = Math.max(significant - HEAD_DIGITS - TAIL_DIGITS, 0);
  if (digits === 0) return Number.NaN;
  let exponent = 0;
  if (i < e && (bytes[i] === 101 || bytes[i] === 69) /* e E */) {
    i++;
    const negativeExponent = bytes[i] === 45;
    if (bytes[i] === 45 || bytes[i] === 43) i++;
    const exponentStart = i;
    for (; i < e; i++) {
      const d = bytes[i]! - 48;
      if (d < 0 || d > 9) break;
      if (exponent < 1e6) exponent = exponent * 10 + d;
    }
    if (i === exponentStart) return Number.NaN;
    if (negativeExponent) exponent = -exponent;
  }
  if (i !== e) return Number.NaN;
  const scale = exponent - fractionDigits;
  let magnitude = Number.NaN;
  if (unread === 0 && scale >= -22 && scale <= 22) {
    if (tailDigits === 0) magnitude = scale < 0 ? head / EXACT_POW10[-scale]! : head * EXACT_POW10[scale]!;
    else if (scale <= 0) magnitude = roundedQuotient(head, tail, tailDigits, EXACT_POW10[-scale]!);
  }
  // Beyond the fast cases (or too near a tie to tell) the text is valid: Number() reads it.
  if (Number.isNaN(magnitude)) return Number(bytesText(bytes, s, e));
  return sign === 45 ? -magnitude : magnitude;
}

/** Veltkamp's splitter, 2^27 + 1: cuts a double into two halves whose products are exact. */
const SPLITTER = 134217729;

/** The rounding error of `product = a * b`: a * b = product + error exactly (Dekker). */
function productError(a: number, b: number, product: number): number {
  const aScaled = SPLITTER * a;
  const aHigh = aScaled - (aScaled - a);
  const aLow = a - aHigh;
  const bScaled = SPLITTER * b;
  const bHigh = bScaled - (bScaled - b);
  const bLow = b - bHigh;
  return aLow * bLow - (product - aHigh * bHigh - aLow * bHigh - aHigh * bLow);
}

/** The rounding error of `sum = a + b`: a + b = sum + error exactly (Knuth). */
function sumError(a: number, b: number, sum: number): number {
  const bPart = sum - a;
  const aPart = sum - bPart;
  return a - aPart + (b - bPart);
}

/**
 * (head × 10^tailDigits + tail) / divisor rounded to the nearest double, as Number() rounds the decimal,
 * for a head of 15 digits, up to 4 more digits and an exact power of ten as divisor. The dividend (more
 * bits than a double holds) is carried as the exact sum of two doubles; the quotient is corrected by its
 * remainder, computed to about 100 bits. NaN when the decimal is too near halfway between two doubles
 * for that to decide the rounding (rare; the caller then asks Number()).
 */
function roundedQuotient(head: number, tail: number, tailDigits: number, divisor: number): number {
  const shift = EXACT_POW10[tailDigits]!;
  const shifted = head * shift;
  const dividend = shifted + tail;
  const dividendLow = sumError(shifted, tail, dividend) + productError(head, shift, shifted);
  const quotient = dividend / divisor;
  const back = quotient * divisor;
  // dividend - back is exact: the two are within a rounding of each other.
  const remainder = dividend - back - productError(quotient, divisor, back) + dividendLow;
  const correction = remainder / divisor;
  const result = quotient + correction;
  // The correction is good to about 2^-48 of a unit in the last place. If the rounding error of `result`,
  // enlarged far beyond that, still rounds back to `result`, the exact value rounds to it too.
  const widenedError = sumError(quotient, correction, result) * (1 + 2 ** -20);
  return result + widenedError === result ? result : Number.NaN;
}

/** Where the run of ASCII digits that starts at `start` ends (`start` itself when there is none). */
export function skipDigits(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  while (i < end && isDigit(bytes[i]!)) i++;
  return i;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Where the run of printable ASCII (`!` to `~`) that starts at `start` ends: at a blank, a control
 * byte such as CR or LF, a non-ASCII byte, or `end`. A field read this way splits as `/\s+/` would.
 */
export function skipPrintable(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  while (i < end && bytes[i]! > SPACE && bytes[i]! < 127) i++;
  return i;
}

/** Where a field read by readDecimalFieldBytes ends, and how many digits it has before its dot. */
export interface DecimalField {
  end: number;
  integerDigits: number;
}

/**
 * The unsigned plain decimal (`digits[.digits]`) that starts at `start` and ends at a blank, CR, LF or
 * `end`, read in one pass: its value, as `Number()` reads it, to the bit; where it ends and its integer
 * digits go to `field`. NaN (`field` untouched) when the field is anything else: a sign, an exponent,
 * a unit, a dot without digits after it, no digit.
 */
export function readDecimalFieldBytes(bytes: Uint8Array, start: number, end: number, field: DecimalField): number {
  let i = start;
  let mantissa = 0;
  for (; i < end && isDigit(bytes[i]!); i++) mantissa = mantissa * 10 + (bytes[i]! - 48);
  const integerDigits = i - start;
  let fraction = 0;
  if (i < end && bytes[i] === 46 /* . */) {
    const fractionStart = ++i;
    for (; i < end && isDigit(bytes[i]!); i++) mantissa = mantissa * 10 + (bytes[i]! - 48);
    fraction = i - fractionStart;
    if (fraction === 0) return Number.NaN;
  }
  if (integerDigits === 0 || (i < end && !endsField(bytes[i]!))) return Number.NaN;
  field.end = i;
  field.integerDigits = integerDigits;
  return decimalValue(mantissa, integerDigits + fraction, fraction, bytes, start, i);
}

/**
 * The value of the decimal digits `bytes[start, end)` whose digits, read as an integer, are `mantissa`.
 * Up to 15 digits the mantissa and the power of ten are exact, so one division rounds as Number() does.
 */
function decimalValue(mantissa: number, digits: number, fraction: number, bytes: Uint8Array, start: number, end: number): number {
  if (digits > 15) return Number(bytesText(bytes, start, end));
  return fraction === 0 ? mantissa : mantissa / POW10[fraction]!;
}

function endsField(c: number): boolean {
  return c === SPACE || c === TAB || c === 13 /* CR */ || c === 10 /* LF */;
}
