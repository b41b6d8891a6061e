import { budgetLimitsFromUserUnits, type BudgetLimits } from '../budget/index.js';
import type { CarbonCiConfig } from '../config/types.js';
import { INTENSITY_RANGE_G_PER_KWH, PUE_RANGE } from '../footprint/factors.js';
import { DEFAULT_INTENSITY_SCOPE, INTENSITY_SCOPES } from '../footprint/zones.js';
import { FACILITY_KINDS, type FacilityKind, type IntensityScope } from '../footprint/types.js';
import { REPORT_ID_PATTERN } from '../publish/envelope.js';
import { InputError, isInputError } from '../shared/errors.js';
import { INTENSITY_PROVIDERS, type IntensityProvider } from '../footprint/hourly.js';
import { parseFunctionalUnit, type FunctionalUnit } from '../footprint/sci.js';
import { GPU_LIST, MAX_INTERVAL_MS, MIN_INTERVAL_MS } from '../measure/index.js';
import { TRAINING_TYPES } from '../model-card/index.js';
import { PROMETHEUS_FAMILIES, type PrometheusFamily } from '../../plugins/prometheus/index.js';

export type ActionMode = 'report' | 'publish' | 'aggregate';
export type SmokeDevice = 'auto' | 'cuda' | 'cpu';

/** The Action's inputs, parsed and checked. Units as named; budgets already in SI. */
export interface ActionInputs {
  mode: ActionMode;
  /** `measure`: sample the job from this step (main) to its post step, which makes the report. */
  measure: boolean;
  /** `measure-interval-ms` and `measure-gpus`: how often to sample, and which GPUs (else CUDA_VISIBLE_DEVICES). */
  measureIntervalMs?: number;
  measureGpus?: string;
  telemetry: string[];
  plugin?: string;
  /** User plugin modules (paths relative to the workspace, or installed packages): `.carbon-ci.yml`'s, then the input's. */
  pluginModules: string[];
  /** Options per plugin from `.carbon-ci.yml`. */
  pluginOptions: Record<string, Record<string, unknown>>;
  /** `name=value` or `plugin.name=value` pairs from the `plugin-options` input, laid over `pluginOptions`. */
  pluginOptionPairs: string[];
  /** `allow-workspace-plugins`: load `pluginModules` even where the workspace may hold a pull request's code and the token can write. */
  allowWorkspacePlugins: boolean;
  location?: string;
  pue?: number;
  /** `facility`: the kind of facility, which picks the default PUE. */
  facility?: FacilityKind;
  intensityGPerKWh?: number;
  /** `intensity-scope`: what the location's grid intensity counts (life-cycle by default). */
  intensityScope?: IntensityScope;
  timeZone?: string;
  maxGapS?: number | 'auto';
  /** `prometheus-url` (with `prometheus-selector`, `prometheus-metrics`, `prometheus-headers`, `prometheus-start`, `prometheus-end`): the job's DCGM or Kepler series from a Prometheus server. */
  prometheus?: { url: string; selector?: string; headers: Record<string, string>; start?: string; end?: string; family?: PrometheusFamily };
  /** `intensity-provider` (with `electricitymaps-token`, `intensity-api-url`): hourly grid intensity, opt-in. */
  intensityProvider?: IntensityProvider;
  intensityToken?: string;
  intensityApiUrl?: string;
  /** `functional-unit`: what the job produced (`tokens=2e9`), for the report's SCI. */
  functionalUnit?: FunctionalUnit;
  /** `model-card` (and `training-type`): a Hugging Face model card in the workspace to write the CO2e into. */
  modelCard?: string;
  trainingType?: (typeof TRAINING_TYPES)[number];
  token: string;
  reportId: string;
  /** Whether `report-id` was given (publish mode otherwise posts every report it finds). */
  reportIdGiven: boolean;
  budgets: BudgetLimits;
  failOnBudget: boolean;
  /** Whether `fail-on-budget` was given (publish mode otherwise follows the report's own run). */
  failOnBudgetGiven: boolean;
  baseline?: string;
  comment: boolean;
  check: boolean;
  artifact: boolean;
  /** Report files or globs for `aggregate` and `publish`, instead of downloading artifacts. */
  reports: string[];
  /** The ONNX smoke test of mode `report`: run when `model` is set. Paths are relative to the workspace. */
  smoke: { model?: string; modelInputs?: string; modelExpected?: string; device: SmokeDevice; iterations?: number };
  /** Whether a failed smoke test fails the check and the job (`fail-on-smoke`, default true). */
  failOnSmoke: boolean;
  /** Whether `fail-on-smoke` was given (publish mode otherwise follows the report's own run). */
  failOnSmokeGiven: boolean;
}

