import { InputError } from 'carbon-ci';

/** Which column holds what; -1 where the log lacks it. */
export interface Layout {
  /** Number of fields per row. */
  count: number;
  /** Field names as nvidia-smi spells them, without units, in column order. */
  names: string[];
  timestamp: number;
  power: number;
  /** The field that `power` reads: power.draw, else power.draw.average, else power.draw.instant. */
  powerField: PowerField;
  /** Multiplier from the power column's unit to W (nvidia-smi writes W). */
  powerScale: number;
  index: number;
  uuid: number;
  name: number;
  busId: number;
  utilization: number;
  /** Whether a column names the row's GPU (uuid, index or pci.bus_id): a property, read on every row. */
  hasDevice: boolean;
}

export type PowerField = 'power.draw' | 'power.draw.average' | 'power.draw.instant';
export const POWER_FIELDS: readonly PowerField[] = ['power.draw', 'power.draw.average', 'power.draw.instant'];

/** Other names for nvidia-smi's fields, as wrappers and hand-written headers spell them; `gpu` holds the index. */
const ALIASES: Record<string, string> = {
  gpu: 'index',
  gpu_index: 'index',
  gpu_name: 'name',
  gpu_uuid: 'uuid',
  gpu_bus_id: 'pci.bus_id',
  gpu_serial: 'serial',
  'utilization.gpu': 'utilization.gpu',
};

/**
 * First segments of the field names that `nvidia-smi --help-query-gpu` lists. Used to recognise a
 * header; a field outside this list is tolerated in a header that has the rest right.
 */
const KNOWN_ROOTS = new Set([
  'timestamp', 'driver_version', 'count', 'name', 'serial', 'uuid', 'index', 'pci', 'pcie', 'display_mode',
  'display_active', 'persistence_mode', 'addressing_mode', 'accounting', 'vbios_version', 'inforom', 'gom', 'fan',
  'pstate', 'clocks_throttle_reasons', 'clocks_event_reasons', 'memory', 'compute_mode', 'compute_cap',
  'utilization', 'encoder', 'ecc', 'retired_pages', 'remapped_rows', 'temperature', 'power', 'enforced',
  'module', 'clocks', 'mig', 'protected_memory', 'fabric', 'reset_status', 'platform', 'gpu_recovery_action',
  'driver_model', 'vgpu_device_capability', 'gpu_name', 'gpu_uuid', 'gpu_bus_id', 'gpu_serial', 'gpu_operation_mode',
  'power_smoothing', 'c2c',
]);

const FIELD_NAME = /^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*$/;
/** nvidia-smi's field names and units are short: a longer header field makes the line no header, whatever its length. */
const MAX_FIELD_CHARS = 128;

export interface HeaderField {
  name: string;
  unit: string | undefined;
  known: boolean;
}

/** The fields of a header line, or undefined when the line is not an nvidia-smi header. */
export function parseHeaderFields(line: string): HeaderField[] | undefined {
  const fields: HeaderField[] = [];
  for (const raw of line.split(',')) {
    let text = raw.trim();
    if (text.length > MAX_FIELD_CHARS) return undefined;
    let unit: string | undefined;
    // `name [unit]`, scanned rather than matched: a bracket anywhere else fails FIELD_NAME below.
    const open = text.endsWith(']') ? text.indexOf('[') : -1;
    if (open >= 0 && text.indexOf(']') === text.length - 1) {
      unit = text.slice(open + 1, -1);
      text = text.slice(0, open).trimEnd();
    }
    const name = text.toLowerCase();
    if (!FIELD_NAME.test(name)) return undefined;
    const canonical = ALIASES[name] ?? name;
    fields.push({ name: canonical, unit, known: KNOWN_ROOTS.has(canonical.split('.')[0]!) });
  }
  return fields.length > 0 && fields.some((f) => f.known) ? fields : undefined;
}

export function choosePowerField(names: readonly string[]): PowerField | undefined {
  return POWER_FIELDS.find((field) => names.includes(field));
}

/**
 * Which power field is read, when that needs saying: power.draw is preferred because NVIDIA documents it
 * as the 1-second average on Ampere and newer (what power.draw.average reports) and every GPU that
 * reports power has it, while .average is [N/A] on GA100 and older GPUs and .instant misses what
 * happens between samples.
 */
export function powerFieldNote(layout: Pick<Layout, 'names' | 'powerField'>): string | undefined {
  const others = POWER_FIELDS.filter((field) => field !== layout.powerField && layout.names.includes(field));
  if (layout.powerField !== 'power.draw') {
    return `power read from ${layout.powerField} (no power.draw column${others.length > 0 ? `; ${others.join(', ')} ignored` : ''})`;
  }
  if (others.length === 0) return undefined;
  return `power read from power.draw, ${others.join(' and ')} ignored: power.draw is the 1-second average on Ampere and newer (as power.draw.average) and is reported by every GPU that reports power, including GA100 and older ones`;
}

/** What multiplies a value in `unit` to W; undefined when it is no power unit. `MW` is mega, any other `mw` milli. */
export function powerUnitScale(unit: string): number | undefined {
  if (unit === 'MW') return 1e6;
  const lower = unit.toLowerCase();
  return lower === 'w' ? 1 : lower === 'mw' ? 1e-3 : lower === 'kw' ? 1e3 : undefined;
}

/** Build the column layout from field names (from the header, or from the `columns` option). */
export function layoutFromFields(fields: HeaderField[], file: string, line: number | undefined, from: string): Layout {
  const names = fields.map((f) => f.name);
  const powerField = choosePowerField(names);
  if (!powerField) {
    throw new InputError(`the ${from} has no power.draw column (fields: ${names.join(', ')})`, {
      file,
      line,
      hint: 'log power: add power.draw to --query-gpu, e.g. `nvidia-smi --query-gpu=timestamp,index,uuid,name,power.draw,utilization.gpu --format=csv,nounits -lms 1000 -f power.csv`',
    });
  }
  const power = names.indexOf(powerField);
  const unit = fields[power]!.unit;
  const powerScale = unit === undefined ? 1 : powerUnitScale(unit.trim());
  if (powerScale === undefined) {
    throw new InputError(`the ${powerField} column is in [${unit}], not [W]`, { file, line, hint: 'log power in watts, as nvidia-smi does' });
  }
  const timestamp = names.indexOf('timestamp');
  if (timestamp < 0) {
    throw new InputError(`the ${from} has no timestamp column: energy needs to know when each power reading was taken`, {
      file,
      line,
      hint: 'add timestamp to --query-gpu (first is customary), e.g. `--query-gpu=timestamp,index,uuid,name,power.draw,utilization.gpu`',
    });
  }
  const [index, uuid, busId] = [names.indexOf('index'), names.indexOf('uuid'), names.indexOf('pci.bus_id')];
  return {
    count: names.length,
    names,
    timestamp,
    power,
    powerField,
    powerScale,
    index,
    uuid,
    name: names.indexOf('name'),
    busId,
    utilization: names.indexOf('utilization.gpu'),
    hasDevice: index >= 0 || uuid >= 0 || busId >= 0,
  };
}

/** Parse the `columns` option: the --query-gpu list (`timestamp,index,power.draw`), units ignored. */
export function fieldsFromOption(columns: string, file: string): HeaderField[] {
  const fields = parseHeaderFields(columns);
  if (!fields) {
    throw new InputError(`the columns option "${columns}" is not a list of nvidia-smi field names`, {
      file,
      hint: 'give the --query-gpu list the log was written with, e.g. columns=timestamp,index,power.draw',
    });
  }
  return fields;
}
