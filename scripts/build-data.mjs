// Builds the embedded datasets in src/data/ from the raw open-data copies in ../shared/data/
// (see that folder's SOURCES.md) and from the facts in this file, each with its source.
//   npm run build:data
//   CARBON_CI_RAW_DATA=<dir>   where the raw copies are (default ../shared/data from the repo root)
//   CARBON_CI_DATA_OUT=<dir>   where the JSON goes (default src/data)
// The output is deterministic: keys and rows are sorted and nothing depends on the clock.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DATASET_VERSION = '2026.11.0';

const LBS_PER_MWH_TO_G_PER_KWH = 0.45359237; // 1 lb = 0.45359237 kg exactly; kg/MWh = g/kWh
const SECONDS_PER_YEAR = 365.25 * 24 * 3600;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rawDir = resolve(repoRoot, process.env.CARBON_CI_RAW_DATA ?? '../shared/data');
const outDir = resolve(repoRoot, process.env.CARBON_CI_DATA_OUT ?? 'src/data');

// ---------------------------------------------------------------------------------------------
// Sources. Rows name a source by its key; each file carries the entries it uses.

const SOURCES = {
  ember: {
    name: 'Ember yearly electricity data (via co2.js)',
    url: 'https://ember-energy.org/data/yearly-electricity-data/',
    licence: 'CC BY 4.0 (Ember); the co2.js copy is labelled CC BY-SA 4.0 by its README',
    attribution:
      'Ember, Yearly Electricity Data, latest year per country (2022-2024), life-cycle gCO2e/kWh; ' +
      'compiled by The Green Web Foundation in co2.js (data/output/average-intensities.json @ 27cbe832)',
  },
  owid: {
    name: 'Our World in Data energy dataset (via CodeCarbon)',
    url: 'https://github.com/owid/energy-data',
    licence: 'CC BY 4.0 (Our World in Data); copy from CodeCarbon, MIT',
    attribution:
      'Our World in Data, Energy dataset (carbon intensity of electricity, incorporating Ember and the ' +
      'Energy Institute Statistical Review), as copied in mlco2/codecarbon ' +
      'codecarbon/data/private_infra/global_energy_mix.json @ b05965e4 (MIT, Copyright (c) 2019 Mila, BCG Gamma, CometML, Haverford College)',
  },
  egrid2016: {
    name: 'US EPA eGRID2016 state CO2 output emission rate (via CodeCarbon)',
    url: 'https://www.epa.gov/egrid',
    licence: 'US Government work, public domain; copy from CodeCarbon, MIT',
    attribution:
      'US EPA, Emissions & Generation Resource Integrated Database (eGRID2016), state annual CO2 total output ' +
      'emission rate (lb/MWh), as copied in mlco2/codecarbon codecarbon/data/private_infra/2016/usa_emissions.json ' +
      '@ b05965e4 (MIT, Copyright (c) 2019 Mila, BCG Gamma, CometML, Haverford College)',
  },
  'aws-sustainability': {
    name: 'AWS sustainability report: global data-centre PUE',
    url: 'https://sustainability.aboutamazon.com/',
    licence: 'facts quoted from a public statement',
    attribution: 'Amazon Web Services, sustainability pages (2024 and 2025 versions): global PUE 1.15 for 2023 and for 2024',
  },
  'google-fleet-pue': {
    name: 'Google data-centre fleet PUE, as reported by DatacenterDynamics (Dec 2024)',
    url: 'https://www.google.com/about/datacenters/efficiency/',
    licence: 'facts quoted from a public statement',
    attribution: 'Google fleet-wide trailing twelve-month PUE of about 1.10, reported by DatacenterDynamics in December 2024',
  },
  'microsoft-ccf': {
    name: 'Microsoft Azure fleet PUE, Microsoft statement quoted in the Cloud Carbon Footprint methodology',
    url: 'https://www.cloudcarbonfootprint.org/docs/methodology',
    licence: 'facts quoted from a public statement (CCF: Apache-2.0)',
    attribution:
      'Microsoft, trailing twelve-month fleet PUE 1.185, as quoted in the Cloud Carbon Footprint methodology ' +
      '(cloud-carbon-footprint @ b7a049c7, 2024-03-25); no year stated',
  },
  'uptime-2024': {
    name: 'Uptime Institute Global Data Center Survey 2024 (industry average PUE)',
    url: 'https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf',
    licence: 'facts quoted from a public report (value as listed in Green Algorithms defaults_PUE.csv, CC BY 4.0)',
    attribution:
      'Uptime Institute, Global Data Center Survey 2024: average annual PUE 1.56; via Green Algorithms ' +
      'data/latest/defaults_PUE.csv @ 30df2fee (CC BY 4.0, Lannelongue et al.)',
  },
};

// ---------------------------------------------------------------------------------------------
// ISO 3166-1: alpha-2, alpha-3, English short name. All 249 officially assigned codes.

