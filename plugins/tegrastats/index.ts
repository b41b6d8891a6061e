import { DroppedRows, InputError, dateTimeToUtc, definePlugin, deviceRef, parseDateTime, readLines } from 'carbon-ci';
import type { DetectInput, DeviceRef, PluginContext, PowerRecord, Source } from 'carbon-ci';
import { localClock } from '../shared/local-clock.js';
import { hostOptionSchema } from '../shared/options.js';

interface Options {
  host?: string;
  /** Time of the first line (ISO 8601) for logs without timestamps. */
  start?: string;
  /** tegrastats' --interval, for logs without timestamps. */
  intervalMs?: number;
  /** Count the GPU and CPU rails instead of the board's input rail. */
  parts?: boolean;
}

export const EXAMPLE =
  '04-18-2024 10:26:51 RAM 2476/7620MB (lfb 2x4MB) CPU [12%@1510,8%@1510,off,off] GR3D_FREQ 61% cpu@51.2C gpu@50.9C ' +
  'VDD_IN 7150mW/6890mW VDD_CPU_GPU_CV 2410mW/2230mW VDD_SOC 1480mW/1460mW';

/** A rail reading: a name, then current/average in mW (JetPack 5 and later write the unit, older ones do not). */
const RAIL = /(?:^|\s)([A-Z][A-Z0-9_]*)\s+(\d+)(?:mW)?\/(\d+)(?:mW)?(?=\s|$)/g;
/** `tegrastats --logfile` and JetPack 6 put `MM-DD-YYYY HH:MM:SS` before each line. */
const STAMP = /^\s*(\d{2})-(\d{2})-(\d{4}) (\d{2}):(\d{2}):(\d{2})\s/;
/** What only tegrastats writes: its memory and GPU-load fields. */
const SHAPE = /\bRAM \d+\/\d+[kMG]B\b[\s\S]*\b(?:GR3D_FREQ|EMC_FREQ) \d+%/;
/** How a whole line ends: its last rail's average (`…/6890mW`, or `…/6890` before JetPack 5). */
const WHOLE_LINE_END = /mW\s*$|\/\d+\s*$/;

/** tegrastats lines are under 1000 characters: a longer one is not tegrastats output, and no pattern sees it. */
const MAX_LINE_CHARS = 8192;

/** The whole module's input (JetPack 4 Nano: POM_5V_IN; TX2, Xavier NX, Orin NX/Nano: VDD_IN). */
const INPUT_RAILS = new Set(['VDD_IN', 'POM_5V_IN']);
/** GPU rails; VDD_GPU_SOC (AGX Orin) includes the SoC, VDD_CPU_GPU_CV (Orin and Xavier NX) the CPU and CV cores too. */
const GPU_RAILS = new Set(['VDD_GPU_SOC', 'VDD_GPU', 'POM_5V_GPU', 'VDD_SYS_GPU', 'GPU', 'VDD_CPU_GPU_CV']);
/** CPU rails; VDD_CPU_CV (AGX Orin) includes the CV cores. */
const CPU_RAILS = new Set(['VDD_CPU_CV', 'VDD_CPU', 'POM_5V_CPU', 'VDD_SYS_CPU', 'CPU']);

const TIME_HINT =
  'record times: `tegrastats --interval 1000 --logfile power.log` writes a timestamp on each line on JetPack 5.1 and later; ' +
  'for a log without them, give the time of its first line and the interval: ' +
  '`--plugin-option tegrastats.start=2024-04-18T10:26:51 --plugin-option tegrastats.intervalMs=1000`';

function detect({ head }: DetectInput): number {
  const first = head.split('\n', 4).find((line) => line.trim() !== '') ?? '';
  if (first.length > MAX_LINE_CHARS || !SHAPE.test(first)) return 0;
  RAIL.lastIndex = 0;
  return RAIL.test(first) ? 0.95 : 0.6;
}

