import {
  DroppedRows,
  EnergyCounterColumnsBuilder,
  InputError,
  PowerColumnsBuilder,
  dateTimeToUtc,
  definePlugin,
  findColumn,
  isMissingValue,
  parseDateTime,
  readLines,
  splitCsvLine,
} from 'carbon-ci';
import type { DetectInput, DeviceRef, PluginContext, PluginRecord, Source } from 'carbon-ci';
import { localClock } from '../shared/local-clock.js';
import { hostOptionSchema } from '../shared/options.js';
import { TimeOfDayClock, dateOptionSchema, parseTimeOfDay, readDateOption } from '../shared/time-of-day.js';

interface Options {
  host?: string;
  /** Date (YYYY-MM-DD, in the time zone) of the first row, for dumps whose timestamps have no date. */
  date?: string;
}

export const EXAMPLE = [
  'Timestamp, DeviceId, GPU Utilization (%), GPU Power (W), GPU Energy Consumed (J)',
  '06:14:46.000,    0, 97.00, 281.35, 1480233.62',
].join('\n');

const DUMP_HINT =
  'dump power and energy with their ids: `xpu-smi dump -d 0 -m 0,1,8 -i 1 > xpu.csv` ' +
  '(0 = GPU Utilization, 1 = GPU Power, 8 = GPU Energy Consumed; `-d -1` for every GPU)';
const DATE_HINT = 'xpu-smi writes the time of day only: give the date of the first row as the plugin option date, e.g. `--plugin-option xpu-smi.date=2025-03-05`';
const HEADER = /^\s*Timestamp\s*,\s*DeviceId\s*,/i;

function detect({ head }: DetectInput): number {
  const first = head.split('\n', 8).find((line) => line.trim() !== '');
  if (first === undefined || !HEADER.test(first)) return 0;
  return /GPU (?:Power \(W\)|Energy Consumed \(J\))/i.test(first) ? 0.95 : 0.6;
}

interface Layout {
  count: number;
  time: number;
  device: number;
  tile: number;
  power: number;
  energy: number;
  utilization: number;
}

function layoutOf(fields: string[], file: string, line: number): Layout {
  const at = (...names: string[]) => findColumn(fields, ...names)?.index ?? -1;
  const layout = {
    count: fields.length,
    time: at('Timestamp'),
    device: at('DeviceId'),
    tile: at('TileId'),
    power: at('GPU Power'),
    energy: at('GPU Energy Consumed'),
    utilization: at('GPU Utilization'),
  };
  if (layout.power < 0 && layout.energy < 0) {
    throw new InputError(`the dump has neither GPU Power (W) nor GPU Energy Consumed (J) (columns: ${fields.map((f) => f.trim()).join(', ')})`, {
      file,
      line,
      hint: DUMP_HINT,
    });
  }
  return layout;
}

