// Streams a log with its plan: one record per reading, columns records for power and counters.
import { DroppedRows, EnergyCounterColumnsBuilder, InputError, PowerColumnsBuilder, isValidTimeZone, parseNumber, readLines, readText } from 'carbon-ci';
import type { DeviceRef, EnergyRecord, PluginContext, PluginRecord, Source } from 'carbon-ci';
import { commandLine } from './command.js';
import { readHead, refusalOf } from './detect.js';
import { ceilingW, deviceOfSeries, deviceOfValue } from './devices.js';
import type { CsvOptions, Plan, Series } from './plan.js';
import { joinCommaFraction, split } from './sample.js';
import { isPlausibleTime, timeReader } from './times.js';
import { ENERGY_UNITS, POWER_UNITS, likelyUnit, unitFactor } from './units.js';

const HEAD_BYTES = 64 * 1024;


/** Readings above a device's ceiling, per column: they are in another unit than the header or option states. */
interface Implausible {
  count: number;
  line: number;
  value: number;
  powerW: number;
  ceilingW: number;
}

function planOf(file: string, head: string, options: CsvOptions): { plan: Plan; delimiter: string; headerLine: number } {
  const reading = readHead(head, options);
  if (!reading) {
    throw new InputError('not a delimited log with a header (one column, or no text)', {
      file,
      line: 1,
      hint: 'the csv plugin reads a header line naming the columns, then rows separated by commas, semicolons or tabs',
    });
  }
  if ('refusal' in reading) {
    const refusal = refusalOf(file, reading.refusal, reading.line);
    throw new InputError(refusal.message, { file, ...(refusal.line !== undefined ? { line: refusal.line } : {}), hint: refusal.hint });
  }
  return { plan: reading.plan, delimiter: reading.sample.delimiter, headerLine: reading.sample.headerLine };
}

