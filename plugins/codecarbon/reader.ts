import { DroppedRows, InputError, dateTimeToUtc, parseDateTime, parseNumber, splitCsvLine } from 'carbon-ci';
import type { DeviceRef, DeviceSite, EnergyRecord, LineBatch, Logger, RecordOrigin, Vendor } from 'carbon-ci';
import { localClock } from '../shared/local-clock.js';
import { columnsOf, headerNames, isEmissionsHeader, type Columns, type Component } from './columns.js';

const J_PER_KWH = 3.6e6;
const COMPONENTS = ['gpu', 'cpu', 'ram', 'node'] as const;
const CORRUPTED_ROW = 'the row is corrupted; repair or delete it';
/** How far a run's start (timestamp − duration) moves between its rows: CodeCarbon writes timestamps to the second. */
const START_JITTER_MS = 2000;

/** One run's state: when it started and the cumulative totals of its latest row. */
interface RunState {
  key: string;
  /** The run its devices belong to: the run id, also for each task of a task file. */
  deviceKey: string;
  startMs: number;
  durationS: number;
  /** The timestamp of its latest row. */
  lastEndMs: number;
  /** Per component (in COMPONENTS order), its total so far; 0 before its first row. */
  energyKWh: number[];
  emissionsKg: number;
  /** The run's devices, once looked up, in COMPONENTS order; a restart of the run keeps them. */
  devices: (DeviceRef | undefined)[];
  /** Where the run was and its PUE, from its first row: carbon-ci prices its devices there unless told otherwise. */
  site?: DeviceSite;
  /** The note on CodeCarbon's own figures, and the PUE it was written for. */
  note: string;
  notePue: number;
}

/** A component whose energy the file has: its columns, and its place in COMPONENTS. */
interface ComponentColumns {
  component: Component;
  slot: number;
  energy: number;
  power: number;
}

export function vendorOf(model: string | undefined): Vendor | undefined {
  if (!model) return undefined;
  if (/nvidia|geforce|tesla|quadro/i.test(model)) return 'nvidia';
  if (/\bamd\b|radeon|instinct|epyc|ryzen/i.test(model)) return 'amd';
  if (/intel|xeon/i.test(model)) return 'intel';
  return 'other';
}

/** A field cut short for a message: a corrupted field may be megabytes long. */
function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function newRun(key: string, endMs: number, durationS: number, devices: (DeviceRef | undefined)[], deviceKey = key): RunState {
  return { key, deviceKey, startMs: endMs - durationS * 1000, durationS: 0, lastEndMs: Number.NEGATIVE_INFINITY, energyKWh: COMPONENTS.map(() => 0), emissionsKg: 0, devices, note: '', notePue: Number.NaN };
}

/**
 * Why a row of `run`'s id starts the run again, or undefined when it continues it. Within a run the
 * duration grows and the start (timestamp − duration) stays put; a restart shows as the duration going
 * down, or as the start moving past the run's latest row, whichever way the duration went.
 */
function restartOf(run: RunState, endMs: number, durationS: number): string | undefined {
  if (durationS < run.durationS) return 'its duration went down';
  const movedMs = endMs - durationS * 1000 - run.startMs;
  if (movedMs > START_JITTER_MS && endMs - durationS * 1000 >= run.lastEndMs - START_JITTER_MS) {
    return `its start, timestamp − duration, moved ${Math.round(movedMs / 1000)} s later, after the run's previous row`;
  }
  return undefined;
}

const TORN = 'the row is empty or torn (such as 0,,,,: two processes appended to the file at once); the next row of its run covers its time';

/** A row with at most one value: what concurrent appends leave (`0,,,,,,`). */
function isTorn(fields: readonly string[]): boolean {
  let values = 0;
  for (const field of fields) if (field.trim() !== '' && ++values > 1) return false;
  return true;
}

