import { gpuData } from '../data/index.js';
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
  byKey: Map<string, GpuSpec>;
  byWordSet: Map<string, GpuSpec>;
}

let index: GpuIndex | undefined;

function gpuIndex(): GpuIndex {
  if (index) return index;
  const byKey = new Map<string, GpuSpec>();
  const byWordSet = new Map<string, GpuSpec>();
  for (const spec of gpuData.gpus) {
    for (const name of [spec.model, ...spec.names]) {
      addUnique(byKey, gpuNameKey(name), spec);
      addUnique(byWordSet, wordSetKey(name), spec);
    }
  }
  index = { byKey, byWordSet };
  return index;
}

function addUnique(map: Map<string, GpuSpec>, key: string, spec: GpuSpec): void {
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
  if (words(name).length === 0) return undefined;
  const { byKey, byWordSet } = gpuIndex();
  const spec = byKey.get(gpuNameKey(name)) ?? byWordSet.get(wordSetKey(name));
  return spec && { ...spec, names: [...spec.names] };
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
