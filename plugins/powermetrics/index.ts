import { InputError, dateTimeToUtc, definePlugin, deviceRef, readLines } from 'carbon-ci';
import type { DetectInput, DeviceRef, EnergyRecord, PluginContext, Source } from 'carbon-ci';
import { parseCtime } from '../shared/ctime.js';
import { localClock } from '../shared/local-clock.js';
import { hostOptionSchema } from '../shared/options.js';

interface Options {
  host?: string;
}

export const EXAMPLE = [
  '*** Sampled system activity (Tue Mar  5 14:02:11 2024 +0100) (1003.41ms elapsed) ***',
  'CPU Power: 1234 mW',
  'GPU Power: 56 mW',
  'ANE Power: 0 mW',
  'Combined Power (CPU + GPU + ANE): 1290 mW',
].join('\n');

/** The sample header: its date (ctime, with the offset macOS adds) and the window's length. */
const SAMPLE = /^\*\*\* Sampled system activity \(([^()]*)\) \((\d+(?:\.\d+)?)ms elapsed\) \*\*\*\s*$/;
/** The parts; `Combined Power (CPU + GPU + ANE)` and `Package Power` are their sums and never read. */
const PART = /^(CPU|GPU|ANE|DRAM) Power:\s*(\d+(?:\.\d+)?)\s*(mW|W)\s*$/;
/** The header's date has whole seconds: a sample whose date is this far from the end of the chained windows starts a new chain. */
const REANCHOR_MS = 1500;
/** powermetrics' lines are short: a longer one is none of those read here, and no pattern sees it. */
const MAX_LINE_CHARS = 1024;

const SAMPLERS_HINT = 'log power: `sudo powermetrics --samplers cpu_power,gpu_power -i 1000 -o power.txt`';

function detect({ head }: DetectInput): number {
  if (!head.includes('*** Sampled system activity (')) return 0;
  return /^(?:CPU|GPU) Power: /m.test(head) ? 0.95 : 0.6;
}

async function* read(source: Source, context: PluginContext<Options>): AsyncGenerator<EnergyRecord[]> {
  const file = source.path;
  const host = context.options.host;
  const devices: Record<string, DeviceRef> = {
    CPU: deviceRef({ index: 0, host, component: 'cpu' }),
    GPU: deviceRef({ index: 0, host, component: 'gpu', vendor: 'other' }),
    ANE: { id: `${host !== undefined ? `${host}:` : ''}ane0`, index: 0, component: 'gpu', vendor: 'other', model: 'Apple Neural Engine' },
    DRAM: deviceRef({ index: 0, host, component: 'ram' }),
  };
  if (host !== undefined) devices.ANE!.host = host;
  const clock = localClock(context, true);
  let window: { startMs: number; endMs: number; elapsedMs: number } | undefined;
  const seen = new Set<string>();
  let samples = 0;
  let readings = 0;
  let reanchored = 0;

  for await (const batch of readLines(source.open(), { file })) {
    context.signal.throwIfAborted();
    const out: EnergyRecord[] = [];
    for (let k = 0; k < batch.lines.length; k++) {
      const text = batch.lines[k]!;
      const line = batch.firstLine + k;
      if (text.length > MAX_LINE_CHARS) continue;
      if (text.startsWith('*** Sampled system activity')) {
        const m = SAMPLE.exec(text);
        const date = m ? parseCtime(m[1]!) : undefined;
        if (!m || !date) {
          throw new InputError(`"${text.slice(0, 100)}" is not a powermetrics sample header`, {
            file,
            line,
            hint: 'the header reads `*** Sampled system activity (Tue Mar  5 14:02:11 2024 +0100) (1003.41ms elapsed) ***`; repair or delete the line',
          });
        }
        const dateMs = dateTimeToUtc(date, clock);
        const elapsedMs = Number(m[2]);
        // Samples follow one another: chaining their elapsed times is finer than the header's whole seconds.
        let startMs = window?.endMs ?? dateMs - elapsedMs;
        if (window && Math.abs(startMs + elapsedMs - dateMs) > REANCHOR_MS) {
          startMs = dateMs - elapsedMs;
          reanchored++;
        }
        window = { startMs, endMs: startMs + elapsedMs, elapsedMs };
        seen.clear();
        samples++;
        continue;
      }
      const part = PART.exec(text);
      if (!part || !window) continue;
      // Newer macOS prints GPU Power in the processor and the GPU sections: the same reading, counted once.
      if (seen.has(part[1]!)) continue;
      seen.add(part[1]!);
      const powerW = Number(part[2]) * (part[3] === 'mW' ? 1e-3 : 1);
      out.push({ type: 'energy', startMs: window.startMs, endMs: window.endMs, device: devices[part[1]!]!, energyJ: (powerW * window.elapsedMs) / 1000 });
      readings++;
    }
    if (out.length > 0) yield out;
  }
  if (samples === 0) throw new InputError('no powermetrics sample (`*** Sampled system activity …`) was found', { file, hint: SAMPLERS_HINT });
  if (readings === 0) throw new InputError(`none of the ${samples} samples has a CPU, GPU or ANE power line`, { file, hint: SAMPLERS_HINT });
  context.log.info(`${file}: counted CPU, GPU and ANE power (and DRAM where printed) over each sample's elapsed window; Combined Power is their sum and is not added`);
  if (reanchored > 0) context.log.info(`${file}: ${reanchored} sample(s) started a new run of windows at their header time (a pause, or logs joined)`);
}

export default definePlugin<Options>({
  name: 'powermetrics',
  kind: 'telemetry',
  description: 'Apple silicon CPU, GPU and ANE power (mW) per sample window from `sudo powermetrics --samplers cpu_power,gpu_power` text output.',
  example: EXAMPLE,
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      host: hostOptionSchema('host:cpu0'),
    },
  },
  detect,
  read,
});
