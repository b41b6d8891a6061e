// PUE: the providers' published fleet figures and the industry average (figures and citations from
// the project notes shared/research/hardware-and-pue.md, section 2 (outside this repository; docs/data-sources.md states each figure and its source)).
import { fail, pickSources, readRaw, sortedObject, writeDataset } from './io.mjs';

const PROVIDER_PUE = {
  aws: { value: 1.15, year: 2024, source: 'aws-sustainability' },
  gcp: { value: 1.1, year: 2024, source: 'google-fleet-pue' },
  azure: { value: 1.17, year: 2025, source: 'microsoft-fy25' },
};
const INDUSTRY_PUE = { value: 1.56, year: 2024, source: 'uptime-2024' };
// Facility kinds other than a cloud region or an average data centre (`--facility hpc|desktop`).
const FACILITY_PUE = {
  hpc: { value: 1.2, year: 2022, source: 'jean-zay-bloom' },
  desktop: { value: 1, source: 'carbon-ci-desktop' },
};
// Sources of the facility figures (kept here, beside the figures they cite).
const FACILITY_SOURCES = {
  'jean-zay-bloom': {
    name: 'Jean Zay supercomputer (IDRIS, CNRS), PUE 1.2, in Luccioni, Viguier & Ligozat, "Estimating the Carbon Footprint of BLOOM" (2022), Table 4',
    url: 'https://arxiv.org/abs/2211.02001',
    licence: 'facts quoted from a public paper',
    attribution:
      'Luccioni, Viguier & Ligozat (2022), Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model, ' +
      'arXiv:2211.02001, Table 4: PUE 1.2 of the Jean Zay supercomputer (IDRIS, France); one named HPC centre, not a survey',
  },
  'carbon-ci-desktop': {
    name: 'carbon-ci: a laptop or workstation has no facility overhead (no data-centre cooling or power distribution)',
    licence: 'carbon-ci definition',
    attribution: 'carbon-ci: PUE 1.0 for a laptop or workstation, which sits in no facility that adds overhead',
  },
};

export function buildPue() {
  const file = 'green_algorithms/defaults_PUE.csv';
  const line = readRaw(file)
    .split(/\r?\n/)
    .find((row) => row.startsWith('Unknown,'));
  const listed = Number(line?.split(',')[1]);
  if (listed !== INDUSTRY_PUE.value) fail(`${file}: industry average ${listed} differs from ${INDUSTRY_PUE.value}`);
  const sources = sortedObject([
    ...Object.entries(pickSources([INDUSTRY_PUE.source, ...Object.values(PROVIDER_PUE).map((row) => row.source)])),
    ...Object.entries(FACILITY_SOURCES),
  ]);
  writeDataset(
    'pue.json',
    {
      description:
        'Power usage effectiveness: the published fleet figure of each cloud provider, the industry average used ' +
        'when nothing better is known, and the figures for the other facility kinds (`facilities`: an HPC centre, a ' +
        'laptop or workstation). `year` is the year the figure is for, as the source states it.',
      sources,
      providers: sortedObject(Object.entries(PROVIDER_PUE)),
      industryAverage: INDUSTRY_PUE,
      facilities: sortedObject(Object.entries(FACILITY_PUE)),
    },
    { inputs: [file] },
  );
}
