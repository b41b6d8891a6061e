// Grid intensity of a zone or a country in one scope: Electricity Maps' 2024 zones (direct and life-cycle),
// else Ember's life-cycle country figures for the countries Electricity Maps lacks, else the world average.
import { gridCountries, gridZones, type GridRow } from '../data/index.js';
import { InputError } from '../shared/errors.js';
import { datasetSource } from './dataset-source.js';
import type { IntensityFactor, IntensityScope } from './types.js';

export const INTENSITY_SCOPES: readonly IntensityScope[] = ['life-cycle', 'direct'];

/** Life-cycle CO2e: the one scope both sources have (Ember's country series is life-cycle only). */
export const DEFAULT_INTENSITY_SCOPE: IntensityScope = 'life-cycle';

const SCOPE_HINT = 'use life-cycle (the default: combustion, fuel supply and plant construction) or direct (combustion only)';

/** The scope asked for, checked: option values come from users (a CLI flag, an Action input). */
export function intensityScopeOf(value: string | undefined): IntensityScope {
  if (value === undefined) return DEFAULT_INTENSITY_SCOPE;
  const scope = value.trim().toLowerCase();
  if ((INTENSITY_SCOPES as readonly string[]).includes(scope)) return scope as IntensityScope;
  throw new InputError(`Unknown grid-intensity scope "${value}".`, { hint: SCOPE_HINT });
}

/** The zone id as the data spells it (upper case), or undefined when there is no such zone. */
export function findZone(id: string): string | undefined {
  const upper = id.trim().toUpperCase();
  return gridZones.zones[upper] ? upper : undefined;
}

/** The figure of an Electricity Maps zone for `location`, in `scope`. */
export function zoneFactor(location: string, zone: string, scope: IntensityScope): IntensityFactor {
  const row = gridZones.zones[zone];
  if (!row) throw new Error(`bug: the embedded data names an unknown zone "${zone}"`);
  const gPerKWh = scope === 'direct' ? row.direct : row.lifeCycle;
  return { gPerKWh, location, zone, scope, ...datasetSource(gridZones.sources, row.source, row.year) };
}

/** Ember's (or Our World in Data's) life-cycle figure; these series have no direct figure to offer. */
export function lifeCycleOnlyFactor(location: string, row: GridRow, scope: IntensityScope, what: string): IntensityFactor {
  if (scope === 'direct') {
    throw new InputError(`The embedded data has no direct (combustion-only) grid intensity for ${what}: only a life-cycle figure.`, {
      hint:
        location === 'WORLD'
          ? 'name the location with --location, use the life-cycle scope, or give the intensity with --intensity G_PER_KWH'
          : 'use the life-cycle scope, or give the intensity with --intensity G_PER_KWH',
    });
  }
  return { gPerKWh: row.gPerKWh, location, scope, ...datasetSource(gridCountries.sources, row.source, row.year) };
}

/** The world average (Ember, life-cycle), used when no location is given. */
export function worldIntensity(scope: IntensityScope = DEFAULT_INTENSITY_SCOPE): IntensityFactor {
  return lifeCycleOnlyFactor('WORLD', gridCountries.world, scope, 'the world average');
}
