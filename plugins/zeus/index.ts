import { DroppedRows, InputError, definePlugin, parseNumber, readLines } from 'carbon-ci';
import type { DetectInput, DeviceRef, EnergyRecord, PluginContext, Source } from 'carbon-ci';
import { hostOption, hostOptionSchema } from '../shared/options.js';

const HEADER_START = 'start_time,window_name,elapsed_time';
const ENERGY_COLUMN = /^(gpu|cpu|dram)(\d+)_energy$/;

interface ZeusOptions {
  windows?: string[];
  host?: string;
}

function detect({ head }: DetectInput): number {
  const first = (head.split('\n', 1)[0] ?? '').trim();
  if (!first.startsWith(HEADER_START)) return 0;
  const rest = first.split(',').slice(3);
  return rest.length > 0 && rest.every((name) => ENERGY_COLUMN.test(name)) ? 0.98 : 0.6;
}

function readOptions(raw: Record<string, unknown>): ZeusOptions {
  const options: ZeusOptions = {};
  if (raw.windows !== undefined) {
    if (!Array.isArray(raw.windows) || raw.windows.length === 0 || !raw.windows.every((w) => typeof w === 'string')) {
      throw new InputError('plugin option windows must be a non-empty list of window names');
    }
    options.windows = raw.windows as string[];
  }
  const host = hostOption(raw);
  if (host !== undefined) options.host = host;
  return options;
}

interface Row {
  line: number;
  startMs: number;
  name: string;
  elapsedS: number;
  values: string[];
}

interface Layout {
  devices: DeviceRef[];
}

function layoutOf(header: string, file: string, host: string | undefined): Layout {
  if (!header.trim().startsWith(HEADER_START)) {
    throw new InputError(`the first line is not a Zeus log header (${HEADER_START},gpu0_energy,…)`, {
      file,
      line: 1,
      hint: 'this plugin reads the CSV that `ZeusMonitor(log_file=…)` writes',
    });
  }
  const devices = header
    .trim()
    .split(',')
    .slice(3)
    .map((name) => {
      const match = ENERGY_COLUMN.exec(name.trim());
      if (!match) {
        throw new InputError(`unknown Zeus log column "${name}"`, { file, line: 1, hint: 'energy columns are named gpu<N>_energy' });
      }
      const index = Number(match[2]);
      const component = match[1] === 'gpu' ? 'gpu' : match[1] === 'cpu' ? 'cpu' : 'ram';
      const local = `${match[1]}${index}`;
      const device: DeviceRef = { id: host ? `${host}:${local}` : local, index, component };
      if (host) device.host = host;
      return device;
    });
  if (devices.length === 0) throw new InputError('the Zeus log names no energy columns', { file, line: 1, hint: 'the log needs gpu<N>_energy columns' });
  return { devices };
}

/**
 * Rows of the log, in the order Zeus wrote them (the order windows ended). A window name may
 * contain commas, since Zeus writes it unquoted: the fields between start_time and elapsed_time are its name.
 */
async function* rowsOf(
  source: Source,
  context: PluginContext,
  host: string | undefined,
  dropped: DroppedRows | undefined,
): AsyncGenerator<{ layout: Layout; rows: Row[] }> {
  const file = source.path;
  let layout: Layout | undefined;
  for await (const batch of readLines(source.open(), { file: source.path })) {
    context.signal.throwIfAborted();
    const rows: Row[] = [];
    for (let k = 0; k < batch.lines.length; k++) {
      const text = batch.lines[k]!.trim();
      const line = batch.firstLine + k;
      if (text === '') continue;
      if (!layout) {
        layout = layoutOf(text, file, host);
        continue;
      }
      const fields = text.split(',');
      const width = layout.devices.length;
      if (fields.length < 3 + width) {
        if (batch.unterminatedLast && k === batch.lines.length - 1) {
          dropped?.add('the last line is cut short (the run was stopped mid-write)', line);
          continue;
        }
        throw new InputError(`the row has ${fields.length} fields; the header needs at least ${3 + width}`, {
          file,
          line,
          hint: 'the row is truncated or two logs were interleaved; repair or delete the row',
        });
      }
      const startS = parseNumber(fields[0]!);
      const elapsedS = parseNumber(fields[fields.length - width - 1]!);
      if (startS === null || Number.isNaN(startS) || startS < 1e8) {
        throw new InputError(`start_time "${fields[0]}" is not a Unix time in seconds`, { file, line, hint: 'Zeus writes time.time(); repair or delete the row' });
      }
      if (elapsedS === null || Number.isNaN(elapsedS) || elapsedS < 0) {
        throw new InputError(`elapsed_time "${fields[fields.length - width - 1]}" is not a duration in seconds`, {
          file,
          line,
          hint: 'the row is corrupted; repair or delete it',
        });
      }
      rows.push({
        line,
        startMs: startS * 1000,
        name: fields.slice(1, fields.length - width - 1).join(','),
        elapsedS,
        values: fields.slice(fields.length - width),
      });
    }
    if (layout) yield { layout, rows };
  }
  if (!layout) throw new InputError('the file is empty', { file, hint: 'point carbon-ci at the log that ZeusMonitor(log_file=…) wrote' });
}

