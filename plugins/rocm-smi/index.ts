import {
  DroppedRows,
  InputError,
  dateTimeToUtc,
  definePlugin,
  epochToMs,
  findColumn,
  parseDateTime,
  parseNumber,
  readLines,
  splitCsvLine,
} from 'carbon-ci';
import type { DetectInput, DeviceRef, EnergyCounterRecord, PluginContext, PowerRecord, Source } from 'carbon-ci';
import { localClock } from '../shared/local-clock.js';
import { POWER_UNITS, droppedUnitsText } from '../shared/units.js';
import { hostOption, hostOptionSchema } from '../shared/options.js';

/** rocm-smi labels (`Average …` before ROCm 6.x and on MI100/MI200, `Current Socket …` on MI300), then amd-smi keys. */
const POWER_COLUMNS: (string | RegExp)[] = [
  /^Average Graphics Package Power \(W\)$/i,
  /Graphics Package Power \(W\)$/i,
  'socket_power',
  'average_socket_power',
  'current_socket_power',
  'power_usage',
];
const USE_COLUMNS: (string | RegExp)[] = [/^GPU use \(%\)$/i, 'gfx_activity', 'gfx_usage', 'gfx'];
/** amd-smi `metric -E`: the accumulated energy in J (accumulator × resolution, as amd-smi computes it). */
const ENERGY_COLUMNS = ['total_energy_consumption'];
/** An energy value's own unit wins; a bare one is in J, as amd-smi prints it. */
const ENERGY_UNITS = { J: 1, kJ: 1e3, mJ: 1e-3, uJ: 1e-6, 'µJ': 1e-6 };
const TIME_COLUMNS = ['timestamp', 'time', 'datetime', 'date'];
const DEVICE_COLUMNS = ['device', 'gpu'];
const WATCH_BANNER = /^'CTRL' \+ 'C' to stop watching/;
const TIME_ONLY = /^(?:\d{9,}(?:\.\d+)?|\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/;
/** A number followed by a unit, for naming the unit of a value that is no power reading. */
const NUMBER_AND_UNIT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)\s*([A-Za-z%]+)$/;

export const ROCM_TIME_HINT =
  'rocm-smi prints no time: write one before each sample, e.g. ' +
  "`while true; do date -Is; rocm-smi --showpower --csv; sleep 1; done > power.csv`, " +
  'or use `amd-smi metric --power --csv -w 1`, which adds a timestamp column';

interface Layout {
  count: number;
  device: number;
  power: number;
  use: number;
  time: number;
  energy: number;
  /** amd-smi's raw `energy_accumulator`, usable only with its `counter_resolution` (µJ per count) beside it. */
  accumulator: number;
  resolution: number;
  line: number;
}

function isHeader(fields: string[]): boolean {
  const lower = fields.map((f) => f.trim().toLowerCase());
  const numeric = (f: string) => {
    const value = parseNumber(f);
    return value !== null && !Number.isNaN(value);
  };
  return DEVICE_COLUMNS.some((name) => lower.includes(name)) && !lower.some(numeric);
}

function layoutOf(fields: string[], line: number): Layout {
  const index = (candidates: (string | RegExp)[]) => findColumn(fields, ...candidates)?.index ?? -1;
  return {
    count: fields.length,
    device: index(DEVICE_COLUMNS),
    power: index(POWER_COLUMNS),
    use: index(USE_COLUMNS),
    time: index(TIME_COLUMNS),
    energy: index(ENERGY_COLUMNS),
    accumulator: index(['energy_accumulator']),
    resolution: index(['counter_resolution']),
    line,
  };
}

function csvFields(line: string): string[] {
  try {
    return splitCsvLine(line);
  } catch {
    return [];
  }
}

function detect({ head }: DetectInput): number {
  const lines = head.split('\n', 12).map((l) => l.trim()).filter((l) => l !== '' && !WATCH_BANNER.test(l) && !TIME_ONLY.test(l));
  const fields = lines.slice(0, 4).map(csvFields).find(isHeader);
  if (!fields) return 0;
  const lower = fields.map((f) => f.trim().toLowerCase());
  const rocmSmi = lower[0] === 'device' || lower[1] === 'device';
  const rocmLabel = fields.some((f) => /\((?:W|%|C|MHz)\)$/.test(f.trim()));
  if (rocmSmi && rocmLabel) return findColumn(fields, ...POWER_COLUMNS) ? 0.95 : 0.85;
  const amdSmi = lower.includes('gpu') && findColumn(fields, 'socket_power', 'average_socket_power', 'current_socket_power', 'power_usage', ...ENERGY_COLUMNS);
  return amdSmi ? 0.9 : 0;
}

