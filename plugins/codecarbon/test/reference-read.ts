// The plugin's reader as it was before its byte path (commit 4d7798e): decoded lines, every field split,
// regular expressions for numbers and timestamps. Kept only as the reference that the equivalence test
// (./equivalence.test.ts) compares the plugin with, record for record and message for message.
import {
  DroppedRows,
  InputError,
  dateTimeToUtc,
  parseDateTime,
  parseNumber,
  readLines,
  splitCsvLine,
  wallClockToUtc,
  sourceChunks,
} from 'carbon-ci';
import type { DeviceRef, EnergyRecord, PluginContext, Source } from 'carbon-ci';
// The header is read as the plugin reads it: the rows are what the equivalence test is about.
import { columnsOf, isEmissionsHeader, type Columns, type Component } from '../columns.js';
import { vendorOf } from '../reader.js';

const J_PER_KWH = 3.6e6;

/** The number in `fields[column]` (undefined when the column is absent or the value missing); a negative or non-number is an error. */
function nonNegative(fields: readonly string[], column: number, what: string, file: string, line: number): number | undefined {
  if (column < 0) return undefined;
  const value = parseNumber(fields[column]!);
  if (value === null) return undefined;
  if (Number.isNaN(value) || value < 0) {
    throw new InputError(`${what} "${fields[column]}" is not a non-negative number`, { file, line, hint: 'the row is corrupted; repair or delete it' });
  }
  return value;
}

/** One run's state: when it started and the cumulative totals of its latest row. */
interface RunState {
  startMs: number;
  durationS: number;
  energyKWh: Partial<Record<Component, number>>;
  emissionsKg: number;
  /** The run's devices, once looked up. */
  devices: Partial<Record<Component, DeviceRef>>;
}

