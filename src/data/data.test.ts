import { describe, expect, it } from 'vitest';
import { allDatasets, cloudRegions, DATASET_VERSION, gpuData, gridCountries, gridUsStates, pueData } from './index.js';

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

  // Literal figures read from the raw files in ../shared/data (see docs/data-sources.md).
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

  it('has the Ember world average', () => {
    expect(gridCountries.world).toMatchObject({ gPerKWh: 472.94, year: 2024, source: 'ember' });
  });

  it('has the 50 US states and DC, converted from lb/MWh with 0.45359237 exactly', () => {
    expect(Object.keys(gridUsStates.states).sort()).toEqual([...US_STATES_AND_DC].sort());
    expect(gridUsStates.conversion.factor).toBe(0.45359237);
    for (const [key, row] of Object.entries(gridUsStates.states)) {
      expect(row.gPerKWh, key).toBeCloseTo(row.lbPerMWh * 0.45359237, 4);
      expect(row).toMatchObject({ source: 'egrid2016', year: 2016 });
    }
    expect(gridUsStates.states['US-VA']).toMatchObject({ lbPerMWh: 813.802, gPerKWh: 369.1344 });
    expect(gridUsStates.states['US-OR']).toMatchObject({ lbPerMWh: 305.891, gPerKWh: 138.7498 });
    expect(gridUsStates.states['US-DC']?.name).toBe('District of Columbia');
  });

  it('maps each cloud region to a grid and carries that grid figure unchanged', () => {
    const providers = new Set(Object.values(cloudRegions.regions).map((row) => row.provider));
    expect([...providers].sort()).toEqual(['aws', 'azure', 'gcp']);
    for (const [key, row] of Object.entries(cloudRegions.regions)) {
      expect(key.startsWith(`${row.provider}:`), key).toBe(true);
      const grid = row.grid.startsWith('US-') ? gridUsStates.states[row.grid] : gridCountries.countries[row.grid];
      expect(grid, key).toBeDefined();
      expect(row.gPerKWh, key).toBe(grid?.gPerKWh);
      expect(row.year, key).toBe(grid?.year);
      expect(row.source, key).toBe(grid?.source);
    }
    expect(cloudRegions.regions['aws:us-east-1']).toMatchObject({ grid: 'US-VA', gPerKWh: 369.1344 });
    expect(cloudRegions.regions['gcp:europe-west4']).toMatchObject({ grid: 'NL', gPerKWh: 252.7 });
    expect(cloudRegions.regions['azure:westeurope']).toMatchObject({ grid: 'NL', gPerKWh: 252.7 });
  });

  it('has the providers’ PUE with sources and the Uptime 2024 industry average', () => {
    expect(pueData.industryAverage).toMatchObject({ value: 1.56, year: 2024 });
    expect(pueData.providers.aws).toMatchObject({ value: 1.15, year: 2024 });
    expect(pueData.providers.gcp).toMatchObject({ value: 1.1, year: 2024 });
    expect(pueData.providers.azure.value).toBe(1.185);
    for (const row of [pueData.industryAverage, ...Object.values(pueData.providers)]) {
      expect(pueData.sources[row.source]?.name).toBeTruthy();
    }
  });

  it('has board power, memory and a source for every GPU, and a default lifetime', () => {
    expect(gpuData.defaultLifetime).toMatchObject({ years: 4, seconds: 4 * 365.25 * 86400 });
    for (const gpu of gpuData.gpus) {
      expect(gpu.boardPowerW, gpu.model).toBeGreaterThan(0);
      expect(gpu.memoryGiB, gpu.model).toBeGreaterThan(0);
      expect(gpu.source.length, gpu.model).toBeGreaterThan(5);
      expect(gpu.names.length, gpu.model).toBeGreaterThan(0);
      expect(['nvidia', 'amd']).toContain(gpu.vendor);
      if (gpu.embodiedKgCo2e !== undefined) expect(gpu.embodiedSource, gpu.model).toBeTruthy();
    }
  });
});
