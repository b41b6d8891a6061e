// Shared by the built-in plugins; built on the public SDK alone, as a user's plugin could be.
import type { ParsedDateTime } from 'carbon-ci';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Weekday, month, day, time and year, then an optional offset (powermetrics writes `+0100` after the year). */
const BODY = String.raw`(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(\d{1,2})\s+(\d{2}):(\d{2}):(\d{2})\s+(\d{4})(?:\s+([+-])(\d{2}):?(\d{2}))?`;
/** C's ctime date inside a line: nvidia-smi's date line above its table, also in `watch`'s banner. */
const IN_LINE = new RegExp(String.raw`\b${BODY}\b`);
const WHOLE = new RegExp(String.raw`^\s*${BODY}\s*$`);

/**
 * C's ctime date (`Tue Mar  5 14:02:11 2024`, optionally with an offset: `… 2024 +0100`) as wall-clock ms and
 * the offset where one is written, for `dateTimeToUtc`. `within`: find it inside `text` (else the whole
 * text must be the date). Undefined when there is none.
 */
export function parseCtime(text: string, within = false): ParsedDateTime | undefined {
  const m = (within ? IN_LINE : WHOLE).exec(text);
  if (!m) return undefined;
  const wallMs = Date.UTC(Number(m[6]), MONTHS.indexOf(m[1]!), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]));
  if (m[7] === undefined) return { wallMs };
  return { wallMs, offsetMs: (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9])) * 60_000 };
}

/** Whether `text` holds a ctime date somewhere (for detection). */
export function hasCtime(text: string): boolean {
  return IN_LINE.test(text);
}
