// The dmon reader as it was before the byte-level fast paths (commit 4d7798e), its general path only:
// the reference that fast-paths.test.ts holds the plugin to, record for record and message for
// message. Its string fast path (FastRows) is left out: it took a row with its last value missing and
// a blank at its end for a whole row, which its general path drops or refuses.
import { DroppedRows, InputError, dateTimeToUtc, epochToMs, parseDateTime, parseNumber, readLines, wallClockToUtc, sourceChunks } from 'carbon-ci';
import type { EnergyCounterRecord, PluginContext, PowerRecord, Source } from 'carbon-ci';
import { DCGM_BLANK_MIN, DeviceRegistry } from '../devices.js';
import { DMON_TIME_HINT, PREFIX } from '../dmon-reader.js';


/** `dcgmi dmon -e 155,156` output with a wall-clock prefix on every line. */
export async function* readDcgmiDmon(
  source: Source,
  context: PluginContext,
  defaultHost: string | undefined,
): AsyncGenerator<(PowerRecord | EnergyCounterRecord)[]> {
  const file = source.path;
  // Made on first use: epoch prefixes and times with an offset need no zone.
  let toUtc: ((wallMs: number) => number) | undefined;
  const devices = new DeviceRegistry(defaultHost);
  const dropped = new DroppedRows(file);
  let names: string[] | undefined;
  /** The columns read, as [token index, record type]: set from the header. */
  let wanted: (readonly [number, 'power' | 'energy-counter'])[] = [];
  let headerLine = 0;
  let rows = 0;

  const timeOf = (prefix: string, line: number): number => {
    if (/^\d+(?:\.\d+)?$/.test(prefix)) return Math.round(epochToMs(Number(prefix)));
    const parsed = parseDateTime(prefix);
    if (!parsed) throw new InputError(`"${prefix}" is not a date and time`, { file, line, hint: DMON_TIME_HINT });
    return parsed.offsetMs === undefined ? dateTimeToUtc(parsed, (toUtc ??= wallClockToUtc(context.timeZone))) : dateTimeToUtc(parsed, (ms) => ms);
  };

  for await (const batch of readLines(sourceChunks(source), { file: source.path })) {
    context.signal.throwIfAborted();
    const records: (PowerRecord | EnergyCounterRecord)[] = [];
    for (let k = 0; k < batch.lines.length; k++) {
      const raw = batch.lines[k]!;
      const line = batch.firstLine + k;
      if (raw.length === 0 || raw.trim() === '') continue;
      const match = PREFIX.exec(raw);
      const body = (match ? match[2]! : raw).trim();
      if (body.startsWith('#Entity')) {
        const previous = names;
        names = body.split(/\s+/).slice(1);
        if (previous && previous.join(' ') !== names.join(' ')) context.log.info(`${file}:${line}: a new #Entity header; columns are now ${names.join(' ')}`);
        const power = names.indexOf('POWER');
        const energy = names.indexOf('TOTEC');
        wanted = [
          ...(power >= 0 ? [[power, 'power'] as const] : []),
          ...(energy >= 0 ? [[energy, 'energy-counter'] as const] : []),
        ];
        headerLine = line;
        if (power < 0 && energy < 0) {
          throw new InputError(`the dcgmi dmon header has neither POWER (field 155) nor TOTEC (field 156) (columns: ${names.join(' ')})`, {
            file,
            line,
            hint: 'monitor the power fields: `dcgmi dmon -e 155,156`',
          });
        }
        continue;
      }
      const tokens = body.split(/\s+/);
      if (tokens[0]!.length === 2 && tokens[0]!.toLowerCase() === 'id') continue;
      if (!names) {
        throw new InputError('a data row comes before the `#Entity` header', {
          file,
          line,
          hint: 'keep the header lines that `dcgmi dmon` prints; they name the columns',
        });
      }
      if (!match) throw new InputError('the dcgmi dmon row carries no time', { file, line, hint: DMON_TIME_HINT });
      if (tokens.length !== names.length + 2) {
        if (batch.unterminatedLast && k === batch.lines.length - 1) {
          dropped.add('the last line is cut short (the logger was stopped mid-write)', line);
          continue;
        }
        throw new InputError(`the row has ${tokens.length - 2} values but the header at line ${headerLine} names ${names.length}`, {
          file,
          line,
          hint: 'the row is truncated or two logs were interleaved; repair or delete the row',
        });
      }
      rows++;
      if (tokens[0] !== 'GPU') {
        dropped.add(`${tokens[0]} entities (MIG instances report the fields of their whole GPU, which its GPU row already has)`, line);
        continue;
      }
      const index = Number(tokens[1]);
      if (!Number.isInteger(index) || index < 0) {
        throw new InputError(`GPU id "${tokens[1]}" is not a number`, { file, line, hint: 'the row is corrupted; repair or delete it' });
      }
      const timeMs = timeOf(match[1]!, line);
      const device = devices.get({ index })!;
      for (let w = 0; w < wanted.length; w++) {
        const [column, type] = wanted[w]!;
        const text = tokens[column + 2]!;
        const value = parseNumber(text);
        if (value === null) {
          dropped.add(`${names[column]} is ${text}`, line);
          continue;
        }
        if (Number.isNaN(value)) {
          throw new InputError(`${names[column]} "${text}" is not a number`, { file, line, hint: 'the row is corrupted; repair or delete it' });
        }
        if (value >= DCGM_BLANK_MIN) {
          dropped.add(`${names[column]} holds a DCGM blank value`, line);
          continue;
        }
        records.push(type === 'power' ? { type, timeMs, device, powerW: value } : { type, timeMs, device, counterJ: value / 1000 });
      }
    }
    if (records.length > 0) yield records;
  }
  if (rows === 0) {
    throw new InputError('no dcgmi dmon rows found', { file, hint: 'run `dcgmi dmon -e 155,156 -d 1000` and keep its output whole' });
  }
  dropped.report(context.log, 'those readings are missing, which lowers the coverage of the GPUs concerned');
}