const ISO_3166 = `
AD AND Andorra|AE ARE United Arab Emirates|AF AFG Afghanistan|AG ATG Antigua and Barbuda|AI AIA Anguilla
AL ALB Albania|AM ARM Armenia|AO AGO Angola|AQ ATA Antarctica|AR ARG Argentina|AS ASM American Samoa
AT AUT Austria|AU AUS Australia|AW ABW Aruba|AX ALA Åland Islands|AZ AZE Azerbaijan
BA BIH Bosnia and Herzegovina|BB BRB Barbados|BD BGD Bangladesh|BE BEL Belgium|BF BFA Burkina Faso
BG BGR Bulgaria|BH BHR Bahrain|BI BDI Burundi|BJ BEN Benin|BL BLM Saint Barthélemy|BM BMU Bermuda
BN BRN Brunei Darussalam|BO BOL Bolivia|BQ BES Bonaire, Sint Eustatius and Saba|BR BRA Brazil|BS BHS Bahamas
BT BTN Bhutan|BV BVT Bouvet Island|BW BWA Botswana|BY BLR Belarus|BZ BLZ Belize
CA CAN Canada|CC CCK Cocos (Keeling) Islands|CD COD Congo (Democratic Republic of the)|CF CAF Central African Republic
CG COG Congo|CH CHE Switzerland|CI CIV Côte d'Ivoire|CK COK Cook Islands|CL CHL Chile|CM CMR Cameroon
CN CHN China|CO COL Colombia|CR CRI Costa Rica|CU CUB Cuba|CV CPV Cabo Verde|CW CUW Curaçao
CX CXR Christmas Island|CY CYP Cyprus|CZ CZE Czechia
DE DEU Germany|DJ DJI Djibouti|DK DNK Denmark|DM DMA Dominica|DO DOM Dominican Republic|DZ DZA Algeria
EC ECU Ecuador|EE EST Estonia|EG EGY Egypt|EH ESH Western Sahara|ER ERI Eritrea|ES ESP Spain|ET ETH Ethiopia
FI FIN Finland|FJ FJI Fiji|FK FLK Falkland Islands (Malvinas)|FM FSM Micronesia|FO FRO Faroe Islands|FR FRA France
GA GAB Gabon|GB GBR United Kingdom|GD GRD Grenada|GE GEO Georgia|GF GUF French Guiana|GG GGY Guernsey
GH GHA Ghana|GI GIB Gibraltar|GL GRL Greenland|GM GMB Gambia|GN GIN Guinea|GP GLP Guadeloupe
GQ GNQ Equatorial Guinea|GR GRC Greece|GS SGS South Georgia and the South Sandwich Islands|GT GTM Guatemala
GU GUM Guam|GW GNB Guinea-Bissau|GY GUY Guyana
HK HKG Hong Kong|HM HMD Heard Island and McDonald Islands|HN HND Honduras|HR HRV Croatia|HT HTI Haiti|HU HUN Hungary
ID IDN Indonesia|IE IRL Ireland|IL ISR Israel|IM IMN Isle of Man|IN IND India|IO IOT British Indian Ocean Territory
IQ IRQ Iraq|IR IRN Iran|IS ISL Iceland|IT ITA Italy
JE JEY Jersey|JM JAM Jamaica|JO JOR Jordan|JP JPN Japan
KE KEN Kenya|KG KGZ Kyrgyzstan|KH KHM Cambodia|KI KIR Kiribati|KM COM Comoros|KN KNA Saint Kitts and Nevis
KP PRK North Korea|KR KOR South Korea|KW KWT Kuwait|KY CYM Cayman Islands|KZ KAZ Kazakhstan
LA LAO Laos|LB LBN Lebanon|LC LCA Saint Lucia|LI LIE Liechtenstein|LK LKA Sri Lanka|LR LBR Liberia
LS LSO Lesotho|LT LTU Lithuania|LU LUX Luxembourg|LV LVA Latvia|LY LBY Libya
MA MAR Morocco|MC MCO Monaco|MD MDA Moldova|ME MNE Montenegro|MF MAF Saint Martin (French part)|MG MDG Madagascar
MH MHL Marshall Islands|MK MKD North Macedonia|ML MLI Mali|MM MMR Myanmar|MN MNG Mongolia|MO MAC Macao
MP MNP Northern Mariana Islands|MQ MTQ Martinique|MR MRT Mauritania|MS MSR Montserrat|MT MLT Malta
MU MUS Mauritius|MV MDV Maldives|MW MWI Malawi|MX MEX Mexico|MY MYS Malaysia|MZ MOZ Mozambique
NA NAM Namibia|NC NCL New Caledonia|NE NER Niger|NF NFK Norfolk Island|NG NGA Nigeria|NI NIC Nicaragua
NL NLD Netherlands|NO NOR Norway|NP NPL Nepal|NR NRU Nauru|NU NIU Niue|NZ NZL New Zealand
OM OMN Oman
PA PAN Panama|PE PER Peru|PF PYF French Polynesia|PG PNG Papua New Guinea|PH PHL Philippines|PK PAK Pakistan
PL POL Poland|PM SPM Saint Pierre and Miquelon|PN PCN Pitcairn|PR PRI Puerto Rico|PS PSE Palestine
PT PRT Portugal|PW PLW Palau|PY PRY Paraguay
QA QAT Qatar
RE REU Réunion|RO ROU Romania|RS SRB Serbia|RU RUS Russia|RW RWA Rwanda
SA SAU Saudi Arabia|SB SLB Solomon Islands|SC SYC Seychelles|SD SDN Sudan|SE SWE Sweden|SG SGP Singapore
SH SHN Saint Helena, Ascension and Tristan da Cunha|SI SVN Slovenia|SJ SJM Svalbard and Jan Mayen|SK SVK Slovakia
SL SLE Sierra Leone|SM SMR San Marino|SN SEN Senegal|SO SOM Somalia|SR SUR Suriname|SS SSD South Sudan
ST STP Sao Tome and Principe|SV SLV El Salvador|SX SXM Sint Maarten (Dutch part)|SY SYR Syria|SZ SWZ Eswatini
TC TCA Turks and Caicos Islands|TD TCD Chad|TF ATF French Southern Territories|TG TGO Togo|TH THA Thailand
TJ TJK Tajikistan|TK TKL Tokelau|TL TLS Timor-Leste|TM TKM Turkmenistan|TN TUN Tunisia|TO TON Tonga
TR TUR Türkiye|TT TTO Trinidad and Tobago|TV TUV Tuvalu|TW TWN Taiwan|TZ TZA Tanzania
UA UKR Ukraine|UG UGA Uganda|UM UMI United States Minor Outlying Islands|US USA United States|UY URY Uruguay
UZ UZB Uzbekistan
VA VAT Holy See|VC VCT Saint Vincent and the Grenadines|VE VEN Venezuela|VG VGB Virgin Islands (British)
VI VIR Virgin Islands (U.S.)|VN VNM Viet Nam|VU VUT Vanuatu
WF WLF Wallis and Futuna|WS WSM Samoa
YE YEM Yemen|YT MYT Mayotte
ZA ZAF South Africa|ZM ZMB Zambia|ZW ZWE Zimbabwe
`
  .split(/[|\n]/)
  .map((entry) => entry.trim())
  .filter(Boolean)
  .map((entry) => {
    const [alpha2, alpha3, ...name] = entry.split(' ');
    return { alpha2, alpha3, name: name.join(' ') };
  });

