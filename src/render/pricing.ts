// Which PUE and grid intensity priced which devices: the report's own factors, or the sites that sources
// (CodeCarbon) recorded. Plain text; each rendering escapes it its own way.
import { listSome } from '../energy/format.js';
import { annualHere } from '../footprint/alternatives.js';
import type { Factors } from '../footprint/types.js';
import type { Alternative, Report } from '../report/types.js';
import { formatChangePercent, formatCo2e, formatFactorSource, formatSignificant } from './format.js';

/** Devices priced alike: the factors, who recorded the site (absent: the report's factors), and how many devices. */
export interface PricingGroup extends Factors {
  recordedBy?: string;
  devices: number;
}

/** One group per distinct set of factors, the most devices first; one group (the report's factors) when no device has its own. */
export function pricingGroups(report: Report): PricingGroup[] {
  const groups = new Map<string, PricingGroup>();
  for (const device of report.devices) {
    const own = device.factors;
    const factors: Factors = own ?? report.factors;
    const key = JSON.stringify([factors.pue.value, factors.pue.source, factors.intensity.gPerKWh, factors.intensity.location, own?.recordedBy]);
    const group = groups.get(key);
    if (group) group.devices += 1;
    else groups.set(key, { pue: factors.pue, intensity: factors.intensity, ...(own ? { recordedBy: own.recordedBy } : {}), devices: 1 });
  }
  if (groups.size === 0) return [{ pue: report.factors.pue, intensity: report.factors.intensity, devices: 0 }];
  return [...groups.values()].sort((a, b) => b.devices - a.devices);
}

/** "1.00", or "1.00 to 1.50 (per device)" when the devices were priced at several PUEs (`groups`: the report's pricingGroups). */
export function pueLabel(groups: PricingGroup[]): string {
  const values = [...new Set(groups.map((group) => group.pue.value))].sort((a, b) => a - b);
  if (values.length === 1) return formatSignificant(values[0]!);
  return `${formatSignificant(values[0]!)} to ${formatSignificant(values[values.length - 1]!)} (per device)`;
}

/** "FR (grid FR)" style: the location and, when it differs, the zone that priced it. */
export function whereLabel(intensity: Factors['intensity']): string {
  const { zone, location } = intensity;
  return zone && zone !== location && location !== `zone:${zone}` ? `${location} (grid ${zone})` : location;
}

/** "; hourly: 48 of 48 hours from the provider, the rest at the annual 381 g" for an hourly-priced factor. */
export function hourlyLabel(intensity: Factors['intensity']): string {
  const h = intensity.hourly;
  if (!h) return '';
  // The annual figure has its own source and year; its scope is shown only where it is not the factor's own.
  const annualSource = h.annualSource ? ` (${figureLabel({ source: h.annualSource, year: h.annualYear, scope: h.annualScope === intensity.scope ? undefined : h.annualScope })})` : '';
  return `; hourly: ${h.hoursFromProvider} of ${h.hours} hours from ${h.provider}${h.hoursFromProvider < h.hours ? `, the others at the annual ${formatSignificant(h.annualGPerKWh)} g/kWh${annualSource}` : ''}`;
}

/** ", where CodeCarbon recorded the run" for a group priced at a recorded site. */
export function recordedLabel(group: PricingGroup): string {
  return group.recordedBy ? `, where ${group.recordedBy} recorded the run` : '';
}

/**
 * The sources' own CO2e beside carbon-ci's, e.g. "CodeCarbon's own figure: 34.4 mg CO2e for the 3 devices it read;
 * carbon-ci's operational CO2e for them: 13.5 mg (-61 %)", or undefined when no source gave one.
 */
export function sourceReportedLine(report: Report): string | undefined {
  const reported = report.sourceReported;
  if (!reported) return undefined;
  const who = reported.plugins.map(pluginName).join(', ');
  const change = reported.co2eG > 0 ? ` (${formatChangePercent(((reported.operationalCo2eG - reported.co2eG) / reported.co2eG) * 100)})` : '';
  return (
    `${who}'s own figure: ${formatCo2e(reported.co2eG)} CO2e for the ${reported.devices} device${reported.devices === 1 ? '' : 's'} it read; ` +
    `carbon-ci's operational CO2e for them: ${formatCo2e(reported.operationalCo2eG)}${change}. ` +
    "They differ where the grid figure, its year or scope, or the PUE differ; carbon-ci's totals do not use the source's figure."
  );
}

