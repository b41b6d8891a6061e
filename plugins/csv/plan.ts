// How to read a log: which column holds the time, which the readings and in which unit, which the device.
// Built from the options where the user states it, else from the header alone when that is unambiguous.
import { findColumn, parseNumber } from 'carbon-ci';
import { classify, words, type Column } from './columns.js';
import { epochFormat, isPlausibleTime, timeReader, TIME_FORMATS, type TimeFormat } from './times.js';
import { DEVICE_CEILING_W, kindOfUnit, UNIT_NAMES, type EnergyKind, type QuantityKind } from './units.js';

/** The plugin's options, all strings so that `--plugin-option name=value` states each. */
export interface CsvOptions {
  time?: string;
  date?: string;
  timeFormat?: TimeFormat;
  power?: string;
  energy?: string;
  unit?: string;
  energyKind?: EnergyKind;
  device?: string;
  field?: string;
  fieldColumn?: string;
  valueColumn?: string;
  component?: 'gpu' | 'cpu' | 'ram' | 'node';
  host?: string;
  model?: string;
  timeZone?: string;
  delimiter?: string;
}

/** One column of readings (in a long table: the value column, for the rows of one field). */
export interface Series {
  column: number;
  name: string;
  kind: QuantityKind;
  unit: string;
  energyKind?: EnergyKind;
  label: string;
  total: boolean;
}

export interface Plan {
  width: number;
  time: { column: number; date?: number; format: TimeFormat };
  device?: number;
  long?: { field: number; name: string };
  series: Series[];
  /** How many part columns a total column read alone sums (its device stands for that many). */
  parts: number;
  /** Said once when reading starts: what was left out and why. */
  notes: string[];
}

/** Why the file cannot be read as it is, and the options that would read it, when there are such. */
export interface Problem {
  problem: string;
  hint: string;
  suggest?: CsvOptions;
}

export const isProblem = (value: Plan | Problem): value is Problem => 'problem' in value;

/** Field names of DCGM's tags (`dcgm_fields.h`), with the unit the documentation states. */
const DCGM_FIELDS: Record<string, { kind: QuantityKind; unit: string; energyKind?: EnergyKind }> = {
  power_usage: { kind: 'power', unit: 'W' },
  power_usage_instant: { kind: 'power', unit: 'W' },
  total_energy_consumption: { kind: 'energy', unit: 'mJ', energyKind: 'cumulative' },
};

const list = (columns: { name: string }[]) => columns.map((c) => `"${c.name}"`).join(', ');
const names = (text: string) => text.split(',').map((n) => n.trim()).filter((n) => n !== '');

/** The plan for a header and the first rows (already split), or the problem that stops it. */
export function planFor(header: string[], rows: string[][], options: CsvOptions): Plan | Problem {
  const columns = header.map(classify);
  const column = (name: string, what: string): Column | Problem => {
    const found = findColumn(header, name);
    return found ? columns[found.index]! : { problem: `the ${what} column "${name}" is not in the header (columns: ${list(columns)})`, hint: 'name a column of the header, as written' };
  };
  const notes: string[] = [];

  // The time: a column, or a date column and a time-of-day column.
  let time: Column;
  let date: Column | undefined;
  if (options.time !== undefined) {
    const found = column(options.time, 'time');
    if ('problem' in found) return found;
    time = found;
  } else {
    const times = columns.filter((c) => c.role === 'time');
    const dates = columns.filter((c) => c.role === 'date');
    if (times.length === 0 && dates.length === 1) times.push(dates.pop()!);
    if (times.length === 0) return noTime(columns, rows, options);
    if (times.length > 1) {
      return { problem: `${times.length} columns could hold the time (${list(times)})`, hint: 'name the one to read', suggest: { ...options, time: times[0]!.name } };
    }
    time = times[0]!;
    // `Date,Time`: the date in one column and the time of day in the other.
    if (dates.length === 1 && words(time.name).join(' ') === 'time' && options.date === undefined) date = dates[0];
  }
  if (options.date !== undefined) {
    const found = column(options.date, 'date');
    if ('problem' in found) return found;
    date = found;
  }
  if (options.timeFormat !== undefined && !TIME_FORMATS.includes(options.timeFormat)) {
    return { problem: `timeFormat "${String(options.timeFormat)}" is not one of ${TIME_FORMATS.join(', ')}`, hint: 'iso for dates and times, epoch-s/-ms/-us/-ns for epoch numbers' };
  }
  const format: TimeFormat = options.timeFormat ?? (time.epochUnit && !date ? epochFormat(time.epochUnit) : 'auto');

  // A column whose first rows never repeat a value counts rows (pandas' `index`), not devices.
  const counter = (c: Column) => rows.length > 16 && new Set(rows.map((r) => r[c.index])).size === rows.length;
  const device = options.device !== undefined ? column(options.device, 'device') : columns.find((c) => c.role === 'device' && c !== time && !counter(c));
  if (device && 'problem' in device) return device;

  if (options.unit !== undefined && kindOfUnit(options.unit) === undefined) {
    return { problem: `unit "${options.unit}" is not one of ${UNIT_NAMES.join(', ')}`, hint: 'units are case-sensitive: mW is milliwatts' };
  }
  const base: Omit<Plan, 'series'> = { width: header.length, time: { column: time.index, format, ...(date ? { date: date.index } : {}) }, parts: 0, notes };
  if (device) base.device = device.index;

  const fieldColumn = options.fieldColumn !== undefined ? column(options.fieldColumn, 'field') : columns.find((c) => c.role === 'field');
  const valueColumn = options.valueColumn !== undefined ? column(options.valueColumn, 'value') : columns.find((c) => c.role === 'value');
  if (fieldColumn && 'problem' in fieldColumn) return fieldColumn;
  if (valueColumn && 'problem' in valueColumn) return valueColumn;
  if (fieldColumn && valueColumn && options.power === undefined && options.energy === undefined) {
    return longPlan(base, fieldColumn, valueColumn, rows, options);
  }
  return widePlan(base, columns, rows, options, column);
}

