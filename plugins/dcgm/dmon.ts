import { DroppedRows, InputError, dateTimeToUtc, epochToMs, parseDateTime, readLineChunks } from 'carbon-ci';
import type { ColumnsRecord, LineChunk, PluginContext, Source } from 'carbon-ci';
import { localClock } from '../shared/local-clock.js';
import { DCGM_BLANK_MIN, DeviceRegistry } from './devices.js';
import { LineFields } from './dmon-fields.js';
import { ReadingColumns } from './reading-columns.js';

export const DMON_TIME_HINT =
  '`dcgmi dmon` prints no time; put one in front of every line as it is written, e.g. ' +
  "`dcgmi dmon -e 155,156 -d 1000 | while IFS= read -r l; do printf '%s %s\\n' \"$(date +%s.%3N)\" \"$l\"; done > dcgmi.log` " +
  "or `dcgmi dmon -e 155,156 | ts '%Y-%m-%dT%H:%M:%.S%z' > dcgmi.log` (moreutils)";

/** An ISO 8601 date-time as one field, or its date and its time as two (`ts` prints either). */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?$/;
/** An epoch prefix has at least this many integer digits, which tells it from a GPU id or a value. */
const EPOCH_MIN_DIGITS = 9;
const LF = 10;
const CR = 13;

/** A column read from the rows: its place among the row's values, and the reading it makes. */
interface WantedColumn {
  column: number;
  type: 'power' | 'energy-counter';
}

/** Whether a file's head has a `#Entity` header, with up to two fields (a time) before it. */
export function hasDmonHeader(head: string): boolean {
  // Blanks within a line only (`[^\S\r\n]`): `\s` would span lines and backtrack over every blank line once per line.
  return /^[^\S\r\n]*(?:\S+[^\S\r\n]+){0,2}#Entity\b/m.test(head);
}

/** `dcgmi dmon -e 155,156` output with a wall-clock prefix on every line, one batch of columns records per chunk of lines. */
export async function* readDcgmiDmon(source: Source, context: PluginContext, defaultHost: string | undefined): AsyncGenerator<ColumnsRecord[]> {
  const reader = new DmonReader(source.path, context, defaultHost);
  for await (const chunk of readLineChunks(source.open(), { file: source.path })) {
    context.signal.throwIfAborted();
    const records = reader.consume(chunk);
    if (records.length > 0) yield records;
  }
  reader.finish();
}

/**
 * Turns the lines of a `dcgmi dmon` log into power and energy-counter readings, and says what is wrong
 * with a line it cannot read. Every line is split into fields in place; only the fields read become
 * numbers, and only the ones shown in a message become strings.
 */
class DmonReader {
  /** Asks for the zone at its first use: epoch prefixes and times with an offset need none. */
  private readonly toUtc: (wallMs: number) => number;
  private readonly devices: DeviceRegistry;
  private readonly dropped: DroppedRows;
  private readonly columns = new ReadingColumns();
  private readonly columnByIndex = new Map<number, number>();
  private readonly fields = new LineFields();
  private names: string[] | undefined;
  private wanted: WantedColumn[] = [];
  private headerLine = 0;
  private rows = 0;
  private lineNo = 0;

  constructor(
    private readonly file: string,
    private readonly context: PluginContext,
    defaultHost: string | undefined,
  ) {
    this.devices = new DeviceRegistry(defaultHost);
    this.dropped = new DroppedRows(file);
    // A log is written in time order: the hour that clocks go back is read twice over, not folded.
    this.toUtc = localClock(context, true);
  }

  /** The readings of a chunk of whole lines. */
  consume(chunk: LineChunk): ColumnsRecord[] {
    const bytes = chunk.bytes;
    const size = bytes.length;
    for (let start = 0; start < size; ) {
      const newline = bytes.indexOf(LF, start);
      const end = newline < 0 ? size : newline;
      this.lineNo++;
      this.line(bytes, start, end > start && bytes[end - 1] === CR ? end - 1 : end, newline < 0 && chunk.unterminatedLast);
      start = end + 1;
    }
    return this.columns.take();
  }

  /** After the last chunk: refuses a log without rows, and reports what was dropped. */
  finish(): void {
    if (this.rows === 0) {
      throw new InputError('no dcgmi dmon rows found', { file: this.file, hint: 'run `dcgmi dmon -e 155,156 -d 1000` and keep its output whole' });
    }
    this.dropped.report(this.context.log, 'those readings are missing, which lowers the coverage of the GPUs concerned');
  }

