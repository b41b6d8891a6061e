import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allDatasets, cloudRegions, DATASET_VERSION, gpuData, gridCountries, gridSubdivisions, gridZones, pueData } from './index.js';

// All 249 officially assigned ISO 3166-1 alpha-2 codes.
const ISO_3166_ALPHA2 = `
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP
KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS
MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS
RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW
TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW`
  .trim()
  .split(/\s+/);

// ISO codes that neither Ember (via co2.js) nor Our World in Data covers: uninhabited territories,
// micro-states and dependencies whose electricity is reported with a larger neighbour. Documented in
// docs/data-sources.md; resolveLocation answers them with an error that asks for --intensity.
const EXPECTED_MISSING = `AD AI AQ AX BL BQ BV CC CW CX FM GG GS HM IM IO JE LI MC MF MH MP NF NU PN PW SJ SM SX TF TK TV UM VA WF YT`.split(' ');

const US_STATES_AND_DC = `
AK AL AR AZ CA CO CT DC DE FL GA HI IA ID IL IN KS KY LA MA MD ME MI MN MO MS MT NC ND NE NH NJ NM NV NY OH OK OR
PA RI SC SD TN TX UT VA VT WA WI WV WY`
  .trim()
  .split(/\s+/)
  .map((code) => `US-${code}`);

const CA_PROVINCES = ['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'];

