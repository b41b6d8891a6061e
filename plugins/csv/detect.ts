// Whether a file is a homegrown power log that the header alone says how to read, and if not, why not.
import { parseNumber } from 'carbon-ci';
import type { DetectInput } from 'carbon-ci';
import { commandLine } from './command.js';
import { isProblem, planFor, type CsvOptions, type Plan, type Problem } from './plan.js';
import { sampleOf, type Sample } from './sample.js';
import { isPlausibleTime, timeReader } from './times.js';

/**
 * The confidence of an unambiguous log: under every dedicated plugin's (0.6 and up for a file of theirs,
 * and more than the 0.1 tie margin above this), so that a generic header never takes their formats.
 */
export const CSV_CONFIDENCE = 0.4;

export interface Refusal {
  message: string;
  line?: number;
  hint: string;
}

/** The first rows as the plan reads them: a plausible time and a number in each column of readings. */
function checkRows(plan: Plan, sample: Sample): Problem | undefined {
  if (sample.rows.length === 0) return { problem: 'a header and no rows', hint: 'the logger wrote no samples: check that it ran until the job ended' };
  if (sample.rows.length === 1 && plan.series.every((s) => s.kind === 'power' || s.energyKind === 'interval')) {
    return { problem: 'a single row: power needs two samples in time to count energy', hint: 'log at a steady interval (e.g. every second) until the job ends' };
  }
  const row = sample.rows[0]!;
  const readTime = timeReader(plan.time.format, () => 'UTC');
  const time = plan.time.date === undefined ? readTime(row[plan.time.column]!) : readTime(row[plan.time.column]!, row[plan.time.date]!);
  if (!isPlausibleTime(time) && plan.time.date === undefined && TIME_OF_DAY.test(row[plan.time.column]!)) {
    return { problem: `the times ("${row[plan.time.column]!}") have no date`, hint: 'log the date too (Python: datetime.now().isoformat()), or name a date column with --plugin-option date=COLUMN' };
  }
  if (!isPlausibleTime(time)) {
    const text = plan.time.date === undefined ? row[plan.time.column]! : `${row[plan.time.date]!} ${row[plan.time.column]!}`;
    return { problem: `the time "${text.slice(0, 40)}" is not a date and time after 2000 or an epoch`, hint: 'state the time format (timeFormat=iso, epoch-s, epoch-ms, epoch-us or epoch-ns)' };
  }
  if (plan.long) return undefined;
  const read = sample.rows.some((r) => plan.series.some((s) => Number.isFinite(parseNumber(r[s.column]!) ?? NaN)));
  return read ? undefined : { problem: `no number in ${plan.series.map((s) => `"${s.name}"`).join(', ')} in the first rows`, hint: 'check that the column holds readings' };
}

/** The problem with a suggestion only when the suggested options read the head (each round may add an option). */
function withCheckedSuggestion(problem: Problem, sample: Sample): Problem {
  let suggest = problem.suggest;
  for (let round = 0; suggest && round < 3; round++) {
    const next = planFor(sample.header, sample.rows, suggest);
    if (!isProblem(next)) return { ...problem, suggest };
    suggest = next.suggest;
  }
  const { suggest: _unused, ...without } = problem;
  return without;
}

const TIME_OF_DAY = /^\d{1,2}:\d{2}(?::\d{2}(?:[.,:]\d+)?)?$/;

type Reading = { plan: Plan; sample: Sample } | { refusal: Problem; line?: number } | undefined;

/** The plan for a file's head, or the problem with its line; undefined for text that is not a delimited log. */
export function readHead(head: string, options: CsvOptions = {}): Reading {
  const sample = sampleOf(head, options.delimiter);
  if (sample === undefined) return undefined;
  if ('noHeader' in sample) return { refusal: { problem: 'the first line is data, not a header naming the columns', hint: 'write a header line first, e.g. timestamp,gpu,power_W' }, line: sample.noHeader };
  const plan = planFor(sample.header, sample.rows, options);
  if (isProblem(plan)) return { refusal: withCheckedSuggestion(plan, sample), line: sample.headerLine };
  const rows = checkRows(plan, sample);
  if (rows) return { refusal: rows, line: sample.rowLines[0] ?? sample.headerLine };
  return { plan, sample };
}

export function detect({ head }: DetectInput): number {
  const reading = readHead(head);
  return reading && 'plan' in reading ? CSV_CONFIDENCE : 0;
}

/** Why a delimited file cannot be read without options, with the command line that reads it when the options can. */
export function refusalOf(path: string, problem: Problem, line?: number): Refusal {
  const command = problem.suggest ? `; this reads it: ${commandLine(path, problem.suggest)}` : '';
  return { message: problem.problem, ...(line !== undefined ? { line } : {}), hint: `${problem.hint}${command}` };
}

export function explain({ path, head }: DetectInput): Refusal | undefined {
  const reading = readHead(head);
  if (!reading || 'plan' in reading) return undefined;
  return refusalOf(path, reading.refusal, reading.line);
}
