// Field parsing by character codes: no split, no regex, no Date per line.

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const SPACE = 32;
const TAB = 9;

export function skipSpaces(line: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const c = line.charCodeAt(i);
    if (c !== SPACE && c !== TAB) break;
    i++;
  }
  return i;
}

export function trimEnd(line: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const c = line.charCodeAt(e - 1);
    if (c !== SPACE && c !== TAB) break;
    e--;
  }
  return e;
}

/**
 * The number in `line[start, end)`, with an optional unit suffix (`312.45 W`, `95 %`, `1200 MiB`).
 * NaN when the field holds no number (`[N/A]`, `[Not Supported]`, text, an empty field).
 * The result equals `Number()` of the digits: an integer mantissa divided by an exact power of ten.
 */
export function parseNumber(line: string, start: number, end: number): number {
  let i = skipSpaces(line, start, end);
  let negative = false;
  let c = line.charCodeAt(i);
  if (c === 45 /* - */ || c === 43 /* + */) {
    negative = c === 45;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let fraction = 0;
  while (i < end) {
    c = line.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    mantissa = mantissa * 10 + c;
    digits++;
    i++;
  }
  if (i < end && line.charCodeAt(i) === 46 /* . */) {
    i++;
    while (i < end) {
      c = line.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      mantissa = mantissa * 10 + c;
      digits++;
      fraction++;
      i++;
    }
  }
  if (digits === 0) return Number.NaN;
  i = skipSpaces(line, i, end);
  // What follows must be a unit: letters or %, then nothing but spaces.
  while (i < end) {
    c = line.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 37) {
      // An exponent (1.5e3) or anything unusual goes the slow, exact way.
      if ((c === 101 || c === 69) && i + 1 < end && isExponentStart(line.charCodeAt(i + 1))) return slowNumber(line, start, end);
      i++;
    } else break;
  }
  if (skipSpaces(line, i, end) !== end) return Number.NaN;
  if (digits > 15) return slowNumber(line, start, end);
  const value = fraction === 0 ? mantissa : mantissa / POW10[fraction]!;
  return negative ? -value : value;
}

function isExponentStart(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 43 || c === 45;
}

function slowNumber(line: string, start: number, end: number): number {
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*[A-Za-z%]*$/.exec(line.slice(start, end).trim());
  return match ? Number(match[1]) : Number.NaN;
}

/** A non-negative integer field (`index`); -1 when it is not one. */
export function parseIndex(line: string, start: number, end: number): number {
  const s = skipSpaces(line, start, end);
  const e = trimEnd(line, s, end);
  if (s === e || e - s > 6) return -1;
  let value = 0;
  for (let i = s; i < e; i++) {
    const d = line.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** The placeholders nvidia-smi prints for a value it cannot give: `[N/A]`, `[Not Supported]`, `[Unknown Error]`, `ERR!`. */
export function isMissingMarker(line: string, start: number, end: number): boolean {
  const s = skipSpaces(line, start, end);
  const e = trimEnd(line, s, end);
  if (s === e) return true;
  const c = line.charCodeAt(s);
  if (c === 91 /* [ */) return true;
  const text = line.slice(s, e);
  return text === 'N/A' || text === 'ERR!' || text === 'Unknown Error' || text === 'Not Supported';
}

const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function twoDigits(line: string, i: number): number {
  const a = line.charCodeAt(i) - 48;
  const b = line.charCodeAt(i + 1) - 48;
  if (a < 0 || a > 9 || b < 0 || b > 9) return -1;
  return a * 10 + b;
}

/**
 * Calendar and clock fields of a `YYYY/MM/DD HH:MM:SS.mmm` timestamp (also `-` between date parts, `T`
 * before the time, 0 to 9 fraction digits), without a zone. Returns false when the field is not one.
 * `out[0]` = year*10000 + month*100 + day, `out[1]` = milliseconds since midnight.
 */
export function parseTimestampFields(line: string, start: number, end: number, out: Float64Array): boolean {
  const s = skipSpaces(line, start, end);
  const e = trimEnd(line, s, end);
  if (e - s < 19) return false;
  const y1 = twoDigits(line, s);
  const y2 = twoDigits(line, s + 2);
  const month = twoDigits(line, s + 5);
  const day = twoDigits(line, s + 8);
  const hour = twoDigits(line, s + 11);
  const minute = twoDigits(line, s + 14);
  const second = twoDigits(line, s + 17);
  if ((y1 | y2 | month | day | hour | minute | second) < 0) return false;
  const sep1 = line.charCodeAt(s + 4);
  const sep2 = line.charCodeAt(s + 7);
  const sep3 = line.charCodeAt(s + 10);
  if ((sep1 !== 47 && sep1 !== 45) || sep2 !== sep1 || (sep3 !== SPACE && sep3 !== 84 /* T */)) return false;
  if (line.charCodeAt(s + 13) !== 58 || line.charCodeAt(s + 16) !== 58) return false;
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month]! || hour > 23 || minute > 59 || second > 60) return false;
  const year = y1 * 100 + y2;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return false;
  let ms = 0;
  let i = s + 19;
  if (i < e) {
    if (line.charCodeAt(i) !== 46) return false;
    i++;
    let scale = 100;
    const fractionStart = i;
    for (; i < e; i++) {
      const d = line.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return false;
      ms += d * scale;
      scale /= 10;
    }
    if (i === fractionStart || i - fractionStart > 9) return false;
    if (i - fractionStart > 3) ms = Math.floor(ms + 1e-9);
  }
  out[0] = year * 10000 + month * 100 + day;
  out[1] = ((hour * 60 + minute) * 60 + second) * 1000 + ms;
  return true;
}