/** Reads one input as `core.getInput` does: the trimmed value, '' when not given. */
export type InputReader = (name: string) => string;

export const DEFAULT_REPORT_ID = 'default';

/**
 * Parse the Action's inputs. Settings in `.carbon-ci.yml` fill what the workflow leaves empty.
 * Every problem is an InputError that names the input and how to fix it.
 */
export function readActionInputs(read: InputReader, config: CarbonCiConfig = {}): ActionInputs {
  const mode = oneOf(read, 'mode', ['report', 'publish', 'aggregate'] as const, 'report');
  const telemetry = list(read('telemetry'));
  const configTelemetry = config.telemetry === undefined ? [] : Array.isArray(config.telemetry) ? config.telemetry : [config.telemetry];
  const reportId = read('report-id') || DEFAULT_REPORT_ID;
  if (!REPORT_ID_PATTERN.test(reportId)) {
    throw inputError('report-id', reportId, 'must be 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit', 'e.g. `report-id: training`');
  }
  const failOnBudgetInput = read('fail-on-budget');
  const failOnSmokeInput = read('fail-on-smoke');
  const inputs: ActionInputs = {
    mode,
    measure: bool(read, 'measure', false),
    telemetry: telemetry.length > 0 ? telemetry : configTelemetry,
    pluginModules: [...(config.plugins ?? []), ...list(read('plugins'))],
    pluginOptions: config.pluginOptions ?? {},
    pluginOptionPairs: lines(read('plugin-options')),
    allowWorkspacePlugins: bool(read, 'allow-workspace-plugins', false),
    token: read('github-token'),
    reportId,
    reportIdGiven: read('report-id') !== '',
    budgets: budgetLimitsFromUserUnits({
      co2eKg: number(read, 'budget-co2e-kg', { min: 0, exclusiveMin: true }) ?? config.budgets?.co2eKg,
      energyKWh: number(read, 'budget-energy-kwh', { min: 0, exclusiveMin: true }) ?? config.budgets?.energyKWh,
      maxIncreasePercent: number(read, 'max-increase-percent', { min: -100 }) ?? config.budgets?.maxIncreasePercent,
    }),
    failOnBudget: failOnBudgetInput ? bool(read, 'fail-on-budget') : (config.budgets?.failOnBudget ?? true),
    failOnBudgetGiven: failOnBudgetInput !== '',
    comment: bool(read, 'comment', true),
    check: bool(read, 'check', true),
    artifact: bool(read, 'artifact', true),
    reports: list(read('reports')),
    smoke: {
      device: oneOf(read, 'device', ['auto', 'cuda', 'cpu'] as const, config.smoke?.device ?? 'auto'),
    },
    failOnSmoke: bool(read, 'fail-on-smoke', true),
    failOnSmokeGiven: failOnSmokeInput !== '',
  };
  const plugin = read('plugin') || config.plugin;
  if (plugin) inputs.plugin = plugin;
  const location = read('location') || config.location;
  if (location) inputs.location = location;
  const pue = number(read, 'pue', PUE_RANGE) ?? config.pue;
  if (pue !== undefined) inputs.pue = pue;
  const intensity = number(read, 'intensity', INTENSITY_RANGE_G_PER_KWH) ?? config.intensity;
  if (intensity !== undefined) inputs.intensityGPerKWh = intensity;
  const facility = read('facility') ? oneOf(read, 'facility', FACILITY_KINDS, 'cloud') : config.facility;
  if (facility !== undefined) inputs.facility = facility;
  const intensityScope = read('intensity-scope') ? oneOf(read, 'intensity-scope', INTENSITY_SCOPES, DEFAULT_INTENSITY_SCOPE) : config.intensityScope;
  if (intensityScope !== undefined) inputs.intensityScope = intensityScope;
  const timeZone = read('timezone') || config.timezone;
  if (timeZone) inputs.timeZone = timeZone;
  const maxGap = read('max-gap');
  if (maxGap === 'auto') inputs.maxGapS = 'auto';
  else {
    const maxGapS = number(read, 'max-gap', { min: 0, exclusiveMin: true }) ?? config.maxGapS;
    if (maxGapS !== undefined) inputs.maxGapS = maxGapS;
  }
  const functionalUnitInput = read('functional-unit');
  const functionalUnit = functionalUnitInput || config.functionalUnit;
  if (functionalUnit) {
    try {
      inputs.functionalUnit = parseFunctionalUnit(functionalUnit);
    } catch (error) {
      if (!isInputError(error)) throw error;
      // Name the input only when the value came from it; a config value is the config file's setting.
      if (functionalUnitInput) throw inputError('functional-unit', functionalUnit, 'must be NAME=COUNT with a positive count', 'e.g. `functional-unit: tokens=2e9`');
      throw new InputError(`config setting "functionalUnit" must be NAME=COUNT with a positive count, got ${JSON.stringify(functionalUnit)}`, { hint: 'e.g. `functionalUnit: tokens=2e9` in .carbon-ci.yml' });
    }
  }
  if (read('intensity-provider')) inputs.intensityProvider = oneOf(read, 'intensity-provider', INTENSITY_PROVIDERS, 'electricitymaps');
  const intensityToken = read('electricitymaps-token');
  if (intensityToken) inputs.intensityToken = intensityToken;
  const intensityApiUrl = read('intensity-api-url');
  if (intensityApiUrl) inputs.intensityApiUrl = intensityApiUrl;
  const modelCard = read('model-card');
  if (modelCard) inputs.modelCard = modelCard;
  if (read('training-type')) inputs.trainingType = oneOf(read, 'training-type', TRAINING_TYPES, 'fine-tuning');
  const baseline = read('baseline');
  if (baseline) inputs.baseline = baseline;
  const model = read('model') || config.smoke?.model;
  if (model) inputs.smoke.model = model;
  const modelInputs = read('model-inputs') || config.smoke?.inputs;
  if (modelInputs) inputs.smoke.modelInputs = modelInputs;
  const modelExpected = read('model-expected') || config.smoke?.expected;
  if (modelExpected) inputs.smoke.modelExpected = modelExpected;
  const iterations = number(read, 'smoke-iterations', { min: 1 }) ?? config.smoke?.iterations;
  if (iterations !== undefined) {
    if (!Number.isInteger(iterations)) throw inputError('smoke-iterations', String(iterations), 'must be a whole number of at least 1', 'e.g. `smoke-iterations: 20`');
    inputs.smoke.iterations = iterations;
  }

  const prometheusUrl = read('prometheus-url');
  if (prometheusUrl) {
    inputs.prometheus = { url: prometheusUrl, headers: prometheusHeaders(lines(read('prometheus-headers'))) };
    for (const [name, key] of [['prometheus-selector', 'selector'], ['prometheus-start', 'start'], ['prometheus-end', 'end']] as const) {
      const value = read(name);
      if (value) inputs.prometheus[key] = value;
    }
    const family = read('prometheus-metrics');
    const known = PROMETHEUS_FAMILIES.find((name) => name === family);
    if (known) inputs.prometheus.family = known;
    else if (family !== '') throw inputError('prometheus-metrics', family, `is not ${PROMETHEUS_FAMILIES.join(' or ')}`, 'e.g. `prometheus-metrics: kepler` for Kepler\'s per-pod energy');
  } else {
    const stray = ['prometheus-selector', 'prometheus-metrics', 'prometheus-headers', 'prometheus-start', 'prometheus-end'].filter((name) => read(name) !== '');
    // A header may carry a credential: its value is never echoed.
    if (stray.length > 0) throw inputError(stray[0]!, stray[0] === 'prometheus-headers' ? '(hidden)' : read(stray[0]!), 'only applies with `prometheus-url`', 'add `prometheus-url: http://prometheus:9090`, or leave it out');
  }
  if (mode === 'report' && inputs.telemetry.length === 0 && !inputs.smoke.model && !inputs.measure && !inputs.prometheus) {
    throw new InputError('input "telemetry" is required in mode "report"', {
      hint: 'name the power logs, e.g. `telemetry: logs/nvidia-smi-*.csv` (files or globs, one per line or comma-separated), set `measure: true` in a step placed first in the job to measure the job itself, or name an ONNX model to smoke-test with `model`',
    });
  }
  const measureIntervalMs = number(read, 'measure-interval-ms', { min: MIN_INTERVAL_MS, max: MAX_INTERVAL_MS });
  if (measureIntervalMs !== undefined) inputs.measureIntervalMs = measureIntervalMs;
  const measureGpus = read('measure-gpus');
  if (measureGpus) {
    if (!GPU_LIST.test(measureGpus)) throw inputError('measure-gpus', measureGpus, 'must list GPU indexes or UUIDs separated by commas', 'e.g. `measure-gpus: 0,1`');
    inputs.measureGpus = measureGpus;
  }
  if (mode !== 'report' && inputs.measure) {
    throw new InputError(`input "measure" has no effect in mode "${mode}"`, {
      hint: 'measure the job that trains: a step with `measure: true` (mode `report`) placed first in that job; leave `measure` out here',
    });
  }
  if (mode !== 'report' && read('model') !== '') {
    throw new InputError(`input "model" has no effect in mode "${mode}"`, {
      hint: 'run the smoke test in the job that makes the report (mode `report`, with or without `telemetry`); aggregate and publish carry its result',
    });
  }
  if (mode !== 'report' && inputs.telemetry.length > 0 && telemetry.length > 0) {
    throw new InputError(`input "telemetry" has no effect in mode "${mode}"`, {
      hint: mode === 'aggregate' ? 'aggregate reads the reports of earlier jobs: leave `telemetry` out, or name report files with `reports`' : 'publish reads the report artifact of the triggering run: leave `telemetry` out',
    });
  }
  return inputs;
}

