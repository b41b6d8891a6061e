import { gpuData, type GpuRow } from '../data/index.js';
import { closeMatches, type Candidate } from './suggest.js';
import type { GpuSpec } from './types.js';

/** Words that vendors and tools add or drop: "NVIDIA Tesla T4" and "Tesla T4" are the same board. */
const NOISE_WORDS = new Set(['nvidia', 'amd', 'tesla', 'geforce', 'instinct']);

function words(name: string): string[] {
  return name
    .toLowerCase()
    .trim()
    .replace(/^\d+\s*x\s+/, '') // "8 x NVIDIA GeForce RTX 3090" (CodeCarbon)
    .split(/[\s\-_/]+/)
    .filter((word) => word.length > 0 && !NOISE_WORDS.has(word));
}

/** "NVIDIA A100-SXM4-80GB" and "a100 sxm4 80gb" -> "a100sxm480gb". */
export function gpuNameKey(name: string): string {
  return words(name).join('');
}

/** The same words in any order: "A100 80GB PCIe" and "A100 PCIe 80GB". */
function wordSetKey(name: string): string {
  return [...words(name)].sort().join(' ');
}

interface GpuIndex {
  byKey: Map<string, GpuRow>;
  byWordSet: Map<string, GpuRow>;
}

let index: GpuIndex | undefined;

function gpuIndex(): GpuIndex {
  if (index) return index;
  const byKey = new Map<string, GpuRow>();
  const byWordSet = new Map<string, GpuRow>();
  for (const spec of gpuData.gpus) {
    for (const name of [spec.model, ...spec.names]) {
      addUnique(byKey, gpuNameKey(name), spec);
      addUnique(byWordSet, wordSetKey(name), spec);
    }
  }
  index = { byKey, byWordSet };
  return index;
}

function addUnique(map: Map<string, GpuRow>, key: string, spec: GpuRow): void {
  const existing = map.get(key);
  if (existing && existing !== spec) {
    throw new Error(`bug: GPU names "${existing.model}" and "${spec.model}" normalise to the same key "${key}"`);
  }
  map.set(key, spec);
}

/**
 * The GPU table entry for a model name as a tool printed it. Tolerant of case, vendor and family words
 * ("NVIDIA", "Tesla", "GeForce"), spaces, dashes and word order; never guesses: an unknown or ambiguous
 * name ("H100", "RTX 3050 Laptop GPU") gives undefined.
 */
export function lookupGpu(name: string): GpuSpec | undefined {
  const spec = lookupRow(name);
  return spec && { ...spec, names: [...spec.names] };
}

/** The table's own row for `name`, as lookupGpu finds it: not to be changed. */
function lookupRow(name: string): GpuRow | undefined {
  if (words(name).length === 0) return undefined;
  const { byKey, byWordSet } = gpuIndex();
  return byKey.get(gpuNameKey(name)) ?? byWordSet.get(wordSetKey(name));
}

/** A device's manufacturing footprint, kgCO2e: the device plus its host's share, and a published low/high. */
export interface GpuEmbodied {
  kgCo2e: number;
  source: string;
  /** `source` in its two parts, the table's two columns, so that a report names each once. */
  deviceSource: string;
  hostSource?: string;
  /** The device alone and its host server's share (the server without accelerators / its accelerators). */
  gpuKgCo2e?: number;
  hostKgCo2e?: number;
  range?: { lowKgCo2e: number; highKgCo2e: number; source: string };
}

/** The manufacturing footprint of a table model (by any of its names), or undefined when it has none. */
export function gpuEmbodied(name: string): GpuEmbodied | undefined {
  const spec = lookupRow(name);
  if (spec?.embodiedKgCo2e === undefined || spec.embodiedDeviceSource === undefined) return undefined;
  const deviceSource = spec.embodiedDeviceSource;
  const hostSource = spec.embodiedHostSource;
  const source = hostSource === undefined ? deviceSource : `${deviceSource}; plus the host's share: ${hostSource}`;
  const embodied: GpuEmbodied = { kgCo2e: spec.embodiedKgCo2e, source, deviceSource };
  if (hostSource !== undefined) embodied.hostSource = hostSource;
  if (spec.embodiedGpuKgCo2e !== undefined) embodied.gpuKgCo2e = spec.embodiedGpuKgCo2e;
  if (spec.embodiedHostKgCo2e !== undefined) embodied.hostKgCo2e = spec.embodiedHostKgCo2e;
  const { embodiedLowKgCo2e: low, embodiedHighKgCo2e: high, embodiedRangeSource: rangeSource } = spec;
  if (low !== undefined && high !== undefined && rangeSource !== undefined) {
    embodied.range = { lowKgCo2e: low, highKgCo2e: high, source: rangeSource };
  }
  return embodied;
}

/** Every model in the table, sorted by model name. */
export function listGpus(): GpuSpec[] {
  return gpuData.gpus.map((spec) => ({ ...spec, names: [...spec.names] }));
}

/** Up to five table models whose names are close to `name`, for an error message. */
export function suggestGpus(name: string): string[] {
  const candidates: Candidate[] = gpuData.gpus.map((spec) => ({
    key: spec.model,
    names: [spec.model, ...spec.names].map(gpuNameKey),
  }));
  return closeMatches(gpuNameKey(name), candidates);
}