if (ISO_3166.length !== 249 || new Set(ISO_3166.map((c) => c.alpha2)).size !== 249 || new Set(ISO_3166.map((c) => c.alpha3)).size !== 249) {
  throw new Error(`ISO 3166 table: expected 249 distinct codes, found ${ISO_3166.length}`);
}

/** Codes outside ISO 3166-1 that sources use; kept because users will ask for them. */
const EXTRA_COUNTRIES = [{ alpha2: 'XK', alpha3: 'XKX', name: 'Kosovo' }];

// ---------------------------------------------------------------------------------------------
// Cloud regions -> the grid they draw from: a US state (eGRID) or a country (Ember).
// Locations from each provider's public region list (AWS "Regions and Availability Zones",
// Google Cloud "Cloud locations", Azure "Azure geographies"), cross-checked against the region
// tables of Green Algorithms (cloudProviders_datacenters.csv), mlco2/impact (impact.csv) and CodeCarbon.

const CLOUD_REGIONS = {
  aws: {
    'af-south-1': ['ZA', 'Cape Town'],
    'ap-east-1': ['HK', 'Hong Kong'],
    'ap-northeast-1': ['JP', 'Tokyo'],
    'ap-northeast-2': ['KR', 'Seoul'],
    'ap-northeast-3': ['JP', 'Osaka'],
    'ap-south-1': ['IN', 'Mumbai'],
    'ap-south-2': ['IN', 'Hyderabad'],
    'ap-southeast-1': ['SG', 'Singapore'],
    'ap-southeast-2': ['AU', 'Sydney'],
    'ap-southeast-3': ['ID', 'Jakarta'],
    'ap-southeast-4': ['AU', 'Melbourne'],
    'ap-southeast-5': ['MY', 'Malaysia'],
    'ap-southeast-7': ['TH', 'Thailand'],
    'ca-central-1': ['CA', 'Montréal'],
    'ca-west-1': ['CA', 'Calgary'],
    'cn-north-1': ['CN', 'Beijing'],
    'cn-northwest-1': ['CN', 'Ningxia'],
    'eu-central-1': ['DE', 'Frankfurt'],
    'eu-central-2': ['CH', 'Zurich'],
    'eu-north-1': ['SE', 'Stockholm'],
    'eu-south-1': ['IT', 'Milan'],
    'eu-south-2': ['ES', 'Aragón'],
    'eu-west-1': ['IE', 'Ireland'],
    'eu-west-2': ['GB', 'London'],
    'eu-west-3': ['FR', 'Paris'],
    'il-central-1': ['IL', 'Tel Aviv'],
    'me-central-1': ['AE', 'UAE'],
    'me-south-1': ['BH', 'Bahrain'],
    'mx-central-1': ['MX', 'Mexico (Querétaro)'],
    'sa-east-1': ['BR', 'São Paulo'],
    'us-east-1': ['US-VA', 'Northern Virginia'],
    'us-east-2': ['US-OH', 'Ohio'],
    'us-gov-east-1': ['US-OH', 'GovCloud (US-East), Ohio'],
    'us-gov-west-1': ['US', 'GovCloud (US-West), US Northwest; state not published, so the US figure'],
    'us-west-1': ['US-CA', 'Northern California'],
    'us-west-2': ['US-OR', 'Oregon'],
  },
  gcp: {
    'africa-south1': ['ZA', 'Johannesburg'],
    'asia-east1': ['TW', 'Changhua County'],
    'asia-east2': ['HK', 'Hong Kong'],
    'asia-northeast1': ['JP', 'Tokyo'],
    'asia-northeast2': ['JP', 'Osaka'],
    'asia-northeast3': ['KR', 'Seoul'],
    'asia-south1': ['IN', 'Mumbai'],
    'asia-south2': ['IN', 'Delhi'],
    'asia-southeast1': ['SG', 'Jurong West'],
    'asia-southeast2': ['ID', 'Jakarta'],
    'asia-southeast3': ['TH', 'Bangkok'],
    'australia-southeast1': ['AU', 'Sydney'],
    'australia-southeast2': ['AU', 'Melbourne'],
    'europe-central2': ['PL', 'Warsaw'],
    'europe-north1': ['FI', 'Hamina'],
    'europe-north2': ['SE', 'Stockholm'],
    'europe-southwest1': ['ES', 'Madrid'],
    'europe-west1': ['BE', 'St. Ghislain'],
    'europe-west10': ['DE', 'Berlin'],
    'europe-west12': ['IT', 'Turin'],
    'europe-west2': ['GB', 'London'],
    'europe-west3': ['DE', 'Frankfurt'],
    'europe-west4': ['NL', 'Eemshaven'],
    'europe-west6': ['CH', 'Zurich'],
    'europe-west8': ['IT', 'Milan'],
    'europe-west9': ['FR', 'Paris'],
    'me-central1': ['QA', 'Doha'],
    'me-central2': ['SA', 'Dammam'],
    'me-west1': ['IL', 'Tel Aviv'],
    'northamerica-northeast1': ['CA', 'Montréal'],
    'northamerica-northeast2': ['CA', 'Toronto'],
    'northamerica-south1': ['MX', 'Querétaro'],
    'southamerica-east1': ['BR', 'São Paulo'],
    'southamerica-west1': ['CL', 'Santiago'],
    'us-central1': ['US-IA', 'Council Bluffs, Iowa'],
    'us-central2': ['US-OK', 'Oklahoma'],
    'us-east1': ['US-SC', 'Moncks Corner, South Carolina'],
    'us-east4': ['US-VA', 'Ashburn, Northern Virginia'],
    'us-east5': ['US-OH', 'Columbus, Ohio'],
    'us-south1': ['US-TX', 'Dallas, Texas'],
    'us-west1': ['US-OR', 'The Dalles, Oregon'],
    'us-west2': ['US-CA', 'Los Angeles, California'],
    'us-west3': ['US-UT', 'Salt Lake City, Utah'],
    'us-west4': ['US-NV', 'Las Vegas, Nevada'],
  },
  azure: {
    australiacentral: ['AU', 'Canberra'],
    australiacentral2: ['AU', 'Canberra'],
    australiaeast: ['AU', 'New South Wales'],
    australiasoutheast: ['AU', 'Victoria'],
    brazilsouth: ['BR', 'São Paulo State'],
    brazilsoutheast: ['BR', 'Rio de Janeiro'],
    canadacentral: ['CA', 'Toronto'],
    canadaeast: ['CA', 'Quebec City'],
    centralindia: ['IN', 'Pune'],
    centralus: ['US-IA', 'Iowa'],
    eastasia: ['HK', 'Hong Kong'],
    eastus: ['US-VA', 'Virginia'],
    eastus2: ['US-VA', 'Virginia'],
    francecentral: ['FR', 'Paris'],
    francesouth: ['FR', 'Marseille'],
    germanynorth: ['DE', 'Berlin'],
    germanywestcentral: ['DE', 'Frankfurt'],
    israelcentral: ['IL', 'Israel'],
    italynorth: ['IT', 'Milan'],
    japaneast: ['JP', 'Tokyo, Saitama'],
    japanwest: ['JP', 'Osaka'],
    koreacentral: ['KR', 'Seoul'],
    koreasouth: ['KR', 'Busan'],
    mexicocentral: ['MX', 'Querétaro'],
    newzealandnorth: ['NZ', 'Auckland'],
    northcentralus: ['US-IL', 'Illinois'],
    northeurope: ['IE', 'Ireland'],
    norwayeast: ['NO', 'Oslo'],
    norwaywest: ['NO', 'Stavanger'],
    polandcentral: ['PL', 'Warsaw'],
    qatarcentral: ['QA', 'Doha'],
    southafricanorth: ['ZA', 'Johannesburg'],
    southafricawest: ['ZA', 'Cape Town'],
    southcentralus: ['US-TX', 'Texas'],
    southeastasia: ['SG', 'Singapore'],
    southindia: ['IN', 'Chennai'],
    spaincentral: ['ES', 'Madrid'],
    swedencentral: ['SE', 'Gävle and Sandviken'],
    switzerlandnorth: ['CH', 'Zurich'],
    switzerlandwest: ['CH', 'Geneva'],
    uaecentral: ['AE', 'Abu Dhabi'],
    uaenorth: ['AE', 'Dubai'],
    uksouth: ['GB', 'London'],
    ukwest: ['GB', 'Cardiff'],
    westcentralus: ['US-WY', 'Wyoming'],
    westeurope: ['NL', 'Netherlands'],
    westindia: ['IN', 'Mumbai'],
    westus: ['US-CA', 'California'],
    westus2: ['US-WA', 'Washington'],
    westus3: ['US-AZ', 'Arizona'],
  },
};