async function* read(source: Source, context: PluginContext): AsyncGenerator<EnergyRecord[]> {
  const file = source.path;
  const toUtc = wallClockToUtc(context.timeZone);
  const dropped = new DroppedRows(file);
  const runs = new Map<string, RunState>();
  const devices = new Map<string, DeviceRef>();
  let columns: Columns | undefined;
  let rows = 0;
  const pues = new Set<number>();
  const unmeasured = new Set<Component>();

  const deviceFor = (run: string, component: Component, model: string | undefined, gpuCount: number | undefined): DeviceRef => {
    const id = `codecarbon:${run}:${component}`;
    let device = devices.get(id);
    if (!device) {
      device = { id, component };
      // CodeCarbon measures all of a host's GPUs together and names them "8 x NVIDIA A100-SXM4-80GB".
      const many = model === undefined ? undefined : /^(\d+) x (.+)$/.exec(model);
      if (many) model = many[2]!;
      const count = many ? Number(many[1]) : gpuCount !== undefined && Number.isInteger(gpuCount) ? gpuCount : undefined;
      if (count !== undefined && count > 1) device.count = count;
      if (model) device.model = model;
      const vendor = component === 'gpu' || component === 'cpu' ? vendorOf(model) : undefined;
      if (vendor) device.vendor = vendor;
      devices.set(id, device);
    }
    return device;
  };

  for await (const batch of readLines(sourceChunks(source), { file: source.path })) {
    context.signal.throwIfAborted();
    const records: EnergyRecord[] = [];
    for (let k = 0; k < batch.lines.length; k++) {
      const text = batch.lines[k]!;
      const line = batch.firstLine + k;
      if (text.trim() === '') continue;
      const fields = splitCsvLine(text, { file, line });
      // A data row starts with its timestamp (a digit); only a line that does not can be a header (a repeated one, in append mode).
      const first = fields[0]!.trimStart().charCodeAt(0);
      const mayBeHeader = !(first >= 48 && first <= 57);
      if (!columns || (mayBeHeader && isEmissionsHeader(fields.map((f) => f.trim().toLowerCase())))) {
        if (!isEmissionsHeader(fields.map((f) => f.trim().toLowerCase()))) {
          throw new InputError('the first line is not a CodeCarbon emissions.csv header', {
            file,
            line,
            hint: 'the file must start with the header CodeCarbon writes (timestamp,project_name,…,duration,emissions,…)',
          });
        }
        columns = columnsOf(fields, file, line);
        continue;
      }
      if (fields.length !== columns.count) {
        const cut = batch.unterminatedLast && k === batch.lines.length - 1;
        dropped.add(
          cut
            ? 'the last line is cut short'
            : `the row has a different number of fields than the header (CodeCarbon's append mode leaves out columns that are empty in a row)`,
          line,
        );
        continue;
      }
      rows++;
      const number = (column: number, what: string): number | undefined => nonNegative(fields, column, what, file, line);
      const parsed = parseDateTime(fields[columns.timestamp]!);
      if (!parsed) {
        throw new InputError(`timestamp "${fields[columns.timestamp]}" is not a date and time`, {
          file,
          line,
          hint: 'CodeCarbon writes YYYY-MM-DDTHH:MM:SS; repair or delete the row',
        });
      }
      const endMs = dateTimeToUtc(parsed, toUtc);
      const durationS = number(columns.duration, 'duration');
      if (durationS === undefined) {
        dropped.add('no duration', line);
        continue;
      }
      const pue = number(columns.pue, 'pue') ?? 1;
      if (pue < 1) throw new InputError(`pue "${fields[columns.pue]}" is below 1`, { file, line, hint: 'the row is corrupted; repair or delete it' });
      const runKey = (columns.run >= 0 && fields[columns.run]!.trim()) || `${fields[columns.project]?.trim() || 'run'}@line${line}`;

      let run = runs.get(runKey);
      if (run && durationS < run.durationS) {
        context.log.info(`${file}:${line}: run ${runKey} starts again (its duration went down); read as a new run with the same id`);
        run = undefined;
      }
      if (!run) {
        run = { startMs: endMs - durationS * 1000, durationS: 0, energyKWh: {}, emissionsKg: 0, devices: {} };
        runs.set(runKey, run);
      }
      const windowStart = run.startMs + run.durationS * 1000;
      const windowEnd = run.startMs + durationS * 1000;

      const emissionsKg = number(columns.emissions, 'emissions');
      let sourceCo2eG: number | undefined;
      if (emissionsKg !== undefined) {
        sourceCo2eG = (emissionsKg - run.emissionsKg) * 1000;
        run.emissionsKg = emissionsKg;
      }
      run.durationS = durationS;
      if (pue !== 1) pues.add(pue);

      const gpuCount = number(columns.gpuCount, 'gpu_count');
      for (const component of ['gpu', 'cpu', 'ram', 'node'] as const) {
        const column = columns.energy[component];
        if (column === undefined) continue;
        const totalKWh = number(column, `${component}_energy`);
        if (totalKWh === undefined) {
          dropped.add(`no ${component} energy`, line);
          continue;
        }
        const previousKWh = run.energyKWh[component] ?? 0;
        if (totalKWh < previousKWh) {
          throw new InputError(`${component} energy of run ${runKey} went down from ${previousKWh} to ${totalKWh} kWh`, {
            file,
            line,
            hint: "CodeCarbon's totals only grow within a run; the file mixes runs under one run_id or was edited: split or repair it",
          });
        }
        run.energyKWh[component] = totalKWh;
        const energyJ = ((totalKWh - previousKWh) * J_PER_KWH) / pue;
        if (energyJ === 0 && (component === 'gpu' ? gpuCount === 0 : number(columns.power[component] ?? -1, `${component}_power`) === 0)) {
          unmeasured.add(component);
          continue;
        }
        const modelColumn = columns.model[component];
        const model = modelColumn !== undefined && modelColumn >= 0 ? fields[modelColumn]!.trim() : undefined;
        const record: EnergyRecord = {
          type: 'energy',
          startMs: windowStart,
          endMs: windowEnd,
          device: (run.devices[component] ??= deviceFor(runKey, component, model, component === 'gpu' ? gpuCount : undefined)),
          energyJ,
          origin: { file, line },
        };
        if (sourceCo2eG !== undefined && sourceCo2eG >= 0) {
          record.sourceReported = {
            co2eG: sourceCo2eG,
            note: `CodeCarbon's own estimate for run ${runKey}, all components${pue !== 1 ? `, with its PUE ${pue}` : ''}`,
          };
          sourceCo2eG = undefined;
        }
        records.push(record);
      }
    }
    if (records.length > 0) yield records;
  }
  if (!columns) throw new InputError('the file is empty', { file, hint: 'point carbon-ci at the emissions.csv that CodeCarbon wrote' });
  if (pues.size > 0) {
    context.log.info(`${file}: CodeCarbon multiplied its energies by its PUE (${[...pues].join(', ')}); divided it out to get device energy, to which carbon-ci applies its own PUE`);
  }
  if (unmeasured.size > 0) {
    context.log.info(`${file}: rows where CodeCarbon measured no ${[...unmeasured].join(', ')} (no GPU, or 0 W and 0 kWh) give no record for it rather than a measured 0 J`);
  }
  if (rows === 0 && dropped.total === 0) context.log.warn(`${file}: the CodeCarbon file has a header but no rows; no energy was read from it`);
  dropped.report(context.log, 'the energy of those rows is missing from the report');
}

export { read as referenceRead };
