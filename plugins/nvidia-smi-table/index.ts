import { DroppedRows, InputError, dateTimeToUtc, definePlugin, deviceRef, readLines } from 'carbon-ci';
import type { DetectInput, DeviceRef, NoReadingRecord, PluginContext, PowerRecord, Source } from 'carbon-ci';
import { hasCtime, parseCtime } from '../shared/ctime.js';
import { localClock } from '../shared/local-clock.js';
import { hostOptionSchema } from '../shared/options.js';

/** First row of a GPU: index, name, then the persistence mode (Linux) or driver model (Windows) ending the cell. */
const GPU_ROW = /^\|\s+(\d+)\s+(.*?)\s+(On|Off|WDDM|TCC|MCDM|N\/A)\s+\|/;
/** The usage half of the `Pwr:Usage/Cap` cell at the end of the first cell of a GPU's second row. */
const POWER_CELL = /(\S+)\s*\/\s*\S+\s*$/;
const WATTS = /^(\d+(?:\.\d+)?)W$/;
/** nvidia-smi's table is under 100 columns wide: a longer line is neither a row nor a date line, and no pattern sees it. */
const MAX_LINE_CHARS = 1024;

const SERIES_HINT =
  'log a series of tables: `nvidia-smi -l 1 > power.log` (one table per second, each with its date line), ' +
  'or better `nvidia-smi --query-gpu=timestamp,index,uuid,name,power.draw --format=csv -l 1 > power.csv`';

export const EXAMPLE = [
  'Tue Mar  5 14:02:11 2024',
  '| GPU  Name                 Persistence-M | Bus-Id          Disp.A | Volatile Uncorr. ECC |',
  '| Fan  Temp   Perf          Pwr:Usage/Cap |           Memory-Usage | GPU-Util  Compute M. |',
  '|   0  NVIDIA H100 80GB HBM3          On  |   00000000:18:00.0 Off |                    0 |',
  '| N/A   30C    P0             71W /  700W |       1MiB /  81559MiB |      0%      Default |',
].join('\n');

function detect({ head }: DetectInput): number {
  if (!head.includes('Pwr:Usage/Cap')) return 0;
  // The date line nvidia-smi prints above each table (`Tue Mar  5 14:02:11 2024`), also found in `watch`'s banner.
  const dated = head.split('\n', 40).some((line) => line.length <= MAX_LINE_CHARS && hasCtime(line));
  return /NVIDIA-SMI \d/.test(head) || dated ? 0.95 : 0.7;
}

function cells(text: string): string[] {
  return text.split('|').slice(1, -1);
}

interface Options {
  host?: string;
}

async function* read(source: Source, context: PluginContext<Options>): AsyncGenerator<(PowerRecord | NoReadingRecord)[]> {
  const file = source.path;
  const host = context.options.host;
  const dropped = new DroppedRows(file);
  const devices = new Map<number, DeviceRef>();
  const clock = localClock(context, true);
  let snapshotMs: number | undefined;
  let snapshotLine = 0;
  let inTable = false;
  let pending: { index: number; name: string; line: number } | undefined;
  let snapshots = 0;
  let firstTableLine = 0;
  // The first snapshot is held back: a file of one table is refused, and nothing may be yielded before.
  let held: (PowerRecord | NoReadingRecord)[] | undefined = [];

  // One DeviceRef per GPU index, as its id (`gpuN`) is: a name that differs between tables (cut short by one
  // driver, whole in another) is the same GPU, not a second device. The first table's name gives the model.
  const deviceFor = (index: number, name: string): DeviceRef => {
    let device = devices.get(index);
    if (!device) {
      // A name cut short by the table's width (`NVIDIA GeForce ...`) is no model name.
      const model = name.endsWith('...') || name === '' ? undefined : name;
      device = deviceRef({ index, host, model, vendor: 'nvidia' });
      devices.set(index, device);
    }
    return device;
  };

  for await (const batch of readLines(source.open(), { file })) {
    context.signal.throwIfAborted();
    const out: (PowerRecord | NoReadingRecord)[] = [];
    for (let k = 0; k < batch.lines.length; k++) {
      const text = batch.lines[k]!;
      const line = batch.firstLine + k;
      if (text.length > MAX_LINE_CHARS) continue;
      const first = text.trimStart().charAt(0);
      if (first !== '|' && first !== '+') {
        inTable = false;
        pending = undefined;
        const date = parseCtime(text, true);
        if (date) {
          snapshotMs = dateTimeToUtc(date, clock);
          snapshotLine = line;
        }
        continue;
      }
      if (text.includes('Pwr:Usage/Cap')) {
        if (snapshotMs === undefined) {
          throw new InputError('an nvidia-smi table comes without the date line that nvidia-smi prints above it', {
            file,
            line,
            hint: `keep nvidia-smi's whole output, date line included; ${SERIES_HINT}`,
          });
        }
        if (snapshotLine !== 0) {
          snapshots++;
          if (snapshots === 1) firstTableLine = line;
          if (snapshots === 2 && held) {
            out.push(...held);
            held = undefined;
          }
          snapshotLine = 0;
        }
        inTable = true;
        continue;
      }
      if (!inTable) continue;
      if (/Processes:|MIG devices:/.test(text)) {
        inTable = false;
        continue;
      }
      const gpu = GPU_ROW.exec(text);
      if (gpu) {
        pending = { index: Number(gpu[1]), name: gpu[2]!.trim(), line };
        continue;
      }
      if (!pending) continue;
      const usage = POWER_CELL.exec(cells(text)[0] ?? '')?.[1];
      if (usage === undefined) continue;
      const device = deviceFor(pending.index, pending.name);
      pending = undefined;
      const watts = WATTS.exec(usage);
      const target = held ?? out;
      if (!watts) {
        if (usage !== 'N/A' && usage !== '[N/A]') dropped.add(`power "${usage.slice(0, 20)}" is no reading`, line);
        target.push({ type: 'no-reading', timeMs: snapshotMs!, device });
        continue;
      }
      const record: PowerRecord = { type: 'power', timeMs: snapshotMs!, device, powerW: Number(watts[1]) };
      const util = /^\s*(\d{1,3})%/.exec(cells(text)[2] ?? '');
      if (util && Number(util[1]) <= 100) record.utilization = Number(util[1]) / 100;
      target.push(record);
    }
    if (out.length > 0) yield out;
  }
  if (snapshots === 0) {
    throw new InputError('no nvidia-smi GPU table (with a Pwr:Usage/Cap column) was found', { file, hint: SERIES_HINT });
  }
  if (snapshots === 1) {
    throw new InputError('the file holds one nvidia-smi table: one snapshot has no duration, so no energy can be measured', {
      file,
      line: firstTableLine,
      hint: SERIES_HINT,
    });
  }
  dropped.report(context.log, 'their snapshots count as gaps');
}

export default definePlugin<Options>({
  name: 'nvidia-smi-table',
  kind: 'telemetry',
  description: "NVIDIA GPU power (W) from nvidia-smi's default table, captured as a series (`nvidia-smi -l 1 > log`, watch or a loop).",
  example: EXAMPLE,
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      host: hostOptionSchema('host:gpuN'),
    },
  },
  detect,
  read,
});
