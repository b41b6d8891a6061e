import {
  DroppedRows,
  InputError,
  definePlugin,
  parseDateTime,
  parseNumber,
  readLines,
} from 'carbon-ci';
import type { DetectInput, DeviceRef, PluginContext, PowerRecord, Source } from 'carbon-ci';
import { localClock } from '../shared/local-clock.js';
import { hostOption, hostOptionSchema } from '../shared/options.js';
import { TimeOfDayClock, dateOptionSchema, parseTimeOfDay, readDateOption } from '../shared/time-of-day.js';

interface DmonOptions {
  /** Host name to qualify device ids (`host:gpu0`) when several machines' logs are combined. */
  host?: string;
  /** Wall-clock ms of the first row's midnight (the option `date`, YYYY-MM-DD in the time zone), for logs written with `-o T` only. */
  firstDayMs?: number;
}

const NEED_TIME_HINT =
  'record the time with the samples: run `nvidia-smi dmon -o DT` (date and time columns); ' +
  'for a log written with `-o T` only, give the date of its first row as the plugin option `date` (YYYY-MM-DD)';

/** Split a dmon line (after any leading `#`) into fields: comma-separated with `--format csv`, else space-aligned. */
function fields(text: string): string[] {
  return text.includes(',') ? text.split(',').map((f) => f.trim()) : text.trim().split(/\s+/);
}

function isUnitsLine(names: string[]): boolean {
  return names.some((n) => n.toLowerCase() === 'idx');
}

function isHeaderLine(names: string[]): boolean {
  return names.some((n) => n.toLowerCase() === 'gpu');
}

/** The two `#` lines that start every dmon log: names (with `gpu`), then units (with `Idx`). */
export function detectDmon({ head }: DetectInput): number {
  const lines = head.split('\n', 6).map((l) => l.trim()).filter((l) => l !== '');
  const first = lines[0];
  if (!first?.startsWith('#')) return 0;
  const names = fields(first.slice(1)).map((n) => n.toLowerCase());
  if (!names.includes('gpu')) return 0;
  const second = lines[1];
  const unitsFollow = second?.startsWith('#') === true && isUnitsLine(fields(second.slice(1)));
  if (names.includes('pwr')) return unitsFollow ? 0.95 : 0.8;
  return unitsFollow ? 0.6 : 0;
}

interface Layout {
  names: string[];
  gpu: number;
  pwr: number;
  sm: number;
  date: number;
  time: number;
  headerLine: number;
}

function layoutOf(names: string[], file: string, line: number): Layout {
  const lower = names.map((n) => n.toLowerCase());
  const pwr = lower.indexOf('pwr');
  if (pwr < 0) {
    throw new InputError(`the dmon header has no pwr (power) column (columns: ${names.join(' ')})`, {
      file,
      line,
      hint: 'include the power group: run `nvidia-smi dmon` with its default metrics or with `-s p` among the groups',
    });
  }
  return {
    names,
    gpu: lower.indexOf('gpu'),
    pwr,
    sm: lower.indexOf('sm'),
    date: lower.indexOf('date'),
    time: lower.indexOf('time'),
    headerLine: line,
  };
}

function readOptions(raw: Record<string, unknown>): DmonOptions {
  const options: DmonOptions = {};
  const host = hostOption(raw);
  if (host !== undefined) options.host = host;
  const firstDayMs = readDateOption(raw.date, NEED_TIME_HINT);
  if (firstDayMs !== undefined) options.firstDayMs = firstDayMs;
  return options;
}

/** Turns the time columns of a row into UTC ms, tracking midnight for `-o T` logs. */
class RowClock {
  private readonly days: TimeOfDayClock | undefined;

  constructor(
    // A log is written in time order: the hour that clocks go back is read twice over, not folded.
    private readonly toUtc: (wallMs: number) => number,
    firstDayMs: number | undefined,
  ) {
    this.days = firstDayMs === undefined ? undefined : new TimeOfDayClock(firstDayMs);
  }

  utcMs(layout: Layout, row: string[], file: string, line: number): number {
    if (layout.time < 0) {
      throw new InputError('the dmon log has no time column, so its samples cannot be placed in time', { file, line, hint: NEED_TIME_HINT });
    }
    const timeText = row[layout.time]!;
    if (layout.date >= 0) {
      const parsed = parseDateTime(`${row[layout.date]} ${timeText}`);
      if (!parsed) throw badTime(`${row[layout.date]} ${timeText}`, file, line);
      return this.toUtc(parsed.wallMs);
    }
    if (this.days === undefined) {
      throw new InputError('the dmon log has a time column but no date column (`-o T`)', { file, line, hint: NEED_TIME_HINT });
    }
    const timeOfDayMs = parseTimeOfDay(timeText);
    if (timeOfDayMs === undefined) throw badTime(timeText, file, line);
    return this.toUtc(this.days.wallMs(timeOfDayMs));
  }
}

