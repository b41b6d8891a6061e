// The speed and memory floor of issue 22, judged on the benchmark's measurements.

/** The thresholds, as the issue states them. */
export const LIMITS = Object.freeze({
  /** carbon-ci's time on the 1 GB nvidia-smi log over awk's sum of its power column, same rounds. */
  awkRatioMax: 3,
  /** carbon-ci's peak RSS on any input. */
  peakRssMaxMB: 150,
  /** How much more peak RSS the larger of a format's two inputs may take than the smaller. */
  rssGrowthMaxMB: 30,
});

/** Inputs under this size say little about streaming: their other-format targets are only indicative. */
const OTHER_FORMAT_MEANINGFUL_BYTES = 150e6;

/** True when `bytes` is the named size, give or take the generators' whole rows (10 %). */
export const near = (bytes, size) => bytes >= size * 0.9 && bytes < size * 1.1;

const MB = 1e6;

/**
 * @typedef {object} Target
 * @property {string} description
 * @property {string[]} inputs        ids of the inputs it is judged on
 * @property {number | null} measured  null when a tool failed or nothing was measured
 * @property {'<='} op
 * @property {number} threshold
 * @property {string} unit
 * @property {boolean | null} pass
 * @property {boolean} indicative     judged on an input other than the one the issue names: shown, not meaningful
 * @property {string} [note]
 */

/**
 * The targets of issue 22 for the inputs measured. `inputs` are the benchmark's results: `id`,
 * `format`, `bytes`, `errors`, `carbonCiOverAwk.median` and `tools['carbon-ci'].peakRssBytes`.
 * @returns {Target[]}
 */
export function evaluateTargets(inputs) {
  /** @type {Target[]} */
  const targets = [];
  const add = (description, judged, value, threshold, unit, indicative) => {
    // A tool that failed on an input measured nothing worth judging.
    const failed = judged.some((input) => input.errors.length > 0);
    const measured = !failed && typeof value === 'number' && Number.isFinite(value) ? value : null;
    targets.push({
      description,
      inputs: judged.map((input) => input.id),
      measured,
      op: '<=',
      threshold,
      unit,
      pass: measured === null ? null : measured <= threshold,
      indicative,
      ...(failed ? { note: 'a tool failed on this input' } : {}),
    });
  };
  const rssMB = (input) => input.tools['carbon-ci'].peakRssBytes / MB;

  const nvidia = inputs.filter((input) => input.format === 'nvidia-smi');
  const oneGb = nvidia.find((input) => near(input.bytes, 1e9)) ?? nvidia[0];
  if (oneGb) {
    const named = near(oneGb.bytes, 1e9);
    add(
      `${oneGb.id}${named ? '' : ' (target set for 1 GB)'}: carbon-ci time / awk sum time, median of the rounds`,
      [oneGb],
      oneGb.carbonCiOverAwk?.median,
      LIMITS.awkRatioMax,
      'x',
      !named,
    );
  }
  for (const input of nvidia) {
    const named = near(input.bytes, 1e9) || near(input.bytes, 5e9);
    add(`${input.id}: carbon-ci peak RSS`, [input], rssMB(input), LIMITS.peakRssMaxMB, 'MB', !named);
  }

  const formats = [...new Set(inputs.filter((input) => input.format !== 'nvidia-smi').map((input) => input.format))];
  for (const format of formats) {
    const sized = inputs.filter((input) => input.format === format).sort((a, b) => a.bytes - b.bytes);
    const smaller = sized[0];
    const larger = sized[sized.length - 1];
    const indicative = larger.bytes < OTHER_FORMAT_MEANINGFUL_BYTES;
    add(`${larger.id}: carbon-ci peak RSS`, [larger], rssMB(larger), LIMITS.peakRssMaxMB, 'MB', indicative);
    if (sized.length > 1) {
      add(
        `${format}: carbon-ci peak RSS on ${larger.id} minus on ${smaller.id} (flat memory)`,
        [smaller, larger],
        rssMB(larger) - rssMB(smaller),
        LIMITS.rssGrowthMaxMB,
        'MB',
        indicative,
      );
    }
  }
  return targets;
}

/** Counts of PASS, MISS and not judged; indicative targets are counted apart, since they prove nothing. */
export function tally(targets) {
  const judged = targets.filter((t) => !t.indicative);
  return {
    pass: judged.filter((t) => t.pass === true).length,
    miss: judged.filter((t) => t.pass === false).length,
    notJudged: judged.filter((t) => t.pass === null).length,
    indicative: targets.length - judged.length,
  };
}
