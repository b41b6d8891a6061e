// A Hugging Face model card's `co2_eq_emissions` (https://huggingface.co/docs/hub/model-cards-co2), written
// from a report into the card's YAML front matter; every other key, comment and the body stay as they were.
import { readFile } from 'node:fs/promises';
import { Document, isMap, parseDocument } from 'yaml';
import type { Report } from '../report/types.js';
import { writeFileAtomic } from '../shared/atomic-write.js';
import { InputError } from '../shared/errors.js';

/** What the Hub's `co2_eq_emissions` records; `emissions` is in grams of CO2e, as the Hub documents it. */
export interface Co2EqEmissions {
  emissions: number;
  source: string;
  training_type?: 'pre-training' | 'fine-tuning';
  geographical_location?: string;
  hardware_used?: string;
}

export const TRAINING_TYPES = ['pre-training', 'fine-tuning'] as const;

/** The card's entry for a report: the total CO2e (operational and embodied), and how it was obtained. */
export function co2EqEmissionsOf(report: Report, trainingType?: Co2EqEmissions['training_type']): Co2EqEmissions {
  const entry: Co2EqEmissions = {
    emissions: Number(report.totals.co2eG.toPrecision(6)),
    source:
      `carbon-ci ${report.tool.version} (${report.inputs.mode === 'estimate' ? 'estimated from the configuration' : 'measured from telemetry'}, ` +
      `dataset ${report.tool.datasetVersion}; operational and embodied CO2e; grid intensity: ${gridSourcesOf(report)})`,
  };
  if (trainingType) entry.training_type = trainingType;
  // Runs priced at several recorded sites have no one location to name.
  const places = new Set(report.devices.map((device) => device.factors?.intensity.location ?? report.inputs.location));
  if (report.inputs.location && report.inputs.location !== 'unspecified' && places.size <= 1) entry.geographical_location = report.inputs.location;
  const hardware = hardwareOf(report);
  if (hardware) entry.hardware_used = hardware;
  return entry;
}

/** The grid factor's source, year and scope, once per distinct figure source (runs priced at several recorded sites may have several). */
function gridSourcesOf(report: Report): string {
  const factors: Report['factors']['intensity'][] = report.devices.length > 0 ? report.devices.map((device) => device.factors?.intensity ?? report.factors.intensity) : [report.factors.intensity];
  const described = factors.map((factor) => [factor.source, factor.year, factor.scope].filter((part) => part !== undefined).join(', '));
  return [...new Set(described)].join('; ');
}

/** "8 x NVIDIA A100-SXM4-80GB, 1 x AMD EPYC 7763": the accelerators and host parts, by model. */
function hardwareOf(report: Report): string | undefined {
  const counts = new Map<string, number>();
  for (const device of report.devices) {
    if (device.model === 'unknown') continue;
    counts.set(device.model, (counts.get(device.model) ?? 0) + (device.count ?? 1));
  }
  return counts.size === 0 ? undefined : [...counts].map(([model, count]) => `${count} x ${model}`).join(', ');
}

/**
 * The card's text with `co2_eq_emissions` set: in the existing front matter (kept as written otherwise), or
 * in a new one before the body. A front matter that is not a YAML mapping is refused rather than replaced.
 */
export function withCo2EqEmissions(card: string, entry: Co2EqEmissions, path: string): string {
  const match = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(card);
  if (!match) return `---\n${stringify(entry)}---\n\n${card}`;
  const document = parseDocument(match[1] ?? '');
  if (document.errors.length > 0 || !(isMap(document.contents) || document.contents === null)) {
    throw new InputError('the model card’s front matter is not a YAML mapping', {
      file: path,
      line: document.errors[0]?.linePos?.[0]?.line !== undefined ? document.errors[0].linePos[0].line + 1 : 2,
      hint: 'repair the YAML between the two --- lines, or remove it and let carbon-ci write a new one',
    });
  }
  document.set('co2_eq_emissions', document.createNode(entry));
  return `---\n${document.toString()}---\n${card.slice(match[0].length)}`;
}

function stringify(entry: Co2EqEmissions): string {
  return new Document({ co2_eq_emissions: entry }).toString();
}

/** Write or update the card at `path` (a README.md), atomically. */
export async function updateModelCard(path: string, report: Report, trainingType?: Co2EqEmissions['training_type']): Promise<void> {
  let card = '';
  try {
    card = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new InputError(`cannot read the model card (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { file: path, hint: 'give the path of the model’s README.md' });
    }
  }
  await writeFileAtomic(path, withCo2EqEmissions(card, co2EqEmissionsOf(report, trainingType), path));
}
