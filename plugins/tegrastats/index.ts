import { DroppedRows, InputError, definePlugin, deviceRef, monotonicWallClockToUtc, parseDateTime, readLines } from 'carbon-ci';
import type { DetectInput, PluginContext, PowerRecord, Source } from 'carbon-ci';

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
  let toUtc: ((wallMs: number) => number) | undefined;
  const zoned = () => (toUtc ??= monotonicWallClockToUtc(context.localTimeZone()));
  let startMs: number | undefined;
  let sample = 0;
  const counted = new Set<string>();
  const uncounted = new Set<string>();

  const untimed = (line: number): number => {
    if (startMs === undefined) {
      const parsed = context.options.start === undefined ? undefined : parseDateTime(context.options.start);
      if (!parsed) {
        const what = context.options.start === undefined ? 'the line has no timestamp' : `plugin option start "${context.options.start}" is not a date and time`;
        throw new InputError(`${what}, and tegrastats gives no other time base`, { file, line, hint: TIME_HINT });
      }
      startMs = parsed.offsetMs === undefined ? zoned()(parsed.wallMs) : parsed.wallMs - parsed.offsetMs;
    }
    return startMs + sample * intervalMs;
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
      const rails = new Map<string, number>();
      RAIL.lastIndex = 0;
      for (let match = RAIL.exec(text); match; match = RAIL.exec(text)) rails.set(match[1]!, Number(match[2]) / 1000);
      const stamp = STAMP.exec(text);
      const timeMs = stamp
        ? zoned()(Date.UTC(Number(stamp[3]), Number(stamp[1]) - 1, Number(stamp[2]), Number(stamp[4]), Number(stamp[5]), Number(stamp[6])))
        : untimed(line);
      sample++;
      if (batch.unterminatedLast && k === batch.lines.length - 1 && !/mW\s*$|\/\d+\s*$/.test(text)) {
        dropped.add('the last line is cut short', line);
        continue;
      }
      const input = [...rails.keys()].find((name) => INPUT_RAILS.has(name));
      let any = false;
      for (const [name, powerW] of rails) {
        // The input rail holds the parts: count it alone, or the parts alone, never both.
        const device = !parts && input !== undefined ? (name === input ? node : undefined) : GPU_RAILS.has(name) ? gpu : CPU_RAILS.has(name) ? cpu : undefined;
        if (!device) {
          if (uncounted.size < 20) uncounted.add(name);
          continue;
        }
        counted.add(`${name} (${device.component})`);
        out.push({ type: 'power', timeMs, device, powerW });
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
  for (const name of counted) uncounted.delete(name.split(' ')[0]!);
  const left = uncounted.size > 0 ? `; not counted: ${[...uncounted].join(', ')}` : '';
  context.log.info(`${file}: counted ${[...counted].join(', ')}${left} (${parts ? 'the parts, as asked' : 'the input rail holds every other rail, so they are never added to it'})`);
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
      host: { type: 'string', minLength: 1, description: 'host name to qualify device ids (host:gpu0) when logs of several machines are combined' },
      start: { type: 'string', minLength: 1, description: 'time of the first line (ISO 8601) for logs whose lines carry no timestamp' },
      intervalMs: { type: 'number', exclusiveMinimum: 0, description: "tegrastats' --interval in ms for logs without timestamps (default 1000)" },
      parts: { type: 'boolean', description: "count the GPU and CPU rails instead of the board's input rail (VDD_IN), which holds them" },
    },
  },
  detect,
  read,
});