async function* read(source: Source, context: PluginContext<Options>): AsyncGenerator<PluginRecord[]> {
  const file = source.path;
  const host = context.options.host;
  const firstDayMs = readDateOption(context.options.date, DATE_HINT);
  const days = firstDayMs === undefined ? undefined : new TimeOfDayClock(firstDayMs);
  const dropped = new DroppedRows(file);
  const devices: DeviceRef[] = [];
  const slots = new Map<string, number>();
  const power = new PowerColumnsBuilder();
  const energy = new EnergyCounterColumnsBuilder();
  const toUtc = localClock(context, true);
  let layout: Layout | undefined;
  let readings = 0;

  const slotOf = (fields: string[], line: number): number => {
    const deviceText = fields[layout!.device]?.trim() ?? '';
    const tileText = layout!.tile >= 0 ? fields[layout!.tile]!.trim() : '';
    const key = `${deviceText}/${tileText}`;
    let slot = slots.get(key);
    if (slot !== undefined) return slot;
    if (!/^\d+$/.test(deviceText) || (tileText !== '' && !/^\d+$/.test(tileText))) {
      throw new InputError(`"${deviceText.slice(0, 40)}" is not a device id`, { file, line, hint: 'the row is corrupted; repair or delete it' });
    }
    const index = Number(deviceText);
    const id = `${host !== undefined ? `${host}:` : ''}xpu${index}${tileText !== '' ? `.tile${tileText}` : ''}`;
    const device: DeviceRef = { id, index, vendor: 'intel', component: 'gpu' };
    if (host !== undefined) device.host = host;
    slot = devices.length;
    devices.push(device);
    slots.set(key, slot);
    return slot;
  };

  const timeOf = (text: string, line: number): number => {
    const trimmed = text.trim();
    const timeOfDayMs = parseTimeOfDay(trimmed);
    if (timeOfDayMs !== undefined) {
      if (days === undefined) throw new InputError(`the timestamp "${trimmed}" has no date`, { file, line, hint: DATE_HINT });
      return toUtc(days.wallMs(timeOfDayMs));
    }
    const parsed = parseDateTime(trimmed);
    if (!parsed) throw new InputError(`"${trimmed.slice(0, 40)}" is not a time`, { file, line, hint: 'xpu-smi writes HH:MM:SS.mmm; the row is corrupted, repair or delete it' });
    return dateTimeToUtc(parsed, toUtc);
  };

  for await (const batch of readLines(source.open(), { file })) {
    context.signal.throwIfAborted();
    for (let k = 0; k < batch.lines.length; k++) {
      const text = batch.lines[k]!;
      const line = batch.firstLine + k;
      if (text.trim() === '') continue;
      if (HEADER.test(text)) {
        layout = layoutOf(splitCsvLine(text, { file, line }), file, line);
        continue;
      }
      if (!layout) {
        throw new InputError('a row comes before the xpu-smi dump header (Timestamp, DeviceId, …)', { file, line, hint: `keep the header that xpu-smi prints; ${DUMP_HINT}` });
      }
      const fields = splitCsvLine(text, { file, line });
      if (fields.length !== layout.count) {
        if (batch.unterminatedLast && k === batch.lines.length - 1) dropped.add('the last line is cut short', line);
        else dropped.add(`${fields.length} fields where the header names ${layout.count}`, line);
        continue;
      }
      const timeMs = timeOf(fields[layout.time]!, line);
      const slot = slotOf(fields, line);
      const value = (column: number): number => {
        if (column < 0 || isMissingValue(fields[column]!)) return Number.NaN;
        const number = Number(fields[column]!.trim());
        if (Number.isNaN(number)) throw new InputError(`"${fields[column]!.trim().slice(0, 40)}" is not a number`, { file, line, hint: 'the row is corrupted; repair or delete it' });
        return number;
      };
      const powerW = value(layout.power);
      const counterJ = value(layout.energy);
      const percent = value(layout.utilization);
      if (!Number.isNaN(powerW)) power.add(slot, timeMs, powerW, percent >= 0 && percent <= 100 ? percent / 100 : Number.NaN);
      if (!Number.isNaN(counterJ)) energy.add(slot, timeMs, counterJ);
      if (Number.isNaN(powerW) && Number.isNaN(counterJ)) dropped.add('no power or energy value', line);
      else readings++;
    }
    const out: PluginRecord[] = [];
    const counters = energy.take(devices);
    const powers = power.take(devices);
    if (counters) out.push(counters);
    if (powers) out.push(powers);
    if (out.length > 0) yield out;
  }
  if (!layout) throw new InputError('no xpu-smi dump header (Timestamp, DeviceId, …) was found', { file, hint: DUMP_HINT });
  if (readings === 0) throw new InputError('the dump has no power or energy readings', { file, hint: DUMP_HINT });
  if (layout.energy < 0) context.log.info(`${file}: no GPU Energy Consumed (J) column; energy is integrated from power samples (add metric 8 to -m for the counter)`);
  dropped.report(context.log);
}

export default definePlugin<Options>({
  name: 'xpu-smi',
  kind: 'telemetry',
  description: 'Intel GPU energy counter (J) and power (W) from `xpu-smi dump -m 0,1,8` CSV output.',
  example: EXAMPLE,
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      host: hostOptionSchema('host:xpuN'),
      date: dateOptionSchema(': xpu-smi writes the time of day only'),
    },
  },
  detect,
  read,
});
