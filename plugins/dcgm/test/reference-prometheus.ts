// The Prometheus sample reader as it was before the byte-level fast paths (commit 4d7798e), its general
// path only, under the plugin's own readPrometheus: the reference that fast-paths.test.ts holds the
// plugin to, record for record and message for message. Its cache of label sets is left out: a line
// whose label set it knew was taken with a timestamp too large for a double (as Infinity), which its
// general path refuses.
import { InputError, parsePrometheusLine, readLines, sourceChunks } from 'carbon-ci';
import type { DeviceRef, DroppedRows, PluginContext, PrometheusSample, Source } from 'carbon-ci';
import { DCGM_BLANK_MIN, type DeviceRegistry } from '../devices.js';
import { readPrometheus as readPrometheusWith } from '../prometheus.js';
import { ADD_TIMESTAMPS_HINT, deviceFields, ENERGY, POWER, type Metric, type Sample } from '../prometheus-samples.js';

/** What a label set (the text up to `}`) stands for: a DCGM power or energy series of a GPU, or nothing of ours. */
interface Series {
  metric: Metric;
  device: DeviceRef;
  key: string;
}

/** The power and energy samples of a file, in file order, blanks dropped. */
async function* samplesOf(
  source: Source,
  context: PluginContext,
  devices: DeviceRegistry,
  dropped: DroppedRows | undefined,
): AsyncGenerator<Sample[]> {
  const file = source.path;
  let seen = 0;

  const seriesOf = (sample: PrometheusSample, line: number): Series | null => {
    if (sample.name !== POWER && sample.name !== ENERGY) return null;
    const device = devices.get(deviceFields(sample.labels));
    if (!device) {
      throw new InputError(`the ${sample.name} sample names no GPU (no UUID or gpu label)`, {
        file,
        line,
        hint: 'keep the labels the DCGM exporter writes (gpu, UUID, Hostname/hostname); relabelling must not drop them',
      });
    }
    return { metric: sample.name, device, key: `${sample.name}\u0000${device.id}` };
  };

  for await (const batch of readLines(sourceChunks(source), { file })) {
    context.signal.throwIfAborted();
    const samples: Sample[] = [];
    for (let k = 0; k < batch.lines.length; k++) {
      const text = batch.lines[k]!;
      if (!text.includes(POWER) && !text.includes(ENERGY)) continue;
      const line = batch.firstLine + k;
      let sample: PrometheusSample | null;
      try {
        sample = parsePrometheusLine(text, { file, line });
      } catch (error) {
        if (batch.unterminatedLast && k === batch.lines.length - 1) {
          dropped?.add('the last line is cut short (the file was being written)', line);
          continue;
        }
        throw error;
      }
      if (!sample) continue;
      const series = seriesOf(sample, line);
      const { value, timeMs } = sample;
      if (series === null) continue;
      seen++;
      if (timeMs === undefined) {
        throw new InputError(`the ${series.metric} sample has no timestamp`, { file, line, hint: ADD_TIMESTAMPS_HINT });
      }
      if (!Number.isFinite(value)) {
        dropped?.add(`${series.metric} is ${value} (no reading, or a Prometheus staleness marker)`, line);
        continue;
      }
      if (value >= DCGM_BLANK_MIN) {
        dropped?.add(`${series.metric} holds a DCGM blank value (field not available on this GPU)`, line);
        continue;
      }
      samples.push({ metric: series.metric, device: series.device, key: series.key, timeMs, value });
    }
    yield samples;
  }
  if (seen === 0) {
    throw new InputError(`no ${POWER} or ${ENERGY} samples found`, {
      file,
      hint: 'the exporter must collect these fields (they are in its default counters file); check that the scrape was saved whole',
    });
  }
}

/** The plugin's reader with the reference's samples. */
export function readPrometheus(source: Source, context: PluginContext, host: string | undefined) {
  return readPrometheusWith(source, context, host, samplesOf);
}
