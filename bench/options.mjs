// The benchmark's command line, apart from run.mjs so that tests can check it without running anything.

import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseSize } from './inputs.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const GROUPS = ['nvidia-smi', 'codecarbon', 'dcgm'];

/** The flat-memory check reads each other format at `--other-size` and at this fraction of it. */
export const FLAT_MEMORY_FRACTION = 1 / 4;

/** Inputs this big get one round unless `--runs` says otherwise: a round of the 5 GB log takes half a minute. */
export const ONE_ROUND_FROM_BYTES = 2e9;
export const DEFAULT_ROUNDS = 5;

export const USAGE = `Usage: npm run bench -- [options]   (or: node bench/run.mjs [options])

Times \`carbon-ci report FILE --json -\` and an awk sum of the power column, in alternating rounds, on
generated telemetry logs; records peak memory; judges the targets of issue 22.

Options:
  --small              inputs of a few MB: checks that the benchmark works (cached in <cache>/small)
  --only LIST          comma-separated: ${GROUPS.join(',')} (default: all)
  --sizes LIST         nvidia-smi log sizes (default 1GB,5GB; small: 4MB)
  --other-size SIZE    CodeCarbon and DCGM inputs (default 200MB; small: 2MB); each is also read at a quarter of it
  --runs N             rounds per input, awk and carbon-ci once each (default ${DEFAULT_ROUNDS}; 1 from 2 GB)
  --out PATH           JSON results (default bench/results/latest.json; small: <cache>/small.json)
  --cache-dir DIR      where inputs are cached (default \${XDG_CACHE_HOME:-~/.cache}/carbon-ci-bench)
  -h, --help           this help
`;

export class UsageError extends Error {}

/** The default cache folder; small inputs get their own so that a full run's files stay apart. */
export function defaultCacheDir(small, env = process.env) {
  const dir = join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'carbon-ci-bench');
  return small ? join(dir, 'small') : dir;
}

const list = (text) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Reads the command line (without `node run.mjs`). Throws UsageError, or node's ERR_PARSE_ARGS_* errors
 * for unknown options.
 * @param {string[]} argv
 */
export function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      small: { type: 'boolean', default: false },
      only: { type: 'string' },
      sizes: { type: 'string' },
      'other-size': { type: 'string' },
      runs: { type: 'string' },
      out: { type: 'string' },
      'cache-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const small = values.small;
  const groups = values.only ? list(values.only) : GROUPS;
  for (const group of groups) {
    if (!GROUPS.includes(group)) throw new UsageError(`--only: unknown input "${group}" (choose from ${GROUPS.join(', ')})`);
  }
  const sized = (text) => {
    try {
      return parseSize(text);
    } catch (error) {
      throw new UsageError(error.message);
    }
  };
  const nvidiaSmiSizes = [...new Set(values.sizes ? list(values.sizes).map(sized) : small ? [4e6] : [1e9, 5e9])].sort((a, b) => a - b);
  const otherSize = values['other-size'] ? sized(values['other-size']) : small ? 2e6 : 200e6;
  // Rounded to whole kB so that the smaller size has a short label (50MB, 500kB).
  const otherSizes = [Math.round((otherSize * FLAT_MEMORY_FRACTION) / 1000) * 1000, otherSize];
  for (const size of [...nvidiaSmiSizes, ...otherSizes]) {
    if (size < 10_000) throw new UsageError(`input sizes must be at least 10kB (--other-size at least 40kB), not ${size} bytes`);
  }
  let runs;
  if (values.runs !== undefined) {
    runs = Number(values.runs);
    if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs must be a whole number of at least 1, not "${values.runs}"`);
  }
  const cacheDir = values['cache-dir'] ?? defaultCacheDir(small);
  return {
    help: values.help,
    small,
    groups,
    nvidiaSmiSizes,
    otherSizes,
    runs,
    // A small run's results prove nothing: they stay out of the repository.
    out: values.out ?? (small ? join(cacheDir, 'small.json') : join(ROOT, 'bench', 'results', 'latest.json')),
    cacheDir,
  };
}

/** Rounds for an input of `bytes`: `--runs` if given. */
export function roundsFor(bytes, runs) {
  return runs ?? (bytes >= ONE_ROUND_FROM_BYTES ? 1 : DEFAULT_ROUNDS);
}
