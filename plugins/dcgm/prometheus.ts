import { DroppedRows, InputError, parsePrometheusLine, readLines } from 'carbon-ci';
import type { EnergyCounterRecord, PluginContext, PowerRecord, PrometheusSample, Source } from 'carbon-ci';
import { DCGM_BLANK_MIN, DeviceRegistry, RepeatFilter } from './devices.js';

const POWER = 'DCGM_FI_DEV_POWER_USAGE';
const ENERGY = 'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION';

export const ADD_TIMESTAMPS_HINT =
  'each sample needs a timestamp: append one when saving each scrape, e.g. ' +
  "`curl -s localhost:9400/metrics | awk -v t=\"$(date +%s%3N)\" '/^[^#]/ {print $0, t; next} {print}' >> dcgm.prom`, " +
  'or export the series from Prometheus with `promtool tsdb dump` (both keep the exposition format)';

function first(labels: Record<string, string>, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = labels[name];
    if (value !== undefined && value !== '') return value;
  }
  return undefined;
}

function deviceFields(labels: Record<string, string>) {
  const gpu = first(labels, 'gpu');
  const index = gpu !== undefined && /^\d+$/.test(gpu) ? Number(gpu) : undefined;
  return {
    uuid: first(labels, 'UUID', 'uuid', 'gpu_uuid'),
    index,
    host: first(labels, 'Hostname', 'hostname'),
    model: first(labels, 'modelName', 'model_name'),
  };
}

/** DCGM exporter scrapes with timestamps, OpenMetrics dumps and `promtool tsdb dump` output. */
export async function* readPrometheus(
  source: Source,
  context: PluginContext,
  defaultHost: string | undefined,
): AsyncGenerator<(PowerRecord | EnergyCounterRecord)[]> {
  const file = source.path;
  const devices = new DeviceRegistry(defaultHost);
  const repeats = new RepeatFilter();
  const dropped = new DroppedRows(file);
  let samples = 0;

  for await (const batch of readLines(source.open())) {
    context.signal.throwIfAborted();
    const records: (PowerRecord | EnergyCounterRecord)[] = [];
    for (let k = 0; k < batch.lines.length; k++) {
      const text = batch.lines[k]!;
      const line = batch.firstLine + k;
      if (!text.includes('DCGM_FI_DEV_POWER_USAGE') && !text.includes(ENERGY)) continue;
      let sample: PrometheusSample | null;
      try {
        sample = parsePrometheusLine(text, { file, line });
      } catch (error) {
        if (batch.unterminatedLast && k === batch.lines.length - 1) {
          dropped.add('the last line is cut short (the file was being written)', line);
          continue;
        }
        throw error;
      }
      if (!sample || (sample.name !== POWER && sample.name !== ENERGY)) continue;
      samples++;
      if (sample.timeMs === undefined) {
        throw new InputError(`the ${sample.name} sample has no timestamp`, { file, line, hint: ADD_TIMESTAMPS_HINT });
      }
      if (!Number.isFinite(sample.value)) {
        dropped.add(`${sample.name} is ${sample.value} (no reading, or a Prometheus staleness marker)`, line);
        continue;
      }
      if (sample.value >= DCGM_BLANK_MIN) {
        dropped.add(`${sample.name} holds a DCGM blank value (field not available on this GPU)`, line);
        continue;
      }
      const device = devices.get(deviceFields(sample.labels));
      if (!device) {
        throw new InputError(`the ${sample.name} sample names no GPU (no UUID or gpu label)`, {
          file,
          line,
          hint: 'keep the labels the DCGM exporter writes (gpu, UUID, Hostname/hostname); relabelling must not drop them',
        });
      }
      if (repeats.isRepeat(sample.name, device, sample.timeMs)) continue;
      records.push(
        sample.name === POWER
          ? { type: 'power', timeMs: sample.timeMs, device, powerW: sample.value }
          : { type: 'energy-counter', timeMs: sample.timeMs, device, counterJ: sample.value / 1000 },
      );
    }
    if (records.length > 0) yield records;
  }
  if (samples === 0) {
    throw new InputError(`no ${POWER} or ${ENERGY} samples found`, {
      file,
      hint: 'the exporter must collect these fields (they are in its default counters file); check that the scrape was saved whole',
    });
  }
  if (repeats.repeats > 0) {
    context.log.info(
      `${file}: ${repeats.repeats} samples repeated a GPU already seen at the same instant (MIG instances or several pod label sets); each was counted once`,
    );
  }
  if (repeats.full) {
    context.log.warn(`${file}: too many samples to check all for repeats; a GPU exported under several label sets may be counted more than once`);
  }
  dropped.report(context.log);
}
