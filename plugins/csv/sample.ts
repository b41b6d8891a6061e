// The header and first rows of a log, from the head that detect sees or the first 64 KiB that read takes.
import { parseNumber, splitCsvLine } from 'carbon-ci';
import { delimiterOf } from './columns.js';
import { timeReader } from './times.js';

export interface Sample {
  delimiter: string;
  /** 1-based line of the header. */
  headerLine: number;
  header: string[];
  /** Rows as wide as the header, fields trimmed, and their lines. */
  rows: string[][];
  rowLines: number[];
}

/** Most rows looked at; enough to see every field of a long table and the magnitude of the values. */
const MAX_ROWS = 200;
const readTime = timeReader('auto', () => 'UTC');

export function split(text: string, delimiter: string): string[] | undefined {
  try {
    return splitCsvLine(text, { delimiter }).map((f) => f.trim());
  } catch {
    return undefined;
  }
}

const WHOLE_SECONDS = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}$/;
const FRACTION_AND_ZONE = /^\d{1,9}(?:Z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * A row one field wider than the header because `date --iso-8601=ns` writes a comma before the fraction
 * (`2025-03-04T12:00:00,123456789+02:00`), with that time joined again; other rows as they are.
 */
export function joinCommaFraction(fields: string[], width: number): string[] {
  if (fields.length !== width + 1) return fields;
  for (let i = 0; i < width; i++) {
    if (WHOLE_SECONDS.test(fields[i]!) && FRACTION_AND_ZONE.test(fields[i + 1]!)) {
      return [...fields.slice(0, i), `${fields[i]!},${fields[i + 1]!}`, ...fields.slice(i + 2)];
    }
  }
  return fields;
}

/** A header's fields look like data: every one a number or a time. */
function isData(fields: string[]): boolean {
  return fields.every((f) => f === '' || Number.isFinite(parseNumber(f) ?? Number.NaN) || !Number.isNaN(readTime(f)));
}

/**
 * The header (the first line that is not blank or a `#` comment) and the rows after it; undefined when
 * the text is not delimited (a header of one field) or starts with data instead of a header.
 */
export function sampleOf(head: string, delimiter?: string): Sample | { noHeader: number } | undefined {
  const lines = head.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  // A head cut at 64 KiB may end inside a line.
  if (lines.length > 1) lines.pop();
  let sample: Sample | undefined;
  let others = 0;
  for (let i = 0; i < lines.length && (sample?.rows.length ?? 0) < MAX_ROWS; i++) {
    const text = lines[i]!.trim();
    if (text === '' || text.startsWith('#')) continue;
    if (!sample) {
      const d = delimiter ?? delimiterOf(text);
      const header = split(text, d);
      // JSON, Prometheus and XML lines split on commas too, but their fields are no column names.
      // Nor are a sentence's clauses (a README that contains a comma).
      if (!header || header.length < 2 || header.some((f) => f.length > 80 || /[{}<>=]/.test(f) || f.split(' ').length > 5)) return undefined;
      if (isData(header)) return { noHeader: i + 1 };
      sample = { delimiter: d, headerLine: i + 1, header, rows: [], rowLines: [] };
      continue;
    }
    others++;
    const cut = split(text, sample.delimiter);
    const fields = cut && joinCommaFraction(cut, sample.header.length);
    if (!fields || fields.length !== sample.header.length || fields.every((f, k) => f === sample!.header[k])) continue;
    sample.rows.push(fields);
    sample.rowLines.push(i + 1);
  }
  // Text whose lines mostly do not split like its first is not a table.
  if (sample && others >= 4 && sample.rows.length < others / 2) return undefined;
  return sample;
}
