import { EnergyAccumulator, type EnergyAccumulatorState } from '../../energy/index.js';
import { lookupGpu } from '../../footprint/index.js';
import type { Logger, TelemetryPlugin } from '../../telemetry/plugin.js';
import { fileSource, rangeSource, readWithPlugin } from '../../telemetry/index.js';
import type { ByteCounter } from '../../telemetry/source.js';
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
  const plugin = plugins.find((p) => p.name === unit.plugin);
  if (!plugin) throw new Error(`no plugin named ${unit.plugin} in this reader`);
  const source = unit.range ? rangeSource(unit.file, unit.range.preamble, unit.range.start, unit.range.end, onBytes) : fileSource(unit.file, onBytes);
  const accumulator = energyAccumulator(settings.maxGapS);
  const from = unit.range ? { plugin: plugin.name, file: unit.file, part: unit.range.part } : { plugin: plugin.name, file: unit.file };
  let readTimeZone = false;
  const options = { pluginOptions: settings.pluginOptions, log: bufferingLogger(logs), timeZone: settings.timeZone, onTimeZoneRead: () => (readTimeZone = true) };
  for await (const batch of readWithPlugin(plugin, source, options)) accumulator.addBatch(batch.records, from);
  return { state: accumulator.exportState(), readTimeZone };
}
