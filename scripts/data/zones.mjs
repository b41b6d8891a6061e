// Grid zones: Electricity Maps' 2024 yearly figures, direct and life-cycle, for every zone it publishes
// (countries and sub-national grids such as CA-QC or US-MIDA-PJM). ODbL 1.0: the generated file is a
// Derivative Database and carries the licence and attribution the ODbL asks for.
import { fail, parseCsv, pickSources, readRaw, sortedObject, writeDataset } from './io.mjs';
import { EXTRA_COUNTRIES, ISO_3166 } from './iso3166.mjs';

export const ZONES_FILE = 'electricitymaps_2024_via_green_algorithms_data/CI-electricitymap-yearly_2024.csv';
const YEAR = 2024;

const HEADER = [
  'Datetime (UTC)',
  'Country',
  'Zone name',
  'Zone id',
  'Carbon intensity gCO₂eq/kWh (direct)',
  'Carbon intensity gCO₂eq/kWh (Life cycle)',
  'Carbon-free energy percentage (CFE%)',
  'Renewable energy percentage (RE%)',
  'Data source',
  'Citation',
];

// The file's GLOBAL row is not a zone: it is dated 2023 and gives 480 g for both scopes (a rounded
// Ember figure, per its Data source column), so the world average stays Ember's (grid-countries.json).
const NOT_ZONES = new Set(['GLOBAL']);

// ISO countries that Electricity Maps splits without publishing a national zone: the zone that serves
// most of the country's load. Chile: the Sistema Eléctrico Nacional is the national grid (the Aysén and
// Magallanes systems are small, isolated ones). Russia: the Europe-Ural price zone, about three quarters
// of Russian consumption (the Siberia and Far East zones are the rest).
const COUNTRY_ZONE_OVERRIDES = { CL: 'CL-SEN', RU: 'RU-1' };

function number(text, where) {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > 2000) fail(`${ZONES_FILE}: ${where}: implausible intensity "${text}"`);
  return value;
}

/** Reads the Electricity Maps table and writes grid-zones.json; returns the zones and the country -> zone map. */
export function buildZones() {
  const [header, ...rows] = parseCsv(readRaw(ZONES_FILE));
  if (JSON.stringify(header) !== JSON.stringify(HEADER)) fail(`${ZONES_FILE}: unexpected header ${JSON.stringify(header)}`);

  const zones = {};
  for (const cells of rows) {
    if (cells.length !== HEADER.length) fail(`${ZONES_FILE}: a row has ${cells.length} fields: ${cells.join(',')}`);
    const [datetime, country, name, id, direct, lifeCycle, , , upstream, citation] = cells;
    if (NOT_ZONES.has(id)) continue;
    if (!/^[A-Z]{2}(-[A-Z0-9]+)*$/.test(id)) fail(`${ZONES_FILE}: bad zone id ${id}`);
    if (zones[id]) fail(`${ZONES_FILE}: zone ${id} appears twice`);
    if (!datetime.startsWith(`${YEAR}-01-01`)) fail(`${ZONES_FILE}: ${id} is for ${datetime}, not ${YEAR}`);
    if (!citation.startsWith('Electricity Maps (2025). ') || !citation.includes(`${YEAR} Yearly Carbon Intensity Data`)) {
      fail(`${ZONES_FILE}: ${id} has an unexpected citation "${citation}"`);
    }
    zones[id] = {
      citation,
      country,
      direct: number(direct, id),
      lifeCycle: number(lifeCycle, id),
      name,
      source: 'electricitymaps-2024',
      upstream: upstream.trim() === '' ? undefined : upstream.trim(),
      year: YEAR,
    };
  }

  const countryZones = {};
  for (const { alpha2 } of [...ISO_3166, ...EXTRA_COUNTRIES]) {
    const zone = zones[alpha2] ? alpha2 : COUNTRY_ZONE_OVERRIDES[alpha2];
    if (zone === undefined) continue;
    if (!zones[zone]) fail(`country ${alpha2}: zone ${zone} is not in ${ZONES_FILE}`);
    countryZones[alpha2] = zone;
  }
  // Every zone without a dash is a country's: each must be an ISO code, or the table above is stale.
  for (const id of Object.keys(zones)) {
    if (!id.includes('-') && countryZones[id] !== id) fail(`${ZONES_FILE}: national zone ${id} has no ISO 3166 entry`);
  }

  writeDataset(
    'grid-zones.json',
    {
      description:
        'Annual average carbon intensity of the electricity consumed in each Electricity Maps zone in 2024, in two ' +
        'scopes: `lifeCycle` (life-cycle CO2e: combustion, upstream fuel supply, plant construction; carbon-ci\'s ' +
        'default) and `direct` (combustion only). `countries` maps each ISO 3166-1 code that Electricity Maps ' +
        'covers to the zone that prices it. `upstream` is the data source Electricity Maps names for the zone.',
      unit: 'gCO2e/kWh',
      year: YEAR,
      scopes: {
        direct: 'direct: CO2e emitted where the electricity is generated (combustion)',
        'life-cycle': 'life-cycle: direct emissions plus upstream fuel supply and the construction of plants, CO2e',
      },
      sources: pickSources(['electricitymaps-2024']),
      zones: sortedObject(Object.entries(zones)),
      countries: sortedObject(Object.entries(countryZones)),
    },
    {
      inputs: [ZONES_FILE],
      licence:
        'ODbL 1.0: this file is a Derivative Database of Electricity Maps data and is made available under the Open ' +
        'Database License 1.0 (full text: src/data/LICENSE-ODbL-1.0.txt, https://opendatacommons.org/licenses/odbl/1-0/)',
    },
  );
  return { zones, countryZones };
}