  /** The line `bytes[start, end)`; `cut` when it is the file's last and has no newline. */
  private line(bytes: Buffer, start: number, end: number, cut: boolean): void {
    const { file, fields, lineNo: line } = this;
    const count = fields.split(bytes, start, end);
    const epoch = count > 0 && fields.isEpoch(0, EPOCH_MIN_DIGITS);
    const timeFields = epoch ? 1 : isoTimeFields(fields);
    // The body of the line follows its time: a blank line, or a time alone, holds nothing.
    const body = timeFields;
    if (body === count) return;
    if (fields.startsWith(body, '#Entity')) {
      this.header(fields.texts(body + 1), line);
      return;
    }
    // The units line under each header (`ID  W  mJ`).
    if (fields.length(body) === 2 && fields.text(body).toLowerCase() === 'id') return;
    const names = this.names;
    if (!names) {
      throw new InputError('a data row comes before the `#Entity` header', {
        file,
        line,
        hint: 'keep the header lines that `dcgmi dmon` prints; they name the columns',
      });
    }
    if (timeFields === 0) throw new InputError('the dcgmi dmon row carries no time', { file, line, hint: DMON_TIME_HINT });
    const values = count - body - 2;
    if (values !== names.length) {
      if (cut) {
        this.dropped.add('the last line is cut short (the logger was stopped mid-write)', line);
        return;
      }
      throw new InputError(`the row has ${values} values but the header at line ${this.headerLine} names ${names.length}`, {
        file,
        line,
        hint: 'the row is truncated or two logs were interleaved; repair or delete the row',
      });
    }
    this.rows++;
    if (!fields.startsWith(body, 'GPU', true)) {
      this.dropped.add(`${fields.text(body)} entities (MIG instances report the fields of their whole GPU, which its GPU row already has)`, line);
      return;
    }
    const index = fields.numeric(body + 1);
    if (!Number.isInteger(index) || index < 0) {
      throw new InputError(`GPU id "${fields.text(body + 1)}" is not a number`, { file, line, hint: 'the row is corrupted; repair or delete it' });
    }
    const timeMs = epoch ? Math.round(epochToMs(fields.numeric(0))) : this.isoTime(timeFields);
    const column = this.columnOf(index);
    for (const { column: at, type } of this.wanted) {
      const field = body + 2 + at;
      const value = fields.number(field);
      if (value === null) {
        this.dropped.add(`${names[at]} is ${fields.text(field)}`, line);
        continue;
      }
      if (Number.isNaN(value)) {
        throw new InputError(`${names[at]} "${fields.text(field)}" is not a number`, { file, line, hint: 'the row is corrupted; repair or delete it' });
      }
      if (value >= DCGM_BLANK_MIN) {
        this.dropped.add(`${names[at]} holds a DCGM blank value`, line);
        continue;
      }
      if (type === 'power') this.columns.addPower(column, timeMs, value);
      else this.columns.addCounter(column, timeMs, value / 1000);
    }
  }

  /** An `#Entity` header: the names of the columns of the rows after it. */
  private header(names: string[], line: number): void {
    const previous = this.names;
    this.names = names;
    if (previous && previous.join(' ') !== names.join(' ')) {
      this.context.log.info(`${this.file}:${line}: a new #Entity header; columns are now ${names.join(' ')}`);
    }
    const power = names.indexOf('POWER');
    const energy = names.indexOf('TOTEC');
    this.wanted = [];
    if (power >= 0) this.wanted.push({ column: power, type: 'power' });
    if (energy >= 0) this.wanted.push({ column: energy, type: 'energy-counter' });
    this.headerLine = line;
    if (this.wanted.length === 0) {
      throw new InputError(`the dcgmi dmon header has neither POWER (field 155) nor TOTEC (field 156) (columns: ${names.join(' ')})`, {
        file: this.file,
        line,
        hint: 'monitor the power fields: `dcgmi dmon -e 155,156`',
      });
    }
  }

  /** The GPU's place in the records' devices. */
  private columnOf(index: number): number {
    let column = this.columnByIndex.get(index);
    if (column === undefined) this.columnByIndex.set(index, (column = this.columns.columnOf(this.devices.get({ index })!)));
    return column;
  }

  /** The instant of the line's ISO date-time, which fills its first `timeFields` fields. */
  private isoTime(timeFields: number): number {
    const fields = this.fields;
    const text = fields.bytes.toString('latin1', fields.start(0), fields.end(timeFields - 1));
    const parsed = parseDateTime(text);
    if (!parsed) throw new InputError(`"${text}" is not a date and time`, { file: this.file, line: this.lineNo, hint: DMON_TIME_HINT });
    return dateTimeToUtc(parsed, this.toUtc);
  }
}

/** How many fields the line's ISO date-time takes: 1, or 2 for a date and a time; 0 when it starts with none. */
function isoTimeFields(fields: LineFields): number {
  if (fields.count === 0) return 0;
  const first = fields.text(0);
  if (ISO_DATE_TIME.test(first)) return 1;
  return fields.count > 1 && ISO_DATE.test(first) && ISO_TIME.test(fields.text(1)) ? 2 : 0;
}