describe('embedded datasets', () => {
  it('share one dataset version and carry licence and attribution text', () => {
    expect(DATASET_VERSION).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
    for (const [file, dataset] of Object.entries(allDatasets)) {
      expect(dataset.datasetVersion, file).toBe(DATASET_VERSION);
      expect(dataset.licence.length, file).toBeGreaterThan(10);
      expect(dataset.attribution.length, file).toBeGreaterThan(10);
    }
  });

  it('has a figure for every ISO 3166-1 country except an explicit, documented list', () => {
    expect(ISO_3166_ALPHA2).toHaveLength(249);
    const covered = ISO_3166_ALPHA2.filter((code) => gridCountries.countries[code] !== undefined);
    const missing = ISO_3166_ALPHA2.filter((code) => gridCountries.countries[code] === undefined);
    expect(missing).toEqual(EXPECTED_MISSING);
    expect(gridCountries.missing).toEqual(EXPECTED_MISSING);
    expect(covered).toHaveLength(249 - EXPECTED_MISSING.length);
    // Only ISO codes, plus Kosovo (XK), which the sources list.
    const extra = Object.keys(gridCountries.countries).filter((code) => !ISO_3166_ALPHA2.includes(code));
    expect(extra).toEqual(['XK']);
  });

  it('gives every country row a plausible value, a known source and its year', () => {
    for (const [code, row] of Object.entries(gridCountries.countries)) {
      expect(row.gPerKWh, code).toBeGreaterThanOrEqual(0);
      expect(row.gPerKWh, code).toBeLessThanOrEqual(2000);
      expect(['ember', 'owid'], code).toContain(row.source);
      expect(gridCountries.sources[row.source], code).toBeDefined();
      expect(row.year, code).toBeGreaterThanOrEqual(2009);
      expect(row.year, code).toBeLessThanOrEqual(2024);
    }
  });

  // Literal figures read from the raw files in data/raw (see docs/data-sources.md).
  it.each([
    ['FR', 44.18, 2024, 'ember'],
    ['DE', 342.06, 2024, 'ember'],
    ['US', 383.55, 2024, 'ember'],
    ['IN', 708.96, 2024, 'ember'],
    ['AW', 550, 2022, 'ember'],
    ['TW', 635.15, 2024, 'ember'],
    ['XK', 958.72, 2024, 'ember'],
    ['BM', 650.794, 2022, 'owid'],
    ['EH', 666.667, 2009, 'owid'],
  ])('country %s is %f g/kWh (%i, %s)', (code, gPerKWh, year, source) => {
    expect(gridCountries.countries[code]).toMatchObject({ gPerKWh, year, source });
  });

  it('has the Ember world average, life-cycle like every row of the file', () => {
    expect(gridCountries.world).toMatchObject({ gPerKWh: 472.94, year: 2024, source: 'ember' });
    expect(gridCountries.scope).toBe('life-cycle');
  });

  it('has the 50 US states and DC, the Canadian provinces and the Australian states, each on a known zone', () => {
    const keys = Object.keys(gridSubdivisions.subdivisions);
    expect(keys.filter((key) => key.startsWith('US-')).sort()).toEqual([...US_STATES_AND_DC].sort());
    expect(keys.filter((key) => key.startsWith('CA-')).sort()).toEqual(CA_PROVINCES.map((code) => `CA-${code}`));
    expect(keys.filter((key) => key.startsWith('AU-')).sort()).toEqual(['AU-ACT', 'AU-NSW', 'AU-NT', 'AU-QLD', 'AU-SA', 'AU-TAS', 'AU-VIC', 'AU-WA']);
    expect(keys).toHaveLength(51 + 13 + 8);
    for (const [key, row] of Object.entries(gridSubdivisions.subdivisions)) {
      expect(key.startsWith(`${row.country}-`), key).toBe(true);
      expect(gridZones.zones[row.zone], `${key} -> ${row.zone}`).toBeDefined();
      for (const other of row.alsoServedBy ?? []) expect(gridZones.zones[other], `${key} also ${other}`).toBeDefined();
      expect(gridSubdivisions.sources[row.source]?.name, key).toBeTruthy();
    }
    // Provinces and Australian states are zones of their own; the ACT is in the NEM's NSW region.
    for (const code of CA_PROVINCES) expect(gridSubdivisions.subdivisions[`CA-${code}`]?.zone).toBe(`CA-${code}`);
    expect(gridSubdivisions.subdivisions['AU-ACT']?.zone).toBe('AU-NSW');
    expect(gridSubdivisions.subdivisions['US-DC']?.name).toBe('District of Columbia');
  });

  it('has the Electricity Maps 2024 zones, in both scopes, with their citation', () => {
    const zones = Object.entries(gridZones.zones);
    expect(zones).toHaveLength(351); // the file's 352 rows less GLOBAL, which is not a zone
    expect(gridZones.zones.GLOBAL).toBeUndefined();
    expect(gridZones.year).toBe(2024);
    for (const [id, row] of zones) {
      expect(row.year, id).toBe(2024);
      expect(row.source, id).toBe('electricitymaps-2024');
      expect(row.citation, id).toMatch(/^Electricity Maps \(2025\)\. .* 2024 Yearly Carbon Intensity Data \(Version January 27, 2025\)/);
      for (const value of [row.direct, row.lifeCycle]) {
        expect(value, id).toBeGreaterThanOrEqual(0);
        expect(value, id).toBeLessThanOrEqual(2000);
      }
    }
    // Published as is, though life-cycle should not be below direct: documented in docs/data-sources.md.
    expect(zones.filter(([, row]) => row.lifeCycle < row.direct).map(([id]) => id)).toEqual(['BO', 'GB-ORK', 'JP-SK', 'PR', 'RU-1']);
    // Electricity Maps' generic estimate (575 direct, 700 life-cycle) for zones it has no data for.
    expect(zones.filter(([, row]) => row.direct === 575 && row.lifeCycle === 700).map(([id]) => id)).toEqual(['BS', 'DJ', 'GM', 'GW', 'KM', 'LC', 'PM', 'SB']);
  });

  // Literal figures read from electricitymaps_2024_via_green_algorithms_data/CI-electricitymap-yearly_2024.csv.
  it.each([
    ['CA-QC', 5.48, 35.04],
    ['US-MIDA-PJM', 328.17, 400.21],
    ['US-CAR-SC', 578.74, 660.97],
    ['SE-SE3', 2.44, 20.42],
    ['FR', 18.4, 33.44],
    ['US', 332.84, 400.2],
  ])('zone %s is %f direct, %f life-cycle g/kWh', (zone, direct, lifeCycle) => {
    expect(gridZones.zones[zone]).toMatchObject({ direct, lifeCycle, year: 2024 });
  });

  it('maps each ISO country Electricity Maps covers to a zone: its own, or the one serving most of its load', () => {
    for (const [code, zone] of Object.entries(gridZones.countries)) {
      expect(gridZones.zones[zone], code).toBeDefined();
      if (!['CL', 'RU'].includes(code)) expect(zone, code).toBe(code);
    }
    expect(gridZones.countries).toMatchObject({ CL: 'CL-SEN', RU: 'RU-1', GB: 'GB', IN: 'IN' });
    expect(gridZones.countries.UA).toBeUndefined(); // not in the 2024 file: priced by Ember
  });

  it('ships the ODbL with the zone table and names it in the licence field', () => {
    expect(gridZones.licence).toContain('ODbL 1.0');
    expect(gridZones.licence).toContain('src/data/LICENSE-ODbL-1.0.txt');
    expect(gridZones.attribution).toContain('Electricity Maps (2025)');
    const licence = new URL('./LICENSE-ODbL-1.0.txt', import.meta.url);
    expect(existsSync(licence)).toBe(true);
    expect(readFileSync(licence, 'utf8')).toMatch(/^Open Database License \(ODbL\)/);
  });

  it('maps each cloud region to a known zone, and says when that zone is a whole country', () => {
    const providers = new Set(Object.values(cloudRegions.regions).map((row) => row.provider));
    expect([...providers].sort()).toEqual(['aws', 'azure', 'gcp']);
    const national = new Set(Object.values(gridZones.countries));
    for (const [key, row] of Object.entries(cloudRegions.regions)) {
      expect(key.startsWith(`${row.provider}:`), key).toBe(true);
      expect(gridZones.zones[row.zone], key).toBeDefined();
      expect(row.zoneLevel, key).toBe(national.has(row.zone) ? 'national' : 'sub-national');
      expect(cloudRegions.sources[row.source]?.url, key).toMatch(/^https:/);
      expect(row.site.length, key).toBeGreaterThan(1);
    }
    expect(Object.keys(cloudRegions.regions).filter((key) => key.startsWith('aws:'))).toHaveLength(36);
    expect(Object.keys(cloudRegions.regions).filter((key) => key.startsWith('gcp:'))).toHaveLength(44);
    expect(Object.keys(cloudRegions.regions).filter((key) => key.startsWith('azure:'))).toHaveLength(50);
    expect(cloudRegions.regions['aws:us-east-1']).toMatchObject({ zone: 'US-MIDA-PJM', zoneLevel: 'sub-national' });
    expect(cloudRegions.regions['gcp:europe-west4']).toMatchObject({ zone: 'NL', zoneLevel: 'national' });
    expect(cloudRegions.regions['aws:us-gov-west-1']).toMatchObject({ zone: 'US', zoneLevel: 'national' });
  });

  it('is what docs/data-sources.md lists: each region and US state with its zone', () => {
    const doc = readFileSync(new URL('../../docs/data-sources.md', import.meta.url), 'utf8');
    for (const [key, row] of Object.entries(cloudRegions.regions)) {
      const listed =
        row.zoneLevel === 'national' ? `\`${key}\` \`${row.zone}\`[,.]` : `^\\| \`${key}\` \\| [^|]+ \\| \`${row.zone}\` \\|`;
      expect(doc, key).toMatch(new RegExp(listed, 'm'));
    }
    for (const [key, row] of Object.entries(gridSubdivisions.subdivisions)) {
      if (key.startsWith('US-')) expect(doc, key).toMatch(new RegExp(`^\\| \`${key}\` [^|]+ \\| \`${row.zone}\``, 'm'));
    }
  });

  it('has the providers’ PUE with sources and the Uptime 2024 industry average', () => {
    expect(pueData.industryAverage).toMatchObject({ value: 1.56, year: 2024 });
    expect(pueData.providers.aws).toMatchObject({ value: 1.15, year: 2024 });
    expect(pueData.providers.gcp).toMatchObject({ value: 1.1, year: 2024 });
    expect(pueData.providers.azure).toMatchObject({ value: 1.17, year: 2025 });
    for (const row of [pueData.industryAverage, ...Object.values(pueData.providers)]) {
      expect(pueData.sources[row.source]?.name).toBeTruthy();
      // Every provider's figure says which year it is for, as the industry average does.
      expect(row.year, row.source).toBeGreaterThanOrEqual(2024);
    }
  });

  it('has board power, memory and a source for every GPU, and a default lifetime', () => {
    expect(gpuData.defaultLifetime).toMatchObject({ years: 4, seconds: 4 * 365.25 * 86400 });
    for (const gpu of gpuData.gpus) {
      expect(gpu.boardPowerW, gpu.model).toBeGreaterThan(0);
      expect(gpu.memoryGiB, gpu.model).toBeGreaterThan(0);
      expect(gpu.source.length, gpu.model).toBeGreaterThan(5);
      expect(gpu.names.length, gpu.model).toBeGreaterThan(0);
      expect(['nvidia', 'amd', 'google']).toContain(gpu.vendor);
      if (gpu.embodiedKgCo2e !== undefined) expect(gpu.embodiedDeviceSource, gpu.model).toBeTruthy();
      // The host's share has its own column: no source text carries the other's.
      if (gpu.embodiedHostKgCo2e !== undefined) expect(gpu.embodiedHostSource, gpu.model).toMatch(/^Luccioni et al\. 2022 \(BLOOM\), HPE Apollo 6500/);
      expect(gpu.embodiedDeviceSource ?? '', gpu.model).not.toContain("host's share");
      expect(gpu).not.toHaveProperty('embodiedSource');
    }
  });
});