// ---------------------------------------------------------------------------------------------
// PUE (figures and citations from research/hardware-and-pue.md, section 2).

const PROVIDER_PUE = {
  aws: { value: 1.15, year: 2024, source: 'aws-sustainability' },
  gcp: { value: 1.1, year: 2024, source: 'google-fleet-pue' },
  azure: { value: 1.185, source: 'microsoft-ccf' },
};
const INDUSTRY_PUE = { value: 1.56, year: 2024, source: 'uptime-2024' };

// ---------------------------------------------------------------------------------------------
// Accelerators. `names` are the strings nvidia-smi (`--query-gpu=name`), DCGM (`modelName`) or
// rocm-smi/amd-smi (product name) print, then a readable alias. Board power from
// research/hardware-and-pue.md section 1, with the source it names; `year` is the launch year.

const EMBODIED_GENERIC = {
  kg: 150,
  source:
    'Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e ' +
    '(cloud-carbon-coefficients, coefficients.ipynb); not specific to this model',
};
const EMBODIED_A100 = {
  kg: 150,
  source:
    'Luccioni et al. 2022 (BLOOM), 150 kgCO2e per A100; the same figure as the Cloud Carbon Footprint / Teads ' +
    'per-GPU manufacturing constant',
};
const LIFETIME = {
  years: 4,
  source: 'Cloud Carbon Footprint / Teads: 4-year linear amortisation of server hardware (SCI M = TE x TR/EL)',
};