/**
 * User plugins run inside carbon-ci's process: refused (a configuration error) when `untrustedReason`
 * says the workspace may hold a pull request's code under a token that can write, unless
 * `allow-workspace-plugins` is true. Only mode `report` loads plugins.
 */
export function checkWorkspacePlugins(inputs: ActionInputs, untrustedReason: string | undefined): void {
  if (inputs.mode !== 'report' || inputs.pluginModules.length === 0 || !untrustedReason || inputs.allowWorkspacePlugins) return;
  const named = inputs.pluginModules.map((spec) => JSON.stringify(spec)).join(', ');
  throw new InputError(`user plugins (${named}, from the \`plugins\` input or .carbon-ci.yml) are not loaded: ${untrustedReason}, and a plugin runs inside carbon-ci`, {
    hint: 'make the report in a `pull_request` workflow and post it with `mode: publish` (docs/github.md, "Plugins and untrusted events"); or, only if every plugin named comes from a trusted source and not from the pull request, set `allow-workspace-plugins: true`',
  });
}

/** Files or globs, one per line or separated by commas. */
export function list(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0 && !item.startsWith('#'));
}

/** One item per line (values may hold commas): `plugin-options`. */
export function lines(value: string): string[] {
  return value
    .split('\n')
    .map((item) => item.trim())
    .filter((item) => item.length > 0 && !item.startsWith('#'));
}