function noTime(columns: Column[], rows: string[][], options: CsvOptions): Problem {
  const relative = columns.find((c) => c.role === 'relative-time');
  if (relative) {
    return { problem: `"${relative.name}" counts time from the start of the run: the log has no date and time`, hint: 'log an absolute time with each row (Python: time.time() or datetime.now(timezone.utc).isoformat())' };
  }
  const read = timeReader('auto', () => 'UTC');
  const timeLike = rows[0] ? columns.find((c) => isPlausibleTime(read(rows[0]![c.index] ?? ''))) : undefined;
  if (timeLike) return { problem: `no column is named as a time (columns: ${list(columns)})`, hint: `"${timeLike.name}" holds times: name it`, suggest: { ...options, time: timeLike.name } };
  return { problem: `no timestamps: no column holds a time (columns: ${list(columns)})`, hint: 'log a time with each row (Python: time.time() or datetime.now(timezone.utc).isoformat())' };
}

function longPlan(base: Omit<Plan, 'series'>, field: Column, value: Column, rows: string[][], options: CsvOptions): Plan | Problem {
  const seen = [...new Set(rows.map((r) => (r[field.index] ?? '').trim()).filter((f) => f !== ''))];
  const known = (name: string) => {
    const dcgm = DCGM_FIELDS[name.toLowerCase()];
    if (dcgm) return dcgm;
    const c = classify(name, 0);
    return c.role === 'quantity' ? { kind: c.kind!, unit: c.unit!, ...(c.energyKind ? { energyKind: c.energyKind } : {}) } : undefined;
  };
  const chosen = options.field ?? seen.find((f) => known(f)?.kind === 'power') ?? seen.find((f) => known(f)?.kind === 'energy');
  if (chosen === undefined) {
    const powerLike = seen.find((f) => /power|watt|energy/i.test(f));
    if (powerLike) return { problem: `the field "${powerLike}" does not state its unit`, hint: 'name the field and its unit', suggest: { ...options, field: powerLike, unit: 'W' } };
    return { problem: `no power or energy field among the fields in "${field.name}" (${seen.slice(0, 8).map((f) => `"${f}"`).join(', ') || 'none'})`, hint: 'log the power field too (DCGM: 155 power_usage)' };
  }
  const stated = known(chosen);
  const unit = options.unit ?? stated?.unit;
  if (unit === undefined) return { problem: `the field "${chosen}" does not state its unit`, hint: 'state the unit of its values', suggest: { ...options, field: chosen, unit: 'W' } };
  const kind = kindOfUnit(unit)!;
  const series: Series = { column: value.index, name: `${value.name} of ${chosen}`, kind, unit, label: '', total: false };
  if (kind === 'energy') {
    const energyKind = options.energyKind ?? stated?.energyKind;
    if (!energyKind) return { problem: `the field "${chosen}" does not say whether its energy is cumulative or per interval`, hint: 'say which', suggest: { ...options, field: chosen, energyKind: 'cumulative' } };
    series.energyKind = energyKind;
  }
  return { ...base, long: { field: field.index, name: chosen }, series: [series] };
}

