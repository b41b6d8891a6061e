// US states (and DC), Canadian provinces and territories, and Australian states and territories, each
// mapped to the grid zone that prices it. Rule: the zone whose grid serves the largest share of the
// subdivision's electricity use; `alsoServedBy` names the other zones that serve a large share, so a
// reader sees where the choice was close. The keys are ISO 3166-2 codes ("US-CA", "CA-QC", "AU-NSW").
import { fail, pickSources, sortedObject, writeDataset } from './io.mjs';

const EIA = 'eia-balancing-authorities';
const EM = 'electricitymaps-2024';

// [name, zone, alsoServedBy?]. The balancing authority (BA) that serves most of each state's load, read
// from EIA's balancing-authority map (Form EIA-930) and the utilities serving each state (Form EIA-861).
const US_STATES = {
  'US-AK': ['Alaska', 'US-AK'],
  'US-AL': ['Alabama', 'US-SE-SOCO', ['US-TEN-TVA']], // Alabama Power (Southern Company); TVA in the north
  'US-AR': ['Arkansas', 'US-MIDW-MISO', ['US-CENT-SWPP']], // Entergy Arkansas (MISO)
  'US-AZ': ['Arizona', 'US-SW-AZPS', ['US-SW-SRP', 'US-SW-TEPC']], // APS; SRP is nearly as large
  'US-CA': ['California', 'US-CAL-CISO', ['US-CAL-LDWP', 'US-CAL-BANC', 'US-CAL-IID', 'US-CAL-TIDC']],
  'US-CO': ['Colorado', 'US-NW-PSCO', ['US-NW-WACM']], // Xcel Energy Colorado; Tri-State co-ops in WACM
  'US-CT': ['Connecticut', 'US-NE-ISNE'],
  'US-DC': ['District of Columbia', 'US-MIDA-PJM'],
  'US-DE': ['Delaware', 'US-MIDA-PJM'],
  'US-FL': ['Florida', 'US-FLA-FPL', ['US-FLA-FPC', 'US-FLA-TEC', 'US-FLA-SEC', 'US-FLA-JEA']],
  'US-GA': ['Georgia', 'US-SE-SOCO'],
  'US-HI': ['Hawaii', 'US-HI'],
  'US-IA': ['Iowa', 'US-MIDW-MISO'], // MidAmerican and Alliant
  'US-ID': ['Idaho', 'US-NW-IPCO', ['US-NW-PACE', 'US-NW-AVA', 'US-NW-BPAT']],
  'US-IL': ['Illinois', 'US-MIDA-PJM', ['US-MIDW-MISO']], // ComEd (northern Illinois, PJM); Ameren Illinois in MISO
  'US-IN': ['Indiana', 'US-MIDW-MISO', ['US-MIDA-PJM']], // Indiana Michigan Power in PJM
  'US-KS': ['Kansas', 'US-CENT-SWPP'],
  'US-KY': ['Kentucky', 'US-MIDW-LGEE', ['US-MIDA-PJM', 'US-TEN-TVA', 'US-MIDW-MISO']], // LG&E and KU; no BA has half
  'US-LA': ['Louisiana', 'US-MIDW-MISO', ['US-CENT-SWPP']],
  'US-MA': ['Massachusetts', 'US-NE-ISNE'],
  'US-MD': ['Maryland', 'US-MIDA-PJM'],
  'US-ME': ['Maine', 'US-NE-ISNE'],
  'US-MI': ['Michigan', 'US-MIDW-MISO'],
  'US-MN': ['Minnesota', 'US-MIDW-MISO'],
  'US-MO': ['Missouri', 'US-MIDW-MISO', ['US-CENT-SWPP', 'US-MIDW-AECI']], // Ameren Missouri; Evergy in SPP
  'US-MS': ['Mississippi', 'US-MIDW-MISO', ['US-TEN-TVA', 'US-SE-SOCO']], // Entergy Mississippi, Cooperative Energy
  'US-MT': ['Montana', 'US-NW-NWMT', ['US-NW-WAUW', 'US-NW-BPAT']],
  'US-NC': ['North Carolina', 'US-CAR-DUK', ['US-CAR-CPLE', 'US-CAR-CPLW']], // Duke Energy Carolinas; Progress close
  'US-ND': ['North Dakota', 'US-CENT-SWPP', ['US-MIDW-MISO']], // close: western co-ops in SPP, eastern utilities in MISO
  'US-NE': ['Nebraska', 'US-CENT-SWPP'],
  'US-NH': ['New Hampshire', 'US-NE-ISNE'],
  'US-NJ': ['New Jersey', 'US-MIDA-PJM'],
  'US-NM': ['New Mexico', 'US-SW-PNM', ['US-CENT-SWPP', 'US-SW-EPE']],
  'US-NV': ['Nevada', 'US-NW-NEVP'], // NV Energy operates one BA for the whole state's investor-owned load
  'US-NY': ['New York', 'US-NY-NYIS'],
  'US-OH': ['Ohio', 'US-MIDA-PJM'],
  'US-OK': ['Oklahoma', 'US-CENT-SWPP'],
  'US-OR': ['Oregon', 'US-NW-PGE', ['US-NW-BPAT', 'US-NW-PACW']], // close: Portland General, BPA's publics, Pacific Power
  'US-PA': ['Pennsylvania', 'US-MIDA-PJM'],
  'US-RI': ['Rhode Island', 'US-NE-ISNE'],
  'US-SC': ['South Carolina', 'US-CAR-SC', ['US-CAR-SCEG', 'US-CAR-DUK']], // close: Santee Cooper, Dominion SC, Duke
  'US-SD': ['South Dakota', 'US-CENT-SWPP', ['US-MIDW-MISO', 'US-NW-WACM']],
  'US-TN': ['Tennessee', 'US-TEN-TVA'],
  'US-TX': ['Texas', 'US-TEX-ERCO', ['US-CENT-SWPP', 'US-MIDW-MISO', 'US-SW-EPE']],
  'US-UT': ['Utah', 'US-NW-PACE'],
  'US-VA': ['Virginia', 'US-MIDA-PJM'],
  'US-VT': ['Vermont', 'US-NE-ISNE'],
  'US-WA': ['Washington', 'US-NW-BPAT', ['US-NW-PSEI', 'US-NW-SCL', 'US-NW-TPWR', 'US-NW-GCPD', 'US-NW-CHPD', 'US-NW-AVA']],
  'US-WI': ['Wisconsin', 'US-MIDW-MISO'],
  'US-WV': ['West Virginia', 'US-MIDA-PJM'],
  'US-WY': ['Wyoming', 'US-NW-PACE', ['US-NW-WACM']], // Rocky Mountain Power; Cheyenne and eastern co-ops in WACM
};

