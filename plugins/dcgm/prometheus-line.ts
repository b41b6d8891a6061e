import { parseDecimalBytes, skipBlanks, skipPrintable } from 'carbon-ci';

/** The value and the timestamp (as written) of a sample line. */
export interface SampleTail {
  value: number;
  time: number;
}

const HASH = 35;
const CLOSE_BRACE = 125;

/** A comment (`# HELP`, `# TYPE`, `# EOF`): the first byte after any blanks is `#`. */
export function isComment(bytes: Uint8Array, start: number, end: number): boolean {
  const first = skipBlanks(bytes, start, end);
  return first < end && bytes[first] === HASH;
}

/** Where the label set of the line `bytes[start, end)` ends: just after its last `}`, when that is not its first byte; else -1. */
export function labelSetEnd(bytes: Buffer, start: number, end: number): number {
  const close = bytes.lastIndexOf(CLOSE_BRACE, end - 1);
  return close > start ? close + 1 : -1;
}

/**
 * The value and timestamp after a label set, `bytes[from, end)`, when that is just two numbers between
 * blanks and the timestamp is finite. The rest (NaN, Inf, a unit, a third field, no timestamp) is left
 * to the full parser.
 */
export function readSampleTail(bytes: Uint8Array, from: number, end: number, out: SampleTail): boolean {
  const valueStart = skipBlanks(bytes, from, end);
  const valueEnd = skipPrintable(bytes, valueStart, end);
  const timeStart = skipBlanks(bytes, valueEnd, end);
  const timeEnd = skipPrintable(bytes, timeStart, end);
  if (timeStart === valueEnd || skipBlanks(bytes, timeEnd, end) !== end) return false;
  out.value = parseDecimalBytes(bytes, valueStart, valueEnd);
  out.time = parseDecimalBytes(bytes, timeStart, timeEnd);
  return !Number.isNaN(out.value) && Number.isFinite(out.time);
}
