import { DroppedRows, InputError } from 'carbon-ci';
import type { Logger } from 'carbon-ci';
import { FIELDS, parseElapsedS, parseEnergyJ, parseSlurmTime, sacctCommand, type Field, type SacctRow } from './fields.js';

/** Delimiters that `sacct -p`/`-P` print: `|` by default, any other with `--delimiter`. */
const DELIMITERS = ['|', '\t', ',', ';'];
/** Fields whose truncated value would change the energy, the window or the device: refused, never guessed. */
const MUST_BE_WHOLE: readonly Field[] = ['jobId', 'start', 'end', 'elapsed', 'energy', 'nodeList', 'nNodes', 'cluster'];
const RUNNING = /^(?:RUNNING|PENDING|REQUEUED|SUSPENDED|RESIZING)/i;

type Layout = { kind: 'delimited'; delimiter: string } | { kind: 'fixed'; spans: [number, number][] };

/** Whether a header name is a sacct field name; a name cut short by a narrow column ends with `+`. */
function nameMatches(name: string, candidate: string): boolean {
  const lower = name.toLowerCase();
  const wanted = candidate.toLowerCase();
  return lower === wanted || (lower.endsWith('+') && lower.length > 3 && wanted.startsWith(lower.slice(0, -1)));
}

/** The delimiter of a `-p`/`-P` header line, or undefined when it is none of them (a fixed-width table, or not sacct). */
export function delimiterOf(header: string): string | undefined {
  return DELIMITERS.find((d) => header.includes(d) && header.split(d).some((name) => nameMatches(name.trim(), 'JobID')));
}

/** The column spans of sacct's fixed-width table, from its line of dashes (`------------ ----------`). */
function spansOf(dashes: string): [number, number][] | undefined {
  if (!/^[ -]*-[ -]*$/.test(dashes)) return undefined;
  return [...dashes.matchAll(/-+/g)].map((m) => [m.index, m.index + m[0].length] as [number, number]);
}

export function isFixedWidthHeader(header: string, next: string | undefined): boolean {
  return header.trim().split(/\s+/).some((name) => nameMatches(name, 'JobID')) && next !== undefined && spansOf(next.trimEnd()) !== undefined;
}

/**
 * Reads sacct's text output line by line, in any of its shapes: `-P`/`-p` with `|` or another
 * `--delimiter`, and the default fixed-width table (header, dashes, columns as wide as the dashes).
 * It keeps the rows, grouped by job, for the rule that picks one line per job.
 */
export class SacctTable {
  readonly jobs = new Map<string, SacctRow[]>();
  private readonly dropped: DroppedRows;
  private layout: Layout | undefined;
  private header: { text: string; line: number } | undefined;
  private names: string[] = [];
  private index: Partial<Record<Field, number>> = {};
  private rounded = 0;
  private cut = new Map<Field, number>();

  constructor(
    private readonly file: string,
    /** Zone-less times to UTC; asks for the zone at its first use (see localClock). */
    private readonly toUtc: (wallMs: number) => number,
  ) {
    this.dropped = new DroppedRows(file);
  }

  /** Feed one line (1-based number). */
  add(text: string, line: number): void {
    if (text.trim() === '') return;
    if (this.layout) {
      this.row(text, line);
      return;
    }
    if (this.header) {
      const spans = spansOf(text.trimEnd());
      if (!spans) {
        throw new InputError('a fixed-width sacct header must be followed by its line of dashes', {
          file: this.file,
          line,
          hint: `keep sacct's output as it printed it, or rerun it with -P: \`${sacctCommand()}\``,
        });
      }
      this.layout = { kind: 'fixed', spans };
      this.columns(spans.map(([s, e]) => this.header!.text.slice(s, e).trim()), this.header.line);
      return;
    }
    const delimiter = delimiterOf(text);
    if (delimiter !== undefined) {
      this.layout = { kind: 'delimited', delimiter };
      const names = text.split(delimiter).map((name) => name.trim());
      if (names.length > 1 && names[names.length - 1] === '') names.pop();
      this.columns(names, line);
      return;
    }
    if (text.trim().split(/\s+/).some((name) => nameMatches(name, 'JobID'))) {
      this.header = { text, line };
      return;
    }
    throw new InputError('the first line is not a sacct header (JobID|…)', {
      file: this.file,
      line,
      hint: `run sacct without -n/--noheader, e.g. \`${sacctCommand()}\``,
    });
  }

  /** Warnings for what was read with less than full precision, after the last line. */
  finish(log: Logger): void {
    if (!this.layout) throw new InputError('the file has no sacct header', { file: this.file, hint: `run \`${sacctCommand()}\` without -n` });
    this.dropped.report(log, 'their energy is not counted');
    if (this.rounded > 0) {
      log.warn(`${this.file}: ${this.rounded} line(s) give ConsumedEnergy rounded to four digits (e.g. 20.54M); add ConsumedEnergyRaw to --format for exact joules`);
    }
    for (const [field, count] of this.cut) {
      log.warn(`${this.file}: ${count} ${FIELDS[field][0]} value(s) are cut short (ending in +) and were left out; widen the column (${FIELDS[field][0]}%80) or use -P`);
    }
  }

