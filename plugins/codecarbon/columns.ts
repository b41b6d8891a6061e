import { InputError, findColumn, splitCsvLine } from 'carbon-ci';

export type Component = 'gpu' | 'cpu' | 'ram' | 'node';

/** Where the columns the plugin reads are in the header; -1 when absent. */
export interface Columns {
  count: number;
  timestamp: number;
  project: number;
  run: number;
  /** `task_name` in a task file (emissions_<experiment>_<run>.csv): each row is one task of the run. */
  task: number;
  duration: number;
  emissions: number;
  pue: number;
  energy: Partial<Record<Component, number>>;
  model: Partial<Record<Component, number>>;
  power: Partial<Record<Component, number>>;
  gpuCount: number;
  /** Where the run was, as CodeCarbon recorded it. */
  country: number;
  region: number;
  cloudProvider: number;
  cloudRegion: number;
}

export function headerNames(fields: readonly string[]): string[] {
  return fields.map((name) => name.trim().toLowerCase());
}

export function isEmissionsHeader(names: string[]): boolean {
  return ['timestamp', 'project_name', 'duration', 'emissions'].every((name) => names.includes(name));
}

/** How sure the first line of `head` is CodeCarbon's emissions.csv header. */
export function headerConfidence(head: string): number {
  const firstLine = head.split('\n', 1)[0] ?? '';
  let names: string[];
  try {
    names = headerNames(splitCsvLine(firstLine));
  } catch {
    return 0;
  }
  if (!isEmissionsHeader(names)) return 0;
  return names.includes('energy_consumed') ? 0.95 : 0.85;
}

export function columnsOf(header: string[], file: string, line: number): Columns {
  const index = (...names: string[]) => findColumn(header, ...names)?.index ?? -1;
  const columns: Columns = {
    count: header.length,
    timestamp: index('timestamp'),
    project: index('project_name'),
    run: index('run_id', 'experiment_id'),
    task: index('task_name'),
    duration: index('duration'),
    emissions: index('emissions'),
    pue: index('pue'),
    energy: {},
    model: {},
    power: {},
    gpuCount: index('gpu_count'),
    country: index('country_iso_code'),
    region: index('region'),
    cloudProvider: index('cloud_provider'),
    cloudRegion: index('cloud_region'),
  };
  for (const component of ['gpu', 'cpu', 'ram'] as const) {
    const column = index(`${component}_energy`);
    if (column >= 0) columns.energy[component] = column;
    columns.power[component] = index(`${component}_power`);
  }
  if (Object.keys(columns.energy).length === 0) {
    const total = index('energy_consumed');
    if (total >= 0) columns.energy.node = total;
  }
  columns.model.gpu = index('gpu_model');
  columns.model.cpu = index('cpu_model');
  const lacking: string[] = (['timestamp', 'duration'] as const).filter((name) => columns[name] < 0);
  if (Object.keys(columns.energy).length === 0) lacking.push('gpu_energy, cpu_energy, ram_energy or energy_consumed');
  if (lacking.length > 0) {
    throw new InputError(`the CodeCarbon header has no ${lacking.join(', ')} column`, {
      file,
      line,
      hint: 'this plugin reads the emissions.csv that CodeCarbon writes (timestamp, duration, *_energy or energy_consumed)',
    });
  }
  return columns;
}