// Every Canadian province and territory is its own Electricity Maps zone, with the same ISO 3166-2 code.
const CA_PROVINCES = {
  'CA-AB': 'Alberta',
  'CA-BC': 'British Columbia',
  'CA-MB': 'Manitoba',
  'CA-NB': 'New Brunswick',
  'CA-NL': 'Newfoundland and Labrador',
  'CA-NS': 'Nova Scotia',
  'CA-NT': 'Northwest Territories',
  'CA-NU': 'Nunavut',
  'CA-ON': 'Ontario',
  'CA-PE': 'Prince Edward Island',
  'CA-QC': 'Québec',
  'CA-SK': 'Saskatchewan',
  'CA-YT': 'Yukon',
};

// Australian states are Electricity Maps zones of the same code; the ACT is part of the NEM's NSW region.
const AU_STATES = {
  'AU-ACT': ['Australian Capital Territory', 'AU-NSW', 'aemo-nem-regions'],
  'AU-NSW': ['New South Wales', 'AU-NSW', EM],
  'AU-NT': ['Northern Territory', 'AU-NT', EM],
  'AU-QLD': ['Queensland', 'AU-QLD', EM],
  'AU-SA': ['South Australia', 'AU-SA', EM],
  'AU-TAS': ['Tasmania', 'AU-TAS', EM],
  'AU-VIC': ['Victoria', 'AU-VIC', EM],
  'AU-WA': ['Western Australia', 'AU-WA', EM],
};

/** Writes grid-subdivisions.json, checking that every zone named exists; returns the rows. */
export function buildSubdivisions(zones) {
  const rows = {};
  const add = (key, row) => {
    for (const zone of [row.zone, ...(row.alsoServedBy ?? [])]) {
      if (!zones[zone]) fail(`${key}: zone ${zone} is not an Electricity Maps zone`);
    }
    rows[key] = row;
  };
  for (const [key, [name, zone, alsoServedBy]] of Object.entries(US_STATES)) {
    add(key, { name, country: 'US', zone, alsoServedBy, source: zone === key ? EM : EIA });
  }
  for (const [key, name] of Object.entries(CA_PROVINCES)) add(key, { name, country: 'CA', zone: key, source: EM });
  for (const [key, [name, zone, source]] of Object.entries(AU_STATES)) add(key, { name, country: 'AU', zone, source });
  if (Object.keys(US_STATES).length !== 51) fail(`expected 50 US states and DC, found ${Object.keys(US_STATES).length}`);

  writeDataset(
    'grid-subdivisions.json',
    {
      description:
        'US states and DC, Canadian provinces and territories, and Australian states and territories (ISO 3166-2 ' +
        'codes), each mapped to the grid zone of grid-zones.json that prices it: the zone whose grid serves the ' +
        'largest share of the subdivision\'s electricity use. `alsoServedBy` lists other zones that serve a large share.',
      rule: 'largest share of the subdivision\'s load (US: the balancing authority serving most of the state\'s retail load)',
      sources: pickSources(Object.values(rows).map((row) => row.source)),
      subdivisions: sortedObject(Object.entries(rows)),
    },
    { licence: 'facts with per-row sources (US EIA: public domain; AEMO; zone names from Electricity Maps)' },
  );
  return rows;
}
