import { bytesText, skipBlanks, trimBlanksEnd } from 'carbon-ci';

const PLACEHOLDERS = new Set(['N/A', 'ERR!', 'Unknown Error', 'Not Supported']);

/** The placeholders nvidia-smi prints for a value it cannot give: `[N/A]`, `[Not Supported]`, `[Unknown Error]`, `ERR!`. */
export function isMissingMarker(bytes: Uint8Array, start: number, end: number): boolean {
  const s = skipBlanks(bytes, start, end);
  const e = trimBlanksEnd(bytes, s, end);
  if (s === e || bytes[s] === 91 /* [ */) return true;
  return e - s <= 13 && PLACEHOLDERS.has(bytesText(bytes, s, e));
}

