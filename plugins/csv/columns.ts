// What each header column of a homegrown log holds, told from its name alone.
import { splitUnitSuffix } from 'carbon-ci';
import { quantityUnit, timeUnit, type EnergyKind, type EpochUnit, type QuantityKind } from './units.js';

export type Role =
  | 'time' // an absolute time (or the time-of-day half of a date and time pair)
  | 'date' // the date half of a date and time pair
  | 'relative-time' // seconds since the start: no instant
  | 'device'
  | 'field' // a long table's field name column
  | 'value' // a long table's value column
  | 'quantity' // power or energy with its unit in the name
  | 'unitless' // power or energy without a unit, or a GPU's column (`GPU0`) that may hold anything
  | 'index' // pandas' unnamed index
  | 'other';

export interface Column {
  index: number;
  /** The header text, trimmed. */
  name: string;
  role: Role;
  kind?: QuantityKind;
  unit?: string;
  epochUnit?: EpochUnit;
  energyKind?: EnergyKind;
  /** A unit word MW or MJ in a name in capitals (`POWER_MW`, `ENERGY_MJ`): milli or mega, so not a stated unit. */
  caselessMega?: 'MW' | 'MJ';
  /** A power column that sums the others (`total_watts`). */
  total?: boolean;
  /** What the name says besides quantity and unit (`gpu0`, `n1`, `cpu`), lower-case, no separators. */
  label: string;
}

const TIME_WORDS = new Set(['time', 'timestamp', 'timestamps', 'ts', 'datetime', 'stamp', 'epoch', 'unixtime', 'utc']);
const RELATIVE_WORDS = new Set(['relative', 'elapsed', 'duration', 'runtime', 'since', 'offset', 'delta', 'uptime', 'step', 'iter', 'iteration', 'dt']);
const DEVICE_NAMES = new Set(['gpu', 'gpuid', 'gpuindex', 'gpuidx', 'gpunum', 'index', 'idx', 'device', 'deviceid', 'deviceindex', 'dev', 'uuid', 'gpuuuid', 'card', 'cardid']);
const FIELD_NAMES = new Set(['field', 'fieldname', 'metric', 'metricname', 'key', 'measurement']);
const VALUE_NAMES = new Set(['value', 'values', 'val', 'reading']);
const NOT_A_READING = new Set(['limit', 'cap', 'max', 'min', 'enforced', 'default', 'capacity', 'percent', 'pct', 'util', 'utilization', 'temp', 'temperature', 'state', 'pstate']);
const POWER_WORDS = new Set(['power', 'pwr', 'watt', 'watts', 'draw']);
const ENERGY_WORDS = new Set(['energy', 'joule', 'joules', 'consumption']);
const FILLER = new Set([...POWER_WORDS, ...ENERGY_WORDS, 'usage', 'used', 'instant', 'avg', 'average', 'mean', 'board', 'reading', 'measured']);
const TOTAL_WORDS = new Set(['total', 'sum', 'all', 'combined']);
const CUMULATIVE_WORDS = new Set(['total', 'cumulative', 'counter', 'integrated', 'accumulated', 'consumed', 'since']);
const INTERVAL_WORDS = new Set(['delta', 'interval', 'step', 'per', 'diff', 'increment']);
/** Labels that name a part of the machine rather than a GPU. */
export const COMPONENT_LABELS: Record<string, 'cpu' | 'ram' | 'node'> = { cpu: 'cpu', ram: 'ram', mem: 'ram', memory: 'ram', dram: 'ram', node: 'node', system: 'node', main: 'node', host: 'node', server: 'node' };
/** A column per GPU without a quantity: `GPU0`, `GPU 0`, `gpu_1`, `cuda:0`. */
export const GPU_LABEL = /^(?:gpu|cuda|card|device|dev)[\s_:.-]*(\d+)$/i;

/** Lower-case words of a name: `TimeStampUs` -> time, stamp, us; `power.draw` -> power, draw; `keepCase` keeps their case. */
export function words(name: string, keepCase = false): string[] {
  return name
    .split(/[^A-Za-z0-9µ]+/)
    .filter((part) => part !== '')
    // A unit keeps its case-mixed spelling (`kWh`, `mW`); other parts split at case changes.
    .flatMap((part) => (quantityUnit(part) || timeUnit(part) ? [part] : part.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z])([A-Z][a-z])/g, '$1 $2').split(' ')))
    .map((w) => (keepCase ? w : w.toLowerCase()));
}

