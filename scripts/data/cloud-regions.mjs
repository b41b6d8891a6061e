// Cloud regions -> the grid zone of the data centre's site. Sites from each provider's public region
// list (AWS "Regions and Availability Zones", Google Cloud "Cloud locations" and Google's data-centre
// pages, Azure "Azure geographies"), cross-checked against the region tables of Green Algorithms
// (cloudProviders_datacenters.csv), mlco2/impact (impact.csv) and CodeCarbon (cloud/impact.csv).
// Rows: [zone, site, why this zone when the site alone does not say]. A zone that is a whole country is
// the best available there (Electricity Maps does not split the country, or the site is not published).
import { fail, pickSources, sortedObject, writeDataset } from './io.mjs';

const PJM_VA = 'Dominion Energy Virginia and the Northern Virginia co-ops are in PJM';
const PJM_OH = 'AEP Ohio, in PJM';

const CLOUD_REGIONS = {
  aws: {
    'af-south-1': ['ZA', 'Cape Town'],
    'ap-east-1': ['HK', 'Hong Kong'],
    'ap-northeast-1': ['JP-TK', 'Tokyo', 'TEPCO (Tōkyō) area'],
    'ap-northeast-2': ['KR', 'Seoul'],
    'ap-northeast-3': ['JP-KN', 'Osaka', 'Kansai area'],
    'ap-south-1': ['IN-WE', 'Mumbai, Maharashtra', 'Maharashtra is in the Western regional grid'],
    'ap-south-2': ['IN-SO', 'Hyderabad, Telangana', 'Telangana is in the Southern regional grid'],
    'ap-southeast-1': ['SG', 'Singapore'],
    'ap-southeast-2': ['AU-NSW', 'Sydney, New South Wales'],
    'ap-southeast-3': ['ID', 'Jakarta'],
    'ap-southeast-4': ['AU-VIC', 'Melbourne, Victoria'],
    'ap-southeast-5': ['MY-WM', 'Malaysia', 'AWS names no city; hyperscale sites in Malaysia are on the peninsula'],
    'ap-southeast-7': ['TH', 'Thailand (Bangkok)'],
    'ca-central-1': ['CA-QC', 'Montréal, Québec'],
    'ca-west-1': ['CA-AB', 'Calgary, Alberta'],
    'cn-north-1': ['CN', 'Beijing'],
    'cn-northwest-1': ['CN', 'Ningxia'],
    'eu-central-1': ['DE', 'Frankfurt'],
    'eu-central-2': ['CH', 'Zurich'],
    'eu-north-1': ['SE-SE3', 'Stockholm', 'bidding zone SE3'],
    'eu-south-1': ['IT-NO', 'Milan, Lombardy', 'North Italy bidding zone'],
    'eu-south-2': ['ES', 'Aragón', 'peninsular Spain is one zone'],
    'eu-west-1': ['IE', 'Dublin'],
    'eu-west-2': ['GB', 'London'],
    'eu-west-3': ['FR', 'Paris'],
    'il-central-1': ['IL', 'Tel Aviv'],
    'me-central-1': ['AE', 'United Arab Emirates'],
    'me-south-1': ['BH', 'Bahrain'],
    'mx-central-1': ['MX', 'Querétaro'],
    'sa-east-1': ['BR-CS', 'São Paulo', 'São Paulo is in the Southeast/Central-West subsystem'],
    'us-east-1': ['US-MIDA-PJM', 'Northern Virginia', PJM_VA],
    'us-east-2': ['US-MIDA-PJM', 'Columbus, Ohio', PJM_OH],
    'us-gov-east-1': ['US-MIDA-PJM', 'Ohio (GovCloud US-East)', PJM_OH],
    'us-gov-west-1': ['US', 'US Northwest (GovCloud US-West)', 'AWS publishes no state, so the US zone'],
    'us-west-1': ['US-CAL-CISO', 'Northern California (San Francisco Bay Area)', 'PG&E and Silicon Valley Power, in CAISO'],
    'us-west-2': [
      'US-NW-BPAT',
      'Boardman and Hermiston, Oregon',
      'Umatilla Electric Cooperative, supplied by BPA (East Oregonian, 2019-11-29; La Grande Observer, 2023)',
    ],
  },
  gcp: {
    'africa-south1': ['ZA', 'Johannesburg'],
    'asia-east1': ['TW', 'Changhua County'],
    'asia-east2': ['HK', 'Hong Kong'],
    'asia-northeast1': ['JP-TK', 'Tokyo', 'TEPCO (Tōkyō) area'],
    'asia-northeast2': ['JP-KN', 'Osaka', 'Kansai area'],
    'asia-northeast3': ['KR', 'Seoul'],
    'asia-south1': ['IN-WE', 'Mumbai, Maharashtra', 'Maharashtra is in the Western regional grid'],
    'asia-south2': ['IN-NO', 'Delhi', 'Delhi is in the Northern regional grid'],
    'asia-southeast1': ['SG', 'Jurong West'],
    'asia-southeast2': ['ID', 'Jakarta'],
    'asia-southeast3': ['TH', 'Bangkok'],
    'australia-southeast1': ['AU-NSW', 'Sydney, New South Wales'],
    'australia-southeast2': ['AU-VIC', 'Melbourne, Victoria'],
    'europe-central2': ['PL', 'Warsaw'],
    'europe-north1': ['FI', 'Hamina'],
    'europe-north2': ['SE-SE3', 'Stockholm', 'bidding zone SE3'],
    'europe-southwest1': ['ES', 'Madrid', 'peninsular Spain is one zone'],
    'europe-west1': ['BE', 'St. Ghislain'],
    'europe-west10': ['DE', 'Berlin'],
    'europe-west12': ['IT-NO', 'Turin, Piedmont', 'North Italy bidding zone'],
    'europe-west2': ['GB', 'London'],
    'europe-west3': ['DE', 'Frankfurt'],
    'europe-west4': ['NL', 'Eemshaven'],
    'europe-west6': ['CH', 'Zurich'],
    'europe-west8': ['IT-NO', 'Milan, Lombardy', 'North Italy bidding zone'],
    'europe-west9': ['FR', 'Paris'],
    'me-central1': ['QA', 'Doha'],
    'me-central2': ['SA', 'Dammam'],
    'me-west1': ['IL', 'Tel Aviv'],
    'northamerica-northeast1': ['CA-QC', 'Montréal, Québec'],
    'northamerica-northeast2': ['CA-ON', 'Toronto, Ontario'],
    'northamerica-south1': ['MX', 'Querétaro'],
    'southamerica-east1': ['BR-CS', 'São Paulo (Osasco)', 'São Paulo is in the Southeast/Central-West subsystem'],
    'southamerica-west1': ['CL-SEN', 'Santiago', 'Chile\'s national grid (SEN)'],
    'us-central1': ['US-MIDW-MISO', 'Council Bluffs, Iowa', 'MidAmerican Energy, in MISO'],
    'us-central2': ['US-CENT-SWPP', 'Pryor, Mayes County, Oklahoma', 'Grand River Dam Authority, in SPP'],
    'us-east1': ['US-CAR-SC', 'Moncks Corner, Berkeley County, South Carolina', 'Berkeley Electric Cooperative, supplied by Santee Cooper'],
    'us-east4': ['US-MIDA-PJM', 'Ashburn, Loudoun County, Virginia', PJM_VA],
    'us-east5': ['US-MIDA-PJM', 'Columbus (New Albany), Ohio', PJM_OH],
    'us-south1': ['US-TEX-ERCO', 'Dallas (Midlothian), Texas', 'ERCOT'],
    'us-west1': ['US-NW-BPAT', 'The Dalles, Oregon', 'Northern Wasco County PUD, supplied by BPA'],
    'us-west2': [
      'US-CAL-CISO',
      'Los Angeles, California',
      'CAISO: Google\'s published grid figure for the region (198 g, CodeCarbon cloud/impact.csv) is close to CAISO\'s, not LADWP\'s',
    ],
    'us-west3': ['US-NW-PACE', 'Salt Lake City, Utah', 'Rocky Mountain Power (PacifiCorp East)'],
    'us-west4': ['US-NW-NEVP', 'Las Vegas (Henderson), Nevada', 'NV Energy'],
  },
  azure: {
    australiacentral: ['AU-NSW', 'Canberra', 'the ACT is in the NEM\'s NSW region'],
    australiacentral2: ['AU-NSW', 'Canberra', 'the ACT is in the NEM\'s NSW region'],
    australiaeast: ['AU-NSW', 'New South Wales'],
    australiasoutheast: ['AU-VIC', 'Victoria'],
    brazilsouth: ['BR-CS', 'São Paulo State', 'Southeast/Central-West subsystem'],
    brazilsoutheast: ['BR-CS', 'Rio de Janeiro', 'Southeast/Central-West subsystem'],
    canadacentral: ['CA-ON', 'Toronto, Ontario'],
    canadaeast: ['CA-QC', 'Québec City, Québec'],
    centralindia: ['IN-WE', 'Pune, Maharashtra', 'Maharashtra is in the Western regional grid'],
    centralus: ['US-MIDW-MISO', 'Iowa (Des Moines area)', 'MidAmerican Energy, in MISO'],
    eastasia: ['HK', 'Hong Kong'],
    eastus: ['US-MIDA-PJM', 'Virginia', PJM_VA],
    eastus2: ['US-MIDA-PJM', 'Virginia', PJM_VA],
    francecentral: ['FR', 'Paris'],
    francesouth: ['FR', 'Marseille'],
    germanynorth: ['DE', 'Berlin'],
    germanywestcentral: ['DE', 'Frankfurt'],
    israelcentral: ['IL', 'Israel'],
    italynorth: ['IT-NO', 'Milan, Lombardy', 'North Italy bidding zone'],
    japaneast: ['JP-TK', 'Tokyo, Saitama', 'TEPCO (Tōkyō) area'],
    japanwest: ['JP-KN', 'Osaka', 'Kansai area'],
    koreacentral: ['KR', 'Seoul'],
    koreasouth: ['KR', 'Busan'],
    mexicocentral: ['MX', 'Querétaro'],
    newzealandnorth: ['NZ', 'Auckland'],
    northcentralus: ['US-MIDA-PJM', 'Illinois (Chicago area)', 'ComEd, in PJM'],
    northeurope: ['IE', 'Ireland'],
    norwayeast: ['NO-NO1', 'Oslo', 'bidding zone NO1'],
    norwaywest: ['NO-NO2', 'Stavanger', 'bidding zone NO2'],
    polandcentral: ['PL', 'Warsaw'],
    qatarcentral: ['QA', 'Doha'],
    southafricanorth: ['ZA', 'Johannesburg'],
    southafricawest: ['ZA', 'Cape Town'],
    southcentralus: ['US-TEX-ERCO', 'Texas (San Antonio)', 'CPS Energy, in ERCOT'],
    southeastasia: ['SG', 'Singapore'],
    southindia: ['IN-SO', 'Chennai, Tamil Nadu', 'Tamil Nadu is in the Southern regional grid'],
    spaincentral: ['ES', 'Madrid', 'peninsular Spain is one zone'],
    swedencentral: ['SE-SE3', 'Gävle and Sandviken', 'bidding zone SE3'],
    switzerlandnorth: ['CH', 'Zurich'],
    switzerlandwest: ['CH', 'Geneva'],
    uaecentral: ['AE', 'Abu Dhabi'],
    uaenorth: ['AE', 'Dubai'],
    uksouth: ['GB', 'London'],
    ukwest: ['GB', 'Cardiff'],
    westcentralus: ['US-NW-WACM', 'Wyoming (Cheyenne)', 'Cheyenne Light, Fuel & Power, in WAPA Rocky Mountain (WACM)'],
    westeurope: ['NL', 'Netherlands'],
    westindia: ['IN-WE', 'Mumbai, Maharashtra', 'Maharashtra is in the Western regional grid'],
    westus: ['US-CAL-CISO', 'California (San Francisco Bay Area)', 'CAISO'],
    westus2: ['US-NW-GCPD', 'Washington (Quincy, Grant County)', 'Grant County PUD'],
    westus3: ['US-SW-AZPS', 'Arizona (Goodyear and El Mirage)', 'Arizona Public Service (DatacenterDynamics, 2021: the sites)'],
  },
};

