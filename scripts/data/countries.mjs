// Grid intensity per country (Ember, else Our World in Data) and the world average: life-cycle only.
// A country that Electricity Maps covers is priced at its zone (zones.mjs); these rows price the rest.
import { fail, pickSources, readRawJson, round, sortedObject, writeDataset } from './io.mjs';
import { EXTRA_COUNTRIES, ISO_3166 } from './iso3166.mjs';

export function buildCountries() {
  const emberFile = 'co2js_ember/average-intensities.json';
  const owidFile = 'codecarbon/private_infra__global_energy_mix.json';
  const ember = readRawJson(emberFile);
  const owid = readRawJson(owidFile);
  const byAlpha3 = new Map([...ISO_3166, ...EXTRA_COUNTRIES].map((country) => [country.alpha3, country]));

  const countries = {};
  const missing = [];
  for (const country of [...ISO_3166, ...EXTRA_COUNTRIES]) {
    const fromEmber = ember[country.alpha3];
    const fromOwid = owid[country.alpha3];
    if (fromEmber && fromEmber.country_code === country.alpha3) {
      countries[country.alpha2] = {
        gPerKWh: fromEmber.emissions_intensity_gco2_per_kwh,
        name: country.name,
        source: 'ember',
        year: fromEmber.year,
      };
    } else if (fromOwid && fromOwid.iso_code === country.alpha3 && Number.isFinite(fromOwid.carbon_intensity)) {
      countries[country.alpha2] = {
        gPerKWh: round(fromOwid.carbon_intensity, 3),
        name: country.name,
        source: 'owid',
        year: fromOwid.year,
      };
    } else {
      missing.push(country.alpha2);
    }
  }

  // Every national row of the sources must have found its ISO code; a miss means the table above is wrong.
  for (const [key, row] of Object.entries(ember)) {
    if (row.country_code && !byAlpha3.has(key)) fail(`${emberFile}: ${key} (${row.country_or_region}) has no ISO 3166 entry`);
  }
  for (const key of Object.keys(owid)) {
    if (!byAlpha3.has(key)) fail(`${owidFile}: ${key} has no ISO 3166 entry`);
  }

  const world = ember.World;
  if (!world || world.country_or_region !== 'World') fail(`${emberFile}: no World row`);
  for (const row of Object.values(countries)) {
    if (!(row.gPerKWh >= 0 && row.gPerKWh <= 2000)) fail(`implausible intensity ${JSON.stringify(row)}`);
  }

  const sources = pickSources(Object.values(countries).map((row) => row.source));
  writeDataset(
    'grid-countries.json',
    {
      description:
        'Annual average carbon intensity of electricity generation per country (ISO 3166-1 alpha-2), ' +
        'life-cycle gCO2e/kWh, latest year available per country; `missing` lists the ISO codes neither source covers; ' +
        '`alpha3` maps ISO 3166-1 alpha-3 codes (as CodeCarbon records them) to alpha-2. ' +
        'carbon-ci prices a country at its Electricity Maps zone (grid-zones.json) where there is one; these rows ' +
        'price the countries that Electricity Maps lacks, and the world average is the default location.',
      unit: 'gCO2e/kWh',
      scope: 'life-cycle',
      sources,
      world: { gPerKWh: world.emissions_intensity_gco2_per_kwh, name: 'World', source: 'ember', year: world.year },
      countries: sortedObject(Object.entries(countries)),
      missing: missing.sort(),
      alpha3: sortedObject([...ISO_3166, ...EXTRA_COUNTRIES].map((country) => [country.alpha3, country.alpha2])),
    },
    {
      inputs: [emberFile, owidFile],
      licence:
        'CC BY-SA 4.0 for this file (Ember data is CC BY 4.0; the co2.js copy it was taken from is labelled CC BY-SA 4.0, ' +
        'so the share-alike terms are kept); Our World in Data rows CC BY 4.0',
    },
  );
  return countries;
}
