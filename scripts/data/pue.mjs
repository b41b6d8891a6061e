// PUE: the providers' published fleet figures and the industry average (figures and citations from
// research/hardware-and-pue.md, section 2).
import { fail, pickSources, readRaw, sortedObject, writeDataset } from './io.mjs';

const PROVIDER_PUE = {
  aws: { value: 1.15, year: 2024, source: 'aws-sustainability' },
  gcp: { value: 1.1, year: 2024, source: 'google-fleet-pue' },
  azure: { value: 1.185, source: 'microsoft-ccf' },
};
const INDUSTRY_PUE = { value: 1.56, year: 2024, source: 'uptime-2024' };

export function buildPue() {
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