  private columns(names: string[], line: number): void {
    this.names = names;
    for (const [field, candidates] of Object.entries(FIELDS) as [Field, readonly string[]][]) {
      for (const candidate of candidates) {
        const at = names.findIndex((name) => nameMatches(name, candidate));
        if (at >= 0) {
          this.index[field] = at;
          break;
        }
      }
    }
    const has = (field: Field) => this.index[field] !== undefined;
    const missing: string[] = [];
    if (!has('jobId')) missing.push('JobID');
    if (!has('start') && !has('end')) missing.push('Start', 'End');
    else if (!has('elapsed') && !(has('start') && has('end'))) missing.push(has('start') ? 'End' : 'Start');
    if (!has('energy')) missing.push('ConsumedEnergyRaw');
    // The node count sets the power ceiling that the energy is checked against: without it a multi-node job looks implausible.
    if (!has('nNodes') && !has('nodeList') && !has('allocTres')) missing.push('NNodes', 'NodeList');
    if (missing.length === 0) return;
    const present = names.filter((name) => name !== '' && !name.endsWith('+'));
    throw new InputError(`the sacct header lacks ${missing.join(', ')} (columns: ${names.join(', ')})`, {
      file: this.file,
      line,
      hint: `rerun sacct with the fields this plugin reads: \`${sacctCommand([...present, ...missing].join(','))}\` (energy needs AcctGatherEnergyType set in slurm.conf)`,
    });
  }

  private row(text: string, line: number): void {
    const layout = this.layout!;
    let fields: string[];
    if (layout.kind === 'delimited') {
      fields = text.split(layout.delimiter);
      // `sacct -p` (parsable) ends every line with a delimiter; `-P` (parsable2) does not.
      if (fields.length === this.names.length + 1 && fields[fields.length - 1] === '') fields.pop();
      if (fields.length !== this.names.length) {
        this.dropped.add('their field count differs from the header (a delimiter inside a value?)', line);
        return;
      }
    } else {
      fields = layout.spans.map(([s, e]) => text.slice(s, e));
    }
    const value = (field: Field): string | undefined => {
      const at = this.index[field];
      if (at === undefined) return undefined;
      const text = fields[at]!.trim();
      if (layout.kind === 'fixed' && text.endsWith('+') && text.length >= layout.spans[at]![1] - layout.spans[at]![0]) return this.truncated(field, at, line);
      return text;
    };
    const id = value('jobId')!;
    if (id === '') {
      this.dropped.add('they have no JobID', line);
      return;
    }
    const dot = id.indexOf('.');
    const jobId = dot < 0 ? id : id.slice(0, dot);
    let startMs = value('start') === undefined ? undefined : parseSlurmTime(value('start')!, this.toUtc);
    let endMs = value('end') === undefined ? undefined : parseSlurmTime(value('end')!, this.toUtc);
    const elapsedText = value('elapsed');
    const elapsedS = elapsedText === undefined ? undefined : parseElapsedS(elapsedText);
    if (elapsedS !== undefined) {
      // Elapsed of a running job is its time so far: it gives an end only where the output has no End column.
      if (this.index.end === undefined && startMs !== undefined && !RUNNING.test(value('state') ?? '')) endMs = startMs + elapsedS * 1000;
      if (this.index.start === undefined && endMs !== undefined) startMs = endMs - elapsedS * 1000;
    }
    const energy = parseEnergyJ(value('energy')!);
    if (energy?.rounded) this.rounded++;
    const row: SacctRow = { line, jobId, step: dot < 0 ? undefined : id.slice(dot + 1), startMs, endMs, energyJ: energy?.energyJ ?? Number.NaN };
    for (const field of ['nodeList', 'nNodes', 'allocTres', 'jobName', 'cluster'] as const) {
      const text = value(field);
      if (text) row[field] = text;
    }
    const rows = this.jobs.get(jobId);
    if (rows) rows.push(row);
    else this.jobs.set(jobId, [row]);
  }

  /** A value cut short by its column: refused where it matters, left out (and counted) where it does not. */
  private truncated(field: Field, at: number, line: number): undefined {
    if (MUST_BE_WHOLE.includes(field)) {
      const format = this.names.map((name, i) => {
        const [start, end] = (this.layout as { spans: [number, number][] }).spans[i]!;
        return i === at ? `${this.nameOf(i)}%${Math.max(30, 2 * (end - start))}` : this.nameOf(i);
      });
      throw new InputError(`${this.nameOf(at)} is cut short by its column (a value ending in +)`, {
        file: this.file,
        line,
        hint: `widen the column, \`sacct -j <jobid> --format=${format.filter((name) => !name.endsWith('+')).join(',')}\`, or print whole values with -P: \`${sacctCommand()}\``,
      });
    }
    this.cut.set(field, (this.cut.get(field) ?? 0) + 1);
    return undefined;
  }

  /** A column's name as the user asked for it, or the field's sacct name where the header itself was cut. */
  private nameOf(column: number): string {
    const name = this.names[column]!;
    if (!name.endsWith('+')) return name;
    const field = Object.entries(this.index).find(([, index]) => index === column)?.[0] as Field | undefined;
    return field ? FIELDS[field][0] : name;
  }
}