const nvidia = 'nvidia';
const amd = 'amd';
const GPUS = [
  {
    model: 'NVIDIA Tesla V100 SXM2 16GB', names: ['Tesla V100-SXM2-16GB', 'V100 SXM2 16GB'],
    vendor: nvidia, boardPowerW: 300, memoryGiB: 16, formFactor: 'SXM2', year: 2017,
    source: 'Patterson et al. 2021, Table 4 (V100 TDP 300 W); NVIDIA V100 datasheet (SXM2 300 W)',
  },
  {
    model: 'NVIDIA Tesla V100 SXM2 32GB', names: ['Tesla V100-SXM2-32GB', 'V100 SXM2 32GB'],
    vendor: nvidia, boardPowerW: 300, memoryGiB: 32, formFactor: 'SXM2', year: 2018,
    source: 'Patterson et al. 2021, Table 4 (V100 TDP 300 W); NVIDIA V100 datasheet (SXM2 300 W)',
  },
  {
    model: 'NVIDIA Tesla V100 PCIe 16GB', names: ['Tesla V100-PCIE-16GB', 'V100 PCIe 16GB'],
    vendor: nvidia, boardPowerW: 250, memoryGiB: 16, formFactor: 'PCIe', year: 2017,
    source: 'NVIDIA V100 datasheet (PCIe 250 W); Green Algorithms TDP_gpu.csv (V100S PCIe 250 W)',
  },
  {
    model: 'NVIDIA Tesla V100 PCIe 32GB', names: ['Tesla V100-PCIE-32GB', 'V100 PCIe 32GB'],
    vendor: nvidia, boardPowerW: 250, memoryGiB: 32, formFactor: 'PCIe', year: 2018,
    source: 'NVIDIA V100 datasheet (PCIe 250 W); Green-Algorithms-data v3.1 (V100 PCIe 32 GB 250 W)',
  },
  {
    model: 'NVIDIA Tesla V100S PCIe 32GB', names: ['Tesla V100S-PCIE-32GB', 'V100S PCIe 32GB'],
    vendor: nvidia, boardPowerW: 250, memoryGiB: 32, formFactor: 'PCIe', year: 2019,
    source: 'Green Algorithms TDP_gpu.csv (NVIDIA Tesla V100S 250 W)',
  },
  {
    model: 'NVIDIA A100 SXM4 40GB', names: ['NVIDIA A100-SXM4-40GB', 'A100 SXM4 40GB'],
    vendor: nvidia, boardPowerW: 400, memoryGiB: 40, formFactor: 'SXM4', year: 2020,
    source: 'Touvron et al. 2023 (LLaMA): NVLink A100 TDP 400 W; NVIDIA A100 datasheet',
  },
  {
    model: 'NVIDIA A100 SXM4 80GB', names: ['NVIDIA A100-SXM4-80GB', 'A100 SXM4 80GB'],
    vendor: nvidia, boardPowerW: 400, memoryGiB: 80, formFactor: 'SXM4', year: 2020,
    source: 'Luccioni et al. 2022 (BLOOM): A100 SXM4 80GB TDP 400 W; NVIDIA A100 datasheet',
  },
  {
    model: 'NVIDIA A100 PCIe 40GB', names: ['NVIDIA A100-PCIE-40GB', 'A100 PCIe 40GB'],
    vendor: nvidia, boardPowerW: 250, memoryGiB: 40, formFactor: 'PCIe', year: 2020,
    source: 'NVIDIA A100 datasheet (PCIe 40GB 250 W), as cited in Green Algorithms TDP_gpu.csv',
  },
  {
    model: 'NVIDIA A100 PCIe 80GB', names: ['NVIDIA A100 80GB PCIe', 'A100 PCIe 80GB'],
    vendor: nvidia, boardPowerW: 300, memoryGiB: 80, formFactor: 'PCIe', year: 2021,
    source: 'NVIDIA A100 80GB PCIe product brief PB-10577 (300 W), as cited in Green Algorithms TDP_gpu.csv',
  },
  {
    model: 'NVIDIA H100 SXM5 80GB', names: ['NVIDIA H100 80GB HBM3', 'H100 SXM5 80GB', 'H100 SXM'],
    vendor: nvidia, boardPowerW: 700, memoryGiB: 80, formFactor: 'SXM5', year: 2022,
    source: 'NVIDIA H100 datasheet (SXM 700 W); Llama 3 model cards and paper: H100-80GB TDP 700 W',
  },
  {
    model: 'NVIDIA H100 PCIe 80GB', names: ['NVIDIA H100 PCIe', 'H100 PCIe 80GB'],
    vendor: nvidia, boardPowerW: 350, memoryGiB: 80, formFactor: 'PCIe', year: 2022,
    source: 'Green-Algorithms-data v3.1 via TechPowerUp: H100 PCIe 350 W (configurable 300-350 W)',
  },
  {
    model: 'NVIDIA H100 NVL 94GB', names: ['NVIDIA H100 NVL', 'H100 NVL 94GB'],
    vendor: nvidia, boardPowerW: 400, memoryGiB: 94, formFactor: 'PCIe (NVL)', year: 2023,
    source: 'NVIDIA H100 datasheet via mlco2/impact gpus.csv: H100 NVL 400 W (configurable 350-400 W)',
  },
  {
    model: 'NVIDIA H200 SXM 141GB', names: ['NVIDIA H200', 'H200 SXM 141GB', 'H200 SXM'],
    vendor: nvidia, boardPowerW: 700, memoryGiB: 141, formFactor: 'SXM5', year: 2024,
    source: 'NVIDIA H200 product page (up to 700 W), confirmed by several secondary sources',
  },
  {
    model: 'NVIDIA H200 NVL 141GB', names: ['NVIDIA H200 NVL', 'H200 NVL 141GB'],
    vendor: nvidia, boardPowerW: 600, memoryGiB: 141, formFactor: 'PCIe (NVL)', year: 2024,
    source: 'NVIDIA H200 product page (NVL up to 600 W), confirmed by secondary sources',
  },
  {
    model: 'NVIDIA B200 180GB', names: ['NVIDIA B200', 'B200 SXM'],
    vendor: nvidia, boardPowerW: 1000, memoryGiB: 180, formFactor: 'SXM (HGX B200)', year: 2024,
    source: 'HGX B200 configurable up to 1 kW per GPU (secondary, citing NVIDIA); DGX B200 1,440 GB GPU memory over 8 GPUs',
  },
  {
    model: 'NVIDIA L4', names: ['NVIDIA L4', 'L4 24GB'],
    vendor: nvidia, boardPowerW: 72, memoryGiB: 24, formFactor: 'PCIe (low profile)', year: 2023,
    source: 'NVIDIA L4 product brief PB-11316-001 (72 W), via mlco2/impact gpus.csv',
  },
  {
    model: 'NVIDIA L40S', names: ['NVIDIA L40S', 'L40S 48GB'],
    vendor: nvidia, boardPowerW: 350, memoryGiB: 48, formFactor: 'PCIe', year: 2023,
    source: 'NVIDIA L40S datasheet (350 W), via mlco2/impact gpus.csv',
  },
  {
    model: 'NVIDIA Tesla T4', names: ['Tesla T4', 'NVIDIA T4'],
    vendor: nvidia, boardPowerW: 70, memoryGiB: 16, formFactor: 'PCIe (low profile)', year: 2018,
    source: 'NVIDIA T4 datasheet (70 W), via mlco2/impact gpus.csv and Green Algorithms TDP_gpu.csv',
  },
  {
    model: 'NVIDIA A10G', names: ['NVIDIA A10G', 'A10G 24GB'],
    vendor: nvidia, boardPowerW: 150, memoryGiB: 24, formFactor: 'PCIe (AWS)', year: 2021,
    source: 'TechPowerUp A10G (150 W), via mlco2/impact gpus.csv; CCF/Teads max 153 W',
  },
  {
    model: 'NVIDIA A10', names: ['NVIDIA A10', 'A10 24GB'],
    vendor: nvidia, boardPowerW: 150, memoryGiB: 24, formFactor: 'PCIe', year: 2021,
    source: 'NVIDIA A10 datasheet (150 W; recalled, not re-read)',
  },
  {
    model: 'NVIDIA RTX A5000', names: ['NVIDIA RTX A5000'],
    vendor: nvidia, boardPowerW: 230, memoryGiB: 24, formFactor: 'PCIe (workstation)', year: 2021,
    source: 'NVIDIA RTX A5000 datasheet (230 W), via mlco2/impact gpus.csv',
  },
  {
    model: 'NVIDIA RTX A6000', names: ['NVIDIA RTX A6000'],
    vendor: nvidia, boardPowerW: 300, memoryGiB: 48, formFactor: 'PCIe (workstation)', year: 2020,
    source: 'TechPowerUp RTX A6000 (300 W), via mlco2/impact gpus.csv',
  },
  {
    model: 'NVIDIA GeForce RTX 3090', names: ['NVIDIA GeForce RTX 3090', 'GeForce RTX 3090'],
    vendor: nvidia, boardPowerW: 350, memoryGiB: 24, formFactor: 'PCIe (desktop)', year: 2020,
    source: 'TechPowerUp GeForce RTX 3090 (350 W), via mlco2/impact gpus.csv',
  },
  {
    model: 'NVIDIA GeForce RTX 4090', names: ['NVIDIA GeForce RTX 4090', 'GeForce RTX 4090'],
    vendor: nvidia, boardPowerW: 450, memoryGiB: 24, formFactor: 'PCIe (desktop)', year: 2022,
    source: 'NVIDIA Ada GPU architecture whitepaper (450 W), via mlco2/impact gpus.csv',
  },
  {
    model: 'AMD Instinct MI250X', names: ['AMD Instinct MI250X', 'MI250X OAM'],
    vendor: amd, boardPowerW: 500, memoryGiB: 128, formFactor: 'OAM', year: 2021,
    source:
      'AMD MI250X specification: 500 W board power, 560 W peak (secondary sources disagree, 500 vs 560 W). ' +
      'One MI250X is two GCDs; rocm-smi lists each GCD and reports the package power on the first',
  },
  {
    model: 'AMD Instinct MI300X', names: ['AMD Instinct MI300X', 'AMD Instinct MI300X OAM', 'MI300X OAM'],
    vendor: amd, boardPowerW: 750, memoryGiB: 192, formFactor: 'OAM', year: 2023,
    source: 'AMD MI300X specification footnotes: up to 750 W (several secondary sources agree)',
  },
].map((gpu) => {
  const embodied = gpu.model.includes('A100') ? EMBODIED_A100 : EMBODIED_GENERIC;
  return { ...gpu, embodiedKgCo2e: embodied.kg, embodiedSource: embodied.source };
});