function widePlan(
  base: Omit<Plan, 'series'>,
  columns: Column[],
  rows: string[][],
  options: CsvOptions,
  column: (name: string, what: string) => Column | Problem,
): Plan | Problem {
  const usable = (c: Column) => c.index !== base.time.column && c.index !== base.time.date && c.index !== base.device;
  let chosen: Column[];
  if (options.power !== undefined && options.energy !== undefined) {
    return { problem: 'both power and energy columns are named', hint: 'name one or the other: both measure the same energy, which would be counted twice' };
  }
  if (options.power !== undefined || options.energy !== undefined) {
    chosen = [];
    for (const name of [...names(options.power ?? ''), ...names(options.energy ?? '')]) {
      const found = column(name, options.power !== undefined && names(options.power).includes(name) ? 'power' : 'energy');
      if ('problem' in found) return found;
      chosen.push(found);
    }
  } else {
    const quantities = columns.filter((c) => c.role === 'quantity' && usable(c));
    const power = quantities.filter((c) => c.kind === 'power');
    if (power.length > 0 && power.length < quantities.length) {
      base.notes.push(`energy column(s) ${list(quantities.filter((c) => c.kind === 'energy'))} not read: the power columns are (name them with --plugin-option energy=… to read them instead)`);
    }
    chosen = power.length > 0 ? power : quantities;
    const parts = chosen.filter((c) => !c.total);
    if (parts.length > 0 && parts.length < chosen.length) {
      const totals = chosen.filter((c) => c.total);
      base.notes.push(`${list(totals)} is the sum of ${list(parts)}: the parts are read and the total is not added again (--plugin-option power=${totals[0]!.name} reads the total alone)`);
      chosen = parts;
    }
    if (chosen.length === 0) return noReadings(columns.filter(usable), rows, options);
  }
  if (chosen.length > 1 && base.device !== undefined) {
    if (options.device === undefined) delete base.device;
    else return { problem: `with a device column ("${columns[base.device]!.name}") there is one column of readings, not ${chosen.length}`, hint: 'name one power or energy column' };
  }
  const partCount = columns.filter((c) => c.role === 'quantity' && c.kind === 'power' && !c.total && usable(c)).length;
  if (chosen.length === 1 && chosen[0]!.total) base.parts = partCount;
  const series: Series[] = [];
  for (const c of chosen) {
    const unit = options.unit ?? c.unit;
    if (unit === undefined) return unitlessProblem(chosen, rows, options);
    const kind = kindOfUnit(unit)!;
    const one: Series = { column: c.index, name: c.name, kind, unit, label: c.label, total: c.total === true };
    if (kind === 'energy') {
      const energyKind = options.energyKind ?? c.energyKind;
      if (!energyKind) {
        const falls = rows.some((r, i) => i > 0 && (parseNumber(r[c.index] ?? '') ?? NaN) < (parseNumber(rows[i - 1]![c.index] ?? '') ?? NaN));
        return { problem: `"${c.name}" does not say whether its energy is cumulative (a counter) or per interval`, hint: `say which${falls ? ' (its values fall, as energy per interval does)' : ' (its values never fall, as a counter does)'}`, suggest: { ...options, energy: chosen.map((x) => x.name).join(','), energyKind: falls ? 'interval' : 'cumulative' } };
      }
      one.energyKind = energyKind;
    }
    series.push(one);
  }
  return { ...base, series };
}

function noReadings(candidates: Column[], rows: string[][], options: CsvOptions): Problem {
  const unitless = candidates.filter((c) => c.role === 'unitless');
  if (unitless.length > 0) return unitlessProblem(unitless, rows, options);
  return {
    problem: `a delimited file with a time column but no power or energy column (columns: ${list(candidates)})`,
    hint: 'name the power column and its unit (--plugin csv --plugin-option power=COLUMN --plugin-option unit=W), or log power with each row',
  };
}

/** Columns of readings whose unit is unknown: refused, with the unit their values suggest (W, else mW) to check. */
function unitlessProblem(columns: Column[], rows: string[][], options: CsvOptions): Problem {
  const energy = columns.every((c) => c.kind === 'energy');
  const values = rows.flatMap((r) => columns.map((c) => parseNumber(r[c.index] ?? '') ?? NaN)).filter((v) => Number.isFinite(v));
  const top = values.length > 0 ? Math.max(...values) : 0;
  const unit = energy ? 'J' : top <= DEVICE_CEILING_W ? 'W' : 'mW';
  const which = columns.length === 1 ? `"${columns[0]!.name}"` : `the ${columns.length} columns ${list(columns)}`;
  const suggest: CsvOptions = { ...options, [energy ? 'energy' : 'power']: columns.map((c) => c.name).join(','), unit };
  if (energy && !options.energyKind) suggest.energyKind = 'cumulative';
  const caseless = columns.find((c) => c.caselessMega);
  const milli = caseless?.caselessMega === 'MJ' ? 'millijoules (mJ) or megajoules (MJ)' : 'milliwatts (mW) or megawatts (MW)';
  return {
    problem: caseless
      ? `the header's "${caseless.caselessMega}" in "${caseless.name}" may be ${milli}: a name in capitals cannot tell them apart`
      : `the header does not state the unit of ${which}`,
    hint: `carbon-ci never guesses a unit: state it (the values, up to ${top}, look like ${unit}; check)`,
    suggest,
  };
}
