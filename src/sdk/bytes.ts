// Field parsing straight from the bytes of a line (a `LineChunk`): no decoding, no split, no regex, no
// Date per line. For plugins whose logs are ASCII; a field with other bytes simply fails to parse.

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const SPACE = 32;
const TAB = 9;

function skipBlanks(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  while (i < end && (bytes[i] === SPACE || bytes[i] === TAB)) i++;
  return i;
}

function trimBlanksEnd(bytes: Uint8Array, start: number, end: number): number {
  let e = end;
  while (e > start && (bytes[e - 1] === SPACE || bytes[e - 1] === TAB)) e--;
  return e;
}

function bytesText(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, end - start)).toString('utf8');
}

function isLetterOrPercent(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 37;
}

/**
 * The number in `bytes[start, end)`, with an optional unit suffix (`312.45 W`, `95 %`, `1200 MiB`).
 * NaN when the field holds no number (`[N/A]`, `[Not Supported]`, text, an empty field).
 * The result equals `Number()` of the digits: an integer mantissa divided by an exact power of ten.
 * A field of more than 64 bytes (blanks aside) with more than 15 digits is NaN.
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

// One way only to match each digit, so that a failing match is linear.
const NUMBER_WITH_UNIT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*[A-Za-z%]*$/;
/** A field longer than this is not a number: no reading is, and the bound keeps the slow path cheap. */
const MAX_NUMBER_BYTES = 64;

function slowNumber(bytes: Uint8Array, start: number, end: number): number {
  const s = skipBlanks(bytes, start, end);
  const e = trimBlanksEnd(bytes, s, end);
  if (e - s > MAX_NUMBER_BYTES) return Number.NaN;
  const match = NUMBER_WITH_UNIT.exec(bytesText(bytes, s, e).trim());
  return match ? Number(match[1]) : Number.NaN;
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