const PROVIDER_SOURCE = { aws: 'aws-regions', gcp: 'gcp-locations', azure: 'azure-geographies' };

/** Writes cloud-regions.json; every zone must be in grid-zones.json. */
export function buildCloudRegions(zones, countryZones) {
  const nationalZones = new Set(Object.values(countryZones));
  const regions = {};
  for (const [provider, table] of Object.entries(CLOUD_REGIONS)) {
    for (const [region, [zone, site, note]] of Object.entries(table)) {
      if (!zones[zone]) fail(`${provider}:${region}: zone ${zone} is not an Electricity Maps zone`);
      regions[`${provider}:${region}`] = {
        note,
        provider,
        site,
        source: PROVIDER_SOURCE[provider],
        zone,
        zoneLevel: nationalZones.has(zone) ? 'national' : 'sub-national',
      };
    }
  }
  writeDataset(
    'cloud-regions.json',
    {
      description:
        'AWS, Google Cloud and Azure regions, each mapped to the Electricity Maps zone (grid-zones.json) of its data ' +
        "centre's site. `zoneLevel` says whether that zone is a whole country (the best available there) or a " +
        'sub-national grid; `note` says why the zone was chosen when the site alone does not say.',
      sources: pickSources(Object.values(PROVIDER_SOURCE)),
      regions: sortedObject(Object.entries(regions)),
    },
    { licence: "facts from the providers' public region pages and the sources named in each row's note" },
  );
  return regions;
}
