// Sources. Rows name a source by its key; each generated file carries the entries it uses.

export const SOURCES = {
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
  'electricitymaps-2024': {
    name: 'Electricity Maps, 2024 yearly carbon intensity (ODbL 1.0)',
    url: 'https://www.electricitymaps.com',
    licence: 'ODbL 1.0 (Open Database License); licence text in src/data/LICENSE-ODbL-1.0.txt',
    attribution:
      'Electricity Maps (2025). 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. ' +
      'https://www.electricitymaps.com; as copied in Cambridge-Sustainable-Computing-Lab/Green-Algorithms-data ' +
      'v3.1/carbon-intensity/electricitymap/CI-electricitymap-yearly_2024.csv @ 4a0c3fc7',
  },
  'eia-balancing-authorities': {
    name: 'US EIA balancing-authority map (Hourly Electric Grid Monitor, Form EIA-930) and utility service territories (Form EIA-861)',
    url: 'https://www.eia.gov/electricity/gridmonitor/about',
    licence: 'facts from a US Government publication (public domain)',
    attribution:
      'US Energy Information Administration: balancing authorities of the Lower 48 (Form EIA-930) and the utilities ' +
      'serving each state (Form EIA-861); the balancing authority chosen for each state is carbon-ci\'s reading of them',
  },
  'aemo-nem-regions': {
    name: 'AEMO National Electricity Market regions',
    url: 'https://aemo.com.au/energy-systems/electricity/national-electricity-market-nem/about-the-national-electricity-market-nem',
    licence: 'facts from a public statement',
    attribution: 'Australian Energy Market Operator: the NEM regions (QLD, NSW incl. the ACT, VIC, SA, TAS)',
  },
  'aws-regions': {
    name: 'AWS Regions and Availability Zones',
    url: 'https://aws.amazon.com/about-aws/global-infrastructure/regions_az/',
    licence: 'facts from a public page',
    attribution: 'Amazon Web Services, "Regions and Availability Zones" (region names and their metro area)',
  },
  'gcp-locations': {
    name: 'Google Cloud locations; Google data center locations',
    url: 'https://cloud.google.com/about/locations',
    licence: 'facts from a public page',
    attribution:
      'Google Cloud, "Cloud locations" (region and city), and Google, "Discover our data center locations" ' +
      '(https://www.google.com/about/datacenters/locations/) for the sites of the US regions',
  },
  'azure-geographies': {
    name: 'Azure geographies (region locations)',
    url: 'https://azure.microsoft.com/en-us/explore/global-infrastructure/geographies/',
    licence: 'facts from a public page',
    attribution: 'Microsoft Azure, "Azure geographies" (region names and their state, country or city)',
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
  'microsoft-fy25': {
    name: 'Microsoft datacenter PUE for fiscal year 2025 (July 2024 to June 2025), as quoted by Computer Weekly',
    url: 'https://datacenters.microsoft.com/sustainability/efficiency/',
    licence: 'facts quoted from a public statement',
    attribution:
      'Microsoft, fiscal year 2025 reporting: global PUE 1.17 (and WUE 0.27 L/kWh) for the datacenters it fully owns and ' +
      'controls, as quoted by Computer Weekly, "AI, energy, and the new rules of cloud sustainability competition"; ' +
      'replaces the undated trailing-twelve-month 1.185 Microsoft gave Cloud Carbon Footprint in 2021',
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
