import { DelimitedLine, DroppedRows, InputError, bytesText, isMissingValue, splitCsvLine, wallClockToUtc } from 'carbon-ci';
import type { DeviceRef, EnergyRecord, LineChunk, Logger, RecordOrigin, Vendor } from 'carbon-ci';
import { columnsOf, headerNames, isEmissionsHeader, keptFields, type Columns, type Component } from './columns.js';
import { EmissionsRowKernel } from './row-kernel.js';
import { ByteRow, FieldReader, KernelRow, TextRow, type Row } from './rows.js';

const J_PER_KWH = 3.6e6;
const COMPONENTS = ['gpu', 'cpu', 'ram', 'node'] as const;
const CORRUPTED_ROW = 'the row is corrupted; repair or delete it';

/** One run's state: when it started and the cumulative totals of its latest row. */
interface RunState {
  key: string;
  startMs: number;
  durationS: number;
  /** Per component (in COMPONENTS order), its total so far; 0 before its first row. */
  energyKWh: number[];
  emissionsKg: number;
  /** The run's devices, once looked up, in COMPONENTS order. */
  devices: (DeviceRef | undefined)[];
  /** The note on CodeCarbon's own figures, and the PUE it was written for. */
  note: string;
  notePue: number;
}

/** The columns of a component's energy and power, and their names for messages. */
interface ComponentColumns {
  component: Component;
  /** Its place in COMPONENTS. */
  slot: number;
  energy: number;
  energyName: string;
  power: number;
  powerName: string;
}

export function vendorOf(model: string | undefined): Vendor | undefined {
  if (!model) return undefined;
  if (/nvidia|geforce|tesla|quadro/i.test(model)) return 'nvidia';
  if (/\bamd\b|radeon|instinct|epyc|ryzen/i.test(model)) return 'amd';
  if (/intel|xeon/i.test(model)) return 'intel';
  return 'other';
}

function isDigit(byte: number): boolean {
  return byte >= 48 && byte <= 57;
}

export interface EmissionsReaderOptions {
  /** Read ordinary rows with the row kernel (default); without it, in TypeScript (the same values, slower). */
  rowKernel?: boolean;
}

/**
 * Turns the lines of one CodeCarbon emissions.csv into energy records: feed it the file's chunks in
 * order, then call `finish`. Ordinary rows (no quotes, as many fields as the header) are read from
 * their bytes, by the row kernel where it takes the chunk; any other line is decoded and split, and
 * read by the same rules.
 */
export class EmissionsReader {
  private readonly toUtc: (wallMs: number) => number;
  private readonly dropped: DroppedRows;
  private readonly runs = new Map<string, RunState>();
  private readonly devices = new Map<string, DeviceRef>();
  private readonly pues = new Set<number>();
  private readonly unmeasured = new Set<Component>();
  private readonly fields = new DelimitedLine();
  private readonly fieldReader: FieldReader;
  private readonly byteRow: ByteRow;
  private readonly rowKernel: boolean;
  private kernel: EmissionsRowKernel | undefined;
  /** The columns the kernel was last set up for, and its row for them (none when it cannot keep them). */
  private kernelColumns: Columns | undefined;
  private kernelRow: KernelRow | undefined;
  private columns: Columns | undefined;
  /** The components whose energy the file has, from its header. */
  private components: ComponentColumns[] = [];
  private lineNo = 0;
  private rows = 0;

  constructor(
    private readonly file: string,
    timeZone: string,
    private readonly log: Logger,
    options: EmissionsReaderOptions = {},
  ) {
    this.toUtc = wallClockToUtc(timeZone);
    this.dropped = new DroppedRows(file);
    this.fieldReader = new FieldReader(this.toUtc);
    this.byteRow = new ByteRow(this.fields, this.fieldReader);
    this.rowKernel = options.rowKernel ?? true;
  }

  /** The records of a chunk of whole lines (from `readLineChunks`). */
  consume(chunk: LineChunk): EnergyRecord[] {
    const records: EnergyRecord[] = [];
    const bytes = chunk.bytes;
    const kernel = this.rowKernel ? (this.kernel ??= new EmissionsRowKernel()) : undefined;
    // A chunk larger than the kernel takes (not one from FileSource) is read in TypeScript.
    if (kernel && bytes.length <= kernel.inputBytes) {
      this.consumeWithKernel(chunk, kernel, records);
      return records;
    }
    this.fields.index(bytes);
    for (let from = 0; from < bytes.length; ) from = this.consumeLine(chunk, from, records);
    return records;
  }

