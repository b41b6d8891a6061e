// Small byte helpers for reading fields straight from a line's bytes (nvidia-smi logs are ASCII).

const PLACEHOLDERS = new Set(['N/A', 'ERR!', 'Unknown Error', 'Not Supported']);

export function skipBlanks(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  while (i < end && (bytes[i] === 32 || bytes[i] === 9)) i++;
  return i;
}

export function trimBlanksEnd(bytes: Uint8Array, start: number, end: number): number {
  let e = end;
  while (e > start && (bytes[e - 1] === 32 || bytes[e - 1] === 9)) e--;
  return e;
}

export function textOf(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, end - start)).toString('utf8');
}

/** Whether `bytes[start, end)` holds exactly the bytes of `expected`. */
export function bytesEqual(expected: Uint8Array, bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start !== expected.length) return false;
  for (let i = 0; i < expected.length; i++) if (expected[i] !== bytes[start + i]) return false;
  return true;
}

/** A GPU index field (a small non-negative integer, blanks around it allowed); -1 when it is not one. */
export function parseIndex(bytes: Uint8Array, start: number, end: number): number {
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

/** The placeholders nvidia-smi prints for a value it cannot give: `[N/A]`, `[Not Supported]`, `[Unknown Error]`, `ERR!`. */
export function isMissingMarker(bytes: Uint8Array, start: number, end: number): boolean {
  const s = skipBlanks(bytes, start, end);
  const e = trimBlanksEnd(bytes, s, end);
  if (s === e || bytes[s] === 91 /* [ */) return true;
  return e - s <= 13 && PLACEHOLDERS.has(textOf(bytes, s, e));
}

/** True when the field's text ends in a unit (a letter or %), as values do in `--format=csv` without nounits. */
export function endsWithUnit(bytes: Uint8Array, start: number, end: number): boolean {
  const e = trimBlanksEnd(bytes, start, end);
  if (e <= start) return false;
  const c = bytes[e - 1]!;
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 37;
}