function hasEnergy(layout: Layout): boolean {
  return layout.energy >= 0 || (layout.accumulator >= 0 && layout.resolution >= 0);
}

/** The row's energy counter in J: total_energy_consumption, else energy_accumulator × counter_resolution (µJ); undefined when none. */
function energyOf(fields: string[], layout: Layout): number | undefined {
  if (layout.energy >= 0) {
    const value = parseNumber(fields[layout.energy]!, { units: ENERGY_UNITS });
    return value !== null && Number.isFinite(value) && value >= 0 ? value : undefined;
  }
  if (layout.accumulator < 0 || layout.resolution < 0) return undefined;
  const counts = parseNumber(fields[layout.accumulator]!);
  const resolutionUJ = parseNumber(fields[layout.resolution]!, { units: { uJ: 1, 'µJ': 1 } });
  if (counts === null || resolutionUJ === null || !(counts >= 0) || !(resolutionUJ > 0)) return undefined;
  return counts * resolutionUJ * 1e-6;
}

async function* read(source: Source, context: PluginContext): AsyncGenerator<(PowerRecord | EnergyCounterRecord)[]> {
  const file = source.path;
  const host = hostOption(context.options);
  // Asked for the zone at the first zone-less time only: amd-smi writes epoch seconds. A log is written in
  // time order: the hour that clocks go back is read twice over, not folded.
  const toUtc = localClock(context, true);
  const dropped = new DroppedRows(file);
  const devices = new Map<number, DeviceRef>();
  let layout: Layout | undefined;
  let markerMs: number | undefined;
  let sawPower = false;
  let secondaryDie = 0;
  let records = 0;
  let rawAccumulator = false;
  const otherUnits = { count: 0, units: new Set<string>(), first: 0 };

  const timeOf = (text: string, line: number): number => {
    const trimmed = text.trim();
    const epoch = /^\d+(?:\.\d+)?$/.test(trimmed);
    const parsed = epoch ? undefined : parseDateTime(trimmed);
    const timeMs = parsed ? dateTimeToUtc(parsed, toUtc) : epoch ? Math.round(epochToMs(Number(trimmed))) : Number.NaN;
    // An epoch beyond JavaScript's dates (year 275760) is as unreadable as text.
    if (Math.abs(timeMs) <= 8.64e15) return timeMs;
    const shown = trimmed.length > 60 ? `${trimmed.slice(0, 60)}…` : trimmed;
    throw new InputError(`"${shown}" is not a time`, { file, line, hint: 'write epoch seconds or an ISO 8601 date and time' });
  };

  const deviceFor = (text: string, line: number): DeviceRef => {
    const match = /^(?:card)?(\d+)$/i.exec(text.trim());
    if (!match) throw new InputError(`"${text}" is not a GPU (card<N> or an index)`, { file, line, hint: 'the row is corrupted; repair or delete it' });
    const index = Number(match[1]);
    let device = devices.get(index);
    if (!device) {
      device = { id: host ? `${host}:gpu${index}` : `gpu${index}`, vendor: 'amd', index };
      if (host) device.host = host;
      devices.set(index, device);
    }
    return device;
  };

  for await (const batch of readLines(source.open(), { file: source.path })) {
    context.signal.throwIfAborted();
    const out: (PowerRecord | EnergyCounterRecord)[] = [];
    for (let k = 0; k < batch.lines.length; k++) {
      const text = batch.lines[k]!.trim();
      const line = batch.firstLine + k;
      if (text === '' || WATCH_BANNER.test(text)) continue;
      if (TIME_ONLY.test(text)) {
        markerMs = timeOf(text, line);
        continue;
      }
      const fields = splitCsvLine(text, { file, line });
      if (isHeader(fields)) {
        layout = layoutOf(fields, line);
        if (layout.power >= 0 || hasEnergy(layout)) sawPower = true;
        if (layout.energy < 0 && layout.accumulator >= 0 && layout.resolution < 0) rawAccumulator = true;
        continue;
      }
      if (!layout) {
        throw new InputError('a row comes before any rocm-smi/amd-smi CSV header', {
          file,
          line,
          hint: 'keep the header line that `rocm-smi --csv` or `amd-smi … --csv` prints (device,… or timestamp,gpu,…)',
        });
      }
      if (layout.power < 0 && !hasEnergy(layout)) continue;
      if (fields.length !== layout.count) {
        if (batch.unterminatedLast && k === batch.lines.length - 1) {
          dropped.add('the last line is cut short', line);
          continue;
        }
        throw new InputError(`the row has ${fields.length} fields but the header at line ${layout.line} names ${layout.count}`, {
          file,
          line,
          hint: 'the row is truncated or two logs were interleaved; repair or delete the row',
        });
      }
      let timeMs: number;
      if (layout.time >= 0) timeMs = timeOf(fields[layout.time]!, line);
      else if (markerMs !== undefined) timeMs = markerMs;
      else throw new InputError('the power sample carries no time', { file, line, hint: ROCM_TIME_HINT });
      const device = deviceFor(fields[layout.device]!, line);
      const counterJ = energyOf(fields, layout);
      if (counterJ !== undefined) out.push({ type: 'energy-counter', timeMs, device, counterJ });
      if (layout.power < 0) continue;
      const powerText = fields[layout.power]!.trim();
      // A value's own unit wins over the column's (W), so that `150000 mW` is never read as 150000 W.
      const powerW = parseNumber(powerText, { units: POWER_UNITS });
      if (powerW === null) {
        if (/secondary die/i.test(powerText)) secondaryDie++;
        else dropped.add(`no power value ("${powerText}")`, line);
        continue;
      }
      const unit = Number.isNaN(powerW) && powerText.length <= 64 ? NUMBER_AND_UNIT.exec(powerText)?.[1] : undefined;
      if (unit !== undefined) {
        if (otherUnits.count++ === 0) otherUnits.first = line;
        if (otherUnits.units.size < 5) otherUnits.units.add(unit);
        continue;
      }
      if (Number.isNaN(powerW)) {
        const shown = powerText.length > 60 ? `${powerText.slice(0, 60)}…` : powerText;
        throw new InputError(`power "${shown}" is not a number`, { file, line, hint: 'the row is corrupted; repair or delete it' });
      }
      const record: PowerRecord = { type: 'power', timeMs, device, powerW };
      if (layout.use >= 0) {
        const use = parseNumber(fields[layout.use]!, { units: { '%': 1 } });
        if (use !== null && Number.isFinite(use) && use >= 0 && use <= 100) record.utilization = use / 100;
      }
      out.push(record);
    }
    records += out.length;
    if (out.length > 0) yield out;
  }
  if (!sawPower) {
    throw new InputError('no power or energy column found (Average/Current Socket Graphics Package Power (W), socket_power, power_usage or total_energy_consumption)', {
      file,
      hint: 'log power: `rocm-smi --showpower --csv` or `amd-smi metric --power --csv -w 1`',
    });
  }
  if (otherUnits.count > 0) {
    const what = droppedUnitsText(otherUnits.count, 'power', otherUnits.units, otherUnits.first);
    if (records === 0) throw new InputError(`no power readings: all ${what}`, { file, hint: 'check that the power column holds power: `rocm-smi --showpower --csv` or `amd-smi metric --power --csv`' });
    context.log.warn(`${file}: dropped ${what}; their samples are missing, which lowers the coverage of the GPUs concerned`);
  }
  if (rawAccumulator) {
    context.log.info(`${file}: energy_accumulator is in counts of counter_resolution, which the file lacks; energy is integrated from power instead`);
  }
  if (secondaryDie > 0) {
    context.log.info(`${file}: ${secondaryDie} rows of secondary dies had no power of their own; the primary die of each package reports the package's power`);
  }
  dropped.report(context.log);
}

export default definePlugin({
  name: 'rocm-smi',
  kind: 'telemetry',
  description: 'AMD GPU package power (W) from `rocm-smi --showpower --csv` logs with time markers and `amd-smi metric/monitor --csv -w` logs.',
  example: 'timestamp,gpu,socket_power,gfx_voltage,soc_voltage,mem_voltage,power_management,throttle_status\n1729519500,0,400,N/A,N/A,N/A,ENABLED,UNTHROTTLED',
  options: {
    type: 'object',
    properties: {
      host: hostOptionSchema('host:gpuN'),
    },
  },
  detect,
  read,
});