function badTime(text: string, file: string, line: number): InputError {
  return new InputError(`"${text}" is not a dmon date and time (YYYYMMDD HH:MM:SS)`, {
    file,
    line,
    hint: 'the row is corrupted; repair or delete it',
  });
}

async function* readDmon(source: Source, context: PluginContext): AsyncGenerator<PowerRecord[]> {
  const options = readOptions(context.options);
  const file = source.path;
  const clock = new RowClock(localClock(context, true), options.firstDayMs);
  const devices = new Map<number, DeviceRef>();
  const dropped = new DroppedRows(file);
  let layout: Layout | undefined;

  const deviceFor = (index: number): DeviceRef => {
    let device = devices.get(index);
    if (!device) {
      const id = options.host ? `${options.host}:gpu${index}` : `gpu${index}`;
      device = { id, vendor: 'nvidia', index, ...(options.host ? { host: options.host } : {}) };
      devices.set(index, device);
    }
    return device;
  };

  for await (const batch of readLines(source.open(), { file: source.path })) {
    context.signal.throwIfAborted();
    const records: PowerRecord[] = [];
    for (let k = 0; k < batch.lines.length; k++) {
      const text = batch.lines[k]!.trim();
      const line = batch.firstLine + k;
      if (text === '') continue;
      if (text.startsWith('#')) {
        const names = fields(text.slice(1));
        if (isUnitsLine(names)) continue;
        if (isHeaderLine(names)) {
          layout = layoutOf(names, file, line);
          continue;
        }
        continue;
      }
      if (!layout) {
        throw new InputError('a data row comes before the dmon header', {
          file,
          line,
          hint: 'keep the two `#` header lines that `nvidia-smi dmon` prints first; they name the columns',
        });
      }
      const row = fields(text);
      if (row.length !== layout.names.length) {
        if (batch.unterminatedLast && k === batch.lines.length - 1) {
          dropped.add('the last line is cut short (the logger was stopped mid-write)', line);
          continue;
        }
        throw new InputError(`the row has ${row.length} fields but the header at line ${layout.headerLine} names ${layout.names.length}`, {
          file,
          line,
          hint: 'the row is truncated or two logs were interleaved; repair or delete the row',
        });
      }
      const timeMs = clock.utcMs(layout, row, file, line);
      const index = Number(row[layout.gpu]);
      if (!Number.isInteger(index) || index < 0) {
        throw new InputError(`gpu index "${row[layout.gpu]}" is not a number`, { file, line, hint: 'the row is corrupted; repair or delete it' });
      }
      const powerW = parseNumber(row[layout.pwr]!);
      if (powerW === null) {
        dropped.add('no power value (`-`)', line);
        continue;
      }
      if (Number.isNaN(powerW)) {
        throw new InputError(`power "${row[layout.pwr]}" is not a number`, { file, line, hint: 'the row is corrupted; repair or delete it' });
      }
      const record: PowerRecord = { type: 'power', timeMs, device: deviceFor(index), powerW };
      if (layout.sm >= 0) {
        const sm = parseNumber(row[layout.sm]!);
        if (sm !== null && Number.isFinite(sm) && sm >= 0 && sm <= 100) record.utilization = sm / 100;
      }
      records.push(record);
    }
    if (records.length > 0) yield records;
  }
  if (!layout) {
    throw new InputError('no dmon header found', {
      file,
      hint: 'this plugin reads the output of `nvidia-smi dmon -o DT`, which starts with two `#` header lines',
    });
  }
  dropped.report(context.log);
}

export default definePlugin({
  name: 'nvidia-smi-dmon',
  kind: 'telemetry',
  description: 'Board power (whole W) and SM utilisation per GPU from `nvidia-smi dmon -o DT` logs, text or CSV.',
  example: '#Date       Time        gpu   pwr  gtemp  mtemp    sm   mem\n#YYYYMMDD   HH:MM:SS    Idx     W      C      C     %     %\n 20240115   10:23:45      0    62     41      -     0     0',
  options: {
    type: 'object',
    properties: {
      host: hostOptionSchema('host:gpuN'),
      date: dateOptionSchema(' of a log written with `-o T` (time without date)'),
    },
  },
  detect: detectDmon,
  read: readDmon,
});
