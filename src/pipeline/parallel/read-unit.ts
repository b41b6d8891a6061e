// Imported module by module, not through the stages' index files: this is what a worker thread
// loads, and the less it parses the sooner it starts reading (no schema validator, no globbing).
import { EnergyAccumulator } from '../../energy/accumulator.js';
import type { EnergyAccumulatorState } from '../../energy/state.js';
import { lookupGpu } from '../../footprint/gpus.js';
import type { Logger, TelemetryPlugin } from '../../telemetry/plugin.js';
import { readWithValidOptions } from '../../telemetry/read-plugin.js';
import { fileSource, rangeSource, type ByteCounter } from '../../telemetry/source.js';
import { isMainThread } from 'node:worker_threads';
import type { LogLine, ReadSettings, ReadUnit } from './protocol.js';

export function energyAccumulator(maxGapS: number | 'auto'): EnergyAccumulator {
  return new EnergyAccumulator({ maxGapS, boardPowerW: (model) => (model ? lookupGpu(model)?.boardPowerW : undefined) });
}

/** A logger that keeps every line, to be replayed in file order once all units are read. */
export function bufferingLogger(lines: LogLine[]): Logger {
  return {
    debug: (message) => lines.push({ level: 'debug', message }),
    info: (message) => lines.push({ level: 'info', message }),
    warn: (message) => lines.push({ level: 'warn', message }),
  };
}

/**
 * Read one unit into an accumulator of its own; its state is merged by the caller, with whether the
 * plugin needed the time zone. Throws what the plugin throws.
 */
export async function readUnit(
  unit: ReadUnit,
  settings: ReadSettings,
  plugins: readonly TelemetryPlugin[],
  logs: LogLine[],
  onBytes?: ByteCounter,
): Promise<{ state: EnergyAccumulatorState; readTimeZone: boolean }> {
  const sinceLaunchS = () => (performance.timeOrigin + performance.now() - settings.launchedAtMs) / 1000;
  const startedS = sinceLaunchS();
  const plugin = plugins.find((p) => p.name === unit.plugin);
  if (!plugin) throw new Error(`no plugin named ${unit.plugin} in this reader`);
  const source = unit.range ? rangeSource(unit.file, unit.range.preamble, unit.range.start, unit.range.end, onBytes) : fileSource(unit.file, onBytes);
  const accumulator = energyAccumulator(settings.maxGapS);
  const from = unit.range ? { plugin: plugin.name, file: unit.file, part: unit.range.part } : { plugin: plugin.name, file: unit.file };
  let readTimeZone = false;
  const options = {
    pluginOptions: settings.pluginOptions[plugin.name] ?? {},
    log: bufferingLogger(logs),
    timeZone: settings.timeZone,
    onTimeZoneRead: () => (readTimeZone = true),
    // Each batch goes into the accumulator before the next is asked for: plugins may reuse their arrays.
    batchesReadAtOnce: true,
  };
  for await (const batch of readWithValidOptions(plugin, source, options)) accumulator.addBatch(batch.records, from);
  const part = unit.range ? ` part ${unit.range.part + 1}` : '';
  const endedS = sinceLaunchS();
  logs.push({
    level: 'debug',
    message: `${unit.file}${part}: ${(unit.bytes / 1e6).toFixed(0)} MB read in ${(endedS - startedS).toFixed(2)} s on the ${isMainThread ? 'main thread' : 'worker thread'} (${startedS.toFixed(2)} s to ${endedS.toFixed(2)} s after start)`,
  });
  return { state: accumulator.exportState(), readTimeZone };
}