const PLUGIN_NAMES: Record<string, string> = { codecarbon: 'CodeCarbon', slurm: 'Slurm', carbontracker: 'carbontracker' };

function pluginName(plugin: string): string {
  return PLUGIN_NAMES[plugin] ?? plugin;
}

/** "SCI: 7.89 µg CO2e per unit of tokens (2,000,000,000 tokens; operational + embodied, ISO/IEC 21031)". */
export function sciLine(report: Report): string | undefined {
  const sci = report.sci;
  if (!sci) return undefined;
  return `SCI: ${formatCo2e(sci.gPerUnit)} CO2e per unit of ${sci.unit} (${formatSignificant(sci.count)} ${sci.unit}; operational + embodied, ISO/IEC 21031)`;
}

/** "Cleaner grids: in aws:eu-north-1 the same job would have emitted 1.81 kg CO2e (-88.6 %); ...". */
export function alternativesLine(report: Report): string | undefined {
  const list = report.alternatives ?? [];
  if (list.length === 0) return undefined;
  const place = (a: Alternative) => (a.startHour ? `${a.location} starting at ${a.startHour.slice(11, 16)} UTC` : `${a.location}${regionsLabel(a.cloudRegions)}`);
  const [first, ...rest] = list;
  const more = rest.map((a) => `${place(a)} ${formatCo2e(a.co2eG)} (${formatChangePercent(-a.savingPercent)})`);
  return (
    `Cleaner grids: ${first!.startHour ? '' : 'in '}${place(first!)} the same job would have emitted ${formatCo2e(first!.co2eG)} CO2e (${formatChangePercent(-first!.savingPercent)})` +
    `${more.length > 0 ? `; ${more.join('; ')}` : ''} (${alternativesBasis(report, list)}; same energy, PUE and embodied share)`
  );
}

/** " (aws:us-west-2, gcp:us-west1)": the cloud regions on a zone, the first three and how many more. */
function regionsLabel(regions: string[] | undefined): string {
  return regions && regions.length > 0 ? ` (${listSome(regions, 3)})` : '';
}

/**
 * What each kind of alternative is priced at and compared with. With hourly figures, another place's annual
 * figure is compared with this location's annual figure, not with the job's hours (annualHere, as cleanerAlternatives did).
 */
function alternativesBasis(report: Report, list: Alternative[]): string {
  const startHours = list.filter((a) => a.startHour);
  const places = list.filter((a) => !a.startHour);
  const hourly = report.factors.intensity.hourly;
  const parts: string[] = [];
  if (startHours.length > 0) parts.push(`the start hour from this location's hourly figures${sourcesOf(startHours, ' (', ')')}`);
  if (places.length > 0 && hourly) {
    const annual = annualHere(report.factors.intensity, report.totals);
    parts.push(`other places at annual averages${sourcesOf(places, ' from ', '')}, the change against this job at this location's annual ${formatSignificant(annual.gPerKWh)} g/kWh (${formatCo2e(annual.co2eG)}), not at its hourly figures`);
  } else if (places.length > 0) parts.push(`${startHours.length > 0 ? 'other places at annual averages' : 'annual averages'}${sourcesOf(places, ' from ', '')}`);
  return parts.join('; ');
}

/** " from Electricity Maps, 2024 yearly carbon intensity (ODbL 1.0), life-cycle": each distinct source once; '' for old reports without one. */
function sourcesOf(list: Alternative[], before: string, after: string): string {
  const labels = [...new Set(list.flatMap((a) => (a.source ? [figureLabel({ source: a.source, year: a.year, scope: a.scope })] : [])))];
  return labels.length > 0 ? `${before}${labels.join(' and ')}${after}` : '';
}

/** A figure's source, its year where the name lacks it, and its scope when given. */
function figureLabel(figure: { source: string; year?: number | undefined; scope?: string | undefined }): string {
  const source = formatFactorSource(figure.year === undefined ? { source: figure.source } : { source: figure.source, year: figure.year });
  return figure.scope ? `${source}, ${SCOPE_NAME[figure.scope] ?? figure.scope}` : source;
}

const SCOPE_NAME: Record<string, string> = { 'life-cycle': 'life-cycle', direct: 'direct (combustion only)', 'user-stated': 'scope as the user stated it' };

/** "life-cycle", "direct (combustion only)" or "scope as the user stated it"; '' for an old report without a scope. */
export function scopeLabel(intensity: Factors['intensity']): string {
  return intensity.scope ? (SCOPE_NAME[intensity.scope] ?? 'scope as stated') : '';
}