async function* read(source: Source, context: PluginContext<Options>): AsyncGenerator<PowerRecord[]> {
  const file = source.path;
  const { host, parts = false } = context.options;
  const intervalMs = context.options.intervalMs ?? 1000;
  if (!(intervalMs > 0)) throw new InputError(`plugin option intervalMs must be a positive number of ms, not ${intervalMs}`, { hint: 'give the --interval tegrastats ran with (default 1000)' });
  const dropped = new DroppedRows(file);
  const gpu = deviceRef({ index: 0, host, component: 'gpu', vendor: 'nvidia' });
  const cpu = deviceRef({ index: 0, host, component: 'cpu' });
  const node = deviceRef({ index: 0, host, component: 'node' });
  const clock = localClock(context, true);
  let startMs: number | undefined;
  let sample = 0;
  /** Each rail counted, with what it was counted as; the names of those not counted (a few, for the log). */
  const counted = new Map<string, string>();
  const uncounted = new Set<string>();
  // One line's rails, reused from line to line: a log of a day has 86 400 lines of about ten rails each.
  const names: string[] = [];
  const powersW: number[] = [];

  const untimed = (line: number): number => {
    if (startMs === undefined) {
      const parsed = context.options.start === undefined ? undefined : parseDateTime(context.options.start);
      if (!parsed) {
        const what = context.options.start === undefined ? 'the line has no timestamp' : `plugin option start "${context.options.start}" is not a date and time`;
        throw new InputError(`${what}, and tegrastats gives no other time base`, { file, line, hint: TIME_HINT });
      }
      startMs = dateTimeToUtc(parsed, clock);
    }
    return startMs + sample * intervalMs;
  };

  /** The device a rail counts for: the input rail alone when the line has one (it holds the parts), else the parts. */
  const deviceOf = (name: string, input: string | undefined): DeviceRef | undefined => {
    if (!parts && input !== undefined) return name === input ? node : undefined;
    return GPU_RAILS.has(name) ? gpu : CPU_RAILS.has(name) ? cpu : undefined;
  };

  for await (const batch of readLines(source.open(), { file })) {
    context.signal.throwIfAborted();
    const out: PowerRecord[] = [];
    for (let k = 0; k < batch.lines.length; k++) {
      const text = batch.lines[k]!;
      const line = batch.firstLine + k;
      if (text.trim() === '') continue;
      if (text.length > MAX_LINE_CHARS) {
        dropped.add(`a line of more than ${MAX_LINE_CHARS} characters`, line);
        continue;
      }
      names.length = 0;
      powersW.length = 0;
      let input: string | undefined;
      RAIL.lastIndex = 0;
      for (let match = RAIL.exec(text); match; match = RAIL.exec(text)) {
        const name = match[1]!;
        const powerW = Number(match[2]) / 1000;
        // A rail named twice on one line: its last reading, in its first place.
        const seen = names.indexOf(name);
        if (seen >= 0) powersW[seen] = powerW;
        else {
          names.push(name);
          powersW.push(powerW);
          if (input === undefined && INPUT_RAILS.has(name)) input = name;
        }
      }
      const stamp = STAMP.exec(text);
      const timeMs = stamp
        ? clock(Date.UTC(Number(stamp[3]), Number(stamp[1]) - 1, Number(stamp[2]), Number(stamp[4]), Number(stamp[5]), Number(stamp[6])))
        : untimed(line);
      sample++;
      if (batch.unterminatedLast && k === batch.lines.length - 1 && !WHOLE_LINE_END.test(text)) {
        dropped.add('the last line is cut short', line);
        continue;
      }
      let any = false;
      for (let r = 0; r < names.length; r++) {
        const name = names[r]!;
        const device = deviceOf(name, input);
        if (!device) {
          if (uncounted.size < 20) uncounted.add(name);
          continue;
        }
        if (!counted.has(name)) counted.set(name, device.component!);
        out.push({ type: 'power', timeMs, device, powerW: powersW[r]! });
        any = true;
      }
      if (!any) dropped.add('no power rail that carbon-ci counts', line);
    }
    if (out.length > 0) yield out;
  }
  if (counted.size === 0) {
    throw new InputError('no power rail (VDD_IN, VDD_GPU_SOC, POM_5V_GPU, GPU …) was found', {
      file,
      hint: 'this Jetson or JetPack prints no power rails, or the file is not tegrastats output; check `tegrastats` on the device',
    });
  }
  for (const name of counted.keys()) uncounted.delete(name);
  const left = uncounted.size > 0 ? `; not counted: ${[...uncounted].join(', ')}` : '';
  const rails = [...counted].map(([name, component]) => `${name} (${component})`).join(', ');
  context.log.info(`${file}: counted ${rails}${left} (${parts ? 'the parts, as asked' : 'the input rail holds every other rail, so they are never added to it'})`);
  dropped.report(context.log);
}

export default definePlugin<Options>({
  name: 'tegrastats',
  kind: 'telemetry',
  description: "NVIDIA Jetson power rails (mW) from tegrastats logs: the board's input rail, else the GPU and CPU rails.",
  example: EXAMPLE,
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      host: hostOptionSchema('host:node0, or host:gpu0 and host:cpu0'),
      start: { type: 'string', minLength: 1, description: 'time of the first line (ISO 8601) for logs whose lines carry no timestamp' },
      intervalMs: { type: 'number', exclusiveMinimum: 0, description: "tegrastats' --interval in ms for logs without timestamps (default 1000)" },
      parts: { type: 'boolean', description: "count the GPU and CPU rails instead of the board's input rail (VDD_IN), which holds them" },
    },
  },
  detect,
  read,
});