export function classify(raw: string, index: number): Column {
  const name = raw.trim();
  const split = splitUnitSuffix(name);
  const tokens = words(split.name);
  const squashed = tokens.join('');
  const column: Column = { index, name, role: 'other', label: '' };
  if (name === '' || /^Unnamed: \d+$/.test(name)) return { ...column, role: 'index' };
  // The unit is the bracketed suffix, else the name's last word (`power_W`, `n1_watts`, `timestamp_ms`).
  // Its case is kept: it alone tells mW from MW.
  const unitWord = split.unit ?? (tokens.length > 1 || tokens[0] === 'watts' || tokens[0] === 'joules' ? words(split.name, true).at(-1) : undefined);
  const has = (set: Set<string>) => tokens.some((t) => set.has(t));
  if (has(TIME_WORDS) || (tokens.length === 1 && (tokens[0] === 'date' || tokens[0] === 't'))) {
    if (has(RELATIVE_WORDS)) return { ...column, role: 'relative-time' };
    const epochUnit = unitWord === undefined ? undefined : timeUnit(unitWord);
    const role: Role = squashed === 'date' ? 'date' : 'time';
    return epochUnit ? { ...column, role, epochUnit } : { ...column, role };
  }
  if (DEVICE_NAMES.has(squashed)) return { ...column, role: 'device' };
  if (FIELD_NAMES.has(squashed)) return { ...column, role: 'field' };
  if (VALUE_NAMES.has(squashed)) return { ...column, role: 'value' };
  if (has(NOT_A_READING)) return column;
  const label = tokens.filter((t) => !FILLER.has(t) && !TOTAL_WORDS.has(t) && !CUMULATIVE_WORDS.has(t) && !INTERVAL_WORDS.has(t) && t !== unitWord?.toLowerCase()).join('');
  // A bare `_w` or `_j` is a unit only beside a power or energy word or a device (`power_W`, `gpu0_J`): `img_w` is a width.
  const spelled = split.unit !== undefined || (unitWord !== undefined && unitWord.length > 3);
  const named = has(POWER_WORDS) || has(ENERGY_WORDS) || label === 'gpu' || GPU_LABEL.test(label) || label in COMPONENT_LABELS;
  // In a name without lower-case letters (`POWER_MW`, `ENERGY_MJ`) M may mean milli: not a stated unit.
  const stated = unitWord !== undefined && (spelled || named);
  const caselessMega = stated && (unitWord === 'MW' || unitWord === 'MJ') && name === name.toUpperCase() ? unitWord : undefined;
  const unit = !stated || caselessMega ? undefined : quantityUnit(unitWord);
  const energyKind: EnergyKind | undefined = has(CUMULATIVE_WORDS) ? 'cumulative' : has(INTERVAL_WORDS) ? 'interval' : undefined;
  if (unit) {
    const found: Column = { ...column, role: 'quantity', kind: unit.kind, unit: unit.unit, label };
    if (unit.kind === 'power' && has(TOTAL_WORDS)) found.total = true;
    if (unit.kind === 'energy' && energyKind) found.energyKind = energyKind;
    return found;
  }
  if (has(POWER_WORDS) || caselessMega === 'MW') return { ...column, role: 'unitless', kind: 'power', label, ...(has(TOTAL_WORDS) ? { total: true } : {}), ...(caselessMega ? { caselessMega } : {}) };
  if (has(ENERGY_WORDS) || caselessMega === 'MJ') return { ...column, role: 'unitless', kind: 'energy', label, ...(energyKind ? { energyKind } : {}), ...(caselessMega ? { caselessMega } : {}) };
  const gpu = GPU_LABEL.exec(name);
  if (gpu) return { ...column, role: 'unitless', label: `gpu${gpu[1]}` };
  return column;
}

/** The delimiter that splits the header into the most fields: comma, semicolon or tab. */
export function delimiterOf(header: string): string {
  let best = ',';
  let most = 1;
  for (const d of [',', ';', '\t']) {
    const count = header.split(d).length;
    if (count > most) {
      best = d;
      most = count;
    }
  }
  return best;
}