export async function* readCsv(source: Source, context: PluginContext): AsyncGenerator<PluginRecord[]> {
  const file = source.path;
  const options = context.options as CsvOptions;
  if (options.timeZone !== undefined && !isValidTimeZone(options.timeZone)) {
    throw new InputError(`timeZone "${options.timeZone}" is not an IANA time zone`, { file, hint: 'e.g. Europe/Paris, America/New_York or UTC' });
  }
  const { plan, delimiter, headerLine } = planOf(file, await readText(source, { maxBytes: HEAD_BYTES }), options);
  const readTime = timeReader(plan.time.format, () => options.timeZone ?? context.localTimeZone());
  const dropped = new DroppedRows(file);
  const devices: DeviceRef[] = [];
  const byKey = new Map<string, number>();
  const deviceIndex = (key: string, make: () => DeviceRef | undefined): number => {
    let index = byKey.get(key);
    if (index === undefined) {
      const device = make();
      if (!device) return -1;
      index = devices.push(device) - 1;
      byKey.set(key, index);
    }
    return index;
  };
  // Wide layouts: one device per column, made up front; with a device column, devices come from the rows.
  const wide = plan.device !== undefined ? [] : plan.series.map((s) => deviceIndex(`series:${s.column}`, () => deviceOfSeries(s, plan.series.length, plan.parts, options)));
  const twice = wide.findIndex((d, i) => wide.findIndex((e) => devices[e]!.id === devices[d]!.id) !== i);
  if (twice >= 0) {
    const first = plan.series[wide.findIndex((e) => devices[e]!.id === devices[wide[twice]!]!.id)]!;
    throw new InputError(`"${first.name}" and "${plan.series[twice]!.name}" both read as device ${devices[wide[twice]!]!.id}`, {
      file,
      line: headerLine,
      hint: `name the columns to read, one per device: ${commandLine(file, { ...options, power: first.name })}`,
    });
  }
  const ceilings: number[] = [];
  const last = new Map<number, { timeMs: number; counterJ: number }>();
  const implausible = new Map<Series, Implausible>();
  let firstIntervals = 0;
  let header: string[] | undefined;
  const power = new PowerColumnsBuilder();
  const counters = new EnergyCounterColumnsBuilder();
  for (const note of plan.notes) context.log.info(`${file}: ${note}`);

  const tooHigh = (series: Series, line: number, value: number, powerW: number, device: number): boolean => {
    const ceiling = (ceilings[device] ??= ceilingW(devices[device]!));
    if (!(powerW > ceiling)) return false;
    const entry = implausible.get(series);
    if (entry) entry.count++;
    else implausible.set(series, { count: 1, line, value, powerW, ceilingW: ceiling });
    return true;
  };

  for await (const batch of readLines(source.open(), { file })) {
    context.signal.throwIfAborted();
    const out: PluginRecord[] = [];
    for (let k = 0; k < batch.lines.length; k++) {
      const line = batch.firstLine + k;
      const text = batch.lines[k]!.trim();
      if (line <= headerLine) {
        if (line === headerLine) header = split(text, delimiter);
        continue;
      }
      if (text === '' || text.startsWith('#')) continue;
      const cut = split(text, delimiter);
      const fields = cut && joinCommaFraction(cut, plan.width);
      if (!fields || fields.length !== plan.width) {
        if (batch.unterminatedLast && k === batch.lines.length - 1) {
          dropped.add('the last line is cut short (the logger was stopped mid-write)', line);
          continue;
        }
        throw new InputError(fields ? `the row has ${fields.length} fields but the header at line ${headerLine} names ${plan.width}` : 'a quoted field is not closed on this line', {
          file,
          line,
          hint: 'the row is truncated, or two logs were written into one file; repair or delete the row',
        });
      }
      if (header && fields.every((f, i) => f === header![i])) continue;
      if (plan.long && fields[plan.long.field] !== plan.long.name) continue;
      const timeText = fields[plan.time.column]!;
      const timeMs = plan.time.date === undefined ? readTime(timeText) : readTime(timeText, fields[plan.time.date]!);
      if (!isPlausibleTime(timeMs)) {
        if (timeText === '') {
          dropped.add('no time', line);
          continue;
        }
        const shown = (plan.time.date === undefined ? timeText : `${fields[plan.time.date]} ${timeText}`).slice(0, 60);
        throw new InputError(Number.isNaN(timeMs) ? `"${shown}" is not a time` : `"${shown}" reads as ${new Date(timeMs).toISOString()}, not a time during a job`, {
          file,
          line,
          hint: 'the row is corrupted (repair or delete it), or the times are written otherwise: state how with --plugin-option timeFormat=iso, epoch-s, epoch-ms, epoch-us or epoch-ns',
        });
      }
      for (let s = 0; s < plan.series.length; s++) {
        const series = plan.series[s]!;
        const device =
          plan.device === undefined ? wide[s]! : deviceIndex(`value:${fields[plan.device]!}`, () => deviceOfValue(fields[plan.device!]!, options));
        if (device < 0) {
          dropped.add('no device', line);
          continue;
        }
        const raw = fields[series.column]!;
        const value = parseNumber(raw, { units: series.kind === 'power' ? POWER_UNITS : ENERGY_UNITS });
        if (value === null) {
          dropped.add(`no value in "${series.name}"`, line);
          continue;
        }
        if (Number.isNaN(value)) {
          throw new InputError(`"${raw.slice(0, 40)}" in "${series.name}" is not a number`, { file, line, hint: 'the row is corrupted, or the column holds something else; repair the row or name another column' });
        }
        // A value with its own unit (`65 W`) is already converted by parseNumber.
        const si = /[a-z]$/i.test(raw.trim()) ? value : value * unitFactor(series.unit);
        if (series.kind === 'power') {
          if (tooHigh(series, line, value, si, device)) continue;
          power.add(device, timeMs, si);
          continue;
        }
        const previous = last.get(device);
        if (series.energyKind === 'cumulative') {
          const dtS = previous ? (timeMs - previous.timeMs) / 1000 : 0;
          if (previous && dtS > 0 && tooHigh(series, line, value, (si - previous.counterJ) / dtS, device)) continue;
          last.set(device, { timeMs, counterJ: si });
          counters.add(device, timeMs, si);
          continue;
        }
        last.set(device, { timeMs, counterJ: 0 });
        if (!previous) {
          firstIntervals++;
          continue;
        }
        if (timeMs > previous.timeMs && tooHigh(series, line, value, si / ((timeMs - previous.timeMs) / 1000), device)) continue;
        const record: EnergyRecord = { type: 'energy', startMs: previous.timeMs, endMs: timeMs, device: devices[device]!, energyJ: si, origin: { file, line } };
        out.push(record);
      }
    }
    const powerRecord = power.take(devices);
    const counterRecord = counters.take(devices);
    if (powerRecord) out.push(powerRecord);
    if (counterRecord) out.push(counterRecord);
    if (out.length > 0) yield out;
  }
  report(context, file, implausible, firstIntervals);
  dropped.report(context.log);
}

function report(context: PluginContext, file: string, implausible: Map<Series, Implausible>, firstIntervals: number): void {
  for (const [series, entry] of implausible) {
    const rate = series.kind === 'power' ? 'power' : 'power (energy over time)';
    const likely = likelyUnit(series.unit, entry.powerW, entry.ceilingW);
    const fix = likely
      ? `the values look like ${likely}, not ${series.unit}: if so, state it with --plugin-option unit=${likely}`
      : `they are not ${series.unit}: check the column and its unit`;
    context.log.warn(
      `${file}: dropped ${entry.count} reading(s) of "${series.name}" whose ${rate} is above ${entry.ceilingW} W, the most one device draws (first at line ${entry.line}: ${entry.value} ${series.unit}${series.unit === 'W' ? '' : `, ${Math.round(entry.powerW)} W`}); ${fix}`,
    );
  }
  if (firstIntervals > 0) {
    context.log.info(`${file}: the first row of each device's energy per interval has no start time (no row before it); ${firstIntervals} such row(s) not counted`);
  }
}
