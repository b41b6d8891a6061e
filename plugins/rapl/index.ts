import { DroppedRows, InputError, definePlugin, deviceRef, readLines, splitCsvLine, parseNumber } from 'carbon-ci';
import type { DetectInput, DeviceRef, EnergyCounterRecord, PluginContext, Source } from 'carbon-ci';

/** The header that `carbon-ci run`'s RAPL sampler writes (src/measure/rapl.ts). */
export const RAPL_LOG_HEADER = 'timestamp_ms,zone,name,energy_uj,max_energy_range_uj';
const COLUMNS = RAPL_LOG_HEADER.split(',');
const UJ_PER_J = 1e6;
/** `intel-rapl:0` (a package), `intel-rapl:0:2` (one of its subzones), `amd_energy:0` (a socket): the package index is the first number. */
const ZONE = /^[a-z_-]+:(\d+)(?::(\d+))?$/;

/** One counter as the log shows it, made monotone across wraps. */
interface ZoneCounter {
  device: DeviceRef;
  lastUj: number;
  /** Microjoules added by the wraps seen so far. */
  wrappedUj: number;
  wraps: number;
}

function detect({ head }: DetectInput): number {
  const first = head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!.trim();
  return first === RAPL_LOG_HEADER ? 0.95 : 0;
}

/**
 * cpu for a package zone (powercap's `package-N`, amd_energy's `EsocketN`), ram for a dram zone; undefined
 * for zones that would count energy twice (core, uncore, psys, amd_energy's `Ecore…`).
 */
function deviceOf(zone: string, name: string): { component: 'cpu' | 'ram'; index: number } | undefined {
  const match = ZONE.exec(zone);
  if (!match) return undefined;
  const index = Number(match[1]);
  if (name === 'dram') return { component: 'ram', index };
  if (/^(?:package-|Esocket)\d+$/.test(name) && match[2] === undefined) return { component: 'cpu', index };
  return undefined;
}

/**
 * Above 2^53 µJ the range is a 64-bit accumulator's (amd_energy adds its 32-bit registers into one): it
 * never wraps in practice, so a lower reading is the driver reloaded, a reset for the energy stage.
 */
const NO_WRAP_RANGE_UJ = 2 ** 53;

async function* read(source: Source, context: PluginContext): AsyncGenerator<EnergyCounterRecord[]> {
  const file = source.path;
  const counters = new Map<string, ZoneCounter>();
  const devices = new Map<string, DeviceRef>();
  const dropped = new DroppedRows(file);
  const skippedZones = new Set<string>();
  let header = false;
  for await (const batch of readLines(source.open(), { file })) {
    context.signal.throwIfAborted();
    const records: EnergyCounterRecord[] = [];
    batch.lines.forEach((text, i) => {
      const line = batch.firstLine + i;
      if (text.trim() === '') return;
      if (!header) {
        if (text.trim() !== RAPL_LOG_HEADER) {
          throw new InputError('not a RAPL log: the first line must be its header', { file, line, hint: `the header is "${RAPL_LOG_HEADER}" (as carbon-ci run writes it)` });
        }
        header = true;
        return;
      }
      const fields = splitCsvLine(text, { file, line });
      if (fields.length !== COLUMNS.length) {
        // The last line of a log cut off while it was written has fewer fields: drop it, counted.
        dropped.add('a row with the wrong number of fields', line);
        return;
      }
      const [timeText, zone, name, energyText, rangeText] = fields as [string, string, string, string, string];
      // parseNumber, not Number: an empty field is missing, not 0.
      const timeMs = parseNumber(timeText) ?? Number.NaN;
      const energyUj = parseNumber(energyText) ?? Number.NaN;
      const rangeUj = parseNumber(rangeText) ?? Number.NaN;
      if (!Number.isFinite(timeMs) || !Number.isFinite(energyUj) || energyUj < 0 || !(rangeUj > 0)) {
        dropped.add('a row without a valid time, energy or range', line);
        return;
      }
      const what = deviceOf(zone, name);
      if (what === undefined) {
        skippedZones.add(`${zone} (${name})`);
        return;
      }
      let counter = counters.get(zone);
      if (counter === undefined) {
        const key = `${what.component}${what.index}`;
        let device = devices.get(key);
        if (device === undefined) {
          device = deviceRef({ component: what.component, index: what.index, model: what.component === 'cpu' ? `${zone.startsWith('amd_energy:') ? 'amd_energy' : 'RAPL'} ${name}` : 'RAPL dram' });
          devices.set(key, device);
        }
        counter = { device, lastUj: energyUj, wrappedUj: 0, wraps: 0 };
        counters.set(zone, counter);
      } else if (energyUj < counter.lastUj && rangeUj < NO_WRAP_RANGE_UJ) {
        // energy_uj restarts from 0 after max_energy_range_uj: a wrap, not a reset, so the counter goes on from there.
        counter.wrappedUj += rangeUj;
        counter.wraps += 1;
      }
      counter.lastUj = energyUj;
      records.push({ type: 'energy-counter', timeMs, device: counter.device, counterJ: (counter.wrappedUj + energyUj) / UJ_PER_J, origin: { file, line } });
    });
    if (records.length > 0) yield records;
  }
  if (!header) throw new InputError('the RAPL log is empty', { file, hint: `the header is "${RAPL_LOG_HEADER}" (as carbon-ci run writes it)` });
  const wraps = [...counters.values()].reduce((sum, c) => sum + c.wraps, 0);
  if (wraps > 0) context.log.info(`${file}: the RAPL counters wrapped ${wraps} time(s) at max_energy_range_uj; counted as wraps`);
  if (skippedZones.size > 0) context.log.debug(`${file}: zones inside a package (or psys) left out, as the package counts them: ${[...skippedZones].join(', ')}`);
  dropped.report(context.log, 'the time around them counts as a gap');
}

export default definePlugin({
  name: 'rapl',
  kind: 'telemetry',
  description: 'CPU package and DRAM energy counters (RAPL: /sys/class/powercap, or amd_energy hwmon sockets) from the log that `carbon-ci run` writes; wraps at max_energy_range_uj counted.',
  example: `${RAPL_LOG_HEADER}\n1765000000000,intel-rapl:0,package-0,81234567890,262143328850`,
  detect,
  read,
});
