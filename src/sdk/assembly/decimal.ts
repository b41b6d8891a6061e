// Plain decimals read from bytes, for the WebAssembly kernels: the same steps, in the same f64
// operations, as `parseDecimalBytes` (../bytes.ts), so that a number read here is that function's to
// the bit. Where that function would ask `Number()` (more than 19 significant digits, an exponent
// beyond the exact powers, a value too near halfway between two doubles), this gives NaN and the
// TypeScript side reads the field.

import { byte, isDigitValue } from './common';

/** 10^0 .. 10^22, as f64 (`storeExactPowersOfTen` writes them): the powers of ten that doubles hold exactly. */
export const EXACT_POW10: i32 = 256;

/** Significant digits held exactly in one double (below 2^53). */
const HEAD_DIGITS: i32 = 15;
/** Significant digits after those that the corrected division reads: 19 in all. */
const TAIL_DIGITS: i32 = 4;
/** Veltkamp's splitter, 2^27 + 1. */
const SPLITTER: f64 = 134217729;
/** 1 + 2^-20. */
const WIDENING: f64 = 1.00000095367431640625;

/** Writes the EXACT_POW10 table: call it from the kernel's `init`. */
export function storeExactPowersOfTen(): void {
  let power: f64 = 1;
  for (let k = 0; k <= 22; k++) {
    store<f64>(EXACT_POW10 + k * 8, power);
    power *= 10;
  }
}

function exactPowerOfTen(k: i32): f64 {
  return load<f64>(EXACT_POW10 + (k << 3));
}

function isBlank(c: i32): bool {
  return c == 32 || c == 9;
}

/**
 * The plain decimal in [start, end), blanks around it allowed (see `parseDecimalBytes`); NaN for
 * anything else, and for the valid numbers that `parseDecimalBytes` leaves to `Number()`.
 */
export function decimal(start: i32, end: i32): f64 {
  let s = start;
  while (s < end && isBlank(byte(s))) s++;
  let e = end;
  while (e > s && isBlank(byte(e - 1))) e--;
  let i = s;
  const sign = i < e ? byte(i) : 0;
  if (sign == 45 || sign == 43) i++;
  // The first 15 significant digits (leading zeros are not) make the head, the next 4 the tail.
  let significant = 0;
  let head: i64 = 0;
  let tail: i32 = 0;
  const digitsStart = i;
  let point = -1;
  for (; i < e; i++) {
    const d = byte(i) - 48;
    if (isDigitValue(d)) {
      if (significant == 0 && d == 0) continue;
      if (significant < HEAD_DIGITS) head = head * 10 + <i64>d;
      else if (significant < HEAD_DIGITS + TAIL_DIGITS) tail = tail * 10 + d;
      significant++;
    } else if (d == 46 - 48 && point < 0) point = i;
    else break;
  }
  const digits = i - digitsStart - (point < 0 ? 0 : 1);
  if (digits == 0) return NaN;
  const fractionDigits = point < 0 ? 0 : i - point - 1;
  const beyondHead = significant > HEAD_DIGITS ? significant - HEAD_DIGITS : 0;
  const tailDigits = beyondHead < TAIL_DIGITS ? beyondHead : TAIL_DIGITS;
  const unread = beyondHead - tailDigits;
  let exponent = 0;
  if (i < e && (byte(i) == 101 || byte(i) == 69)) {
    i++;
    const negativeExponent = i < e && byte(i) == 45;
    if (i < e && (byte(i) == 45 || byte(i) == 43)) i++;
    const exponentStart = i;
    for (; i < e; i++) {
      const d = byte(i) - 48;
      if (!isDigitValue(d)) break;
      if (exponent < 1000000) exponent = exponent * 10 + d;
    }
    if (i == exponentStart) return NaN;
    if (negativeExponent) exponent = -exponent;
  }
  if (i != e) return NaN;
  const scale = exponent - fractionDigits;
  if (unread != 0 || scale < -22 || scale > 22) return NaN;
  const exactHead = <f64>head;
  let magnitude: f64 = NaN;
  if (tailDigits == 0) magnitude = scale < 0 ? exactHead / exactPowerOfTen(-scale) : exactHead * exactPowerOfTen(scale);
  else if (scale <= 0) magnitude = roundedQuotient(exactHead, <f64>tail, tailDigits, exactPowerOfTen(-scale));
  return sign == 45 ? -magnitude : magnitude;
}

/** The rounding error of `product = a * b` (Dekker). */
function productError(a: f64, b: f64, product: f64): f64 {
  const aScaled = SPLITTER * a;
  const aHigh = aScaled - (aScaled - a);
  const aLow = a - aHigh;
  const bScaled = SPLITTER * b;
  const bHigh = bScaled - (bScaled - b);
  const bLow = b - bHigh;
  return aLow * bLow - (product - aHigh * bHigh - aLow * bHigh - aHigh * bLow);
}

/** The rounding error of `sum = a + b` (Knuth). */
function sumError(a: f64, b: f64, sum: f64): f64 {
  const bPart = sum - a;
  const aPart = sum - bPart;
  return a - aPart + (b - bPart);
}

/** `roundedQuotient` of ../bytes.ts, step for step. */
function roundedQuotient(head: f64, tail: f64, tailDigits: i32, divisor: f64): f64 {
  const shift = exactPowerOfTen(tailDigits);
  const shifted = head * shift;
  const dividend = shifted + tail;
  const dividendLow = sumError(shifted, tail, dividend) + productError(head, shift, shifted);
  const quotient = dividend / divisor;
  const back = quotient * divisor;
  const remainder = dividend - back - productError(quotient, divisor, back) + dividendLow;
  const correction = remainder / divisor;
  const result = quotient + correction;
  const widenedError = sumError(quotient, correction, result) * WIDENING;
  return result + widenedError == result ? result : NaN;
}