  /** The chunk's ordinary rows read by the kernel; each line it stops at, by `consumeLine`. */
  private consumeWithKernel(chunk: LineChunk, kernel: EmissionsRowKernel, records: EnergyRecord[]): void {
    const bytes = chunk.bytes;
    const size = bytes.length;
    kernel.load(bytes);
    let indexed = false;
    for (let from = 0; from < size; ) {
      const row = this.kernelRowFor(kernel);
      let rows = 0;
      if (row) {
        rows = kernel.read(from, size);
        for (let r = 0; r < rows; r++) this.addRow(row.at(bytes, r, ++this.lineNo), records);
        from = kernel.end;
        if (rows === kernel.maxRows || from >= size) continue;
      }
      // Lines the kernel leaves are scanned from the chunk's list of delimiters, made once the kernel
      // reads no row before one (a header, or a file whose rows have quoted fields).
      if (!indexed && rows === 0) {
        this.fields.index(bytes);
        indexed = true;
      }
      from = this.consumeLine(chunk, from, records);
    }
  }

  /** The kernel's row for the current columns, set up when they change; undefined before the header or when the kernel cannot keep them. */
  private kernelRowFor(kernel: EmissionsRowKernel): KernelRow | undefined {
    if (this.columns !== this.kernelColumns) {
      this.kernelColumns = this.columns;
      const kept = this.columns && keptFields(this.columns);
      this.kernelRow =
        kept && kernel.keep(kept)
          ? new KernelRow(kernel, kept, this.fieldReader, this.byteRow)
          : undefined;
    }
    return this.kernelRow;
  }

  /** Reads the line at `from`; returns where the next starts. */
  private consumeLine(chunk: LineChunk, from: number, records: EnergyRecord[]): number {
    const bytes = chunk.bytes;
    const fields = this.fields;
    fields.scan(bytes, from);
    this.lineNo++;
    if (this.isOrdinaryRow(bytes)) {
      this.addRow(this.byteRow.at(bytes, this.lineNo), records);
    } else {
      this.addLine(bytesText(bytes, fields.start, fields.end), !fields.terminated && chunk.unterminatedLast, records);
    }
    return fields.next;
  }

