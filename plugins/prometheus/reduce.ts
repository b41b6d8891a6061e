import type { DeviceRef, EnergyRecord, Logger } from 'carbon-ci';
import { counterEnergy, rawStepSamples } from './counter.js';
import { ENERGY, POWER, dcgmValue, readRawSamples, type DcgmRecord, type RawRead, type RawTally } from './raw.js';
import { mergeByDevice, planSteps, stepQuery } from './steps.js';

/**
 * The window's GPU energy reduced on the server, at a cost that does not grow with the samples:
 * per step (planSteps) and series, the counter's last value and its resets (`last_over_time`, `resets`;
 * range selectors only, so nothing is extrapolated or carried over from outside a step). Raw counter
 * samples only for each GPU's first and last step (its exact ends) and for steps with a reset; raw
 * power samples only for GPUs without a counter, found from the series index (`/api/v1/series`, which
 * reads no sample). docs/prometheus.md gives the queries.
 */
export async function* readReduced(read: RawRead, context: { base: string; log: Logger }, tally: RawTally): AsyncGenerator<(DcgmRecord | EnergyRecord)[]> {
  const plan = planSteps(read.startMs, read.endMs);
  const energy = `${ENERGY}${read.matchers}`;
  const power = `${POWER}${read.matchers}`;
  const [last, resets, powerLabels] = await Promise.all([
    stepQuery(read.api, 'last_over_time', energy, plan),
    stepQuery(read.api, 'resets', energy, plan),
    read.metrics.includes(POWER) ? read.api.series(power, read.startMs / 1000, read.endMs / 1000) : Promise.resolve([]),
  ]);
  const gpuOf = (labels: Record<string, string>) => {
    const device = read.devices.ofLabels(labels);
    return device && { key: device.id, device: () => device };
  };
  const counters = mergeByDevice(gpuOf, plan.boundariesMs.length, { last, resets }, tally.unlabelled);
  // A counter that is blank throughout (GPUs before Volta) is no counter: such GPUs are read by their power.
  for (const [id, device] of counters) if (!device.last.some((v) => v < Number.POSITIVE_INFINITY)) counters.delete(id);

  const { samples: raw, blanks } = await rawStepSamples(
    {
      api: read.api,
      signal: read.signal,
      selector: energy,
      startMs: read.startMs,
      keyOf: (labels) => read.devices.ofLabels(labels)?.id,
      valueOf: dcgmValue,
    },
    plan,
    counters,
  );
  tally.blanks += blanks;
  const counted = new Set<string>();
  let resetCount = 0;
  const silent = { gpus: 0, ms: 0, unbridgedMs: 0 };
  // One batch per GPU: a fleet's records never all exist at once.
  for (const [id, steps] of counters) {
    const outcome = counterEnergy(steps, plan, raw.get(id) ?? new Map());
    resetCount += outcome.resets;
    if (outcome.silentSteps > 0) silent.gpus += 1;
    silent.ms += outcome.silentMs;
    silent.unbridgedMs += outcome.unbridgedMs;
    if (outcome.records.length === 0) continue;
    counted.add(id);
    tally.records += outcome.records.length;
    yield outcome.records;
  }
  warnCounters(context, resetCount, silent, plan.stepMs);

  // GPUs without a counter, and the label that carries each one's UUID (for a matcher that names just them).
  const powerOnly = new Map<string, { device: DeviceRef; uuidLabel: string | undefined }>();
  for (const labels of powerLabels) {
    const device = read.devices.ofLabels(labels);
    if (!device || counted.has(device.id)) continue;
    const uuidLabel = device.uuid === undefined ? undefined : Object.keys(labels).find((key) => labels[key] === device.uuid);
    if (!powerOnly.get(device.id)?.uuidLabel) powerOnly.set(device.id, { device, uuidLabel });
  }
  if (powerOnly.size === 0) return;
  yield* readRawSamples({ ...read, metrics: [POWER], matchers: narrowed(read.matchers, [...powerOnly.values()]), only: new Set(powerOnly.keys()) }, tally);
}

/** The user's matchers plus one that names the GPUs by UUID, when all their series carry it under one label: the server sends only theirs. */
function narrowed(matchers: string, gpus: { device: DeviceRef; uuidLabel: string | undefined }[]): string {
  const labels = new Set(gpus.map((gpu) => gpu.uuidLabel));
  const uuids = gpus.map((gpu) => gpu.device.uuid);
  const [label] = labels;
  if (labels.size !== 1 || label === undefined || !uuids.every((uuid) => uuid !== undefined && /^[\w-]+$/.test(uuid))) return matchers;
  const byUuid = `${label}=~"${uuids.join('|')}"`;
  return matchers === '' ? `{${byUuid}}` : `${matchers.slice(0, -1)},${byUuid}}`;
}

function warnCounters(context: { base: string; log: Logger }, resets: number, silent: { gpus: number; ms: number; unbridgedMs: number }, stepMs: number): void {
  if (resets > 0) {
    context.log.warn(`${context.base}: the GPUs' energy counters went down ${resets} ${resets === 1 ? 'time' : 'times'} (a reset, e.g. a driver reload); after each, the new value counts as energy since zero`);
  }
  if (silent.gpus > 0) {
    const unbridged = silent.unbridgedMs > 0 ? `, except ${hours(silent.unbridgedMs)} where the counter also reset: that time is not counted and lowers coverage` : '';
    context.log.warn(
      `${context.base}: the DCGM exporter of ${silent.gpus} ${silent.gpus === 1 ? 'GPU' : 'GPUs'} was silent for ${hours(silent.ms)} in all (whole ${hours(stepMs)} steps without a sample); ` +
        `their energy counters kept counting, so that energy is counted${unbridged}`,
    );
  }
}

function hours(ms: number): string {
  return ms >= 3_600_000 ? `${(ms / 3_600_000).toFixed(1)} h` : `${Math.round(ms / 60_000)} min`;
}