const TRUE = ['true', 'on', 'yes', '1'];
const FALSE = ['false', 'off', 'no', '0'];

function bool(read: InputReader, name: string, fallback = false): boolean {
  const value = read(name).toLowerCase();
  if (value === '') return fallback;
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw inputError(name, value, 'must be true or false (or on/off)', `e.g. \`${name}: ${fallback ? 'false' : 'true'}\``);
}

function number(read: InputReader, name: string, range: { min?: number; max?: number; exclusiveMin?: boolean }): number | undefined {
  const raw = read(name);
  if (raw === '') return undefined;
  const value = Number(raw);
  const tooLow = range.min !== undefined && (range.exclusiveMin ? value <= range.min : value < range.min);
  const tooHigh = range.max !== undefined && value > range.max;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(raw) || !Number.isFinite(value) || tooLow || tooHigh) {
    const bounds = [
      range.min !== undefined ? `${range.exclusiveMin ? 'above' : 'at least'} ${range.min}` : '',
      range.max !== undefined ? `at most ${range.max}` : '',
    ].filter(Boolean);
    throw inputError(name, raw, `must be a number${bounds.length ? ` ${bounds.join(' and ')}` : ''}`, `write a plain number, e.g. \`${name}: ${exampleFor(name)}\``);
  }
  return value;
}

/** `Name: value` lines (from a secret) as request headers; a line without a colon is refused without echoing it. */
function prometheusHeaders(entries: string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [i, entry] of entries.entries()) {
    const colon = entry.indexOf(':');
    if (colon <= 0) throw new InputError(`input "prometheus-headers" line ${i + 1} is not "Name: value"`, { hint: 'e.g. `prometheus-headers: "Authorization: Bearer ${{ secrets.PROMETHEUS_TOKEN }}"`' });
    headers[entry.slice(0, colon).trim()] = entry.slice(colon + 1).trim();
  }
  return headers;
}

function oneOf<T extends string>(read: InputReader, name: string, allowed: readonly T[], fallback: T): T {
  const value = read(name).toLowerCase();
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw inputError(name, value, `must be one of ${allowed.join(', ')}`, `e.g. \`${name}: ${fallback}\``);
}

function inputError(name: string, value: string, rule: string, hint: string): InputError {
  return new InputError(`input "${name}" ${rule}, got ${JSON.stringify(value)}`, { hint });
}

function exampleFor(name: string): string {
  switch (name) {
    case 'pue':
      return '1.1';
    case 'intensity':
      return '350';
    case 'budget-co2e-kg':
      return '5';
    case 'budget-energy-kwh':
      return '20';
    case 'max-increase-percent':
      return '10';
    case 'smoke-iterations':
      return '20';
    default:
      return '30';
  }
}