// ---------------------------------------------------------------------------------------------
// Reading and writing.

function rawPath(relative) {
  return join(rawDir, relative);
}

const checksums = readChecksums();
const inputsUsed = new Map();

function readChecksums() {
  const file = rawPath('SHA256SUMS.txt');
  if (!existsSync(file)) fail(`raw data not found: ${file} (set CARBON_CI_RAW_DATA to the folder that holds SOURCES.md)`);
  const sums = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^([0-9a-f]{64})\s+\*?(?:\.\/)?(.+)$/.exec(line.trim());
    if (match) sums.set(match[2], match[1]);
  }
  return sums;
}

/** Reads a raw file, checking it against SHA256SUMS.txt so that a changed input never slips in. */
function readRaw(relative) {
  const bytes = readFileSync(rawPath(relative));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const expected = checksums.get(relative);
  if (expected !== sha256) fail(`${relative}: sha256 ${sha256} does not match SHA256SUMS.txt (${expected ?? 'not listed'})`);
  inputsUsed.set(relative, sha256);
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

function readRawJson(relative) {
  return JSON.parse(readRaw(relative));
}

function fail(message) {
  console.error(`build-data: ${message}`);
  process.exit(1);
}

function round(value, decimals) {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** JSON with sorted keys; containers deeper than `prettyDepth` stay on one line (one row per line). */
function stableJson(value, prettyDepth, depth = 0) {
  const pad = '  '.repeat(depth);
  const inner = '  '.repeat(depth + 1);
  const pretty = depth < prettyDepth;
  if (Array.isArray(value)) {
    const items = value.map((item) => stableJson(item, prettyDepth, depth + 1));
    if (!pretty || items.length === 0) return `[${items.join(',')}]`;
    return `[\n${items.map((item) => inner + item).join(',\n')}\n${pad}]`;
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort();
    const entries = keys.map((key) => `${JSON.stringify(key)}:${pretty ? ' ' : ''}${stableJson(value[key], prettyDepth, depth + 1)}`);
    if (!pretty || entries.length === 0) return `{${entries.join(',')}}`;
    return `{\n${entries.map((entry) => inner + entry).join(',\n')}\n${pad}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return JSON.stringify(value);
}

function sortedObject(entries) {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function pickSources(keys) {
  return sortedObject([...new Set(keys)].map((key) => [key, SOURCES[key]]));
}

function licenceText(sources) {
  return Object.entries(sources)
    .map(([key, source]) => `${key}: ${source.licence}`)
    .join('; ');
}

function attributionText(sources) {
  return Object.values(sources)
    .map((source) => source.attribution)
    .join(' | ');
}

function writeDataset(fileName, body, { prettyDepth = 2, inputs = [], licence, attribution } = {}) {
  const sources = body.sources ?? {};
  const document = {
    datasetVersion: DATASET_VERSION,
    generatedBy: 'scripts/build-data.mjs',
    licence: licence ?? licenceText(sources),
    attribution: attribution ?? attributionText(sources),
    inputs: sortedObject(inputs.map((input) => [input, inputsUsed.get(input)])),
    ...body,
  };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, fileName), `${stableJson(document, prettyDepth)}\n`);
}

// ---------------------------------------------------------------------------------------------
// Grid intensity: countries (Ember, else Our World in Data) and the world average.

function buildCountries() {
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
        'life-cycle gCO2e/kWh, latest year available per country; `missing` lists the ISO codes no source covers.',
      unit: 'gCO2e/kWh',
      sources,
      world: { gPerKWh: world.emissions_intensity_gco2_per_kwh, name: 'World', source: 'ember', year: world.year },
      countries: sortedObject(Object.entries(countries)),
      missing: missing.sort(),
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

// ---------------------------------------------------------------------------------------------
// US states: eGRID2016 state output rates, lb/MWh -> g/kWh.

function buildUsStates() {
  const file = 'codecarbon/private_infra__2016__usa_emissions.json';
  const raw = readRawJson(file);
  if (raw._unit?.emissions !== 'lbs/MWh') fail(`${file}: expected lbs/MWh, found ${JSON.stringify(raw._unit)}`);
  const states = {};
  for (const [name, row] of Object.entries(raw)) {
    if (name === '_unit' || name === 'usa') continue;
    if (!/^[A-Z]{2}$/.test(row.regionCode)) fail(`${file}: bad state code ${row.regionCode}`);
    states[`US-${row.regionCode}`] = {
      gPerKWh: round(row.emissions * LBS_PER_MWH_TO_G_PER_KWH, 4),
      lbPerMWh: row.emissions,
      name: titleCase(name),
      source: 'egrid2016',
      year: 2016,
    };
  }
  if (Object.keys(states).length !== 51) fail(`${file}: expected 50 states and DC, found ${Object.keys(states).length}`);
  writeDataset(
    'grid-us-states.json',
    {
      description:
        'Annual CO2 output emission rate of electricity generated in each US state and DC (eGRID2016, direct ' +
        'combustion CO2 only, no upstream), converted from lb/MWh with 1 lb = 0.45359237 kg.',
      unit: 'gCO2/kWh',
      conversion: { fromUnit: 'lb/MWh', factor: LBS_PER_MWH_TO_G_PER_KWH },
      sources: pickSources(['egrid2016']),
      states: sortedObject(Object.entries(states)),
    },
    { inputs: [file] },
  );
  return states;
}

function titleCase(name) {
  return name
    .split(' ')
    .map((word) => (word === 'of' ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

// ---------------------------------------------------------------------------------------------
// Cloud regions, denormalised: each row carries the figure of the grid it was mapped to.

function buildCloudRegions(countries, states) {
  const regions = {};
  for (const [provider, table] of Object.entries(CLOUD_REGIONS)) {
    for (const [region, [grid, place]] of Object.entries(table)) {
      const figure = grid.startsWith('US-') ? states[grid] : countries[grid];
      if (!figure) fail(`${provider}:${region}: no grid figure for ${grid}`);
      regions[`${provider}:${region}`] = {
        gPerKWh: figure.gPerKWh,
        grid,
        place,
        provider,
        source: figure.source,
        year: figure.year,
      };
    }
  }
  const sources = pickSources(Object.values(regions).map((row) => row.source));
  writeDataset(
    'cloud-regions.json',
    {
      description:
        'AWS, Google Cloud and Azure regions mapped to the grid they draw from (a US state or a country) and that ' +
        "grid's annual figure from grid-us-states.json / grid-countries.json (location-based, no renewable-energy claims).",
      unit: 'gCO2e/kWh (US states: gCO2/kWh)',
      sources,
      regions: sortedObject(Object.entries(regions)),
    },
    {
      licence: `region locations: facts from the providers' public region lists; figures: ${licenceText(sources)}`,
    },
  );
}

// ---------------------------------------------------------------------------------------------
// PUE.

function buildPue() {
  const file = 'green_algorithms/defaults_PUE.csv';
  const line = readRaw(file)
    .split(/\r?\n/)
    .find((row) => row.startsWith('Unknown,'));
  const listed = Number(line?.split(',')[1]);
  if (listed !== INDUSTRY_PUE.value) fail(`${file}: industry average ${listed} differs from ${INDUSTRY_PUE.value}`);
  const sources = pickSources([INDUSTRY_PUE.source, ...Object.values(PROVIDER_PUE).map((row) => row.source)]);
  writeDataset(
    'pue.json',
    {
      description:
        'Power usage effectiveness: the published fleet figure of each cloud provider, and the industry average used ' +
        'when nothing better is known. `year` is the year the figure is for, as the source states it.',
      sources,
      providers: sortedObject(Object.entries(PROVIDER_PUE)),
      industryAverage: INDUSTRY_PUE,
    },
    { inputs: [file] },
  );
}

// ---------------------------------------------------------------------------------------------
// Accelerators.

function buildGpus() {
  const seen = new Map();
  for (const gpu of GPUS) {
    for (const name of [gpu.model, ...gpu.names]) {
      const key = name.toLowerCase();
      if (seen.has(key) && seen.get(key) !== gpu.model) fail(`GPU name ${name} is used by ${seen.get(key)} and ${gpu.model}`);
      seen.set(key, gpu.model);
    }
  }
  const gpus = [...GPUS].sort((a, b) => (a.model < b.model ? -1 : 1));
  writeDataset(
    'gpus.json',
    {
      description:
        'Accelerators: names as nvidia-smi / DCGM / rocm-smi print them, board power (W), nominal memory, form factor, ' +
        'launch year, and a manufacturing (embodied) footprint per device amortised over `defaultLifetime`.',
      defaultLifetime: { seconds: LIFETIME.years * SECONDS_PER_YEAR, years: LIFETIME.years, source: LIFETIME.source },
      gpus,
    },
    {
      licence:
        'facts with per-row sources (vendor datasheets, papers, mlco2/impact gpus.csv MIT, Green Algorithms CC BY 4.0, ' +
        'Cloud Carbon Footprint Apache-2.0)',
      attribution:
        'Board power and memory: the vendor datasheets and papers named in each row, several via mlco2/impact data/gpus.csv ' +
        '(MIT, Copyright (c) 2013-2019 Blackrock Digital LLC) and Green Algorithms data/latest/TDP_gpu.csv (CC BY 4.0, ' +
        'Lannelongue et al.). Embodied footprint: Cloud Carbon Footprint / Teads (Apache-2.0); Luccioni et al. 2022.',
    },
  );
}

const countries = buildCountries();
const states = buildUsStates();
buildCloudRegions(countries, states);
buildPue();
buildGpus();
console.log(`build-data: wrote dataset ${DATASET_VERSION} to ${outDir}`);