/**
 * Which rows are outermost windows: no later row (a window that ended later) started at or before
 * them, so none contains them. Needs one pass over the file, keeping 8 bytes per row.
 */
async function outermostRows(source: Source, context: PluginContext): Promise<Uint8Array> {
  let starts = new Float64Array(1024);
  let count = 0;
  for await (const { rows } of rowsOf(source, context, undefined, undefined)) {
    for (const row of rows) {
      if (count === starts.length) {
        const grown = new Float64Array(starts.length * 2);
        grown.set(starts);
        starts = grown;
      }
      starts[count++] = row.startMs;
    }
  }
  const outermost = new Uint8Array(count);
  let laterMin = Number.POSITIVE_INFINITY;
  for (let i = count - 1; i >= 0; i--) {
    if (starts[i]! < laterMin) outermost[i] = 1;
    laterMin = Math.min(laterMin, starts[i]!);
  }
  return outermost;
}

async function* read(source: Source, context: PluginContext): AsyncGenerator<EnergyRecord[]> {
  const options = readOptions(context.options);
  const file = source.path;
  const dropped = new DroppedRows(file);
  const outermost = options.windows ? undefined : await outermostRows(source, context);
  const chosen = options.windows ? new Set(options.windows) : undefined;
  let rowIndex = 0;
  let nested = 0;
  let lastKept: Row | undefined;
  let kept = 0;

  for await (const { layout, rows } of rowsOf(source, context, options.host, dropped)) {
    const records: EnergyRecord[] = [];
    for (const row of rows) {
      const index = rowIndex++;
      if (outermost ? outermost[index] !== 1 : !chosen!.has(row.name)) {
        if (outermost) nested++;
        continue;
      }
      if (lastKept && row.startMs < lastKept.startMs + lastKept.elapsedS * 1000) {
        dropped.add(`window overlaps an earlier counted window without containing it (counting both would count the overlap twice)`, row.line);
        continue;
      }
      lastKept = row;
      kept++;
      const endMs = row.startMs + row.elapsedS * 1000;
      row.values.forEach((text, column) => {
        const energyJ = parseNumber(text);
        if (energyJ === null) {
          dropped.add(`no energy value ("${text.trim()}") for ${layout.devices[column]!.id}`, row.line);
          return;
        }
        if (Number.isNaN(energyJ) || energyJ < 0) {
          throw new InputError(`energy "${text}" is not a non-negative number of joules`, {
            file,
            line: row.line,
            hint: 'the row is corrupted; repair or delete it',
          });
        }
        records.push({ type: 'energy', startMs: row.startMs, endMs, device: layout.devices[column]!, energyJ, origin: { file, line: row.line } });
      });
    }
    if (records.length > 0) yield records;
  }
  if (nested > 0) {
    context.log.info(`${file}: counted ${kept} outermost measurement windows; ${nested} windows inside them were left out so that no energy is counted twice`);
  }
  if (chosen && kept === 0) {
    context.log.warn(`${file}: no window is named ${[...chosen].map((w) => `"${w}"`).join(' or ')}; no energy was read from this file`);
  }
  dropped.report(context.log, 'the energy of those windows is missing from the report');
}

export default definePlugin({
  name: 'zeus',
  kind: 'telemetry',
  description: 'GPU energy (J) per measurement window from the CSV log that Zeus (`ZeusMonitor(log_file=…)`) writes; nested windows counted once.',
  example: 'start_time,window_name,elapsed_time,gpu0_energy\n1717400000.1234567,inference_batch,9.5,2851.25',
  options: {
    type: 'object',
    properties: {
      windows: {
        type: 'array',
        items: { type: 'string' },
        minItems: 1,
        description: 'names of the windows to count; by default the outermost windows, so that nested windows are not counted twice',
      },
      host: hostOptionSchema('host:gpuN'),
    },
  },
  detect,
  read,
});
