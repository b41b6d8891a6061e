// Devices priced where their source recorded that they ran (CodeCarbon writes its country, region, cloud
// region and PUE on every row), for the factors the user left to carbon-ci.
import { gridCountries, gridSubdivisions } from '../data/index.js';
import type { DataWarning } from '../energy/types.js';
import type { DeviceRef, DeviceSite } from '../sdk/records.js';
import { isInputError } from '../shared/errors.js';
import { defaultPue, PUE_RANGE, type FactorOptions } from './factors.js';
import { locate, priceLocation, type LocatedGrid } from './locations.js';
import type { Factors, PueFactor, SiteFactors } from './types.js';
import { intensityScopeOf } from './zones.js';

/**
 * Prices each device at its recorded site: its location unless the user named a location or an intensity,
 * its PUE unless the user named a PUE or a facility. A device without a usable site gets the report's
 * factors (undefined here). Warnings say which recorded sites could not be used, and which the user overrode.
 */
export class SitePricer {
  readonly warnings: DataWarning[] = [];
  private readonly cache = new Map<string, SiteFactors | undefined>();
  private readonly overridden = new Set<string>();

  constructor(
    private readonly options: FactorOptions,
    private readonly base: Factors,
  ) {}

  factorsOf(device: DeviceRef): SiteFactors | undefined {
    const site = device.site;
    if (!site) return undefined;
    const key = JSON.stringify([site.country, site.region, site.cloudRegion, site.pue, site.recordedBy]);
    if (!this.cache.has(key)) this.cache.set(key, this.price(site));
    return this.cache.get(key);
  }

  /** Warnings for the report, once every device has been priced. */
  finish(): DataWarning[] {
    if (this.overridden.size > 0) {
      this.warnings.push({
        code: 'recorded-site-overridden',
        message:
          `The telemetry records where it ran (${[...this.overridden].sort().join(', ')}), which differs from the location stated ` +
          `(${this.base.intensity.location}); the stated location prices it. Leave the location out to price each run where it was recorded.`,
      });
    }
    return this.warnings;
  }

  private price(site: DeviceSite): SiteFactors | undefined {
    const { options, base } = this;
    const statedLocation = options.location?.trim();
    const located = this.locateSite(site);
    if (located && statedLocation && located.location !== base.intensity.location) this.overridden.add(located.location);
    const where = statedLocation || options.intensityGPerKWh !== undefined ? undefined : located;
    const intensity = where ? this.intensityAt(where, site) : undefined;
    const pue = options.pue !== undefined || options.facility !== undefined ? undefined : this.recordedPue(site) ?? (intensity ? defaultPue(where) : undefined);
    if (!intensity && !pue) return undefined;
    return { pue: pue ?? base.pue, intensity: intensity ?? base.intensity, recordedBy: site.recordedBy };
  }

  private intensityAt(where: LocatedGrid, site: DeviceSite): Factors['intensity'] | undefined {
    try {
      return priceLocation(where, intensityScopeOf(this.options.intensityScope)).intensity;
    } catch (error) {
      if (!isInputError(error)) throw error;
      this.warnings.push({ code: 'recorded-site-unpriced', message: `${site.recordedBy} recorded ${where.location} as where it ran: ${error.message} It is priced at ${this.base.intensity.location} instead.` });
      return undefined;
    }
  }

  private recordedPue(site: DeviceSite): PueFactor | undefined {
    if (site.pue === undefined) return undefined;
    if (Number.isFinite(site.pue) && site.pue >= PUE_RANGE.min && site.pue <= PUE_RANGE.max) return { value: site.pue, source: `recorded by ${site.recordedBy}` };
    this.warnings.push({
      code: 'recorded-pue-invalid',
      message: `${site.recordedBy} recorded a PUE of ${String(site.pue)}, outside ${PUE_RANGE.min}..${PUE_RANGE.max}; carbon-ci's default PUE is used instead.`,
    });
    return undefined;
  }

  /** The recorded cloud region, else the country's subdivision, else the country; undefined (with a warning) when none is known. */
  private locateSite(site: DeviceSite): LocatedGrid | undefined {
    const cloud = site.cloudRegion?.trim();
    const country = countryCode(site.country);
    if (cloud) {
      const found = tryLocate(cloud).located;
      if (found) return found;
      const fallback = country ? ` (its country, ${country}, prices it instead where carbon-ci knows it)` : '';
      this.warnings.push({ code: 'recorded-site-unknown', message: `${site.recordedBy} recorded the cloud region ${JSON.stringify(cloud)}, which the embedded data does not list${fallback}.` });
    }
    let why: string | undefined;
    if (country) {
      const subdivision = subdivisionOf(country, site.region);
      const bySubdivision = subdivision ? tryLocate(subdivision).located : undefined;
      if (bySubdivision) return bySubdivision;
      const byCountry = tryLocate(country);
      if (byCountry.located) return byCountry.located;
      // A country the data names but cannot price says so; an unknown code is just unknown.
      if (byCountry.error && !byCountry.error.startsWith('Unknown location')) why = byCountry.error;
    }
    const recorded = [site.country, site.region].map((part) => part?.trim()).filter(Boolean);
    if (recorded.length > 0) {
      this.warnings.push({
        code: 'recorded-site-unknown',
        message:
          `${site.recordedBy} recorded the location ${recorded.map((part) => JSON.stringify(part)).join(' / ')}, ` +
          `${why ? `but ${why.charAt(0).toLowerCase()}${why.slice(1).replace(/\.$/, '')}` : 'which the embedded data does not know'}; those runs are priced at ${this.base.intensity.location}. State the location to price them.`,
      });
    }
    return undefined;
  }
}

/** The location, or the reason the embedded data cannot price it. */
function tryLocate(location: string): { located?: LocatedGrid; error?: string } {
  try {
    return { located: locate(location) };
  } catch (error) {
    if (isInputError(error)) return { error: error.message };
    throw error;
  }
}

/** An alpha-2 code from an alpha-2 or alpha-3 one. */
function countryCode(recorded: string | undefined): string | undefined {
  const code = recorded?.trim().toUpperCase();
  if (!code) return undefined;
  if (code.length === 3) return gridCountries.alpha3[code];
  return code.length === 2 ? code : undefined;
}

/** The subdivision a region names, by code ("US-CA", "CA") or name ("california", "Québec"), within the country. */
function subdivisionOf(country: string, region: string | undefined): string | undefined {
  const wanted = region && comparable(region);
  if (!wanted) return undefined;
  for (const [code, row] of Object.entries(gridSubdivisions.subdivisions)) {
    if (row.country !== country) continue;
    if (comparable(code) === wanted || comparable(code.slice(country.length + 1)) === wanted || comparable(row.name) === wanted) return code;
  }
  return undefined;
}

function comparable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
