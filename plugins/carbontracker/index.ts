import { InputError, definePlugin, monotonicWallClockToUtc, readLines } from 'carbon-ci';
import type { DetectInput, DeviceRef, EnergyRecord, Vendor } from 'carbon-ci';

/**
 * `2025-11-18 15:54:28 - Epoch 1:` (carbontracker ≥ 1.2: `%(asctime)s - %(message)s`, no ms) or
 * `2020-05-17 19:02:33,517 - CarbonTrackerThread - INFO - Epoch 1:` (older: thread and level, ms after a comma).
 */
const LOG_LINE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:,(\d{3}))? - (?:\S+ - (?:DEBUG|INFO|WARNING|ERROR|CRITICAL) - )?(?:CarbonTracker: )?(.*)$/;
const EPOCH = /^Epoch (\d+):\s*$/;
const DURATION = /^Duration: (\d+):(\d{2}):(\d{2}(?:\.\d+)?)\s*$/;
const POWER = /^Average power usage \(W\) for (\w+): (.*)$/;
const COMPONENTS = /^The following components were found: (.*)$/;
/** A decimal with one way only to match each digit, so that a failing match is linear. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const WITH_DEVICES = ' with device(s) ';

function detect({ path, head }: DetectInput): number {
  const byName = /carbontracker\.log$/.test(path);
  if (/ - (?:\S+ - INFO - )?carbontracker version /.test(head) || /Average power usage \(W\) for \w+: /.test(head)) return 0.95;
  if (/ - (?:\S+ - INFO - )?(?:CarbonTracker: )?The following components were found: /.test(head)) return 0.9;
  // The summary log: claimed, so that the error can point at the standard log beside it.
  // indexOf, not `CarbonTracker: [\s\S]*…`, which backtracks over the head once per occurrence.
  const tracker = head.indexOf('CarbonTracker: ');
  if (/carbontracker_output\.log$/.test(path) || (tracker >= 0 && /(?:Actual|Predicted) consumption for/.test(head.slice(tracker)))) return 0.7;
  return byName ? 0.6 : 0;
}

interface Epoch {
  number: number;
  line: number;
  endWallMs: number;
  durationS?: number;
  /** Per component: one value (a scalar reading), one per device, or null (no measurement). */
  power: Map<string, { values: (number | null)[] | null; scalar: boolean }>;
}