/** A JSON value as the CSV field CodeCarbon would have written: null is an empty field. */
function jsonField(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

/** A data row starts with its timestamp, so only a line that does not can be a (repeated) header. */
function startsWithDigit(field: string): boolean {
  const code = field.trimStart().charCodeAt(0);
  return code >= 48 && code <= 57;
}

/**
 * Turns the lines of one CodeCarbon emissions.csv into energy records: feed it the file's batches of
 * lines in order (from `readLines`), then call `finish`. It keeps one state per run, never the rows.
 */
export class EmissionsReader {
  /** Asks for the zone at the first timestamp without an offset, so only when the file needs one. */
  private readonly toUtc: (wallMs: number) => number;
  private readonly dropped: DroppedRows;
  private readonly runs = new Map<string, RunState>();
  private readonly pues = new Set<number>();
  private readonly unmeasured = new Set<Component>();
  private columns: Columns | undefined;
  private components: ComponentColumns[] = [];
  private rows = 0;
  /** A task file's devices per run id, shared by its tasks: overlapping tasks then show as overlapping records of one device. */
  private readonly taskDevices = new Map<string, (DeviceRef | undefined)[]>();
  /** The keys of the first JSON object, the header of the objects that follow. */
  private jsonKeys: string[] | undefined;

  constructor(
    private readonly file: string,
    localTimeZone: () => string,
    private readonly log: Logger,
    /** Called at a task file's header; throws when the file must not be read (its run's totals are among the inputs). */
    private readonly onTaskFile: (line: number) => void = () => undefined,
  ) {
    this.dropped = new DroppedRows(file);
    this.toUtc = localClock({ localTimeZone }, false);
  }

  /** Count a row that could not be read at all (a torn JSON line), for the warning at the end. */
  drop(reason: string, line: number): void {
    this.dropped.add(reason, line);
  }

  /** The records of one JSON object with CodeCarbon's field names (emissions.json, a logger line, an API export). */
  consumeObject(value: Record<string, unknown>, line: number): EnergyRecord[] {
    if (!this.jsonKeys) {
      const keys = Object.keys(value);
      if (!keys.includes('timestamp') || !keys.includes('duration')) {
        throw new InputError('the JSON object has no "timestamp" or "duration": it is not CodeCarbon\'s EmissionsData', {
          file: this.file,
          line,
          hint: 'pass the JSON that CodeCarbon wrote (JSONOutput, LoggerOutput, the API), whose objects have timestamp, duration and *_energy',
        });
      }
      // The API's emission objects leave out the project and the emissions; neither is needed for energy.
      for (const key of ['project_name', 'emissions']) if (!keys.includes(key)) keys.push(key);
      this.jsonKeys = keys;
      this.readHeader(keys, line);
    }
    const records: EnergyRecord[] = [];
    this.readRow(this.jsonKeys.map((key) => jsonField(value[key])), line, records);
    return records;
  }

  /** The records of a batch of lines. */
  consume(batch: LineBatch): EnergyRecord[] {
    const records: EnergyRecord[] = [];
    const last = batch.lines.length - 1;
    for (let k = 0; k <= last; k++) {
      this.readLine(batch.lines[k]!, batch.firstLine + k, batch.unterminatedLast && k === last, records);
    }
    return records;
  }

  finish(): void {
    const file = this.file;
    if (!this.columns) throw new InputError('the file is empty', { file, hint: 'point carbon-ci at the emissions.csv that CodeCarbon wrote' });
    if (this.pues.size > 0) {
      this.log.info(
        `${file}: CodeCarbon multiplied its energies by its PUE (${[...this.pues].join(', ')}); divided it out to get device energy, to which carbon-ci applies the recorded PUE unless one is stated`,
      );
    }
    if (this.unmeasured.size > 0) {
      this.log.info(
        `${file}: rows where CodeCarbon measured no ${[...this.unmeasured].join(', ')} (no GPU, or 0 W and 0 kWh) give no record for it rather than a measured 0 J`,
      );
    }
    if (this.rows === 0 && this.dropped.total === 0) this.log.warn(`${file}: the CodeCarbon file has a header but no rows; no energy was read from it`);
    this.dropped.report(this.log, 'the energy of those rows is missing from the report');
  }

  /** Any line: blank, a header (the first line, or repeated in append mode), a row; `cut` when it is the file's unterminated last line. */
  private readLine(text: string, line: number, cut: boolean, records: EnergyRecord[]): void {
    if (text.trim() === '') return;
    const fields = splitCsvLine(text, { file: this.file, line });
    if (!this.columns || (!startsWithDigit(fields[0]!) && isEmissionsHeader(headerNames(fields)))) {
      this.readHeader(fields, line);
      return;
    }
    if (fields.length !== this.columns.count) {
      if (isTorn(fields)) {
        this.dropped.add(TORN, line);
        return;
      }
      this.dropped.add(
        cut
          ? 'the last line is cut short'
          : `the row has a different number of fields than the header (CodeCarbon's append mode leaves out columns that are empty in a row)`,
        line,
      );
      return;
    }
    this.readRow(fields, line, records);
  }

  private readHeader(fields: string[], line: number): void {
    if (!isEmissionsHeader(headerNames(fields))) {
      throw new InputError('the first line is not a CodeCarbon emissions.csv header', {
        file: this.file,
        line,
        hint: 'the file must start with the header CodeCarbon writes (timestamp,project_name,…,duration,emissions,…)',
      });
    }
    const repeated = this.columns !== undefined;
    const columns = (this.columns = columnsOf(fields, this.file, line));
    if (columns.task >= 0 && !repeated) {
      this.onTaskFile(line);
      this.log.warn(
        `${this.file}: a CodeCarbon task file: each task is read as its own window of the run's devices; tasks may overlap (CodeCarbon measures the whole machine during each), and overlapping tasks are counted twice, which the report flags`,
      );
    }
    this.components = COMPONENTS.flatMap((component, slot) => {
      const energy = columns.energy[component];
      return energy === undefined ? [] : [{ component, slot, energy, power: columns.power[component] ?? -1 }];
    });
  }

  /** The non-negative number in a column; NaN when the column is absent or the value missing. Anything else is an error. */
  private measured(fields: readonly string[], column: number, what: string, line: number): number {
    if (column < 0) return Number.NaN;
    const value = parseNumber(fields[column]!);
    if (value === null) return Number.NaN;
    if (value >= 0) return value;
    throw new InputError(`${what} "${clip(fields[column]!)}" is not a non-negative number`, { file: this.file, line, hint: CORRUPTED_ROW });
  }

  private readRow(fields: readonly string[], line: number, records: EnergyRecord[]): void {
    const columns = this.columns!;
    const file = this.file;
    this.rows++;
    const stamp = parseDateTime(fields[columns.timestamp]!);
    if (!stamp && this.components.every(({ energy }) => fields[energy]!.trim() === '')) {
      // Rows are cumulative, so the next good row of the run covers this one's time and energy.
      this.dropped.add(TORN, line);
      this.rows--;
      return;
    }
    if (!stamp) {
      throw new InputError(`timestamp "${clip(fields[columns.timestamp]!)}" is not a date and time`, {
        file,
        line,
        hint: 'CodeCarbon writes YYYY-MM-DDTHH:MM:SS; repair or delete the row',
      });
    }
    const endMs = dateTimeToUtc(stamp, this.toUtc);
    const durationS = this.measured(fields, columns.duration, 'duration', line);
    if (Number.isNaN(durationS)) {
      this.dropped.add('no duration', line);
      return;
    }
    const writtenPue = this.measured(fields, columns.pue, 'pue', line);
    const pue = Number.isNaN(writtenPue) ? 1 : writtenPue;
    if (pue < 1) throw new InputError(`pue "${clip(fields[columns.pue]!)}" is below 1`, { file, line, hint: CORRUPTED_ROW });
    const run = this.runOf(fields, line, endMs, durationS);
    const windowStartMs = run.startMs + run.durationS * 1000;
    const windowEndMs = run.startMs + durationS * 1000;

    const emissionsKg = this.measured(fields, columns.emissions, 'emissions', line);
    let sourceCo2eG = Number.NaN;
    if (!Number.isNaN(emissionsKg)) {
      sourceCo2eG = (emissionsKg - run.emissionsKg) * 1000;
      run.emissionsKg = emissionsKg;
    }
    run.durationS = durationS;
    run.lastEndMs = endMs;
    if (pue !== 1) this.pues.add(pue);

    const gpuCount = this.measured(fields, columns.gpuCount, 'gpu_count', line);
    // One origin for the row's records.
    let origin: RecordOrigin | undefined;
    for (const { component, slot, energy, power } of this.components) {
      const totalKWh = this.measured(fields, energy, `${component}_energy`, line);
      if (Number.isNaN(totalKWh)) {
        this.dropped.add(`no ${component} energy`, line);
        continue;
      }
      const previousKWh = run.energyKWh[slot]!;
      if (totalKWh < previousKWh) {
        throw new InputError(`${component} energy of run ${run.key} went down from ${previousKWh} to ${totalKWh} kWh`, {
          file,
          line,
          hint: "CodeCarbon's totals only grow within a run; the file mixes runs under one run_id or was edited: split or repair it",
        });
      }
      run.energyKWh[slot] = totalKWh;
      const energyJ = ((totalKWh - previousKWh) * J_PER_KWH) / pue;
      if (energyJ === 0 && (component === 'gpu' ? gpuCount === 0 : this.measured(fields, power, `${component}_power`, line) === 0)) {
        this.unmeasured.add(component);
        continue;
      }
      const record: EnergyRecord = {
        type: 'energy',
        startMs: windowStartMs,
        endMs: windowEndMs,
        device: (run.devices[slot] ??= this.deviceOf(fields, run, component, gpuCount, writtenPue)),
        energyJ,
        origin: (origin ??= { file, line }),
      };
      // CodeCarbon's emissions cover all components: they go on the row's first record only.
      if (sourceCo2eG >= 0) {
        if (run.notePue !== pue) {
          run.note = `CodeCarbon's own estimate for run ${run.key}, all components${pue !== 1 ? `, with its PUE ${pue}` : ''}`;
          run.notePue = pue;
        }
        record.sourceReported = { co2eG: sourceCo2eG, note: run.note };
        sourceCo2eG = Number.NaN;
      }
      records.push(record);
    }
  }

  /**
   * The run a row belongs to: the one of its run id, or a new one when there is none or the run started
   * again (see restartOf). A row without a run id is a run of its own, which is not kept, so that memory stays flat.
   */
  private runOf(fields: readonly string[], line: number, endMs: number, durationS: number): RunState {
    const columns = this.columns!;
    const runId = columns.run >= 0 ? fields[columns.run]!.trim() : '';
    if (columns.task >= 0 && runId !== '') {
      const devices = this.taskDevices.get(runId) ?? [];
      this.taskDevices.set(runId, devices);
      const task = fields[columns.task]!.trim() || `line ${line}`;
      return newRun(`${runId} task ${task}`, endMs, durationS, devices, runId);
    }
    const id = runId;
    if (id === '') {
      const project = columns.project >= 0 ? fields[columns.project]!.trim() : '';
      return newRun(`${project || 'run'}@line${line}`, endMs, durationS, []);
    }
    const run = this.runs.get(id);
    const restart = run && restartOf(run, endMs, durationS);
    if (run && !restart) return run;
    if (restart) this.log.info(`${this.file}:${line}: run ${id} starts again (${restart}); read as a new run with the same id`);
    const started = newRun(id, endMs, durationS, run?.devices ?? []);
    this.runs.set(id, started);
    return started;
  }

  /** The device of a run's component, from the row where the run first has a record for it. */
  private deviceOf(fields: readonly string[], run: RunState, component: Component, gpuCount: number, writtenPue: number): DeviceRef {
    const device: DeviceRef = { id: `codecarbon:${run.deviceKey}:${component}`, component };
    run.site ??= this.siteOf(fields, writtenPue);
    if (run.site) device.site = run.site;
    const modelColumn = this.columns!.model[component];
    let model = modelColumn !== undefined && modelColumn >= 0 ? fields[modelColumn]!.trim() : undefined;
    // CodeCarbon measures all of a host's GPUs together and names them "8 x NVIDIA A100-SXM4-80GB".
    const many = model === undefined ? undefined : /^(\d+) x (.+)$/.exec(model);
    if (many) model = many[2]!;
    const count = many ? Number(many[1]) : component === 'gpu' && Number.isInteger(gpuCount) ? gpuCount : undefined;
    if (count !== undefined && count > 1) device.count = count;
    if (model) device.model = model;
    const vendor = component === 'gpu' || component === 'cpu' ? vendorOf(model) : undefined;
    if (vendor) device.vendor = vendor;
    return device;
  }

  /** The run's country (alpha-3), region, cloud region and PUE as CodeCarbon wrote them; undefined when the row has none. */
  private siteOf(fields: readonly string[], writtenPue: number): DeviceSite | undefined {
    const columns = this.columns!;
    const text = (column: number) => (column >= 0 ? fields[column]!.trim() : '') || undefined;
    const site: DeviceSite = { recordedBy: 'CodeCarbon' };
    const country = text(columns.country);
    const region = text(columns.region);
    const provider = text(columns.cloudProvider);
    const cloudRegion = text(columns.cloudRegion);
    if (country) site.country = country;
    if (region) site.region = region;
    if (provider && cloudRegion) site.cloudRegion = `${provider}:${cloudRegion}`;
    if (!Number.isNaN(writtenPue)) site.pue = writtenPue;
    return Object.keys(site).length > 1 ? site : undefined;
  }
}
