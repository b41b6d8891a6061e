import { prng } from '../../../scripts/make-example.mjs';
import type { DeviceRef, TelemetryRecord } from '../../sdk/records.js';

/** A small seeded PRNG (mulberry32): the same seed gives the same streams on every machine. */
export const rng = prng;

export interface GeneratedFile {
  file: string;
  records: TelemetryRecord[];
}

export interface Generated {
  files: GeneratedFile[];
  options: { maxGapS?: number | 'auto'; boardPowerW?: (model: string | undefined) => number | undefined };
}

const T0 = Date.UTC(2024, 5, 1, 12);

/**
 * Random telemetry with every kind of trouble: several devices and files (rotated or overlapping),
 * all four record kinds, gaps, resets, duplicates, backwards times, negative, absurd and NaN values.
 * Each file interleaves its devices at random, keeping each device's own order.
 */
export function generate(seed: number, size = 1): Generated {
  const r = rng(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(r() * items.length)]!;
  const chance = (p: number) => r() < p;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

  const deviceCount = int(1, 4);
  const devices: DeviceRef[] = Array.from({ length: deviceCount }, (_, i) => ({
    id: `GPU-${seed}-${i}`,
    model: pick(['A100', 'H100', 'T4', 'Mystery']),
    index: i,
  }));
  const fileCount = int(1, 4);
  const fileNames = Array.from({ length: fileCount }, (_, i) => `run-${seed}/part-${i}.log`);
  const perFile = new Map<string, TelemetryRecord[][]>(fileNames.map((f) => [f, []]));

  for (const device of devices) {
    const kinds = (['power', 'energy-counter', 'energy', 'usage'] as const).filter((k, i) => (i === 0 ? chance(0.85) : chance(0.3)));
    if (kinds.length === 0) kinds.push('power');
    for (const kind of kinds) {
      const layout = fileCount === 1 ? 'single' : pick(['rotated', 'overlapping', 'mixed']);
      let cursorS = int(0, 100);
      for (const [k, file] of fileNames.entries()) {
        if (layout === 'single' && k > 0) break;
        if (layout !== 'single' && k > 0 && chance(0.25)) continue;
        const startS = layout === 'overlapping' || (layout === 'mixed' && chance(0.5)) ? int(0, 100) : cursorS;
        const ref = chance(0.5) ? device : { ...device };
        const { records, endS } = sequence(kind, ref, file, startS, size);
        cursorS = endS + pick([0.5, 1, 3, 20, 200]);
        perFile.get(file)!.push(records);
      }
    }
  }

  const files = fileNames.map((file) => ({ file, records: interleave(perFile.get(file)!, r) })).filter((f) => f.records.length > 0);
  const options: Generated['options'] = {};
  if (chance(0.3)) options.maxGapS = pick([5, 20, 60]);
  if (chance(0.5)) options.boardPowerW = (model) => ({ A100: 400, H100: 700, T4: 70 })[model ?? ''] as number | undefined;
  return { files, options };

  function sequence(kind: TelemetryRecord['type'], device: DeviceRef, file: string, startS: number, scale: number) {
    const records: TelemetryRecord[] = [];
    const stepS = pick([0.1, 1, 1, 2, 10, 30]);
    const count = int(0, 300 * scale);
    let t = startS;
    let counterJ = r() * 1e6;
    let line = 1;
    const at = (s: number) => T0 + Math.round(s * 1000);
    const origin = () => ({ file, line: ++line });
    const watts = () => (chance(0.02) ? pick([-10, 1e5, Number.NaN, Infinity]) : 50 + r() * 350);
    for (let i = 0; i < count; i++) {
      t += stepS * (chance(0.03) ? pick([5, 50, 500]) : 0.5 + r());
      let time = at(t);
      if (chance(0.02) && records.length > 0) time = at(t - pick([stepS, 3 * stepS]));
      if (chance(0.02) && records.length > 0) time = lastTime(records);
      if (kind === 'power') {
        const record: TelemetryRecord = { type: 'power', timeMs: time, device, powerW: watts(), origin: origin() };
        if (chance(0.5)) record.utilization = chance(0.02) ? 1.5 : r();
        records.push(record);
      } else if (kind === 'energy-counter') {
        counterJ += stepS * (50 + r() * 350);
        if (chance(0.02)) counterJ = chance(0.7) ? r() * 1000 : 1e9;
        records.push({ type: 'energy-counter', timeMs: time, device, counterJ: chance(0.01) ? Number.NaN : counterJ, origin: origin() });
      } else {
        const durationS = stepS * pick([0.5, 1, 1, 2]);
        const end = time + Math.round(durationS * 1000);
        if (kind === 'energy') {
          const joules = chance(0.02) ? pick([-5, 1e9, Number.NaN]) : durationS * (50 + r() * 350);
          records.push({ type: 'energy', startMs: time, endMs: chance(0.01) ? time - 1000 : end, device, energyJ: joules, origin: origin() });
        } else {
          const record: TelemetryRecord = { type: 'usage', startMs: time, endMs: end, device, origin: origin() };
          if (chance(0.6)) record.powerW = chance(0.03) ? -1 : 100 + r() * 300;
          if (chance(0.5)) record.utilization = chance(0.03) ? 2 : r();
          records.push(record);
        }
      }
    }
    return { records, endS: t };
  }
}

function lastTime(records: TelemetryRecord[]): number {
  const last = records[records.length - 1]!;
  return 'timeMs' in last ? last.timeMs : last.startMs;
}

/** Merges sequences at random, each keeping its own order. */
function interleave(sequences: TelemetryRecord[][], r: () => number): TelemetryRecord[] {
  const out: TelemetryRecord[] = [];
  const positions = sequences.map(() => 0);
  let left = sequences.reduce((s, q) => s + q.length, 0);
  while (left > 0) {
    const k = Math.floor(r() * sequences.length);
    if (positions[k]! < sequences[k]!.length) {
      out.push(sequences[k]![positions[k]!]!);
      positions[k]! += 1;
      left -= 1;
    }
  }
  return out;
}