/** `[136.86 250.1]`, `[nan 250.1]`, `0.0195` or `None`, as numpy printed them. */
function parsePower(text: string): { values: (number | null)[] | null; scalar: boolean } | undefined {
  const trimmed = text.trim();
  if (trimmed === 'None') return { values: null, scalar: true };
  const list = /^\[([^\]]*)\]$/.exec(trimmed);
  const tokens = list ? list[1]!.trim().split(/\s+/).filter(Boolean) : [trimmed];
  const values: (number | null)[] = [];
  for (const token of tokens) {
    if (/^nan$/i.test(token)) values.push(null);
    else if (token.length <= 64 && DECIMAL.test(token)) values.push(Number(token));
    else return undefined;
  }
  return values.length === 0 ? undefined : { values, scalar: !list };
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Where the word (`\w+`) that ends `text` starts; `text.length` when it ends in none. */
function trailingWordStart(text: string): number {
  let i = text.length;
  while (i > 0 && isWordChar(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * `GPU with device(s) NVIDIA A100-SXM4-40GB, NVIDIA A100-SXM4-40GB. CPU with device(s) cpu:0.`, split at
 * each ` with device(s) ` and scanned rather than matched, so that a line of any length costs one pass.
 */
function parseComponents(text: string): Map<string, string[]> {
  const components = new Map<string, string[]>();
  const parts = text.split(WITH_DEVICES);
  for (let i = 0; i + 1 < parts.length; i++) {
    const name = parts[i]!.slice(trailingWordStart(parts[i]!));
    let list = parts[i + 1]!;
    if (i + 2 < parts.length) {
      // The devices run to the blanks before the next component's name.
      const word = trailingWordStart(list);
      list = list.slice(0, word);
      if (word === parts[i + 1]!.length || list.trimEnd() === list) continue;
    }
    list = list.trimEnd();
    if (name !== '' && list.endsWith('.')) components.set(name.toLowerCase(), list.slice(0, -1).split(',').map((device) => device.trim()));
  }
  return components;
}

function vendorOf(name: string | undefined): Vendor | undefined {
  return name !== undefined && /NVIDIA|Tesla|GeForce|Quadro|RTX/i.test(name) ? 'nvidia' : undefined;
}

export default definePlugin({
  name: 'carbontracker',
  kind: 'telemetry',
  description:
    "carbontracker's standard log (<prefix>_carbontracker.log): per epoch, its duration and each component's mean power (W) per device, read as energy per epoch and device",
  example: '2020-05-17 19:02:33,517 - MainThread - INFO - carbontracker version 1.1.2\n2020-05-17 19:02:34,208 - CarbonTrackerThread - INFO - The following components were found: GPU with device(s) Tesla T4.',
  options: { type: 'object', additionalProperties: false, properties: {} },
  detect,
  async *read(source, context) {
    const file = source.path;
    const toUtc = monotonicWallClockToUtc(context.localTimeZone());
    let components = new Map<string, string[]>();
    const devices = new Map<string, DeviceRef>();
    let epoch: Epoch | undefined;
    let openPower: { component: string; text: string } | undefined;
    let recognised = 0;
    let isSummaryLog = false;
    let records = 0;
    const missing = { noPower: 0, noDuration: 0, badPower: 0, firstLine: 0 };
    const note = (kind: 'noPower' | 'noDuration' | 'badPower', line: number) => {
      missing[kind]++;
      if (missing.firstLine === 0) missing.firstLine = line;
    };

    const device = (component: string, index: number | undefined): DeviceRef => {
      const key = `${component}\u0000${index ?? 'all'}`;
      let ref = devices.get(key);
      if (!ref) {
        const names = components.get(component) ?? [];
        const model = index === undefined ? (names.length > 0 ? names.join(', ') : undefined) : names[index];
        const id = index === undefined ? component : `${component}${index}`;
        ref = { id };
        if (component === 'gpu' || component === 'cpu') ref.component = component;
        if (index !== undefined) ref.index = index;
        if (model) ref.model = model;
        const vendor = component === 'gpu' ? vendorOf(model) : undefined;
        if (vendor) ref.vendor = vendor;
        devices.set(key, ref);
      }
      return ref;
    };

    const finish = (done: Epoch | undefined, out: EnergyRecord[]) => {
      if (!done) return;
      if (done.durationS === undefined) {
        note('noDuration', done.line);
        return;
      }
      const endMs = toUtc(done.endWallMs);
      const startMs = endMs - Math.round(done.durationS * 1000);
      for (const [component, { values, scalar }] of done.power) {
        if (values === null) {
          note('noPower', done.line);
          continue;
        }
        values.forEach((powerW, index) => {
          if (powerW === null) return note('noPower', done.line);
          out.push({
            type: 'energy',
            startMs,
            endMs,
            device: device(component, scalar ? undefined : index),
            energyJ: powerW * done.durationS!,
            origin: { file, line: done.line },
            sourceReported: { note: `carbontracker epoch ${done.number}: mean ${component} power ${powerW} W × ${done.durationS} s, before carbontracker's PUE factor` },
          });
        });
      }
    };

    const powerLine = (component: string, text: string, line: number) => {
      const parsed = parsePower(text);
      if (!parsed) return note('badPower', line);
      if (epoch) epoch.power.set(component, parsed);
    };

    for await (const batch of readLines(source.open(), { file })) {
      context.signal.throwIfAborted();
      const out: EnergyRecord[] = [];
      batch.lines.forEach((text, i) => {
        const line = batch.firstLine + i;
        const m = LOG_LINE.exec(text);
        if (!m) {
          // numpy wraps long arrays onto lines of their own.
          if (openPower) {
            openPower.text += ` ${text.trim()}`;
            if (openPower.text.includes(']')) {
              powerLine(openPower.component, openPower.text, line);
              openPower = undefined;
            }
          } else if (/^\s*(?:Actual|Predicted) consumption for/.test(text)) isSummaryLog = true;
          return;
        }
        if (openPower) {
          note('badPower', line);
          openPower = undefined;
        }
        const message = m[8]!;
        const wallMs = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), Number(m[7] ?? 0));
        let hit: RegExpExecArray | null;
        if ((hit = EPOCH.exec(message))) {
          recognised++;
          finish(epoch, out);
          epoch = { number: Number(hit[1]), line, endWallMs: wallMs, power: new Map() };
        } else if ((hit = DURATION.exec(message))) {
          recognised++;
          if (epoch) epoch.durationS = Number(hit[1]) * 3600 + Number(hit[2]) * 60 + Number(hit[3]);
        } else if ((hit = POWER.exec(message))) {
          recognised++;
          const value = hit[2]!;
          if (value.trimStart().startsWith('[') && !value.includes(']')) openPower = { component: hit[1]!.toLowerCase(), text: value };
          else powerLine(hit[1]!.toLowerCase(), value, line);
        } else if ((hit = COMPONENTS.exec(message))) {
          components = parseComponents(hit[1]!);
        } else if (/^(?:Actual|Predicted) consumption for/.test(message)) {
          isSummaryLog = true;
        }
      });
      records += out.length;
      if (out.length > 0) yield out;
    }
    const last: EnergyRecord[] = [];
    finish(epoch, last);
    records += last.length;
    if (last.length > 0) yield last;

    if (missing.noPower > 0) {
      context.log.warn(
        `${file}: ${missing.noPower} epoch reading(s) have no power ("None" or nan: the epoch was shorter than carbontracker's update interval), first at line ${missing.firstLine}; their energy is missing, not zero`,
      );
    }
    if (missing.noDuration > 0) context.log.warn(`${file}: ${missing.noDuration} epoch(s) have no "Duration:" line (the log ends mid-epoch?); not counted`);
    if (missing.badPower > 0) context.log.warn(`${file}: ${missing.badPower} "Average power usage" line(s) could not be read; not counted`);
    if (records === 0) {
      if (isSummaryLog && recognised === 0) {
        throw new InputError("this is carbontracker's summary (output) log, which holds only totals that include carbontracker's own PUE", {
          file,
          hint: 'pass the standard log beside it: the file with the same name without "_output" (<prefix>_carbontracker.log)',
        });
      }
      throw new InputError('no epoch with a duration and a power reading in this carbontracker log', {
        file,
        hint: 'carbontracker logs an epoch at tracker.epoch_end(); check that the run reached the end of an epoch and that log_dir was set',
      });
    }
  },
});
