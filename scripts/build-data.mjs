// Builds the embedded datasets in src/data/ from the raw open-data copies in data/raw/
// (see that folder's SOURCES.md) and from the facts in scripts/data/, each with its source.
//   npm run build:data
//   CARBON_CI_RAW_DATA=<dir>   where the raw copies are (default data/raw from the repo root)
//   CARBON_CI_DATA_OUT=<dir>   where the JSON goes (default src/data)
// The output is deterministic: keys and rows are sorted and nothing depends on the clock.
// The dataset version is in scripts/data/version.mjs: bump it whenever a number changes.
import { buildCloudRegions } from './data/cloud-regions.mjs';
import { buildCountries } from './data/countries.mjs';
import { buildGpus } from './data/gpus.mjs';
import { outDir } from './data/io.mjs';
import { buildPue } from './data/pue.mjs';
import { buildSubdivisions } from './data/subdivisions.mjs';
import { DATASET_VERSION } from './data/version.mjs';
import { buildZones } from './data/zones.mjs';

buildCountries();
const { zones, countryZones } = buildZones();
buildSubdivisions(zones);
buildCloudRegions(zones, countryZones);
buildPue();
buildGpus();
console.log(`build-data: wrote dataset ${DATASET_VERSION} to ${outDir}`);