  finish(): void {
    const file = this.file;
    if (!this.columns) throw new InputError('the file is empty', { file, hint: 'point carbon-ci at the emissions.csv that CodeCarbon wrote' });
    if (this.pues.size > 0) {
      this.log.info(
        `${file}: CodeCarbon multiplied its energies by its PUE (${[...this.pues].join(', ')}); divided it out to get device energy, to which carbon-ci applies its own PUE`,
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

  /** A data row (it starts with a digit, as a timestamp does) that the byte path reads: no quotes, as many fields as the header. */
  private isOrdinaryRow(bytes: Uint8Array): boolean {
    const fields = this.fields;
    return this.columns !== undefined && fields.fieldCount === this.columns.count && !fields.hasQuote && isDigit(bytes[fields.start]!);
  }

  /** Any line, decoded: blank, a header (the first line, or repeated in append mode), a row. */
  private addLine(text: string, cut: boolean, records: EnergyRecord[]): void {
    const file = this.file;
    const line = this.lineNo;
    if (text.trim() === '') return;
    const fields = splitCsvLine(text, { file, line });
    // A data row starts with its timestamp (a digit); only a line that does not can be a header (a repeated one, in append mode).
    const mayBeHeader = !isDigit(fields[0]!.trimStart().charCodeAt(0));
    if (!this.columns || (mayBeHeader && isEmissionsHeader(headerNames(fields)))) {
      const columns = (this.columns = this.headerColumns(fields, line));
      this.components = COMPONENTS.flatMap((component, slot) => {
        const energy = columns.energy[component];
        if (energy === undefined) return [];
        return [{ component, slot, energy, energyName: `${component}_energy`, power: columns.power[component] ?? -1, powerName: `${component}_power` }];
      });
      return;
    }
    if (fields.length !== this.columns.count) {
      this.dropped.add(
        cut
          ? 'the last line is cut short'
          : `the row has a different number of fields than the header (CodeCarbon's append mode leaves out columns that are empty in a row)`,
        line,
      );
      return;
    }
    this.addRow(new TextRow(fields, line, this.toUtc), records);
  }

  private headerColumns(fields: string[], line: number): Columns {
    if (!isEmissionsHeader(headerNames(fields))) {
      throw new InputError('the first line is not a CodeCarbon emissions.csv header', {
        file: this.file,
        line,
        hint: 'the file must start with the header CodeCarbon writes (timestamp,project_name,…,duration,emissions,…)',
      });
    }
    return columnsOf(fields, this.file, line);
  }

  /** The non-negative number in a column; NaN when the column is absent or the value missing. Anything else is an error. */
  private measured(row: Row, column: number, what: string): number {
    if (column < 0) return Number.NaN;
    const value = row.number(column);
    if (value >= 0) return value;
    if (Number.isNaN(value) && isMissingValue(row.text(column))) return Number.NaN;
    throw new InputError(`${what} "${row.text(column)}" is not a non-negative number`, { file: this.file, line: row.line, hint: CORRUPTED_ROW });
  }

  private addRow(row: Row, records: EnergyRecord[]): void {
    const columns = this.columns!;
    const file = this.file;
    const line = row.line;
    this.rows++;
    const endMs = row.instantMs(columns.timestamp);
    if (Number.isNaN(endMs)) {
      throw new InputError(`timestamp "${row.text(columns.timestamp)}" is not a date and time`, {
        file,
        line,
        hint: 'CodeCarbon writes YYYY-MM-DDTHH:MM:SS; repair or delete the row',
      });
    }
    const durationS = this.measured(row, columns.duration, 'duration');
    if (Number.isNaN(durationS)) {
      this.dropped.add('no duration', line);
      return;
    }
    const writtenPue = this.measured(row, columns.pue, 'pue');
    const pue = Number.isNaN(writtenPue) ? 1 : writtenPue;
    if (pue < 1) throw new InputError(`pue "${row.text(columns.pue)}" is below 1`, { file, line, hint: CORRUPTED_ROW });
    const run = this.runOf(this.runKey(row), endMs, durationS, line);
    const windowStartMs = run.startMs + run.durationS * 1000;
    const windowEndMs = run.startMs + durationS * 1000;

    const emissionsKg = this.measured(row, columns.emissions, 'emissions');
    let sourceCo2eG = Number.NaN;
    if (!Number.isNaN(emissionsKg)) {
      sourceCo2eG = (emissionsKg - run.emissionsKg) * 1000;
      run.emissionsKg = emissionsKg;
    }
    run.durationS = durationS;
    if (pue !== 1) this.pues.add(pue);

    const gpuCount = this.measured(row, columns.gpuCount, 'gpu_count');
    // One origin for the row's records.
    let origin: RecordOrigin | undefined;
    for (const { component, slot, energy, energyName, power, powerName } of this.components) {
      const totalKWh = this.measured(row, energy, energyName);
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
      if (energyJ === 0 && (component === 'gpu' ? gpuCount === 0 : this.measured(row, power, powerName) === 0)) {
        this.unmeasured.add(component);
        continue;
      }
      const record: EnergyRecord = {
        type: 'energy',
        startMs: windowStartMs,
        endMs: windowEndMs,
        device: (run.devices[slot] ??= this.deviceOf(row, run.key, component, gpuCount)),
        energyJ,
        origin: (origin ??= { file, line }),
      };
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

  /** The run id, or for a row without one, a key of its own. */
  private runKey(row: Row): string {
    const columns = this.columns!;
    const id = columns.run >= 0 ? row.key(columns.run) : '';
    if (id !== '') return id;
    const project = columns.project >= 0 ? row.text(columns.project).trim() : '';
    return `${project || 'run'}@line${row.line}`;
  }

  /** The run a row belongs to: the one of its key, or a new one when there is none or its duration went down. */
  private runOf(key: string, endMs: number, durationS: number, line: number): RunState {
    let run = this.runs.get(key);
    if (run && durationS < run.durationS) {
      this.log.info(`${this.file}:${line}: run ${key} starts again (its duration went down); read as a new run with the same id`);
      run = undefined;
    }
    if (!run) {
      run = { key, startMs: endMs - durationS * 1000, durationS: 0, energyKWh: COMPONENTS.map(() => 0), emissionsKg: 0, devices: [], note: '', notePue: Number.NaN };
      this.runs.set(key, run);
    }
    return run;
  }

  /** The device of a run's component, made once per run and component and shared by restarts of the run. */
  private deviceOf(row: Row, runKey: string, component: Component, gpuCount: number): DeviceRef {
    const id = `codecarbon:${runKey}:${component}`;
    let device = this.devices.get(id);
    if (!device) {
      device = { id, component };
      const modelColumn = this.columns!.model[component];
      let model = modelColumn !== undefined && modelColumn >= 0 ? row.text(modelColumn).trim() : undefined;
      // CodeCarbon measures all of a host's GPUs together and names them "8 x NVIDIA A100-SXM4-80GB".
      const many = model === undefined ? undefined : /^(\d+) x (.+)$/.exec(model);
      if (many) model = many[2]!;
      const count = many ? Number(many[1]) : component === 'gpu' && Number.isInteger(gpuCount) ? gpuCount : undefined;
      if (count !== undefined && count > 1) device.count = count;
      if (model) device.model = model;
      const vendor = component === 'gpu' || component === 'cpu' ? vendorOf(model) : undefined;
      if (vendor) device.vendor = vendor;
      this.devices.set(id, device);
    }
    return device;
  }
}
