import { DATASET_VERSION, type DataSource } from '../data/index.js';
import type { FactorSource } from './types.js';

/** The provenance of a figure taken from the embedded data, as a report shows it. */
export function datasetSource(sources: Record<string, DataSource>, key: string, year: number | undefined): FactorSource {
  const source = sources[key];
  if (!source) throw new Error(`bug: the embedded data names an unknown source "${key}"`);
  const factor: FactorSource = { source: source.name, datasetVersion: DATASET_VERSION };
  if (year !== undefined) factor.year = year;
  if (source.url !== undefined) factor.url = source.url;
  return factor;
}
